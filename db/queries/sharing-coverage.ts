import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { countries, localities, partnerships, provinces } from "@/db/schema";
import type { Region } from "@/lib/domain/enums";

/*
 * Coverage views (issue 13): for a country, every province with its number of
 * current partnerships there (none included: the gaps are the point); for a
 * province, its partner countries, and the countries most partnered nationally
 * that it has none with. Each is one grouped query from an index (the
 * partner's country, or our locality's province).
 */

const ours = alias(localities, "cov_ours");
const partner = alias(localities, "cov_partner");
const count = sql<number>`count(*)`;

/** How many of the nation's most partnered countries a province is compared with. */
export const TOP_COUNTRIES = 15;

export type ProvinceCoverage = {
  code: string;
  nameEn: string;
  nameZh: string;
  region: Region;
  partnerships: number;
  localities: number;
};

/** Every province with its current partnerships (and our localities partnered) with a country, zero included, by region then name. */
export function provincesCoverageOfCountry(db: DbOrTx, countryCode: string): ProvinceCoverage[] {
  const counts = db
    .select({ provinceCode: ours.provinceCode, partnerships: count, localities: sql<number>`count(distinct ${ours.id})` })
    .from(partner)
    .innerJoin(partnerships, eq(partnerships.partnerLocalityId, partner.id))
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .where(and(eq(partner.countryCode, countryCode), isNull(partnerships.archivedAt)))
    .groupBy(ours.provinceCode)
    .all();
  const byProvince = new Map(counts.map((c) => [c.provinceCode, c]));
  return db
    .select({ code: provinces.code, nameEn: provinces.nameEn, nameZh: provinces.nameZh, region: provinces.region })
    .from(provinces)
    .orderBy(asc(provinces.region), asc(provinces.code))
    .all()
    .map((p) => ({ ...p, partnerships: byProvince.get(p.code)?.partnerships ?? 0, localities: byProvince.get(p.code)?.localities ?? 0 }));
}

export type CountryCount = { code: string; nameEn: string; nameZh: string; partnerships: number };

/** A province's partner countries with their numbers of current partnerships, most first. */
export function countriesCoverageOfProvince(db: DbOrTx, provinceCode: string): CountryCount[] {
  return db
    .select({ code: countries.code, nameEn: countries.nameEn, nameZh: countries.nameZh, partnerships: count })
    .from(ours)
    .innerJoin(partnerships, eq(partnerships.ourLocalityId, ours.id))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .innerJoin(countries, eq(countries.code, partner.countryCode))
    .where(and(eq(ours.provinceCode, provinceCode), isNull(partnerships.archivedAt)))
    .groupBy(countries.code)
    .orderBy(desc(count), asc(countries.code))
    .all();
}

/** The countries with the most current partnerships nationally (what a province's gaps are measured against). */
export function topPartnerCountries(db: DbOrTx, limit = TOP_COUNTRIES): CountryCount[] {
  return db
    .select({ code: countries.code, nameEn: countries.nameEn, nameZh: countries.nameZh, partnerships: count })
    .from(partnerships)
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .innerJoin(countries, eq(countries.code, partner.countryCode))
    .where(and(isNull(partnerships.archivedAt), ne(partner.countryCode, "CN")))
    .groupBy(countries.code)
    .orderBy(desc(count), asc(countries.code))
    .limit(limit)
    .all();
}

/** The choices of the coverage forms: every foreign country and every province, by code. */
export function coverageChoices(db: DbOrTx) {
  return {
    countries: db
      .select({ code: countries.code, nameEn: countries.nameEn, nameZh: countries.nameZh })
      .from(countries)
      .where(ne(countries.code, "CN"))
      .orderBy(asc(countries.nameEn))
      .all(),
    provinces: db
      .select({ code: provinces.code, nameEn: provinces.nameEn, nameZh: provinces.nameZh, region: provinces.region })
      .from(provinces)
      .orderBy(asc(provinces.region), asc(provinces.code))
      .all(),
  };
}

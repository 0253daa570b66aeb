import { and, asc, desc, eq, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, localities, provinces } from "@/db/schema";
import type { LocalityListParams } from "@/lib/validation/locality-list";
import { containsText, searchTerms } from "../search";
import type { BuiltQuery } from "./reader";

/*
 * The directory's filters, written again here because db/queries/localities.ts
 * keeps its own private; the two must agree (docs/conventions.md, URL contract).
 */
function localityConditions(f: LocalityListParams): SQL | undefined {
  const where: (SQL | undefined)[] = [isNull(localities.mergedIntoId)];
  if (!f.archived) where.push(isNull(localities.archivedAt));
  for (const term of searchTerms(f.q)) where.push(containsText(localities.searchKey, term));
  if (f.country) where.push(eq(localities.countryCode, f.country));
  if (f.province) where.push(eq(localities.provinceCode, f.province));
  if (f.level) where.push(eq(localities.level, f.level));
  if (f.side === "ours") where.push(eq(localities.countryCode, "CN"));
  if (f.side === "partner") where.push(ne(localities.countryCode, "CN"));
  return and(...where);
}

const partnershipCount = sql<number>`(select count(*) from partnerships p where p.archived_at is null and (p.our_locality_id = ${localities.id} or p.partner_locality_id = ${localities.id}))`;

export const localityExportSelection = {
  id: localities.id,
  nameLocal: localities.nameLocal,
  nameZh: localities.nameZh,
  nameRomanised: localities.nameRomanised,
  countryCode: localities.countryCode,
  countryEn: countries.nameEn,
  countryZh: countries.nameZh,
  provinceEn: provinces.nameEn,
  provinceZh: provinces.nameZh,
  stateName: localities.stateName,
  provinceCode: localities.provinceCode,
  level: localities.level,
  latitude: localities.latitude,
  longitude: localities.longitude,
  partnerships: partnershipCount,
};

export type LocalityExportRow = { [K in keyof typeof localityExportSelection]: string | number | null };

/** Every locality the directory shows for these URL parameters (all pages). */
export function localityExportQuery(db: DbOrTx, params: LocalityListParams): BuiltQuery {
  const direction = params.dir === "desc" ? desc : asc;
  const order: Record<LocalityListParams["sort"], SQL[]> = {
    name: [sql`${localities.nameLocal}`],
    romanised: [sql`${localities.nameRomanised} collate nocase`],
    country: [sql`${countries.nameEn}`, sql`${localities.nameRomanised} collate nocase`],
    state: [sql`coalesce(${provinces.nameEn}, ${localities.stateName})`, sql`${localities.nameRomanised} collate nocase`],
    level: [sql`${localities.level}`],
    partnerships: [partnershipCount],
  };
  return db
    .select(localityExportSelection)
    .from(localities)
    .innerJoin(countries, eq(countries.code, localities.countryCode))
    .leftJoin(provinces, eq(provinces.code, localities.provinceCode))
    .where(localityConditions(params))
    .orderBy(...order[params.sort].map((e) => direction(e)), direction(localities.id))
    .toSQL();
}

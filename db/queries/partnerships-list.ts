import { asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, partnerships } from "@/db/schema";
import type { QueryScope } from "@/lib/auth/permissions";
import type { Locale, PartnershipLevel, PartnershipStatus, PartnershipType } from "@/lib/domain/enums";
import type { PartnershipListParams, PartnershipSort } from "@/lib/validation/partnership-list";
import {
  lastActivitySql,
  ourProvince,
  ours,
  partner,
  partnershipConditions,
  recentActivitiesSql,
  twelveMonthsBefore,
} from "./partnerships-filter";

export type PartnershipRow = {
  id: number;
  ours: { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; provinceCode: string | null };
  partner: { id: number; nameLocal: string; nameRomanised: string; nameZh: string | null; stateName: string | null; countryCode: string };
  countryName: string;
  signedOn: string | null;
  type: PartnershipType;
  level: PartnershipLevel;
  status: PartnershipStatus | null;
  archived: boolean;
  lastActivity: string | null;
  activities12m: number;
};

const STATUS_RANK = sql`CASE ${partnerships.status} WHEN 'very_good' THEN 1 WHEN 'good' THEN 2 WHEN 'maintaining_contact' THEN 3 WHEN 'suspended' THEN 4 ELSE 5 END`;

function sortExpressions(sort: PartnershipSort, locale: Locale, since: string, today: string): SQL[] {
  const countryName = locale === "zh-CN" ? countries.nameZh : countries.nameEn;
  switch (sort) {
    case "ours":
      return [sql`${ours.nameRomanised} COLLATE NOCASE`, sql`${partner.nameRomanised} COLLATE NOCASE`];
    case "partner":
      return [sql`${partner.nameRomanised} COLLATE NOCASE`];
    case "country":
      return [sql`${countryName}`, sql`${partner.nameRomanised} COLLATE NOCASE`];
    case "signedOn":
      return [sql`${partnerships.signedOn} IS NULL`, sql`${partnerships.signedOn}`];
    case "type":
      return [sql`${partnerships.type}`];
    case "level":
      return [sql`${partnerships.level}`];
    case "status":
      return [STATUS_RANK];
    case "lastActivity":
      return [lastActivitySql(partnerships.id, today)];
    case "activities12m":
      return [recentActivitiesSql(partnerships.id, since, today)];
  }
}

/**
 * One page of the registry: the database filters, counts, sorts and pages;
 * the activity columns are correlated subqueries, computed for the page only
 * (unless the page is sorted by them).
 */
export function listPartnerships(
  db: DbOrTx,
  params: PartnershipListParams & { within?: QueryScope },
  opts: { locale: Locale; today: string },
): { rows: PartnershipRow[]; total: number; page: number } {
  const where = partnershipConditions(params);
  const since = twelveMonthsBefore(opts.today);
  const total =
    db
      .select({ n: count() })
      .from(partnerships)
      .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
      .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
      .leftJoin(ourProvince, eq(ourProvince.code, ours.provinceCode))
      .where(where)
      .get()?.n ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / params.pageSize));
  const page = Math.min(params.page, lastPage);
  const direction = params.dir === "desc" ? desc : asc;
  const order = [...sortExpressions(params.sort, opts.locale, since, opts.today).map((e) => direction(e)), direction(partnerships.id)];
  const ids = db
    .select({ id: partnerships.id })
    .from(partnerships)
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .leftJoin(ourProvince, eq(ourProvince.code, ours.provinceCode))
    .leftJoin(countries, eq(countries.code, partner.countryCode))
    .where(where)
    .orderBy(...order)
    .limit(params.pageSize)
    .offset((page - 1) * params.pageSize)
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return { rows: [], total, page };
  const details = db
    .select({
      id: partnerships.id,
      ours: { id: ours.id, nameLocal: ours.nameLocal, nameRomanised: ours.nameRomanised, nameZh: ours.nameZh, provinceCode: ours.provinceCode },
      partner: {
        id: partner.id,
        nameLocal: partner.nameLocal,
        nameRomanised: partner.nameRomanised,
        nameZh: partner.nameZh,
        stateName: partner.stateName,
        countryCode: partner.countryCode,
      },
      countryEn: countries.nameEn,
      countryZh: countries.nameZh,
      signedOn: partnerships.signedOn,
      type: partnerships.type,
      level: partnerships.level,
      status: partnerships.status,
      archivedAt: partnerships.archivedAt,
      lastActivity: lastActivitySql(partnerships.id, opts.today),
      activities12m: recentActivitiesSql(partnerships.id, since, opts.today),
    })
    .from(partnerships)
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .innerJoin(countries, eq(countries.code, partner.countryCode))
    .where(inArray(partnerships.id, ids))
    .all();
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows = ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    const { countryEn, countryZh, archivedAt, ...rest } = d;
    return [{ ...rest, countryName: opts.locale === "zh-CN" ? countryZh : countryEn, archived: archivedAt !== null, activities12m: Number(d.activities12m) }];
  });
  return { rows, total, page };
}

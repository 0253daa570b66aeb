import { asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { countries, partnerships } from "@/db/schema";
import type { WithinScope } from "../activities";
import type { PartnershipListParams } from "@/lib/validation/partnership-list";
import { lastActivitySql, ourProvince, ours, partner, partnershipConditions } from "../partnerships-filter";
import { today as clockToday } from "@/lib/domain/clock";
import type { BuiltQuery } from "./reader";

export const partnershipExportSelection = {
  id: partnerships.id,
  ourLocal: ours.nameLocal,
  ourRomanised: ours.nameRomanised,
  province: ourProvince.nameEn,
  provinceZh: ourProvince.nameZh,
  region: ourProvince.region,
  partnerLocal: partner.nameLocal,
  partnerZh: partner.nameZh,
  partnerRomanised: partner.nameRomanised,
  partnerState: partner.stateName,
  countryCode: partner.countryCode,
  countryEn: countries.nameEn,
  countryZh: countries.nameZh,
  type: partnerships.type,
  level: partnerships.level,
  signedOn: partnerships.signedOn,
  status: partnerships.status,
  // As of the day the export runs, by the list's rule: see partnershipExportQuery.
  lastActivity: sql<string | null>`null`,
  archivedAt: partnerships.archivedAt,
};

export type PartnershipExportRow = { [K in keyof typeof partnershipExportSelection]: string | number | null };

const order = (today: string) => ({
  ours: [ours.nameRomanised],
  partner: [partner.nameRomanised],
  country: [countries.nameEn],
  signedOn: [partnerships.signedOn],
  type: [partnerships.type],
  level: [partnerships.level],
  status: [sql`case ${partnerships.status} when 'very_good' then 1 when 'good' then 2 when 'maintaining_contact' then 3 when 'suspended' then 4 else 5 end`],
  lastActivity: [lastActivitySql(partnerships.id, today)],
  activities12m: [partnerships.id],
});

/**
 * Every partnership the list shows for these URL parameters (all pages), as one query to iterate.
 * "Last activity" is the list's own (lastActivitySql as of `today`): planned activities are not yet last.
 */
export function partnershipExportQuery(db: DbOrTx, params: PartnershipListParams & WithinScope, today: string = clockToday()): BuiltQuery {
  const direction = params.dir === "desc" ? desc : asc;
  return db
    .select({ ...partnershipExportSelection, lastActivity: lastActivitySql(partnerships.id, today) })
    .from(partnerships)
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .leftJoin(ourProvince, eq(ourProvince.code, ours.provinceCode))
    .innerJoin(countries, eq(countries.code, partner.countryCode))
    .where(partnershipConditions(params))
    .orderBy(...(order(today)[params.sort] ?? order(today).ours).map((e) => direction(e)), direction(partnerships.id))
    .toSQL();
}

import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import type { ReportScope } from "@/lib/domain/statistics-report";
import { activityListSchema, type ActivityListParams } from "@/lib/validation/activity-list";
import { delegationListSchema, type DelegationListParams } from "@/lib/validation/delegation-list";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema, type PartnershipListParams } from "@/lib/validation/partnership-list";
import { PARTNERSHIP_FROM, ourSideWhere, partnershipWhere } from "./statistics-scope";

export type ReportTotals = {
  partnerships: number;
  partnerCountries: number;
  newPartnerships: number;
  activities: number;
  incoming: number;
  outgoing: number;
};

export type Period = { from: number; to: number };

/** The activity report's headline numbers for a scope and period. */
export function getReportTotals(db: DbOrTx, scope: ReportScope, period: Period): ReportTotals {
  const registry = db.get<{ n: number; countries: number; fresh: number }>(sql`select count(*) as n, count(distinct p.country_code) as countries,
      sum(case when substr(ps.signed_on, 1, 4) between ${String(period.from)} and ${String(period.to)} then 1 else 0 end) as fresh
    from ${PARTNERSHIP_FROM} where ${partnershipWhere(scope, {})}`);
  const from = `${period.from}-01-01`;
  const to = `${period.to}-12-31`;
  const ours = ourSideWhere(scope, {});
  const acts = db.get<{ n: number }>(sql`select count(*) as n from activities a join localities o on o.id = a.organiser_locality_id left join provinces pr on pr.code = o.province_code
    where a.archived_at is null and ${ours} and a.start_date between ${from} and ${to}`);
  const dels = db.all<{ direction: string; n: number }>(sql`select d.direction as direction, count(*) as n from delegations d join localities o on o.id = d.our_locality_id
    left join provinces pr on pr.code = o.province_code
    where d.archived_at is null and d.status <> 'cancelled' and ${ours} and d.start_date between ${from} and ${to} group by 1`);
  return {
    partnerships: registry?.n ?? 0,
    partnerCountries: registry?.countries ?? 0,
    newPartnerships: registry?.fresh ?? 0,
    activities: acts?.n ?? 0,
    incoming: dels.find((d) => d.direction === "incoming")?.n ?? 0,
    outgoing: dels.find((d) => d.direction === "outgoing")?.n ?? 0,
  };
}

function scopeParams(scope: ReportScope): Record<string, string> {
  if (scope.kind === "province") return { province: scope.provinceCode };
  if (scope.kind === "locality") return { locality: String(scope.localityId) };
  return {};
}

/**
 * The report's tables are the lists' own queries with the scope and period as
 * URL parameters, so a report and a filtered list always agree.
 */
export function reportListParams(scope: ReportScope, period: Period): { partnerships: PartnershipListParams; activities: ActivityListParams; delegations: DelegationListParams } {
  const base = scopeParams(scope);
  const dates = { from: `${period.from}-01-01`, to: `${period.to}-12-31` };
  return {
    partnerships: parseListParams(partnershipListSchema, { ...base, sort: "partner" }),
    activities: parseListParams(activityListSchema, { ...base, ...dates, sort: "startDate", dir: "asc" }),
    delegations: parseListParams(delegationListSchema, { ...base, ...dates, sort: "startDate", dir: "asc" }),
  };
}

/** A locality's province, for checking a province administrator's report scope. */
export function provinceOfLocality(db: DbOrTx, id: number): string | null {
  return db.get<{ p: string | null }>(sql`select province_code as p from localities where id = ${id} and country_code = 'CN'`)?.p ?? null;
}

/** A scope's name in the user's language, for titles. */
export function reportScopeName(db: DbOrTx, scope: ReportScope, zh: boolean): string | null {
  if (scope.kind === "province") return db.get<{ n: string }>(sql`select ${sql.raw(zh ? "name_zh" : "name_en")} as n from provinces where code = ${scope.provinceCode}`)?.n ?? null;
  if (scope.kind === "locality") return db.get<{ n: string }>(sql`select ${sql.raw(zh ? "name_local" : "name_romanised")} as n from localities where id = ${scope.localityId}`)?.n ?? null;
  return null;
}

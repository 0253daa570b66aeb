import { and, between, eq, gte, lt, ne, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, delegations } from "@/db/schema";
import { today } from "@/lib/domain/clock";
import type { ReportScope } from "@/lib/domain/statistics-report";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema, type PartnershipListParams } from "@/lib/validation/partnership-list";
import { activityFilterSql, activityOrder, selectActivities } from "../activities";
import { delegationFilterSql, delegationOrder, selectDelegations } from "../delegations";
import type { PartnershipListContext } from "../partnerships-filter";
import { activityExportSelection } from "./activities";
import { delegationExportSelection } from "./delegations";
import { partnershipExportQuery } from "./partnerships";
import type { BuiltQuery } from "./reader";

export type Period = { from: number; to: number };

/**
 * What an activity report counts, as WHERE conditions: the summary's totals and
 * the tables' rows are both read through these, so they cannot disagree.
 *
 * The rule: an activity or delegation belongs to the period in which it STARTS
 * (as the dashboard's yearly charts count); cancelled delegations are not
 * counted; archived records never are. What this leaves out that a list
 * filtered by the same dates would show is counted by `reportLeftOut`.
 */
export type ReportSelection = {
  activities: SQL[];
  delegations: SQL[];
  partnerships: PartnershipListParams;
};

/** The scope as the lists' own URL filters (our locality, or our province). */
function scopeFilters(scope: ReportScope): { locality?: number; province?: string } {
  if (scope.kind === "province") return { province: scope.provinceCode };
  if (scope.kind === "locality") return { locality: scope.localityId };
  return {};
}

function days(period: Period): { first: string; last: string } {
  return { first: `${period.from}-01-01`, last: `${period.to}-12-31` };
}

export function reportSelection(scope: ReportScope, period: Period): ReportSelection {
  const filters = scopeFilters(scope);
  const { first, last } = days(period);
  return {
    activities: [...activityFilterSql(filters), between(activities.startDate, first, last)],
    delegations: [...delegationFilterSql(filters), between(delegations.startDate, first, last), ne(delegations.status, "cancelled")],
    partnerships: parseListParams(partnershipListSchema, {
      ...(filters.province ? { province: filters.province } : {}),
      ...(filters.locality ? { locality: String(filters.locality) } : {}),
      sort: "partner",
    }),
  };
}

/**
 * What the report does not count, for the report to say so: cancelled delegations
 * that start in the period, and activities and delegations that started before
 * the period and go on into it (a list filtered by these dates shows those).
 */
export function reportLeftOut(
  scope: ReportScope,
  period: Period,
): { cancelledDelegations: SQL[]; activitiesBefore: SQL[]; delegationsBefore: SQL[] } {
  const filters = scopeFilters(scope);
  const { first, last } = days(period);
  return {
    cancelledDelegations: [
      ...delegationFilterSql(filters),
      between(delegations.startDate, first, last),
      eq(delegations.status, "cancelled"),
    ],
    activitiesBefore: [
      ...activityFilterSql(filters),
      lt(activities.startDate, first),
      gte(sql`coalesce(${activities.endDate}, ${activities.startDate})`, first),
    ],
    delegationsBefore: [
      ...delegationFilterSql(filters),
      lt(delegations.startDate, first),
      gte(sql`coalesce(${delegations.endDate}, ${delegations.startDate})`, first),
      ne(delegations.status, "cancelled"),
    ],
  };
}

/** The report's activity rows, by start date. */
export function reportActivitiesQuery(db: DbOrTx, selection: ReportSelection): BuiltQuery {
  return selectActivities(db, activityExportSelection)
    .where(and(...selection.activities))
    .orderBy(...activityOrder({ sort: "startDate", dir: "asc" }))
    .toSQL();
}

/** The report's delegation rows, by start date. */
export function reportDelegationsQuery(db: DbOrTx, selection: ReportSelection): BuiltQuery {
  return selectDelegations(db, delegationExportSelection)
    .where(and(...selection.delegations))
    .orderBy(...delegationOrder({ sort: "startDate", dir: "asc" }))
    .toSQL();
}

/**
 * The report's partnership rows: the registry list's own query for the scope, as of today
 * (sorted by the partner's romanised name, the same in both languages).
 */
export function reportPartnershipsQuery(
  db: DbOrTx,
  selection: ReportSelection,
  ctx: PartnershipListContext = { locale: "en", today: today() },
): BuiltQuery {
  return partnershipExportQuery(db, selection.partnerships, ctx);
}

import { and, between, count, countDistinct, eq, lte, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, delegations, partnerships, partnershipStatusHistory } from "@/db/schema";
import { PARTNERSHIP_STATUSES, type ActivityCategory, type PartnershipStatus } from "@/lib/domain/enums";
import type { ReportScope } from "@/lib/domain/statistics-report";
import { org } from "./activities";
import { ourLoc } from "./delegations";
import { reportLeftOut, reportSelection, type Period, type ReportSelection } from "./exports/report";
import { partner, partnershipConditions, selectPartnerships } from "./partnerships-filter";

export type { Period };

export type ReportTotals = {
  partnerships: number;
  partnerCountries: number;
  newPartnerships: number;
  activities: number;
  incoming: number;
  outgoing: number;
};

/** The breakdowns the totals are sums of, and what the selection leaves out (each a count). */
export type ReportCounts = {
  totals: ReportTotals;
  activitiesByCategory: Partial<Record<ActivityCategory, number>>;
  leftOut: { cancelledDelegations: number; activitiesBefore: number; delegationsBefore: number };
};

const countOf = (rows: { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);

/** The registry rows of the report (the same joins as its partnership table). */
function partnershipCount(db: DbOrTx, selection: ReportSelection, extra: SQL = sql`1 = 1`) {
  return (
    selectPartnerships(db, { n: count(), countries: countDistinct(partner.countryCode) })
      .where(and(partnershipConditions(selection.partnerships), extra))
      .get() ?? { n: 0, countries: 0 }
  );
}

function activityCount(db: DbOrTx, where: SQL[]): number {
  return (
    db
      .select({ n: count() })
      .from(activities)
      .innerJoin(org, eq(org.id, activities.organiserLocalityId))
      .where(and(...where))
      .get()?.n ?? 0
  );
}

function delegationCount(db: DbOrTx, where: SQL[]): number {
  return (
    db
      .select({ n: count() })
      .from(delegations)
      .innerJoin(ourLoc, eq(ourLoc.id, delegations.ourLocalityId))
      .where(and(...where))
      .get()?.n ?? 0
  );
}

/**
 * The activity report's headline numbers for a scope and period, counted over
 * the same selection (db/queries/exports/report.ts) its tables list: each total
 * is the number of rows of its table.
 */
export function getReportCounts(db: DbOrTx, scope: ReportScope, period: Period): ReportCounts {
  const selection = reportSelection(scope, period);
  const registry = partnershipCount(db, selection);
  const fresh = partnershipCount(db, selection, between(partnerships.signedOn, `${period.from}-01-01`, `${period.to}-12-31`));
  const byCategory = db
    .select({ category: activities.category, n: count() })
    .from(activities)
    .innerJoin(org, eq(org.id, activities.organiserLocalityId))
    .where(and(...selection.activities))
    .groupBy(activities.category)
    .all();
  const byDirection = db
    .select({ direction: delegations.direction, n: count() })
    .from(delegations)
    .innerJoin(ourLoc, eq(ourLoc.id, delegations.ourLocalityId))
    .where(and(...selection.delegations))
    .groupBy(delegations.direction)
    .all();
  const leftOut = reportLeftOut(scope, period);
  return {
    totals: {
      partnerships: registry.n,
      partnerCountries: registry.countries,
      newPartnerships: fresh.n,
      activities: countOf(byCategory),
      incoming: countOf(byDirection.filter((d) => d.direction === "incoming")),
      outgoing: countOf(byDirection.filter((d) => d.direction === "outgoing")),
    },
    activitiesByCategory: Object.fromEntries(byCategory.map((r) => [r.category, r.n])),
    leftOut: {
      cancelledDelegations: delegationCount(db, leftOut.cancelledDelegations),
      activitiesBefore: activityCount(db, leftOut.activitiesBefore),
      delegationsBefore: delegationCount(db, leftOut.delegationsBefore),
    },
  };
}

/** A year's recorded statuses of the report's partnerships, and how many of them have one. */
export type StatusCoverage = { year: number; counts: Record<PartnershipStatus, number>; answered: number; total: number };

/**
 * The yearly status (from approved evaluations or entered by hand) of the
 * partnerships the report lists, for the latest year up to the period's end
 * with any status recorded in scope, and the latest earlier year with any.
 */
export function getStatusCoverage(db: DbOrTx, scope: ReportScope, period: Period): StatusCoverage[] {
  const selection = reportSelection(scope, period);
  const where = partnershipConditions(selection.partnerships);
  const rows = selectPartnerships(db, { year: partnershipStatusHistory.year, status: partnershipStatusHistory.status, n: count() })
    .innerJoin(partnershipStatusHistory, eq(partnershipStatusHistory.partnershipId, partnerships.id))
    .where(and(where, lte(partnershipStatusHistory.year, period.to)))
    .groupBy(partnershipStatusHistory.year, partnershipStatusHistory.status)
    .all();
  // The latest year with statuses, and the latest EARLIER year that has any (not merely the calendar year before).
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a).slice(0, 2);
  if (!years.length) return [];
  const total = partnershipCount(db, selection).n;
  return years.map((year) => {
    const ofYear = rows.filter((r) => r.year === year);
    const counts = Object.fromEntries(PARTNERSHIP_STATUSES.map((s) => [s, countOf(ofYear.filter((r) => r.status === s))])) as Record<
      PartnershipStatus,
      number
    >;
    return { year, counts, answered: countOf(ofYear), total };
  });
}

/** A locality's province, for checking a province administrator's report scope. */
export function provinceOfLocality(db: DbOrTx, id: number): string | null {
  return db.get<{ p: string | null }>(sql`select province_code as p from localities where id = ${id} and country_code = 'CN'`)?.p ?? null;
}

/** A scope's name in the user's language, for titles. */
export function reportScopeName(db: DbOrTx, scope: ReportScope, zh: boolean): string | null {
  if (scope.kind === "province")
    return (
      db.get<{ n: string }>(sql`select ${sql.raw(zh ? "name_zh" : "name_en")} as n from provinces where code = ${scope.provinceCode}`)?.n ??
      null
    );
  if (scope.kind === "locality")
    return (
      db.get<{ n: string }>(
        sql`select ${sql.raw(zh ? "name_local" : "name_romanised")} as n from localities where id = ${scope.localityId}`,
      )?.n ?? null
    );
  return null;
}

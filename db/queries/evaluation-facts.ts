import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships, delegationPartnerships, delegations } from "@/db/schema";
import { ACTIVITY_CATEGORIES, type ActivityCategory, type ActivityTrend } from "@/lib/domain/enums";
import { trendFromCounts } from "@/lib/domain/trend";
import { selectCounted } from "./exchanges-counted";

export const FACT_YEARS = 5;

/** What the log says about one partnership, for the year evaluated and the four before. */
export type EvaluationFacts = {
  /** Oldest first, ending with the year evaluated. */
  years: number[];
  activities: number[];
  delegations: number[];
  impliedTrend: ActivityTrend;
  /** The most frequent activity category of the year evaluated; null if none was logged. */
  topCategory: ActivityCategory | null;
  /** The latest activity or delegation up to the end of the year evaluated (YYYY-MM-DD). */
  lastContact: string | null;
};

const yearOf = (column: typeof activities.startDate | typeof delegations.startDate) =>
  sql<number>`cast(substr(${column}, 1, 4) as integer)`;

/** Facts for several partnerships at once (one query per kind of record). */
export function getEvaluationFactsBulk(db: DbOrTx, partnershipIds: number[], year: number): Map<number, EvaluationFacts> {
  const years = Array.from({ length: FACT_YEARS }, (_, i) => year - FACT_YEARS + 1 + i);
  const from = `${years[0]}-01-01`;
  const to = `${year}-12-31`;
  const result = new Map<number, EvaluationFacts>();
  for (const id of partnershipIds)
    result.set(id, {
      years,
      activities: years.map(() => 0),
      delegations: years.map(() => 0),
      impliedTrend: "about_same",
      topCategory: null,
      lastContact: null,
    });
  if (partnershipIds.length === 0) return result;
  const topCounts = new Map<number, Map<ActivityCategory, number>>();
  for (const chunk of chunks(partnershipIds, 500)) {
    const acts = selectCounted(
      db,
      "activities",
      {
        pid: activityPartnerships.partnershipId,
        y: yearOf(activities.startDate),
        category: activities.category,
        n: sql<number>`count(*)`,
        last: sql<string>`max(${activities.startDate})`,
      },
      chunk,
      from,
      to,
    )
      .groupBy(activityPartnerships.partnershipId, sql`2`, activities.category)
      .all();
    for (const row of acts) {
      const facts = result.get(row.pid)!;
      const i = row.y - years[0]!;
      facts.activities[i] = (facts.activities[i] ?? 0) + row.n;
      if (!facts.lastContact || row.last > facts.lastContact) facts.lastContact = row.last;
      if (row.y === year) {
        const counts = topCounts.get(row.pid) ?? new Map<ActivityCategory, number>();
        counts.set(row.category, row.n);
        topCounts.set(row.pid, counts);
      }
    }
    const dels = selectCounted(
      db,
      "delegations",
      {
        pid: delegationPartnerships.partnershipId,
        y: yearOf(delegations.startDate),
        n: sql<number>`count(*)`,
        last: sql<string>`max(${delegations.startDate})`,
      },
      chunk,
      from,
      to,
    )
      .groupBy(delegationPartnerships.partnershipId, sql`2`)
      .all();
    for (const row of dels) {
      const facts = result.get(row.pid)!;
      facts.delegations[row.y - years[0]!] = row.n;
      if (!facts.lastContact || row.last > facts.lastContact) facts.lastContact = row.last;
    }
  }
  for (const [pid, facts] of result) {
    facts.impliedTrend = trendFromCounts(facts.activities);
    facts.topCategory = mostFrequent(topCounts.get(pid));
  }
  return result;
}

export function getEvaluationFacts(db: DbOrTx, partnershipId: number, year: number): EvaluationFacts {
  return getEvaluationFactsBulk(db, [partnershipId], year).get(partnershipId)!;
}

/** The category with the most activities; ties go to the category listed first. */
function mostFrequent(counts: Map<ActivityCategory, number> | undefined): ActivityCategory | null {
  if (!counts) return null;
  let best: ActivityCategory | null = null;
  for (const category of ACTIVITY_CATEGORIES) {
    const n = counts.get(category) ?? 0;
    if (n > 0 && (best === null || n > (counts.get(best) ?? 0))) best = category;
  }
  return best;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Activities plus delegations a year, oldest first. */
export function eventsByYear(facts: EvaluationFacts): number[] {
  return facts.years.map((_, i) => (facts.activities[i] ?? 0) + (facts.delegations[i] ?? 0));
}

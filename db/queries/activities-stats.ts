import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships } from "@/db/schema";

/**
 * The registry's "last activity" and "activities in 12 months" columns, from
 * the activity log. As SQL for a list query to select and sort by, given the
 * partnership id column; `today` is YYYY-MM-DD. Archived activities do not count;
 * planned (future) ones are not yet "last".
 */
export function lastActivitySql(partnershipId: SQLWrapper, today: string): SQL<string | null> {
  return sql<string | null>`(select max(a.start_date) from ${activityPartnerships} ap join ${activities} a on a.id = ap.activity_id
    where ap.partnership_id = ${partnershipId} and a.archived_at is null and a.start_date <= ${today})`;
}

export function activitiesIn12MonthsSql(partnershipId: SQLWrapper, today: string): SQL<number> {
  return sql<number>`(select count(*) from ${activityPartnerships} ap join ${activities} a on a.id = ap.activity_id
    where ap.partnership_id = ${partnershipId} and a.archived_at is null and a.start_date > ${yearBefore(today)} and a.start_date <= ${today})`;
}

/** The day one year before (2026-11-23 → 2025-11-23; 29 February → 28 February). */
export function yearBefore(today: string): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Both figures for some partnerships at once (for pages that show a few). */
export function partnershipActivityStats(db: DbOrTx, partnershipIds: number[], today: string): Map<number, { lastActivity: string | null; last12Months: number }> {
  const out = new Map<number, { lastActivity: string | null; last12Months: number }>();
  for (const id of partnershipIds) {
    const row = db.get<{ last: string | null; n: number }>(sql`select ${lastActivitySql(sql`${id}`, today)} as last, ${activitiesIn12MonthsSql(sql`${id}`, today)} as n`);
    out.set(id, { lastActivity: row?.last ?? null, last12Months: row?.n ?? 0 });
  }
  return out;
}

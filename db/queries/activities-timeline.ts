import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships, delegationPartnerships, delegations } from "@/db/schema";
import type { ActivityCategory, DelegationDirection, DelegationStatus } from "@/lib/domain/enums";

export type TimelineEntry =
  | { kind: "activity"; id: number; date: string; endDate: string | null; title: string; category: ActivityCategory }
  | {
      kind: "delegation";
      id: number;
      date: string;
      endDate: string | null;
      leaderName: string;
      direction: DelegationDirection;
      status: DelegationStatus;
    };

/** A partnership's activities and delegations, newest first, with how many there are in all. */
export function partnershipTimeline(
  db: DbOrTx,
  partnershipId: number,
  limit = 30,
): { entries: TimelineEntry[]; activityCount: number; delegationCount: number } {
  const acts = db
    .select({
      id: activities.id,
      date: activities.startDate,
      endDate: activities.endDate,
      title: activities.title,
      category: activities.category,
    })
    .from(activityPartnerships)
    .innerJoin(activities, eq(activities.id, activityPartnerships.activityId))
    .where(and(eq(activityPartnerships.partnershipId, partnershipId), isNull(activities.archivedAt)))
    .orderBy(desc(activities.startDate), desc(activities.id))
    .all();
  const dels = db
    .select({
      id: delegations.id,
      date: delegations.startDate,
      endDate: delegations.endDate,
      leaderName: delegations.leaderName,
      direction: delegations.direction,
      status: delegations.status,
    })
    .from(delegationPartnerships)
    .innerJoin(delegations, eq(delegations.id, delegationPartnerships.delegationId))
    .where(and(eq(delegationPartnerships.partnershipId, partnershipId), isNull(delegations.archivedAt)))
    .orderBy(desc(delegations.startDate), desc(delegations.id))
    .all();
  const entries: TimelineEntry[] = [
    ...acts.map((a) => ({ kind: "activity" as const, ...a })),
    ...dels.map((d) => ({ kind: "delegation" as const, ...d })),
  ].sort((a, b) => (a.date === b.date ? (a.kind === b.kind ? b.id - a.id : a.kind === "delegation" ? -1 : 1) : a.date < b.date ? 1 : -1));
  return { entries: entries.slice(0, limit), activityCount: acts.length, delegationCount: dels.length };
}

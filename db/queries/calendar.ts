import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, delegations } from "@/db/schema";
import { addDays, addMonths } from "@/lib/domain/clock";
import type { ActivityCategory, DelegationDirection, DelegationStatus } from "@/lib/domain/enums";
import type { CalendarParams } from "@/lib/validation/activity-calendar";
import { activityFilterSql, org, type WithinScope } from "./activities";
import { delegationFilterSql, ourLoc } from "./delegations";

/** Our locality of an item, in every form (the reader's language picks one: lib/domain/locality-name.ts). */
type Place = { place: string; placeRomanised: string; placeZh: string | null };

export type CalendarItem =
  | ({ kind: "activity"; id: number; title: string; startDate: string; endDate: string | null; category: ActivityCategory } & Place)
  | ({
      kind: "delegation";
      id: number;
      title: string;
      startDate: string;
      endDate: string | null;
      direction: DelegationDirection;
      status: DelegationStatus;
    } & Place);

/** At most this many of each kind a month; the page says when there are more. */
export const CALENDAR_LIMIT = 1500;

/** The first and last day of a month given as YYYY-MM. */
export function monthRange(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  return { first, last: addDays(addMonths(first, 1), -1) };
}

/** Activities and delegations touching a month (past and planned), filtered like the lists. */
export function calendarMonth(db: DbOrTx, params: CalendarParams & WithinScope): { items: CalendarItem[]; truncated: boolean } {
  const { first, last } = monthRange(params.month);
  const items: CalendarItem[] = [];
  let truncated = false;
  const showActivities = params.kind !== "delegations" && !params.direction && !params.status;
  const showDelegations = params.kind !== "activities" && !params.category;
  if (showActivities) {
    const rows = db
      .select({
        id: activities.id,
        title: activities.title,
        startDate: activities.startDate,
        endDate: activities.endDate,
        category: activities.category,
        place: org.nameLocal,
        placeRomanised: org.nameRomanised,
        placeZh: org.nameZh,
      })
      .from(activities)
      .innerJoin(org, eq(org.id, activities.organiserLocalityId))
      .where(and(...activityFilterSql({ ...params, from: first, to: last, archived: false })))
      .orderBy(asc(activities.startDate), asc(activities.id))
      .limit(CALENDAR_LIMIT + 1)
      .all();
    truncated ||= rows.length > CALENDAR_LIMIT;
    items.push(...rows.slice(0, CALENDAR_LIMIT).map((r) => ({ kind: "activity" as const, ...r })));
  }
  if (showDelegations) {
    const rows = db
      .select({
        id: delegations.id,
        title: delegations.leaderName,
        startDate: delegations.startDate,
        endDate: delegations.endDate,
        direction: delegations.direction,
        status: delegations.status,
        place: ourLoc.nameLocal,
        placeRomanised: ourLoc.nameRomanised,
        placeZh: ourLoc.nameZh,
      })
      .from(delegations)
      .innerJoin(ourLoc, eq(ourLoc.id, delegations.ourLocalityId))
      .where(and(...delegationFilterSql({ ...params, from: first, to: last, archived: false })))
      .orderBy(asc(delegations.startDate), asc(delegations.id))
      .limit(CALENDAR_LIMIT + 1)
      .all();
    truncated ||= rows.length > CALENDAR_LIMIT;
    items.push(...rows.slice(0, CALENDAR_LIMIT).map((r) => ({ kind: "delegation" as const, ...r })));
  }
  return { items, truncated };
}

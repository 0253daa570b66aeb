import { and, eq, gte, inArray, isNull, lte, ne, type SQL } from "drizzle-orm";
import type { SelectedFields, SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships, delegationPartnerships, delegations } from "@/db/schema";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";

type Kind = {
  table: SQLiteTable;
  link: SQLiteTable;
  linked: SQL;
  partnershipId: SQLiteColumn;
  start: SQLiteColumn;
  /** What else a record must be to count (not archived; a delegation, not cancelled). */
  counts: SQL[];
};

const KINDS: Record<"activities" | "delegations", Kind> = {
  activities: {
    table: activities,
    link: activityPartnerships,
    linked: eq(activityPartnerships.activityId, activities.id),
    partnershipId: activityPartnerships.partnershipId,
    start: activities.startDate,
    counts: [isNull(activities.archivedAt)],
  },
  delegations: {
    table: delegations,
    link: delegationPartnerships,
    linked: eq(delegationPartnerships.delegationId, delegations.id),
    partnershipId: delegationPartnerships.partnershipId,
    start: delegations.startDate,
    counts: [isNull(delegations.archivedAt), ne(delegations.status, "cancelled")],
  },
};

/**
 * `select <selection> from` the activities (or delegations) of these partnerships that count for the
 * period `from`–`to` (YYYY-MM-DD): not archived (a delegation, not cancelled either), starting within
 * it; one row per record and partnership.
 */
export function selectCounted<S extends SelectedFields>(
  db: DbOrTx,
  kind: keyof typeof KINDS,
  selection: S,
  partnershipIds: number[],
  from: string,
  to: string,
): ListSelect<ListRow<S>> {
  const k = KINDS[kind];
  const query = db
    .select(selection as SelectedFields)
    .from(k.table)
    .innerJoin(k.link, k.linked)
    .where(and(inArray(k.partnershipId, partnershipIds), ...k.counts, gte(k.start, from), lte(k.start, to)));
  return asListSelect<S>(query);
}

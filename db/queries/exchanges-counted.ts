import { and, eq, gte, inArray, isNull, lte, ne } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { activities, activityPartnerships, delegationPartnerships, delegations } from "@/db/schema";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";

/**
 * `select <selection> from` the activities of these partnerships that count for the period
 * `from`–`to` (YYYY-MM-DD): not archived, starting within it; one row per activity and partnership.
 */
export function selectCountedActivities<S extends SelectedFields>(
  db: DbOrTx,
  selection: S,
  partnershipIds: number[],
  from: string,
  to: string,
): ListSelect<ListRow<S>> {
  const query = db
    .select(selection as SelectedFields)
    .from(activities)
    .innerJoin(activityPartnerships, eq(activityPartnerships.activityId, activities.id))
    .where(
      and(
        inArray(activityPartnerships.partnershipId, partnershipIds),
        isNull(activities.archivedAt),
        gte(activities.startDate, from),
        lte(activities.startDate, to),
      ),
    );
  return asListSelect<S>(query);
}

/** The same for delegations, of which a cancelled one does not count either. */
export function selectCountedDelegations<S extends SelectedFields>(
  db: DbOrTx,
  selection: S,
  partnershipIds: number[],
  from: string,
  to: string,
): ListSelect<ListRow<S>> {
  const query = db
    .select(selection as SelectedFields)
    .from(delegations)
    .innerJoin(delegationPartnerships, eq(delegationPartnerships.delegationId, delegations.id))
    .where(
      and(
        inArray(delegationPartnerships.partnershipId, partnershipIds),
        isNull(delegations.archivedAt),
        ne(delegations.status, "cancelled"),
        gte(delegations.startDate, from),
        lte(delegations.startDate, to),
      ),
    );
  return asListSelect<S>(query);
}

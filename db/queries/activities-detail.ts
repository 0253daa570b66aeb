import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, delegationActivities, delegations, localities } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { listAttachments } from "./activities-attachments";
import { partnersOfActivities } from "./activities-partners";

/** An activity with everything its page shows, and whether this viewer may change it. */
export function getActivityDetail(db: DbOrTx, viewer: Viewer, id: number) {
  const row = db
    .select({ activity: activities, organiserName: localities.nameLocal, organiserRomanised: localities.nameRomanised, organiserProvince: localities.provinceCode })
    .from(activities)
    .innerJoin(localities, eq(localities.id, activities.organiserLocalityId))
    .where(eq(activities.id, id))
    .get();
  if (!row) return null;
  const linkedDelegations = db
    .select({ id: delegations.id, direction: delegations.direction, leaderName: delegations.leaderName, startDate: delegations.startDate, status: delegations.status })
    .from(delegationActivities)
    .innerJoin(delegations, eq(delegations.id, delegationActivities.delegationId))
    .where(eq(delegationActivities.activityId, id))
    .orderBy(asc(delegations.startDate))
    .all();
  return {
    ...row.activity,
    organiserName: row.organiserName,
    organiserRomanised: row.organiserRomanised,
    partners: partnersOfActivities(db, [id]).get(id) ?? [],
    delegations: linkedDelegations,
    attachments: listAttachments(db, "activity", id),
    canEdit: can(viewer, "records.edit", { ownerLocalityId: row.activity.organiserLocalityId, ownerProvinceCode: row.organiserProvince }),
  };
}
export type ActivityDetail = NonNullable<ReturnType<typeof getActivityDetail>>;

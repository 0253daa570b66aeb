import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, delegationActivities, delegationItinerary, delegationMembers, delegations, localities } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { listAttachments } from "./activities-attachments";
import { partnersOfDelegations } from "./activities-partners";

/** A delegation with our side's names and province, and its members in their order; null if there is none. */
export function delegationWithMembers(db: DbOrTx, id: number) {
  const row = db
    .select({
      delegation: delegations,
      ourName: localities.nameLocal,
      ourRomanised: localities.nameRomanised,
      ourZh: localities.nameZh,
      ourProvince: localities.provinceCode,
    })
    .from(delegations)
    .innerJoin(localities, eq(localities.id, delegations.ourLocalityId))
    .where(eq(delegations.id, id))
    .get();
  if (!row) return null;
  const members = db
    .select({ name: delegationMembers.name, title: delegationMembers.title, organisation: delegationMembers.organisation })
    .from(delegationMembers)
    .where(eq(delegationMembers.delegationId, id))
    .orderBy(asc(delegationMembers.position), asc(delegationMembers.id))
    .all();
  return { ...row, members };
}

/** A delegation with members, itinerary, partners, activities and files, and whether this viewer may change it. */
export function getDelegationDetail(db: DbOrTx, viewer: Viewer, id: number) {
  const row = delegationWithMembers(db, id);
  if (!row) return null;
  const { members } = row;
  const itinerary = db
    .select({ date: delegationItinerary.date, place: delegationItinerary.place, description: delegationItinerary.description })
    .from(delegationItinerary)
    .where(eq(delegationItinerary.delegationId, id))
    .orderBy(asc(delegationItinerary.position), asc(delegationItinerary.id))
    .all();
  const linkedActivities = db
    .select({ id: activities.id, title: activities.title, startDate: activities.startDate, category: activities.category })
    .from(delegationActivities)
    .innerJoin(activities, eq(activities.id, delegationActivities.activityId))
    .where(eq(delegationActivities.delegationId, id))
    .orderBy(asc(activities.startDate))
    .all();
  return {
    ...row.delegation,
    ourName: row.ourName,
    ourRomanised: row.ourRomanised,
    ourZh: row.ourZh,
    members,
    itinerary,
    activities: linkedActivities,
    partners: partnersOfDelegations(db, [id]).get(id) ?? [],
    attachments: listAttachments(db, "delegation", id),
    canEdit: can(viewer, "records.edit", { ownerLocalityId: row.delegation.ourLocalityId, ownerProvinceCode: row.ourProvince }),
  };
}
export type DelegationDetail = NonNullable<ReturnType<typeof getDelegationDetail>>;

import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityContacts, contacts, delegationActivities, delegations, localities } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { can, canSeeContactDetails } from "@/lib/auth/permissions";
import { contactForReader } from "@/lib/domain/contact-privacy";
import { listAttachments } from "./activities-attachments";
import { partnersOfActivities } from "./activities-partners";

/** An activity with everything its page shows, and whether this viewer may change it. */
export function getActivityDetail(db: DbOrTx, viewer: Viewer, id: number) {
  const row = db
    .select({
      activity: activities,
      organiserName: localities.nameLocal,
      organiserRomanised: localities.nameRomanised,
      organiserZh: localities.nameZh,
      organiserProvince: localities.provinceCode,
    })
    .from(activities)
    .innerJoin(localities, eq(localities.id, activities.organiserLocalityId))
    .where(eq(activities.id, id))
    .get();
  if (!row) return null;
  const linkedDelegations = db
    .select({
      id: delegations.id,
      direction: delegations.direction,
      leaderName: delegations.leaderName,
      startDate: delegations.startDate,
      status: delegations.status,
    })
    .from(delegationActivities)
    .innerJoin(delegations, eq(delegations.id, delegationActivities.delegationId))
    .where(eq(delegationActivities.activityId, id))
    .orderBy(asc(delegations.startDate))
    .all();
  const owner = { ownerLocalityId: row.activity.organiserLocalityId, ownerProvinceCode: row.organiserProvince };
  // Registry contacts who took part; an archived one stays named (it was there), marked as such.
  // Another office sees their side, office and role, not who they are (issue 13).
  const personal = canSeeContactDetails(viewer, owner);
  const linkedContacts = db
    .select({
      id: contacts.id,
      personName: contacts.personName,
      role: contacts.role,
      office: contacts.office,
      side: contacts.side,
      archivedAt: contacts.archivedAt,
    })
    .from(activityContacts)
    .innerJoin(contacts, eq(contacts.id, activityContacts.contactId))
    .where(eq(activityContacts.activityId, id))
    .orderBy(asc(contacts.side), asc(contacts.personName))
    .all()
    .map(({ archivedAt, ...c }) => ({ ...contactForReader(c, personal), archived: archivedAt !== null }));
  return {
    ...row.activity,
    organiserName: row.organiserName,
    organiserRomanised: row.organiserRomanised,
    organiserZh: row.organiserZh,
    partners: partnersOfActivities(db, [id]).get(id) ?? [],
    delegations: linkedDelegations,
    contacts: linkedContacts,
    attachments: listAttachments(db, "activity", id),
    canEdit: can(viewer, "records.edit", owner),
  };
}
export type ActivityDetail = NonNullable<ReturnType<typeof getActivityDetail>>;

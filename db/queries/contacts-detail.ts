import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, activityContacts, contacts, delegationMembers, delegations, partnerships } from "@/db/schema";
import { contactColumns, selectContacts } from "./contacts-directory";

/** One contact with their partnership's two sides, or undefined (archived contacts stay readable from history links). */
export function getContactDetail(db: DbOrTx, id: number) {
  return selectContacts(db, { ...contactColumns, archivedAt: contacts.archivedAt, ourLocalityId: partnerships.ourLocalityId })
    .where(eq(contacts.id, id))
    .get();
}

/** The activities and delegations a contact took part in, newest first (archived ones left out). */
export function contactParticipation(db: DbOrTx, id: number) {
  const acts = db
    .select({
      id: activities.id,
      title: activities.title,
      category: activities.category,
      startDate: activities.startDate,
      endDate: activities.endDate,
    })
    .from(activityContacts)
    .innerJoin(activities, eq(activities.id, activityContacts.activityId))
    .where(and(eq(activityContacts.contactId, id), isNull(activities.archivedAt)))
    .orderBy(desc(activities.startDate), desc(activities.id))
    .all();
  const dels = db
    .selectDistinct({
      id: delegations.id,
      direction: delegations.direction,
      leaderName: delegations.leaderName,
      startDate: delegations.startDate,
      endDate: delegations.endDate,
      status: delegations.status,
    })
    .from(delegationMembers)
    .innerJoin(delegations, eq(delegations.id, delegationMembers.delegationId))
    .where(and(eq(delegationMembers.contactId, id), isNull(delegations.archivedAt)))
    .orderBy(desc(delegations.startDate), desc(delegations.id))
    .all();
  return { activities: acts, delegations: dels };
}

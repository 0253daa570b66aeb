import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activityContacts, contacts } from "@/db/schema";

/** Current contacts of the given partnerships, for the activity form's checklist (reading is national). */
export function contactsOfPartnerships(db: DbOrTx, partnershipIds: number[]) {
  if (partnershipIds.length === 0) return [];
  return db
    .select({
      id: contacts.id,
      partnershipId: contacts.partnershipId,
      personName: contacts.personName,
      office: contacts.office,
      side: contacts.side,
    })
    .from(contacts)
    .where(and(inArray(contacts.partnershipId, partnershipIds), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.side), asc(contacts.personName))
    .all();
}

/** The contacts linked to an activity (the edit form's starting choice). */
export function contactIdsOfActivity(db: DbOrTx, activityId: number): number[] {
  return db
    .select({ id: activityContacts.contactId })
    .from(activityContacts)
    .where(eq(activityContacts.activityId, activityId))
    .all()
    .map((r) => r.id);
}

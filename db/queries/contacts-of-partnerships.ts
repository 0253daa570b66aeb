import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activityContacts, contacts } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { contactReaderColumns, selectContacts } from "./contacts-directory";

/**
 * Current contacts of the given partnerships, for the activity form's checklist (reading is national);
 * the person's name only for the reader's own office's contacts (issue 13), else null.
 */
export function contactsOfPartnerships(db: DbOrTx, reader: Viewer, partnershipIds: number[]) {
  if (partnershipIds.length === 0) return [];
  const { id, partnershipId, personName, office, side } = contactReaderColumns(reader);
  return selectContacts(db, { id, partnershipId, personName, office, side })
    .where(and(inArray(contacts.partnershipId, partnershipIds), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.side), asc(personName), asc(contacts.id))
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

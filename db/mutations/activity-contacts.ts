import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/connection";
import { activityContacts, contacts } from "@/db/schema";
import type { Audit } from "@/db/write/audited";
import { AppError } from "@/lib/errors/app-error";
import { sameIds } from "./exchange-links";

/** The registry contacts linked to an activity. */
export function linkedContacts(tx: Tx, activityId: number): number[] {
  return tx
    .select({ id: activityContacts.contactId })
    .from(activityContacts)
    .where(eq(activityContacts.activityId, activityId))
    .all()
    .map((r) => r.id);
}

/**
 * Links the contacts who took part in an activity: each must be a contact of
 * one of its partnerships, and current (or already linked). Audited as the
 * activity's update when the links change (a creation's row already holds them).
 */
export function writeActivityContacts(
  tx: Tx,
  audit: Audit | null,
  activityId: number,
  contactIds: number[],
  partnershipIds: number[],
): void {
  const before = linkedContacts(tx, activityId);
  if (sameIds(before, contactIds)) return;
  const found = contactIds.length
    ? tx
        .select({ id: contacts.id, archivedAt: contacts.archivedAt })
        .from(contacts)
        .where(and(inArray(contacts.id, contactIds), inArray(contacts.partnershipId, partnershipIds)))
        .all()
    : [];
  if (found.length !== contactIds.length || found.some((c) => c.archivedAt && !before.includes(c.id))) {
    throw new AppError("invalidInput", {}, { contactIds: ["contacts.picker.invalid"] });
  }
  tx.delete(activityContacts).where(eq(activityContacts.activityId, activityId)).run();
  if (contactIds.length)
    tx.insert(activityContacts)
      .values(contactIds.map((contactId) => ({ activityId, contactId })))
      .run();
  audit?.({
    action: "update",
    entityType: "activity",
    entityId: activityId,
    before: { contactIds: before },
    after: { contactIds },
    summary: "contacts",
  });
}

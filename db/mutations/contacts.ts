import type { Db, Tx } from "@/db/connection";
import { contacts, partnerships } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { ownerOf } from "@/db/queries/partnerships";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError } from "@/lib/errors/app-error";
import type { ContactValues } from "@/lib/validation/contact";
import { fieldError } from "./partnerships";

/** A contact is edited by whoever may edit its partnership. */
function assertCanEditPartnership(tx: Tx, viewer: Viewer, partnershipId: number) {
  const partnership = getRowForUpdate(tx, partnerships, partnershipId);
  if (!can(viewer, "records.edit", ownerOf(tx, partnership.ourLocalityId))) throw new ForbiddenError();
}

export function createContact(db: Db, viewer: Viewer, values: ContactValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    assertCanEditPartnership(tx, viewer, values.partnershipId);
    const row = tx
      .insert(contacts)
      .values({ ...values, createdBy: viewer.id, updatedBy: viewer.id })
      .returning()
      .get();
    audit({ action: "create", entityType: "contact", entityId: row.id, after: row });
    return row.id;
  });
}

export function updateContact(db: Db, viewer: Viewer, id: number, version: number, values: ContactValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, contacts, id);
    if (current.partnershipId !== values.partnershipId) throw fieldError("partnershipId", "validation.invalidChoice");
    assertCanEditPartnership(tx, viewer, current.partnershipId);
    updateVersioned(tx, audit, { table: contacts, entityType: "contact", id, expectedVersion: version, actorId: viewer.id, values });
    return current.partnershipId;
  });
}

/** Removes a contact from the partnership's page (archived, kept in the history). */
export function archiveContact(db: Db, viewer: Viewer, id: number, version: number): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, contacts, id);
    assertCanEditPartnership(tx, viewer, current.partnershipId);
    setArchived(tx, audit, { table: contacts, entityType: "contact", id, expectedVersion: version, actorId: viewer.id, archived: true });
    return current.partnershipId;
  });
}

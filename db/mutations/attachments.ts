import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { activities, attachments, delegations } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import type { Viewer } from "@/lib/auth/viewer";
import type { AttachmentOwner } from "@/lib/domain/enums";
import { NotFoundError } from "@/lib/errors/app-error";
import { assertMayEdit } from "./exchange-links";

/** The locality owning an activity or a delegation, or NotFoundError. */
export function ownerLocalityOf(tx: Tx | Db, ownerType: AttachmentOwner, ownerId: number): number {
  const row =
    ownerType === "activity"
      ? tx.select({ owner: activities.organiserLocalityId }).from(activities).where(eq(activities.id, ownerId)).get()
      : tx.select({ owner: delegations.ourLocalityId }).from(delegations).where(eq(delegations.id, ownerId)).get();
  if (!row) throw new NotFoundError();
  return row.owner;
}

export type NewAttachment = {
  ownerType: AttachmentOwner;
  ownerId: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
  sha256: string;
};

/** Checks the viewer may change the owning record (before the file is written). */
export function assertMayAttach(db: Db, viewer: Viewer, ownerType: AttachmentOwner, ownerId: number): void {
  assertMayEdit(db, viewer, ownerLocalityOf(db, ownerType, ownerId));
}

/** Records a stored file against its record, checking the scope again inside the transaction. */
export function createAttachment(db: Db, viewer: Viewer, file: NewAttachment): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    assertMayEdit(tx, viewer, ownerLocalityOf(tx, file.ownerType, file.ownerId));
    const row = tx
      .insert(attachments)
      .values({ ...file, uploadedBy: viewer.id })
      .returning()
      .get();
    audit({ action: "create", entityType: "attachment", entityId: row.id, after: row, summary: `${file.ownerType} ${file.ownerId}` });
    return { id: row.id };
  });
}

/** Archives a file (it stays on disk, as every record stays in the database). */
export function archiveAttachment(db: Db, viewer: Viewer, id: number): { ownerType: AttachmentOwner; ownerId: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const row = tx.select().from(attachments).where(eq(attachments.id, id)).get();
    if (!row || row.archivedAt) throw new NotFoundError();
    assertMayEdit(tx, viewer, ownerLocalityOf(tx, row.ownerType, row.ownerId));
    setArchived(tx, audit, { table: attachments, entityType: "attachment", id, archived: true });
    return { ownerType: row.ownerType, ownerId: row.ownerId };
  });
}

import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/connection";
import { attachments } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { attachmentOwnerOf, mayEditAttachmentsOf } from "@/db/queries/attachment-owners";
import type { Viewer } from "@/lib/auth/viewer";
import type { AttachmentOwner } from "@/lib/domain/enums";
import { AppError, NotFoundError } from "@/lib/errors/app-error";

/** Refuses a change to the files of a record the viewer may not edit (NotFoundError for a missing record). */
function assertMayEditFilesOf(db: DbOrTx, viewer: Viewer, ownerType: AttachmentOwner, ownerId: number): void {
  const record = attachmentOwnerOf(db, ownerType, ownerId);
  if (!record) throw new NotFoundError();
  if (!mayEditAttachmentsOf(viewer, record)) throw new AppError("forbidden");
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
  assertMayEditFilesOf(db, viewer, ownerType, ownerId);
}

/** Records a stored file against its record, checking the scope again inside the transaction. */
export function createAttachment(db: Db, viewer: Viewer, file: NewAttachment): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    assertMayEditFilesOf(tx, viewer, file.ownerType, file.ownerId);
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
    assertMayEditFilesOf(tx, viewer, row.ownerType, row.ownerId);
    setArchived(tx, audit, { table: attachments, entityType: "attachment", id, archived: true });
    return { ownerType: row.ownerType, ownerId: row.ownerId };
  });
}

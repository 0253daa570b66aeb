import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { attachments } from "@/db/schema";
import type { AttachmentOwner } from "@/lib/domain/enums";

export type AttachmentRow = { id: number; fileName: string; mimeType: string; sizeBytes: number; uploadedAt: Date };

/** The current (not archived) files of an activity or a delegation, oldest first. */
export function listAttachments(db: DbOrTx, ownerType: AttachmentOwner, ownerId: number): AttachmentRow[] {
  return db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      mimeType: attachments.mimeType,
      sizeBytes: attachments.sizeBytes,
      uploadedAt: attachments.uploadedAt,
    })
    .from(attachments)
    .where(and(eq(attachments.ownerType, ownerType), eq(attachments.ownerId, ownerId), isNull(attachments.archivedAt)))
    .orderBy(asc(attachments.id))
    .all();
}

/** One attachment with its owner, for the download route. */
export function getAttachment(db: DbOrTx, id: number) {
  return db.select().from(attachments).where(eq(attachments.id, id)).get();
}

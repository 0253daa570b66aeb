import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { activities, announcements, cases, delegations } from "@/db/schema";
import { canEditOffice, canReadAnnouncement, canReadOfficeRecord, hasCapability } from "@/lib/auth/permissions";
import type { OwnedRecord, Viewer } from "@/lib/auth/viewer";
import type { AttachmentOwner } from "@/lib/domain/enums";
import { ownerOfLocality } from "./activities-scope";

/** Who reads a record's files: everyone signed in (activities, delegations), the public once published (cases), an audience (announcements). */
type ReadRule =
  { kind: "all" } | { kind: "public"; isPublic: boolean } | { kind: "audience"; audienceProvinceCode: string | null; archived: boolean };

export type AttachmentOwnerRecord = { owner: OwnedRecord; read: ReadRule };

function localityOwned(db: DbOrTx, localityId: number | undefined): AttachmentOwnerRecord | null {
  const owner = localityId === undefined ? null : ownerOfLocality(db, localityId);
  return owner ? { owner, read: { kind: "all" } } : null;
}

/** The office owning the record a file belongs to, and who may read it; null if there is no such record. */
export function attachmentOwnerOf(db: DbOrTx, ownerType: AttachmentOwner, ownerId: number): AttachmentOwnerRecord | null {
  switch (ownerType) {
    case "activity":
      return localityOwned(
        db,
        db.select({ id: activities.organiserLocalityId }).from(activities).where(eq(activities.id, ownerId)).get()?.id,
      );
    case "delegation":
      return localityOwned(db, db.select({ id: delegations.ourLocalityId }).from(delegations).where(eq(delegations.id, ownerId)).get()?.id);
    case "case": {
      const row = db
        .select({
          ownerLocalityId: cases.ownerLocalityId,
          ownerProvinceCode: cases.ownerProvinceCode,
          status: cases.status,
          hiddenAt: cases.hiddenAt,
          archivedAt: cases.archivedAt,
        })
        .from(cases)
        .where(eq(cases.id, ownerId))
        .get();
      if (!row) return null;
      const isPublic = row.status === "published" && row.hiddenAt === null && row.archivedAt === null;
      return {
        owner: { ownerLocalityId: row.ownerLocalityId, ownerProvinceCode: row.ownerProvinceCode },
        read: { kind: "public", isPublic },
      };
    }
    case "announcement": {
      const row = db
        .select({
          ownerProvinceCode: announcements.ownerProvinceCode,
          audience: announcements.audienceProvinceCode,
          archivedAt: announcements.archivedAt,
        })
        .from(announcements)
        .where(eq(announcements.id, ownerId))
        .get();
      if (!row) return null;
      return {
        owner: { ownerLocalityId: null, ownerProvinceCode: row.ownerProvinceCode },
        read: { kind: "audience", audienceProvinceCode: row.audience, archived: row.archivedAt !== null },
      };
    }
  }
}

/** Whether the viewer may download the record's files. */
export function mayReadAttachmentsOf(viewer: Viewer, record: AttachmentOwnerRecord): boolean {
  switch (record.read.kind) {
    case "all":
      return hasCapability(viewer, "records.read");
    case "public":
      return canReadOfficeRecord(viewer, record.owner, record.read.isPublic);
    case "audience":
      return canReadAnnouncement(viewer, { ...record.read, ownerProvinceCode: record.owner.ownerProvinceCode });
  }
}

/** Whether the viewer may add or remove the record's files. */
export function mayEditAttachmentsOf(viewer: Viewer, record: AttachmentOwnerRecord): boolean {
  return canEditOffice(viewer, record.owner);
}

import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { announcementReads, announcements, provinces } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import {
  announcementAudiences,
  canEditOffice,
  canPostAnnouncement,
  canReadAnnouncement,
  isInAnnouncementAudience,
} from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { audienceProvince, type AnnouncementFormValues, type UpdateAnnouncementValues } from "@/lib/validation/announcement";

/** The audience the form names, if the viewer may post to it and the province exists. */
function checkedAudience(tx: Tx, viewer: Viewer, audience: string): string | null {
  const province = audienceProvince(audience);
  if (!canPostAnnouncement(viewer, province)) throw new ForbiddenError();
  if (province !== null && !tx.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, province)).get()) {
    throw new AppError("invalidInput", {}, { audience: ["validation.invalidChoice"] });
  }
  return province;
}

function fieldValues(values: AnnouncementFormValues, audienceProvinceCode: string | null) {
  return {
    title: values.title,
    body: values.body,
    audienceProvinceCode,
    validFrom: values.validFrom,
    validUntil: values.validUntil ?? null,
  };
}

/** An announcement the viewer's office owns (national administrators own every one). */
function ownAnnouncement(tx: Tx, viewer: Viewer, id: number) {
  const row = getRowForUpdate(tx, announcements, id);
  if (!canEditOffice(viewer, { ownerLocalityId: null, ownerProvinceCode: row.ownerProvinceCode })) throw new ForbiddenError();
  return row;
}

/** Posts an announcement from the viewer's office: the nation (national administrators) or their province. */
export function createAnnouncement(db: Db, viewer: Viewer, values: AnnouncementFormValues): { id: number } {
  const office = announcementAudiences(viewer);
  if (office.kind === "none") throw new ForbiddenError();
  return runAudited(db, viewer.id, (tx, audit) => {
    const row = tx
      .insert(announcements)
      .values({
        ...fieldValues(values, checkedAudience(tx, viewer, values.audience)),
        ownerProvinceCode: office.kind === "province" ? office.provinceCode : null,
        createdBy: viewer.id,
        updatedBy: viewer.id,
      })
      .returning()
      .get();
    audit({ action: "create", entityType: "announcement", entityId: row.id, after: row });
    return { id: row.id };
  });
}

/** Edits an announcement at the version the author saw; an archived one is restored first. */
export function updateAnnouncement(db: Db, viewer: Viewer, values: UpdateAnnouncementValues): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = ownAnnouncement(tx, viewer, values.id);
    if (current.archivedAt) throw new NotFoundError();
    updateVersioned(tx, audit, {
      table: announcements,
      entityType: "announcement",
      id: values.id,
      expectedVersion: values.version,
      actorId: viewer.id,
      values: fieldValues(values, checkedAudience(tx, viewer, values.audience)),
    });
    return { id: values.id };
  });
}

/** Withdraws an announcement (archived: it leaves dashboards and readers' lists) or brings it back. */
export function setAnnouncementArchived(db: Db, viewer: Viewer, input: { id: number; version: number }, archived: boolean): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    ownAnnouncement(tx, viewer, input.id);
    setArchived(tx, audit, {
      table: announcements,
      entityType: "announcement",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      archived,
    });
    return { id: input.id };
  });
}

/**
 * Marks an announcement read by the viewer (opening it, or "Dismiss" on the dashboard). Not audited:
 * it changes nothing anyone else sees but a count. Only someone it is addressed to can read it.
 */
export function markAnnouncementRead(db: Db, viewer: Viewer, id: number): { id: number } {
  const row = db
    .select({ audience: announcements.audienceProvinceCode, owner: announcements.ownerProvinceCode, archivedAt: announcements.archivedAt })
    .from(announcements)
    .where(eq(announcements.id, id))
    .get();
  if (
    !row ||
    !canReadAnnouncement(viewer, { audienceProvinceCode: row.audience, ownerProvinceCode: row.owner, archived: row.archivedAt !== null })
  ) {
    throw new NotFoundError();
  }
  // Its office's administrators may open it too; only its audience is counted as having read it.
  if (!isInAnnouncementAudience(viewer, row.audience)) return { id };
  db.insert(announcementReads).values({ announcementId: id, userId: viewer.id }).onConflictDoNothing().run();
  return { id };
}

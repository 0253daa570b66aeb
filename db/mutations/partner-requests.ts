import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { countries, partnerRequests, partnerResponses, provinces } from "@/db/schema";
import { localitySide } from "@/db/queries/localities";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { canEditOffice, canRecordForeignSeeker, canRespondToPartnerRequest, isOwnOffice, officeOf } from "@/lib/auth/permissions";
import type { OwnedRecord, Viewer } from "@/lib/auth/viewer";
import { now } from "@/lib/domain/clock";
import type { SeekingStatus } from "@/lib/domain/enums";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import type { PartnerRequestValues, PartnerResponseValues, UpdatePartnerRequestValues } from "@/lib/validation/partner-request";
import { isEffectivelyOpen } from "@/lib/domain/partner-request-state";

const invalid = (field: string, key: string) => new AppError("invalidInput", {}, { [field]: [`board.errors.${key}`] });

/**
 * The office a post answers for, checked: side "ours" belongs to the seeking locality (one
 * the viewer edits records of), side "foreign" to the recording administrator's office.
 */
function postOwner(tx: Tx, viewer: Viewer, values: PartnerRequestValues): OwnedRecord {
  const seeker = localitySide(tx, values.seekerLocalityId);
  if (!seeker || seeker.mergedIntoId || seeker.archivedAt) throw new NotFoundError();
  const ours = seeker.countryCode === "CN";
  if (ours !== (values.side === "ours")) throw invalid("seekerLocalityId", values.side === "ours" ? "seekerNotOurs" : "seekerNotForeign");
  if (values.side === "ours") {
    const owner = { ownerLocalityId: seeker.id, ownerProvinceCode: seeker.provinceCode };
    if (!canEditOffice(viewer, owner)) throw new ForbiddenError();
    return owner;
  }
  const office = officeOf(viewer);
  if (!office || !canRecordForeignSeeker(viewer)) throw new ForbiddenError();
  return office;
}

/** The post's columns from the form: what one side seeks only (the other side's fields emptied), codes that exist. */
function postColumns(tx: Tx, values: PartnerRequestValues) {
  const ours = values.side === "ours";
  const wantedCountryCode = ours ? values.wantedCountryCode : null;
  const wantedProvinceCode = ours ? null : values.wantedProvinceCode;
  if (wantedCountryCode && !tx.select({ code: countries.code }).from(countries).where(eq(countries.code, wantedCountryCode)).get())
    throw invalid("wantedCountryCode", "unknownPlace");
  if (wantedProvinceCode && !tx.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, wantedProvinceCode)).get())
    throw invalid("wantedProvinceCode", "unknownPlace");
  return {
    seekerLocalityId: values.seekerLocalityId,
    wantedCountryCode,
    wantedProvinceCode,
    wantedRegion: ours ? null : values.wantedRegion,
    wantedLevels: values.wantedLevels,
    purposes: values.purposes,
    categories: values.categories,
    title: values.title,
    description: values.description,
    closesOn: values.closesOn,
  };
}

export function createPartnerRequest(db: Db, viewer: Viewer, values: PartnerRequestValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const owner = postOwner(tx, viewer, values);
    const row = tx
      .insert(partnerRequests)
      .values({ side: values.side, ...postColumns(tx, values), ...owner, createdBy: viewer.id, updatedBy: viewer.id })
      .returning()
      .get();
    audit({ action: "create", entityType: "partner_request", entityId: row.id, after: row });
    return row.id;
  });
}

/** A current post the viewer may change. */
function editablePost(tx: Tx, viewer: Viewer, id: number) {
  const post = getRowForUpdate(tx, partnerRequests, id);
  if (post.archivedAt) throw new NotFoundError();
  if (!canEditOffice(viewer, post)) throw new ForbiddenError();
  return post;
}

/** Edits a post at the version the form was loaded with; its side stays, and a new seeker must be the viewer's too. */
export function updatePartnerRequest(db: Db, viewer: Viewer, values: UpdatePartnerRequestValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const post = editablePost(tx, viewer, values.id);
    if (values.side !== post.side) throw new ForbiddenError();
    // A foreign post stays with the office that recorded it; our side's moves with its seeker.
    const checked = postOwner(tx, viewer, values);
    const owner = post.side === "ours" ? checked : { ownerLocalityId: post.ownerLocalityId, ownerProvinceCode: post.ownerProvinceCode };
    updateVersioned(tx, audit, {
      table: partnerRequests,
      entityType: "partner_request",
      id: values.id,
      expectedVersion: values.version,
      actorId: viewer.id,
      values: { ...postColumns(tx, values), ...owner },
    });
    return values.id;
  });
}

/** Marks a post found or closed, or reopens it; the day it changed is kept. */
export function setPartnerRequestStatus(db: Db, viewer: Viewer, input: { id: number; version: number; status: SeekingStatus }): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const post = editablePost(tx, viewer, input.id);
    if (post.status === input.status) return input.id;
    updateVersioned(tx, audit, {
      table: partnerRequests,
      entityType: "partner_request",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: { status: input.status, statusChangedAt: now() },
    });
    return input.id;
  });
}

/** Takes a post off the board (archived, never deleted). */
export function archivePartnerRequest(db: Db, viewer: Viewer, input: { id: number; version: number }): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    editablePost(tx, viewer, input.id);
    setArchived(tx, audit, {
      table: partnerRequests,
      entityType: "partner_request",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      archived: true,
    });
    return input.id;
  });
}

/** A message to an open post's office from anyone who edits records elsewhere, stored unread. */
export function respondToPartnerRequest(db: Db, viewer: Viewer, values: PartnerResponseValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const post = tx.select().from(partnerRequests).where(eq(partnerRequests.id, values.requestId)).get();
    if (!post || post.archivedAt) throw new NotFoundError();
    if (!canRespondToPartnerRequest(viewer, post)) throw new ForbiddenError();
    if (!isEffectivelyOpen(post)) throw invalid("message", "postClosed");
    const row = tx
      .insert(partnerResponses)
      .values({ requestId: post.id, authorId: viewer.id, authorLocalityId: viewer.localityId, message: values.message })
      .returning()
      .get();
    audit({ action: "create", entityType: "partner_response", entityId: row.id, after: row });
    return row.id;
  });
}

/**
 * The post's office has read its responses: opening the post marks them read (a reading mark,
 * like an announcement's, not a change of the record: not versioned). Others opening it mark nothing.
 */
export function markResponsesRead(db: Db, viewer: Viewer, post: OwnedRecord & { id: number }): void {
  if (!isOwnOffice(viewer, post)) return;
  db.update(partnerResponses)
    .set({ readAt: now() })
    .where(and(eq(partnerResponses.requestId, post.id), isNull(partnerResponses.readAt)))
    .run();
}

import type { Db, Tx } from "@/db/connection";
import { partnerships } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { localitySide } from "@/db/queries/localities";
import { findPair, ownerOf } from "@/db/queries/partnerships";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, ForbiddenError } from "@/lib/errors/app-error";
import type { PartnershipValues } from "@/lib/validation/partnership";

/** An input error on one field, with a message key (translated by the action). */
export function fieldError(field: string, key: string, params?: Record<string, string | number>): AppError {
  return new AppError("invalidInput", {}, { [field]: [params ? `${key}|${JSON.stringify(params)}` : key] });
}

/** Both sides must be current records: ours in China, the partner abroad; the pair must be new. */
function checkSides(tx: Tx, values: PartnershipValues, exceptId?: number) {
  const ours = localitySide(tx, values.ourLocalityId);
  if (!ours || ours.mergedIntoId || ours.archivedAt || ours.countryCode !== "CN")
    throw fieldError("ourLocalityId", "partnerships.errors.ourSide");
  const partner = localitySide(tx, values.partnerLocalityId);
  if (!partner || partner.mergedIntoId || partner.archivedAt || partner.countryCode === "CN")
    throw fieldError("partnerLocalityId", "partnerships.errors.partnerSide");
  const existing = findPair(tx, values.ourLocalityId, values.partnerLocalityId, exceptId);
  if (existing) throw fieldError("partnerLocalityId", "partnerships.errors.duplicatePair", { id: existing.id });
  return ours;
}

function assertCanEdit(tx: Tx, viewer: Viewer, ourLocalityId: number) {
  if (!can(viewer, "records.edit", ownerOf(tx, ourLocalityId))) throw new ForbiddenError();
}

/** Registers a partnership in the viewer's scope; returns its id. */
export function createPartnership(db: Db, viewer: Viewer, values: PartnershipValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    assertCanEdit(tx, viewer, values.ourLocalityId);
    checkSides(tx, values);
    const row = tx
      .insert(partnerships)
      .values({ ...values, createdBy: viewer.id, updatedBy: viewer.id })
      .returning()
      .get();
    audit({ action: "create", entityType: "partnership", entityId: row.id, after: row });
    return row.id;
  });
}

/** Saves an edit made at `version`; refuses a stale one, and a move out of the viewer's scope. */
export function updatePartnership(db: Db, viewer: Viewer, id: number, version: number, values: PartnershipValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, partnerships, id);
    assertCanEdit(tx, viewer, current.ourLocalityId);
    if (values.ourLocalityId !== current.ourLocalityId) assertCanEdit(tx, viewer, values.ourLocalityId);
    checkSides(tx, values, id);
    updateVersioned(tx, audit, {
      table: partnerships,
      entityType: "partnership",
      id,
      expectedVersion: version,
      actorId: viewer.id,
      values,
    });
    return id;
  });
}

/** Archives (or restores) a partnership; nothing is deleted. */
export function setPartnershipArchived(db: Db, viewer: Viewer, id: number, version: number, archived: boolean): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = getRowForUpdate(tx, partnerships, id);
    assertCanEdit(tx, viewer, current.ourLocalityId);
    setArchived(tx, audit, { table: partnerships, entityType: "partnership", id, expectedVersion: version, actorId: viewer.id, archived });
    return id;
  });
}

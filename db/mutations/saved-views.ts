import type { Db, Tx } from "@/db/connection";
import { savedViews } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import { setArchived } from "@/db/write/archived";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { officeColumns } from "@/db/queries/saved-views";
import { savedViewOffice } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import type { CreateSavedViewValues, UpdateSavedViewValues } from "@/lib/validation/saved-view";

/**
 * Where a view is shared: the owner's office when they save or share it
 * (kept if they later move: a view stays with the office it was shared in).
 * A reader has no office, and so shares nothing.
 */
function office(viewer: Viewer) {
  const columns = officeColumns(savedViewOffice(viewer));
  if (!columns) throw new ForbiddenError();
  return columns;
}

/** A view only its owner changes; an archived one is gone for everyone. */
function ownView(tx: Tx, viewer: Viewer, id: number) {
  const view = getRowForUpdate(tx, savedViews, id);
  if (view.archivedAt) throw new NotFoundError();
  if (view.ownerId !== viewer.id) throw new ForbiddenError();
  return view;
}

export function createSavedView(db: Db, viewer: Viewer, values: CreateSavedViewValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const where = values.shared ? office(viewer) : { officeLocalityId: null, officeProvinceCode: null };
    const row = tx
      .insert(savedViews)
      .values({
        ownerId: viewer.id,
        list: values.list,
        name: values.name,
        query: values.query,
        shared: values.shared,
        ...where,
        createdBy: viewer.id,
        updatedBy: viewer.id,
      })
      .returning()
      .get();
    audit({ action: "create", entityType: "saved_view", entityId: row.id, after: row });
    return row.id;
  });
}

/** Renames a view, or shares or unshares it (sharing takes the owner's current office). */
export function updateSavedView(db: Db, viewer: Viewer, values: UpdateSavedViewValues): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const current = ownView(tx, viewer, values.id);
    const where = values.shared && !current.shared ? office(viewer) : {};
    updateVersioned(tx, audit, {
      table: savedViews,
      entityType: "saved_view",
      id: values.id,
      expectedVersion: values.version,
      actorId: viewer.id,
      values: { name: values.name, shared: values.shared, ...where },
    });
    return values.id;
  });
}

/** Removes a view from the sidebars (archived, never deleted: the history keeps it). */
export function archiveSavedView(db: Db, viewer: Viewer, id: number, version: number): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    ownView(tx, viewer, id);
    setArchived(tx, audit, {
      table: savedViews,
      entityType: "saved_view",
      id,
      expectedVersion: version,
      actorId: viewer.id,
      archived: true,
    });
    return id;
  });
}

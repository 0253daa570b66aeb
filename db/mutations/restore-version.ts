import { eq } from "drizzle-orm";
import { getTableColumns } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { activities, auditLog, contacts, delegations, localities, partnerships } from "@/db/schema";
import { ownerOf } from "@/db/queries/partnerships";
import { runAudited, type Audit } from "@/db/write/audited";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import {
  isRestorableEntity,
  restorableValues,
  restoreChanges,
  restoreSummary,
  snapshotVersion,
  type RestorableEntity,
  type VersionSide,
} from "@/lib/domain/restorable";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import { assertMayEdit } from "./exchange-links";
import { canEditLocality, nextSearchKey } from "./localities";

const TABLES = {
  partnership: partnerships,
  locality: localities,
  contact: contacts,
  activity: activities,
  delegation: delegations,
} as const;

/** A refusal about the version asked for, in words (history.restore.errors.*). */
const refuse = (key: string) => new AppError("invalidInput", {}, { _form: [`history.restore.errors.${key}`] });

/**
 * Who may restore: whoever may edit the record (`records.edit` within scope,
 * or `localities.edit` for a locality by its own rule): national and province
 * administrators within their scope, and city staff for their own records. A
 * restore only writes back values they could type into the edit form, and is
 * audited like any edit; a restore never moves a record out of their scope
 * (lib/domain/restorable.ts leaves the owner fields out).
 */
function assertMayRestore(tx: Tx, viewer: Viewer, entityType: RestorableEntity, row: Record<string, unknown>): void {
  switch (entityType) {
    case "partnership":
      if (!can(viewer, "records.edit", ownerOf(tx, row.ourLocalityId as number))) throw new ForbiddenError();
      return;
    case "contact": {
      const p = getRowForUpdate(tx, partnerships, row.partnershipId as number);
      if (!can(viewer, "records.edit", ownerOf(tx, p.ourLocalityId))) throw new ForbiddenError();
      return;
    }
    case "locality":
      if (!canEditLocality(tx, viewer, row as typeof localities.$inferSelect)) throw new ForbiddenError();
      if (row.mergedIntoId) throw refuse("merged");
      return;
    case "activity":
      return assertMayEdit(tx, viewer, row.organiserLocalityId as number);
    case "delegation":
      return assertMayEdit(tx, viewer, row.ourLocalityId as number);
  }
}

/** A value that today's enumeration no longer holds (a renamed rank) cannot come back as it was. */
function assertStillValid(entityType: RestorableEntity, values: Record<string, unknown>): void {
  const columns = getTableColumns(TABLES[entityType]) as Record<string, { enumValues?: string[] }>;
  for (const [field, value] of Object.entries(values)) {
    const allowed = columns[field]?.enumValues;
    if (allowed?.length && value !== null && !allowed.includes(value as string)) throw refuse("outdated");
  }
}

export type RestoreVersionInput = { auditId: number; side: VersionSide; version: number };

/**
 * Writes an earlier version of a record back: the restorable fields of the
 * audit entry's `before` or `after` snapshot, checked against the version the
 * page showed, and audited as "restore" naming the version brought back.
 */
export function restoreVersion(db: Db, viewer: Viewer, input: RestoreVersionInput): { entityType: RestorableEntity; entityId: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const entry = tx.select().from(auditLog).where(eq(auditLog.id, input.auditId)).get();
    if (!entry) throw new NotFoundError();
    const entityType = entry.entityType;
    if (!isRestorableEntity(entityType)) throw refuse("unsupported");
    const table = TABLES[entityType];
    const current = getRowForUpdate(tx, table, entry.entityId) as Record<string, unknown> & { version: number };
    assertMayRestore(tx, viewer, entityType, current);
    const snapshot = entry[input.side];
    const restoredVersion = snapshotVersion(snapshot, entry.entityId);
    if (!snapshot || restoredVersion === null) throw refuse("notAVersion");
    const values = restorableValues(entityType, snapshot);
    assertStillValid(entityType, values);
    if (restoreChanges(entityType, snapshot, current).length === 0) throw refuse("nothingToRestore");
    if (entityType === "locality") {
      const names = { ...(current as typeof localities.$inferSelect), ...values } as typeof localities.$inferSelect;
      values.searchKey = nextSearchKey(current as typeof localities.$inferSelect, names);
    }
    const withSummary: Audit = (e) => audit({ ...e, summary: restoreSummary({ restoredVersion, fromAudit: entry.id }) });
    updateVersioned(tx, withSummary, {
      table,
      entityType,
      id: entry.entityId,
      expectedVersion: input.version,
      actorId: viewer.id,
      values: values as never,
      action: "restore",
    });
    return { entityType, entityId: entry.entityId };
  });
}

import { eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Tx } from "@/db/connection";
import { now } from "@/lib/domain/clock";
import type { AuditedEntity } from "@/lib/domain/enums";
import { NotFoundError } from "@/lib/errors/app-error";
import type { Audit } from "./audited";
import { updateVersioned, type Row, type VersionedTable } from "./versioned";

type Archivable = { archivedAt: SQLiteColumn };
type Common = { entityType: AuditedEntity; id: number; archived: boolean };

/**
 * The one home of archiving: nothing is deleted, a record is archived (archivedAt = the clock's now)
 * or restored (archivedAt = null), audited as "archive" or "restore". A versioned record goes through
 * updateVersioned (the version the user saw, optionally with other `values` changed at the same time);
 * a record without a version (an attachment) is updated and audited directly.
 */
export function setArchived<T extends VersionedTable & Archivable>(
  tx: Tx,
  audit: Audit,
  opts: Common & { table: T; expectedVersion: number; actorId: number; values?: Partial<T["$inferInsert"]> },
): T["$inferSelect"] & Row;
export function setArchived<T extends SQLiteTable & Archivable & { id: SQLiteColumn }>(
  tx: Tx,
  audit: Audit,
  opts: Common & { table: T },
): T["$inferSelect"];
export function setArchived(
  tx: Tx,
  audit: Audit,
  opts: Common & {
    table: SQLiteTable & Archivable & { id: SQLiteColumn };
    expectedVersion?: number;
    actorId?: number;
    values?: Record<string, unknown>;
  },
): unknown {
  const archivedAt = opts.archived ? now() : null;
  const action = opts.archived ? "archive" : "restore";
  if (opts.expectedVersion !== undefined && opts.actorId !== undefined) {
    return updateVersioned(tx, audit, {
      table: opts.table as unknown as VersionedTable,
      entityType: opts.entityType,
      id: opts.id,
      expectedVersion: opts.expectedVersion,
      actorId: opts.actorId,
      values: { ...opts.values, archivedAt },
      action,
    });
  }
  const { table, id } = opts;
  const before = tx.select().from(table).where(eq(table.id, id)).get();
  if (!before) throw new NotFoundError();
  const after = tx
    .update(table)
    .set({ archivedAt } as Record<string, unknown>)
    .where(eq(table.id, id))
    .returning()
    .get();
  audit({ action, entityType: opts.entityType, entityId: id, before, after });
  return after;
}

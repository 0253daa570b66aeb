import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { auditLog, users } from "@/db/schema";
import type { AuditedEntity } from "@/lib/domain/enums";
import { now } from "@/lib/domain/clock";
import { NotFoundError, StaleVersionError } from "@/lib/errors/app-error";
import type { Tx } from "@/db/connection";
import { auditSnapshot, type Audit } from "./audited";

export type VersionedTable = SQLiteTable & {
  id: SQLiteColumn;
  version: SQLiteColumn;
  updatedAt: SQLiteColumn;
  updatedBy: SQLiteColumn;
};
export type Row = Record<string, unknown> & { version: number };

/** Reads a row by id inside a transaction, or throws NotFoundError. */
export function getRowForUpdate<T extends VersionedTable>(tx: Tx, table: T, id: number): T["$inferSelect"] & Row {
  const row = tx
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id, id))
    .get() as (T["$inferSelect"] & Row) | undefined;
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Updates one record if, and only if, it is still at the version the user
 * saw; writes the audit row; returns the new row. A stale save throws with
 * what changed since, and changes nothing.
 */
export function updateVersioned<T extends VersionedTable>(
  tx: Tx,
  audit: Audit,
  opts: {
    table: T;
    entityType: AuditedEntity;
    id: number;
    expectedVersion: number;
    actorId: number;
    values: Partial<T["$inferInsert"]>;
    action?:
      | "update"
      | "archive"
      | "restore"
      | "deactivate"
      | "reactivate"
      | "reset_password"
      | "change_password"
      | "submit"
      | "return"
      | "approve"
      | "feature"
      | "unfeature"
      | "hide"
      | "unhide";
  },
): T["$inferSelect"] & Row {
  const { table, id, expectedVersion } = opts;
  const before = getRowForUpdate(tx, table, id);
  if (before.version !== expectedVersion) {
    throw new StaleVersionError(describeChangesSince(tx, opts.entityType, id, expectedVersion, before));
  }
  const after = tx
    .update(table as SQLiteTable)
    .set({
      ...opts.values,
      version: sql`${table.version} + 1`,
      updatedAt: now(),
      updatedBy: opts.actorId,
    } as Record<string, unknown>)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()
    .get() as (T["$inferSelect"] & Row) | undefined;
  if (!after) throw new StaleVersionError(describeChangesSince(tx, opts.entityType, id, expectedVersion, before));
  audit({ action: opts.action ?? "update", entityType: opts.entityType, entityId: id, before, after });
  return after;
}

const BOOKKEEPING = new Set(["version", "updatedAt", "updatedBy", "createdAt", "createdBy"]);

/** What another user changed since `version`, read from the audit log. */
export function describeChangesSince(tx: Tx, entityType: AuditedEntity, id: number, version: number, current: Row): StaleDetails {
  const entries = tx
    .select({ before: auditLog.before, at: auditLog.at, userName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, id), gt(auditLog.id, 0)))
    .orderBy(desc(auditLog.id))
    .all();
  const snapshot = auditSnapshot(current) ?? {};
  const seen = entries.find((e) => (e.before as Row | null)?.version === version)?.before as Row | undefined;
  const changedFields = seen
    ? Object.keys(snapshot).filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(seen[k]) !== JSON.stringify(snapshot[k]))
    : [];
  const latest = entries[0];
  return {
    current: snapshot,
    changedFields,
    updatedAt: latest?.at ? latest.at.toISOString() : null,
    updatedBy: latest?.userName ?? null,
  };
}

type StaleDetails = ConstructorParameters<typeof StaleVersionError>[0];

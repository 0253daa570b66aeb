import { auditLog } from "@/db/schema";
import type { AuditAction, AuditedEntity } from "@/lib/domain/enums";
import type { Db, Tx } from "@/db/connection";

export type AuditEntry = {
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: number;
  before?: object | null;
  after?: object | null;
  summary?: string;
};

export type Audit = (entry: AuditEntry) => void;

const SECRET_KEYS = new Set(["passwordHash", "tokenHash"]);

/** A plain JSON copy of a row, without secrets, for the audit log. */
export function auditSnapshot(row: object | null | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (SECRET_KEYS.has(key)) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/**
 * Runs a write in one transaction together with its audit rows: either both
 * land or neither does. `fn` must be synchronous (better-sqlite3).
 */
export function runAudited<T>(db: Db, actorId: number | null, fn: (tx: Tx, audit: Audit) => T): T {
  return db.transaction((tx) => {
    const audit: Audit = (entry) => {
      tx.insert(auditLog)
        .values({
          userId: actorId,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          before: auditSnapshot(entry.before),
          after: auditSnapshot(entry.after),
          summary: entry.summary ?? null,
        })
        .run();
    };
    return fn(tx, audit);
  });
}

import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { auditLog, users } from "@/db/schema";
import type { AuditAction, AuditedEntity } from "@/lib/domain/enums";

export type AuditEntryRow = {
  id: number;
  at: Date;
  userName: string | null;
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: number;
  summary: string | null;
  changes: { field: string; before: unknown; after: unknown }[];
};

const BOOKKEEPING = new Set(["version", "updatedAt", "updatedBy", "createdAt", "createdBy", "searchKey"]);

/** The fields that differ between an audit row's before and after. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

/** Audit rows about the given records, newest first (at most `limit`). */
export function auditEntries(db: DbOrTx, targets: { entityType: AuditedEntity; ids: number[] }[], limit = 200): AuditEntryRow[] {
  const clauses = targets
    .filter((t) => t.ids.length > 0)
    .map((t) => and(eq(auditLog.entityType, t.entityType), inArray(auditLog.entityId, t.ids)));
  if (clauses.length === 0) return [];
  return db
    .select({ entry: auditLog, userName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(or(...clauses))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all()
    .map(({ entry, userName }) => ({
      id: entry.id,
      at: entry.at,
      userName,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      summary: entry.summary,
      changes: entry.action === "create" ? [] : changedFields(entry.before ?? null, entry.after ?? null),
    }));
}

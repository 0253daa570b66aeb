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
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

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
      before: entry.before ?? null,
      after: entry.after ?? null,
    }));
}

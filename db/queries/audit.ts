import { and, count, desc, eq, gte, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { auditLog, users } from "@/db/schema";
import { addDays, startOfDay } from "@/lib/domain/clock";
import type { AuditAction, AuditedEntity } from "@/lib/domain/enums";
import type { AuditListParams } from "@/lib/validation/user-lists";

export type AuditRow = {
  id: number;
  at: Date;
  userId: number | null;
  userName: string | null;
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  summary: string | null;
};

/** The audit log, newest first, filtered by who, what, which record, which action and when (days inclusive, in the offices' time zone). */
export function listAudit(db: DbOrTx, params: AuditListParams): { rows: AuditRow[]; total: number } {
  const where = and(
    params.user ? eq(auditLog.userId, params.user) : undefined,
    params.entity ? eq(auditLog.entityType, params.entity) : undefined,
    params.entityId ? eq(auditLog.entityId, params.entityId) : undefined,
    params.action ? eq(auditLog.action, params.action) : undefined,
    params.from ? gte(auditLog.at, startOfDay(params.from)) : undefined,
    params.to ? lt(auditLog.at, startOfDay(addDays(params.to, 1))) : undefined,
  );
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      userName: users.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      summary: auditLog.summary,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(params.dir === "asc" ? auditLog.id : desc(auditLog.id))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { rows, total };
}

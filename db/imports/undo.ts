import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx, Tx } from "@/db/connection";
import {
  activities,
  activityPartnerships,
  evaluationCampaigns,
  evaluations,
  importRecords,
  imports,
  localities,
  partnershipStatusHistory,
  partnerships,
} from "@/db/schema";
import { runAudited, type Audit } from "@/db/write/audited";
import type { Viewer } from "@/lib/auth/viewer";
import { now } from "@/lib/domain/clock";
import type { ImportEntity } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors/app-error";
import { loadImport } from "./drafts";

const TABLES = {
  locality: localities,
  partnership: partnerships,
  activity: activities,
  campaign: evaluationCampaigns,
  evaluation: evaluations,
} as const;
type Audited = keyof typeof TABLES;
const isAudited = (e: ImportEntity): e is Audited => e in TABLES;

export type UndoBlocker = { entityType: Audited; entityId: number; reason: "edited" | "inUse" };

type ImportRecord = typeof importRecords.$inferSelect;

function recordsOf(db: DbOrTx, importId: number): ImportRecord[] {
  return db.select().from(importRecords).where(eq(importRecords.importId, importId)).all();
}

/** Ids of the import's created records of one kind. */
function createdIds(records: ImportRecord[], entityType: ImportEntity): number[] {
  return records.filter((r) => r.entityType === entityType && r.action === "create").map((r) => r.entityId);
}

/**
 * What stops an undo: a record the import wrote that someone has changed since (its version moved
 * on), or a record it created that other records now use (an activity on an imported partnership,
 * a partnership on an imported locality, an answer in an imported campaign).
 */
export function undoBlockers(db: DbOrTx, importId: number): UndoBlocker[] {
  const records = recordsOf(db, importId);
  const blockers: UndoBlocker[] = [];
  for (const entityType of Object.keys(TABLES) as Audited[]) {
    const mine = records.filter((r) => r.entityType === entityType && r.versionAfter !== null);
    if (mine.length === 0) continue;
    const table = TABLES[entityType];
    const versions = new Map<number, number>();
    for (let i = 0; i < mine.length; i += 500) {
      const ids = mine.slice(i, i + 500).map((r) => r.entityId);
      for (const row of db.select({ id: table.id, version: table.version }).from(table).where(inArray(table.id, ids)).all())
        versions.set(row.id, row.version);
    }
    for (const r of mine)
      if (versions.get(r.entityId) !== r.versionAfter) blockers.push({ entityType, entityId: r.entityId, reason: "edited" });
  }
  const json = (ids: number[]) => JSON.stringify(ids);
  const partnershipIds = createdIds(records, "partnership");
  const activityIds = createdIds(records, "activity");
  if (partnershipIds.length > 0) {
    const used = db.all<{ id: number }>(sql`
      select distinct ap.partnership_id as id from ${activityPartnerships} ap
      where ap.partnership_id in (select value from json_each(${json(partnershipIds)}))
        and ap.activity_id not in (select value from json_each(${json(activityIds)}))
      union
      select distinct e.partnership_id from ${evaluations} e
      where e.partnership_id in (select value from json_each(${json(partnershipIds)})) and (e.import_id is null or e.import_id <> ${importId})`);
    for (const { id } of used) blockers.push({ entityType: "partnership", entityId: id, reason: "inUse" });
  }
  const localityIds = createdIds(records, "locality");
  if (localityIds.length > 0) {
    const used = db.all<{ id: number }>(sql`
      select distinct l.value as id from json_each(${json(localityIds)}) l
      where exists (select 1 from ${partnerships} p where (p.our_locality_id = l.value or p.partner_locality_id = l.value)
          and p.id not in (select value from json_each(${json(partnershipIds)})))
        or exists (select 1 from ${activities} a where a.organiser_locality_id = l.value and a.id not in (select value from json_each(${json(activityIds)})))
        or exists (select 1 from users u where u.locality_id = l.value)`);
    for (const { id } of used) blockers.push({ entityType: "locality", entityId: id, reason: "inUse" });
  }
  for (const campaignId of createdIds(records, "campaign")) {
    const other = db.get<{ n: number }>(
      sql`select count(*) as n from ${evaluations} where campaign_id = ${campaignId} and (import_id is null or import_id <> ${importId})`,
    );
    if ((other?.n ?? 0) > 0) blockers.push({ entityType: "campaign", entityId: campaignId, reason: "inUse" });
  }
  return blockers;
}

function revert(tx: Tx, audit: Audit, record: ImportRecord, actorId: number, at: Date) {
  if (record.entityType === "status_history") {
    if (record.action === "create") tx.delete(partnershipStatusHistory).where(eq(partnershipStatusHistory.id, record.entityId)).run();
    else {
      const before = record.before as {
        status: "very_good";
        source: "import";
        evaluationId: number | null;
        recordedBy: number | null;
        recordedAt: number;
      };
      tx.update(partnershipStatusHistory)
        .set({
          status: before.status,
          source: before.source,
          evaluationId: before.evaluationId,
          recordedBy: before.recordedBy,
          recordedAt: new Date(before.recordedAt),
        })
        .where(eq(partnershipStatusHistory.id, record.entityId))
        .run();
    }
    return;
  }
  if (!isAudited(record.entityType)) return;
  const table = TABLES[record.entityType];
  const before = tx.select().from(table).where(eq(table.id, record.entityId)).get();
  if (!before) return;
  const restored: Record<string, unknown> = record.action === "create" ? { archivedAt: at } : { ...record.before };
  for (const [key, value] of Object.entries(restored)) if (key.endsWith("At") && typeof value === "number") restored[key] = new Date(value);
  const after = tx
    .update(table)
    .set({ ...restored, version: sql`${table.version} + 1`, updatedAt: at, updatedBy: actorId })
    .where(eq(table.id, record.entityId))
    .returning()
    .get();
  audit({
    action: record.action === "create" ? "archive" : "update",
    entityType: record.entityType,
    entityId: record.entityId,
    before,
    after,
    summary: "undo_import",
  });
}

/**
 * Takes a whole import back, if nothing it wrote has been changed or come into use since: what it
 * created is archived (never deleted), what it changed gets its values back, the yearly status rows
 * it added go. Audited as one event, as the import was.
 */
export function undoImport(db: Db, viewer: Viewer, id: number, version: number): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const row = loadImport(tx, viewer, id);
    if (row.state !== "committed") throw new AppError("importNotCommitted");
    if (row.version !== version) throw new AppError("stale");
    const blockers = undoBlockers(tx, id);
    if (blockers.length > 0) throw new AppError("importUndoBlocked", { count: blockers.length });
    const at = now();
    const records = recordsOf(tx, id);
    // Newest first: an evaluation's status change is reverted before the evaluation itself.
    for (const record of [...records].reverse()) revert(tx, audit, record, viewer.id, at);
    tx.update(imports)
      .set({
        state: "undone",
        undoneAt: at,
        undoneBy: viewer.id,
        version: sql`${imports.version} + 1`,
        updatedAt: at,
        updatedBy: viewer.id,
      })
      .where(and(eq(imports.id, id), eq(imports.version, version)))
      .run();
    audit({
      action: "undo_import",
      entityType: "import",
      entityId: id,
      before: { state: "committed" },
      after: { state: "undone" },
      summary: row.fileName,
    });
    return records.length;
  });
}

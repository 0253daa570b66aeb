import { eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/connection";
import { imports } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import type { Viewer } from "@/lib/auth/viewer";
import { now } from "@/lib/domain/clock";
import { AppError } from "@/lib/errors/app-error";
import { ImportFileError } from "@/lib/import/read/errors";
import { readTable, type ReadTable } from "@/lib/import/read/read-table";
import { tableInfoOf } from "@/lib/import/table-info";
import type { ImportCounts, PreviewResult } from "@/lib/import/types";
import { applyPlan, type Applied } from "./apply";
import { buildPlan, countsOf, planNow, previewOf } from "./build-plan";
import { Directory } from "./directory";
import { loadImport, rememberMapping, type ImportRow } from "./drafts";

export type Progress = { phase: "read" | "match" | "write" | "done"; done: number; total: number };

/** A draft's file as read with its settings (for the mapping page); a file error is an AppError. */
export async function draftTable(db: Db, id: number): Promise<ReadTable> {
  const row = db.select().from(imports).where(eq(imports.id, id)).get();
  if (!row) throw new AppError("notFound");
  return tableOf(row);
}

async function tableOf(row: ImportRow): Promise<ReadTable> {
  if (!row.fileBytes) throw new AppError("importNotDraft");
  try {
    return await readTable({ name: row.fileName, bytes: row.fileBytes }, row.options);
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError(`importFile.${error.code}`);
    throw error;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads the draft's file with its settings and plans every row without writing, handing the event
 * loop back every few hundred rows (other people's requests go on) and reporting progress; keeps
 * the result on the draft for the preview pages.
 */
export async function previewImport(
  db: Db,
  viewer: Viewer,
  id: number,
  onProgress: (p: Progress) => void = () => {},
): Promise<PreviewResult> {
  const row = loadImport(db, viewer, id, { draft: true });
  onProgress({ phase: "read", done: 0, total: 0 });
  const table = await tableOf(row);
  await nextTurn();
  const { plan } = await planInTurns(db, viewer, row, table, onProgress);
  const preview = previewOf(plan, table, row.mapping);
  db.update(imports)
    .set({ preview: JSON.stringify(preview), counts: preview.counts, tableInfo: tableInfoOf(table) })
    .where(eq(imports.id, id))
    .run();
  onProgress({ phase: "done", done: table.rows.length, total: table.rows.length });
  return preview;
}

/** The newest audit entry: every write of the registry is audited, so a plan made before it is still true while it stays the same. */
function registryStamp(db: DbOrTx): number {
  return db.get<{ id: number | null }>(sql`select max(id) as id from audit_log`)?.id ?? 0;
}

/** Plans a file a few hundred rows at a time, handing the event loop back in between and reporting progress. */
async function planInTurns(db: Db, viewer: Viewer, row: ImportRow, table: ReadTable, onProgress: (p: Progress) => void) {
  const stamp = registryStamp(db);
  const directory = Directory.load(db);
  const run = buildPlan({ kind: row.kind, table, mapping: row.mapping, valueMap: row.valueMap, viewer, directory, db });
  let step = run.next();
  while (!step.done) {
    onProgress({ phase: "match", done: step.value, total: table.rows.length });
    await nextTurn();
    step = run.next();
  }
  return { plan: step.value, directory, stamp };
}

export type CommitResult = { counts: ImportCounts; applied: Applied };

/**
 * Writes a draft in one transaction, planned afresh inside it (never from what a browser sent):
 * all its rows or, on any error, none. Failing rows are written only if the user chose to leave
 * them out. Audited as one event listing what it created and changed.
 */
export async function commitImport(
  db: Db,
  viewer: Viewer,
  id: number,
  opts: { version: number; skipFailures: boolean; campaignTitle: (year: number) => string },
  onProgress: (p: Progress) => void = () => {},
): Promise<CommitResult> {
  const draft = loadImport(db, viewer, id, { draft: true });
  onProgress({ phase: "read", done: 0, total: 0 });
  const table = await tableOf(draft);
  // Planned in turns, as the preview is, so that others' requests go on; the transaction then only
  // writes, unless someone changed the registry meanwhile, when it plans again inside it.
  const early = await planInTurns(db, viewer, draft, table, onProgress);
  onProgress({ phase: "write", done: 0, total: table.rows.length });
  await nextTurn();
  const result = runAudited(db, viewer.id, (tx, audit) => {
    const row = loadImport(tx, viewer, id, { draft: true });
    if (row.version !== opts.version) throw new AppError("stale");
    const fresh = registryStamp(tx) === early.stamp;
    const directory = fresh ? early.directory : Directory.load(tx);
    const plan = fresh
      ? early.plan
      : planNow({ kind: row.kind, table, mapping: row.mapping, valueMap: row.valueMap, viewer, directory, db: tx });
    const counts = countsOf(plan);
    if (counts.fail > 0 && !opts.skipFailures) throw new AppError("importHasFailures", { count: counts.fail });
    if (counts.create + counts.update === 0) throw new AppError("importNothingToWrite");
    const applied = applyPlan(tx, audit, {
      plan,
      directory,
      importId: id,
      actorId: viewer.id,
      campaignTitle: opts.campaignTitle,
      client: db.$client,
    });
    const after = tx
      .update(imports)
      .set({
        state: "committed",
        committedAt: now(),
        counts,
        preview: JSON.stringify(previewOf(plan, table, row.mapping)),
        fileBytes: null,
        version: sql`${imports.version} + 1`,
        updatedAt: now(),
        updatedBy: viewer.id,
      })
      .where(eq(imports.id, id))
      .returning()
      .get();
    rememberMapping(tx, viewer.id, row.kind, row.mapping, table.headers);
    audit({
      action: "import",
      entityType: "import",
      entityId: id,
      before: null,
      after: { kind: row.kind, fileName: row.fileName, counts, created: applied.created, updated: applied.updated, version: after.version },
      summary: row.fileName,
    });
    return { counts, applied };
  });
  onProgress({ phase: "done", done: table.rows.length, total: table.rows.length });
  return result;
}

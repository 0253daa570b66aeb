import { and, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/connection";
import { importMappings, imports, users } from "@/db/schema";
import { hasCapability, importsVisibleTo } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { now } from "@/lib/domain/clock";
import { runAudited } from "@/db/write/audited";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import type { ColumnMapping, ImportKind } from "@/lib/import/fields";
import type { ImportOptions, TableInfo, ValueMap } from "@/lib/import/types";

export type ImportRow = typeof imports.$inferSelect;

/**
 * Who may see an import and undo it: the person who made it, a national administrator, and a
 * province administrator for imports made by people of their province.
 */
export function canManageImport(db: DbOrTx, viewer: Viewer, row: Pick<ImportRow, "createdBy">): boolean {
  if (!hasCapability(viewer, "records.edit")) return false;
  const visible = importsVisibleTo(viewer);
  if (row.createdBy === viewer.id || visible.kind === "all") return true;
  if (visible.kind !== "province" || row.createdBy === null) return false;
  const creator = db.select({ provinceCode: users.provinceCode }).from(users).where(eq(users.id, row.createdBy)).get();
  return creator?.provinceCode === visible.provinceCode;
}

/** An import the viewer may manage, or a refusal; a draft only for the person who uploaded it. */
export function loadImport(db: DbOrTx, viewer: Viewer, id: number, { draft = false } = {}): ImportRow {
  const row = db.select().from(imports).where(eq(imports.id, id)).get();
  if (!row || row.archivedAt) throw new NotFoundError();
  if (!canManageImport(db, viewer, row)) throw new ForbiddenError();
  if (draft && row.createdBy !== viewer.id) throw new ForbiddenError();
  if (draft && row.state !== "draft") throw new AppError("importNotDraft");
  return row;
}

/** Keeps an uploaded file as a draft import of the viewer's; returns its id. */
export function createDraft(
  db: Db,
  viewer: Viewer,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array; options: ImportOptions; mapping: ColumnMapping; tableInfo?: TableInfo },
): number {
  if (!hasCapability(viewer, "records.edit")) throw new ForbiddenError();
  const at = now();
  return runAudited(db, viewer.id, (tx, audit) => {
    const row = tx
      .insert(imports)
      .values({
        kind: input.kind,
        fileName: input.fileName,
        fileSize: input.bytes.byteLength,
        fileBytes: Buffer.from(input.bytes),
        options: input.options,
        tableInfo: input.tableInfo ?? null,
        mapping: input.mapping,
        createdBy: viewer.id,
        updatedBy: viewer.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    audit({ action: "create", entityType: "import", entityId: row.id, after: logged(row), summary: row.fileName });
    return row.id;
  });
}

/** An import as the audit log keeps it: without the file's bytes and the preview (derived from them). */
function logged(row: ImportRow) {
  return { ...row, fileBytes: null, preview: null };
}

/** Saves how a draft is read and mapped, at the version the page showed; clears its stale preview. */
export function saveDraftSettings(
  db: Db,
  viewer: Viewer,
  id: number,
  version: number,
  settings: { options: ImportOptions; mapping: ColumnMapping; valueMap: ValueMap },
): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const before = loadImport(tx, viewer, id, { draft: true });
    const row = tx
      .update(imports)
      .set({ ...settings, preview: null, counts: null, version: sql`${imports.version} + 1`, updatedAt: now(), updatedBy: viewer.id })
      .where(and(eq(imports.id, id), eq(imports.version, version)))
      .returning()
      .get();
    if (!row) throw new AppError("stale");
    // Only a change of settings is a change worth a log entry; previewing again as it was is not.
    if (JSON.stringify([before.options, before.mapping, before.valueMap]) !== JSON.stringify([row.options, row.mapping, row.valueMap]))
      audit({ action: "update", entityType: "import", entityId: id, before: logged(before), after: logged(row), summary: row.fileName });
    return row.version;
  });
}

/** The mapping a user last confirmed for a kind (field → header text), if any. */
export function rememberedMapping(db: DbOrTx, userId: number, kind: ImportKind): Record<string, string> | null {
  return (
    db
      .select({ headers: importMappings.headers })
      .from(importMappings)
      .where(and(eq(importMappings.userId, userId), eq(importMappings.kind, kind)))
      .get()?.headers ?? null
  );
}

/** Remembers a confirmed mapping by header text, for the user's next file of the kind. */
export function rememberMapping(tx: DbOrTx, userId: number, kind: ImportKind, mapping: ColumnMapping, headers: string[]) {
  const byHeader: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping)) if (headers[column]) byHeader[field] = headers[column]!;
  tx.insert(importMappings)
    .values({ userId, kind, headers: byHeader, updatedAt: now() })
    .onConflictDoUpdate({ target: [importMappings.userId, importMappings.kind], set: { headers: byHeader, updatedAt: now() } })
    .run();
}

/** Sets a draft aside without importing it: archived, its file dropped. Audited; only its uploader may. */
export function discardDraft(db: Db, viewer: Viewer, id: number, version: number): number {
  return runAudited(db, viewer.id, (tx, audit) => {
    const before = loadImport(tx, viewer, id, { draft: true });
    const after = tx
      .update(imports)
      .set({
        archivedAt: now(),
        fileBytes: null,
        preview: null,
        version: sql`${imports.version} + 1`,
        updatedAt: now(),
        updatedBy: viewer.id,
      })
      .where(and(eq(imports.id, id), eq(imports.version, version)))
      .returning()
      .get();
    if (!after) throw new AppError("stale");
    // The file and the preview are left out of the log: the entry says what was discarded, not its bytes.
    const summary = (row: ImportRow) => ({ ...row, fileBytes: null, preview: null });
    audit({
      action: "archive",
      entityType: "import",
      entityId: id,
      before: summary(before),
      after: summary(after),
      summary: before.fileName,
    });
    return id;
  });
}

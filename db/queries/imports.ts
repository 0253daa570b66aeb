import { and, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { imports, users } from "@/db/schema";
import { importsVisibleTo } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { PreviewResult } from "@/lib/import/types";

const creator = alias(users, "creator");
const undoer = alias(users, "undoer");

/** The imports a viewer may see: their own; a province's for its administrators; all for national administrators. */
function visible(viewer: Viewer): SQL | undefined {
  const visible = importsVisibleTo(viewer);
  if (visible.kind === "all") return undefined;
  const own = eq(imports.createdBy, viewer.id);
  return visible.kind === "province" ? or(own, eq(creator.provinceCode, visible.provinceCode)) : own;
}

const columns = {
  id: imports.id,
  kind: imports.kind,
  fileName: imports.fileName,
  fileSize: imports.fileSize,
  state: imports.state,
  counts: imports.counts,
  createdAt: imports.createdAt,
  committedAt: imports.committedAt,
  undoneAt: imports.undoneAt,
  version: imports.version,
  createdBy: imports.createdBy,
  creatorName: creator.name,
  undoerName: undoer.name,
};

/** The import history, newest first (the last 200). */
export function listImports(db: DbOrTx, viewer: Viewer) {
  return db
    .select(columns)
    .from(imports)
    .leftJoin(creator, eq(creator.id, imports.createdBy))
    .leftJoin(undoer, eq(undoer.id, imports.undoneBy))
    .where(and(visible(viewer), isNull(imports.archivedAt), sql`(${imports.state} <> 'draft' or ${imports.createdBy} = ${viewer.id})`))
    .orderBy(desc(imports.id))
    .limit(200)
    .all();
}
export type ImportListRow = ReturnType<typeof listImports>[number];

/** One import with its settings and last preview, for its page (access is checked by the caller). */
export function importDetail(db: DbOrTx, id: number) {
  const row = db
    .select({
      ...columns,
      options: imports.options,
      tableInfo: imports.tableInfo,
      mapping: imports.mapping,
      valueMap: imports.valueMap,
      preview: imports.preview,
    })
    .from(imports)
    .leftJoin(creator, eq(creator.id, imports.createdBy))
    .leftJoin(undoer, eq(undoer.id, imports.undoneBy))
    .where(and(eq(imports.id, id), isNull(imports.archivedAt)))
    .get();
  if (!row) return null;
  const { preview, ...rest } = row;
  return { ...rest, preview: preview ? (JSON.parse(preview) as PreviewResult) : null };
}

type Named = { code: string; nameEn: string; nameZh: string };

/** Every country and province, for mapping an unrecognised value by hand. */
export function placeChoices(db: DbOrTx): { countries: Named[]; provinces: Named[] } {
  return {
    countries: db.all<Named>(sql`select code, name_en as nameEn, name_zh as nameZh from countries order by name_en`),
    provinces: db.all<Named>(sql`select code, name_en as nameEn, name_zh as nameZh from provinces order by code`),
  };
}

import { blob, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { IMPORT_ENTITIES, IMPORT_RECORD_ACTIONS, IMPORT_STATES } from "@/lib/domain/enums";
import { IMPORT_KINDS, type ColumnMapping } from "@/lib/import/fields";
import type { ImportCounts, ImportOptions, TableInfo, ValueMap } from "@/lib/import/types";
import { editable, timestamp } from "./columns";
import { users } from "./users";

/**
 * One spreadsheet brought in: the file (kept until it is committed), how it is read and mapped, the
 * preview last computed from it, and once committed what it wrote (import_records).
 */
export const imports = sqliteTable(
  "imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: IMPORT_KINDS }).notNull(),
    fileName: text("file_name").notNull(),
    fileSize: integer("file_size").notNull(),
    /** The uploaded bytes, read again for each preview; dropped once committed. */
    fileBytes: blob("file_bytes", { mode: "buffer" }),
    options: text("options", { mode: "json" }).$type<ImportOptions>().notNull().default({}),
    /** What the file was last read as (format, sheets, headers, first values, row count), so its page need not read it again. */
    tableInfo: text("table_info", { mode: "json" }).$type<TableInfo>(),
    mapping: text("mapping", { mode: "json" }).$type<ColumnMapping>().notNull().default({}),
    valueMap: text("value_map", { mode: "json" }).$type<ValueMap>().notNull().default({}),
    /** The last preview (rows and counts), as JSON text; what the preview pages read. */
    preview: text("preview"),
    counts: text("counts", { mode: "json" }).$type<ImportCounts>(),
    state: text("state", { enum: IMPORT_STATES }).notNull().default("draft"),
    committedAt: timestamp("committed_at"),
    undoneAt: timestamp("undone_at"),
    undoneBy: integer("undone_by").references(() => users.id),
    ...editable(() => users.id),
  },
  (t) => [index("imports_created_by_idx").on(t.createdBy), index("imports_state_idx").on(t.state, t.committedAt)],
);

/** A record an import created or changed, and for a change the values before it, so that it can be undone. */
export const importRecords = sqliteTable(
  "import_records",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id),
    entityType: text("entity_type", { enum: IMPORT_ENTITIES }).notNull(),
    entityId: integer("entity_id").notNull(),
    action: text("action", { enum: IMPORT_RECORD_ACTIONS }).notNull(),
    before: text("before", { mode: "json" }).$type<Record<string, unknown> | null>(),
    /** The record's version right after the import: an undo needs it unchanged. */
    versionAfter: integer("version_after"),
  },
  (t) => [index("import_records_import_idx").on(t.importId), index("import_records_entity_idx").on(t.entityType, t.entityId)],
);

/** The column mapping a user last confirmed for a kind, by header text, offered again for their next file. */
export const importMappings = sqliteTable(
  "import_mappings",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: IMPORT_KINDS }).notNull(),
    /** Field key → the header text it was mapped from. */
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>().notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

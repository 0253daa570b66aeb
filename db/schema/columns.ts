import { sql } from "drizzle-orm";
import { integer, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { now } from "@/lib/domain/clock";

/** Epoch milliseconds, read back as a Date. */
export const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

/** A calendar date as ISO text (YYYY-MM-DD): no time zone to get wrong. */
export const isoDate = (name: string) => text(name);

/** A timestamp column that defaults to the clock's now. */
export const nowTimestamp = (name: string) => timestamp(name).notNull().$defaultFn(now);

/**
 * Columns every user-editable record carries: an optimistic-lock version,
 * who made and last changed it (references to users: `() => users.id`, passed in because
 * users.ts uses these columns too), and an archive mark instead of deletion.
 */
export const editable = (userId: () => AnySQLiteColumn) => ({
  version: integer("version").notNull().default(1),
  createdAt: nowTimestamp("created_at"),
  updatedAt: nowTimestamp("updated_at"),
  createdBy: integer("created_by").references(userId),
  updatedBy: integer("updated_by").references(userId),
  archivedAt: timestamp("archived_at"),
});

/**
 * A column by its bare name, for CHECK constraints: drizzle-kit would qualify it with the table's
 * name, which is wrong in the `__new_…` copy a SQLite table rebuild creates.
 */
export const bare = (column: AnySQLiteColumn) => sql.identifier(column.name);

import { integer, text } from "drizzle-orm/sqlite-core";

/** Epoch milliseconds, read back as a Date. */
export const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

/** A calendar date as ISO text (YYYY-MM-DD): no time zone to get wrong. */
export const isoDate = (name: string) => text(name);

/**
 * Columns every user-editable record carries: an optimistic-lock version,
 * who made and last changed it, and an archive mark instead of deletion.
 */
export const editable = () => ({
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at").notNull().$defaultFn(() => new Date()),
  updatedAt: timestamp("updated_at").notNull().$defaultFn(() => new Date()),
  createdBy: integer("created_by"),
  updatedBy: integer("updated_by"),
  archivedAt: timestamp("archived_at"),
});

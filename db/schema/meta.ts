import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Facts about the installation itself, kept in the database so that a backup carries them:
 * `demo` = "1" when the database was filled with demonstration data.
 */
export const appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

import Database from "better-sqlite3";
import { databasePath } from "@/db/paths";

/** A query drizzle built, as SQL text and bound values. */
export type BuiltQuery = { sql: string; params: unknown[] };

type Selection = Record<string, unknown>;

/**
 * A separate read-only connection for one export: iterating a statement keeps
 * its connection busy for as long as the download lasts, so it must not be
 * the server's shared connection. WAL lets it read while others write.
 */
export function openExportReader(file = databasePath()): Database.Database {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  reader.pragma("busy_timeout = 5000");
  return reader;
}

/**
 * Rows of a built query, one at a time from SQLite (never all in memory), as
 * objects with the selection's keys in order.
 */
export function iterateRows<S extends Selection>(
  reader: Database.Database,
  query: BuiltQuery,
  selection: S,
): Generator<{ [K in keyof S]: unknown }> {
  const keys = Object.keys(selection);
  // Prepared now, not on the first row: a bad query fails before the download starts.
  const statement = reader.prepare(query.sql).raw(true);
  return (function* () {
    for (const values of statement.iterate(...query.params) as Iterable<unknown[]>) {
      const row: Record<string, unknown> = {};
      keys.forEach((key, i) => (row[key] = values[i]));
      yield row as { [K in keyof S]: unknown };
    }
  })();
}

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle inside `db.transaction((tx) => …)`; queries take either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
/** The table drizzle records applied migrations in: every Amity database has it. */
export const MIGRATIONS_TABLE = "__drizzle_migrations";

/** The settings every connection needs, also for the backup and restore tools' own connections. */
export function configureConnection(client: Database.Database): void {
  client.pragma("journal_mode = WAL");
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  // FULL: in WAL mode NORMAL may lose the last transactions on power loss (only a process crash is
  // safe); a registry entry someone was told is saved must survive both.
  client.pragma("synchronous = FULL");
}

/**
 * Opens (creating if need be) a SQLite file with the settings every connection
 * needs, and brings its schema up to date.
 */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = new Database(file);
  configureConnection(client);
  const db = drizzle(client, { schema });
  migrateDatabase(db);
  return db;
}

/**
 * Applies the pending migrations with foreign keys off, as SQLite's way to change a table asks
 * (build a copy, drop the old one, rename): dropping a table others refer to fails while the keys
 * are on, and PRAGMA foreign_keys is a no-op inside the migrator's transaction. A migration that
 * rebuilds tables checks every key itself before it commits (0004 ends with foreign_key_check).
 */
function migrateDatabase(db: Db): void {
  db.$client.pragma("foreign_keys = OFF");
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    db.$client.pragma("foreign_keys = ON");
  }
}

/**
 * Lets SQLite refresh the statistics its query planner uses (cheap: it only analyses tables whose
 * size changed a lot). SQLite's advice for long-lived connections: on open with 0x10002, then
 * periodically and before closing.
 */
export function optimizeDatabase(db: Db, when: "open" | "periodic" = "periodic"): void {
  db.$client.pragma(when === "open" ? "optimize = 0x10002" : "optimize");
}

/** Optimizes, then closes: the way every process should let go of the database. */
export function closeDatabase(db: Db): void {
  if (!db.$client.open) return;
  optimizeDatabase(db);
  db.$client.close();
}

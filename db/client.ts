import "server-only";
import { openDatabase, type Db } from "./connection";
import { databasePath } from "./paths";
import { ensureSeeded } from "./seed/ensure-seeded";

const globalForDb = globalThis as unknown as { amityDb?: Db };

/** The one database handle of the server process, opened, migrated and seeded on first use. */
export function getDb(): Db {
  if (!globalForDb.amityDb) {
    const db = openDatabase(databasePath());
    ensureSeeded(db);
    globalForDb.amityDb = db;
  }
  return globalForDb.amityDb;
}

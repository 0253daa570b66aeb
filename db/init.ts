import { openDatabase, type Db } from "./connection";
import { databasePath } from "./paths";
import { ensureSeeded } from "./seed/ensure-seeded";

const globalForDb = globalThis as unknown as { amityDb?: Db };

/** Opens, migrates and (on an empty file) seeds the database once per process. */
export function initDatabase(): Db {
  if (!globalForDb.amityDb) {
    const db = openDatabase(databasePath());
    ensureSeeded(db);
    globalForDb.amityDb = db;
  }
  return globalForDb.amityDb;
}

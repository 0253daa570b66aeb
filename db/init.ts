import { closeDatabase, openDatabase, optimizeDatabase, type Db } from "./connection";
import { databasePath } from "./paths";
import { ensureSeeded } from "./seed/ensure-seeded";
import { removeServerMarker, writeServerMarker } from "./server-marker";

const globalForDb = globalThis as unknown as { amityDb?: Db };

/** SQLite suggests a few hours to a day between optimizations of a long-lived connection. */
export const OPTIMIZE_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Opens, migrates and (on a new file) seeds the database once per server process: the reference
 * data and one administrator, never demo data (`npm run demo` seeds that before starting the server).
 */
export function initDatabase(): Db {
  if (!globalForDb.amityDb) {
    const file = databasePath();
    const db = openDatabase(file);
    ensureSeeded(db);
    optimizeDatabase(db, "open");
    writeServerMarker(file);
    keepOptimizedUntilExit(db, file);
    globalForDb.amityDb = db;
  }
  return globalForDb.amityDb;
}

/**
 * Next ends the server with process.exit on SIGINT and SIGTERM, so "exit" is where to optimize and
 * close (better-sqlite3 is synchronous, which "exit" listeners must be). unref: the timer never
 * keeps a process alive.
 */
function keepOptimizedUntilExit(db: Db, file: string): void {
  const timer = setInterval(() => bestEffort("optimize", () => optimizeDatabase(db)), OPTIMIZE_EVERY_MS);
  timer.unref();
  process.once("exit", () => {
    clearInterval(timer);
    bestEffort("remove the server marker", () => removeServerMarker(file));
    bestEffort("close", () => closeDatabase(db));
  });
}

/** Housekeeping must never take the server down (a busy database only delays it). */
function bestEffort(what: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    console.error(`Amity: database housekeeping (${what}) failed:`, error);
  }
}

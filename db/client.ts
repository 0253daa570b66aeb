import "server-only";
import type { Db } from "./connection";
import { initDatabase } from "./init";

/** The one database handle of the server process. */
export function getDb(): Db {
  return initDatabase();
}

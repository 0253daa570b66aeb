import path from "node:path";

/** The folder holding the database, its secret and uploaded files. */
export function dataDir(): string {
  return path.dirname(databasePath());
}

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join("data", "amity.db"));
}

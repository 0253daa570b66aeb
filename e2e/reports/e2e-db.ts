import path from "node:path";
import Database from "better-sqlite3";

/** The end-to-end server's database, for hand counts and for planting test data. */
export function e2eDb(): Database.Database {
  const db = new Database(path.join(process.cwd(), process.env.AMITY_E2E_DIR ?? ".e2e", "data", "amity.db"));
  db.pragma("busy_timeout = 5000");
  return db;
}

export function count(sql: string, ...params: unknown[]): number {
  const db = e2eDb();
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

export function localityId(nameLocal: string): number {
  return count("select id as n from localities where name_local = ? and country_code = 'CN'", nameLocal);
}

/** Formats a count as the en-GB pages do. */
export const gb = (n: number) => n.toLocaleString("en-GB");

/** API requests carry no browser language; the pages' language is asked for explicitly. */
export const EN = { headers: { "Accept-Language": "en-GB" } };

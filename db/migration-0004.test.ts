import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase } from "./connection";

/** A database file migrated only up to (and including) migration `last`, as an installation of that version had it. */
function databaseAt(last: number): { file: string; client: Database.Database } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-migration-"));
  const folder = path.join(dir, "migrations");
  fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: { idx: number; tag: string }[];
  };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  const file = path.join(dir, "amity.db");
  const client = new Database(file);
  client.pragma("foreign_keys = ON");
  migrate(drizzle(client), { migrationsFolder: folder });
  return { file, client };
}

/** Rows an older version (whose schema did not refuse them) may hold: one of every kind 0004 repairs. */
function insertViolatingRows(client: Database.Database): void {
  client.exec(`
    INSERT INTO countries (code, name_en, name_zh, name_native) VALUES ('CN', 'China', '中国', '中国'), ('JP', 'Japan', '日本', '日本');
    INSERT INTO provinces (code, name_en, name_zh, region) VALUES ('TJ', 'Tianjin', '天津市', 'east');
    INSERT INTO users (id, email, name, password_hash, role, created_at, updated_at) VALUES (1, 'a@x', 'A', 'x', 'national_admin', 0, 0);
    INSERT INTO localities (id, country_code, province_code, name_local, name_romanised, search_key, level, created_at, updated_at, created_by)
      VALUES (1, 'CN', 'TJ', '天津市', 'Tianjin', 'tianjin', 'province', 0, 0, 1), (2, 'JP', NULL, '神戸市', 'Kobe', 'kobe', 'city', 0, 0, 77);
    INSERT INTO partnerships (id, our_locality_id, partner_locality_id, created_at, updated_at, updated_by) VALUES (1, 1, 2, 0, 0, 78), (2, 1, 1, 0, 0, 1);
    INSERT INTO contacts (id, partnership_id, side, person_name, created_at, updated_at) VALUES (1, 2, 'ours', 'Self', 0, 0);
    INSERT INTO activities (id, title, category, start_date, end_date, location, organiser_locality_id, participants_ours, participants_partner, cost_amount, created_at, updated_at, created_by)
      VALUES (1, 'Backwards', 'official_visit', '2025-06-12', '2025-06-10', 'here', 1, -5, 8, -100, 0, 0, 99),
             (2, 'Empty end', 'official_visit', '2025-06-12', '', 'here', 1, 3, NULL, 10, 0, 0, 1);
    INSERT INTO activity_partnerships (activity_id, partnership_id) VALUES (1, 1), (2, 2);
    INSERT INTO delegations (id, direction, our_locality_id, leader_name, leader_rank, start_date, end_date, created_at, updated_at)
      VALUES (1, 'incoming', 1, 'Li', 'bureau', '2025-07-03', '2025-07-01', 0, 0);
    INSERT INTO delegation_members (delegation_id, position, name, contact_id) VALUES (1, -1, 'Wang', 1);
    INSERT INTO evaluation_campaigns (id, year, title, opens_on, closes_on, created_at, updated_at) VALUES (1, 2025, '2025', '2026-03-31', '2026-01-10', 0, 0);
    INSERT INTO evaluations (id, campaign_id, partnership_id, locality_id, created_at, updated_at) VALUES (1, 1, 2, 1, 0, 0);
    INSERT INTO partnership_status_history (partnership_id, year, status, source, evaluation_id, recorded_at, recorded_by)
      VALUES (1, 2024, 'good', 'evaluation', 42, 0, 43), (2, 2024, 'good', 'evaluation', 1, 0, 1);
    -- A row added and deleted: AUTOINCREMENT must not hand its id out again after the rebuild.
    INSERT INTO partnerships (id, our_locality_id, partner_locality_id, created_at, updated_at) VALUES (9, 2, 1, 0, 0);
    DELETE FROM partnerships WHERE id = 9;
  `);
}

describe("migration 0004 (the schema guards itself)", () => {
  it("repairs the rows that would break a new constraint, then enforces it", () => {
    const { file, client } = databaseAt(3);
    insertViolatingRows(client);
    client.close();

    const db = openDatabase(file);
    const all = (sql: string) => db.$client.prepare(sql).all();
    const one = (sql: string) => db.$client.prepare(sql).get();

    // The self-pair is gone, with what hung on it; the real pair stays, its dangling updater cleared.
    expect(all("SELECT id, updated_by FROM partnerships")).toEqual([{ id: 1, updated_by: null }]);
    expect(all("SELECT * FROM contacts")).toEqual([]);
    expect(all("SELECT * FROM evaluations")).toEqual([]);
    expect(all("SELECT activity_id, partnership_id FROM activity_partnerships")).toEqual([{ activity_id: 1, partnership_id: 1 }]);
    expect(all("SELECT partnership_id, evaluation_id, recorded_by FROM partnership_status_history")).toEqual([
      { partnership_id: 1, evaluation_id: null, recorded_by: null },
    ]);
    expect(all("SELECT position, contact_id FROM delegation_members")).toEqual([{ position: 0, contact_id: null }]);
    // Dates entered the wrong way round are swapped; an empty end date is no end date.
    expect(
      all("SELECT id, start_date, end_date, participants_ours, participants_partner, cost_amount, created_by FROM activities ORDER BY id"),
    ).toEqual([
      {
        id: 1,
        start_date: "2025-06-10",
        end_date: "2025-06-12",
        participants_ours: null,
        participants_partner: 8,
        cost_amount: null,
        created_by: null,
      },
      { id: 2, start_date: "2025-06-12", end_date: null, participants_ours: 3, participants_partner: null, cost_amount: 10, created_by: 1 },
    ]);
    expect(one("SELECT start_date, end_date FROM delegations")).toEqual({ start_date: "2025-07-01", end_date: "2025-07-03" });
    expect(one("SELECT opens_on, closes_on FROM evaluation_campaigns")).toEqual({ opens_on: "2026-01-10", closes_on: "2026-03-31" });
    expect(all("SELECT id, created_by FROM localities ORDER BY id")).toEqual([
      { id: 1, created_by: 1 },
      { id: 2, created_by: null },
    ]);

    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(one("SELECT seq FROM sqlite_sequence WHERE name = 'partnerships'")).toEqual({ seq: 9 });
    expect(() =>
      db.$client.exec("INSERT INTO partnerships (our_locality_id, partner_locality_id, created_at, updated_at) VALUES (2, 2, 0, 0)"),
    ).toThrow(/CHECK constraint failed: partnerships_two_sides_ck/);
    // Every index survived the rebuilds.
    const indexes = all("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'").length;
    expect(indexes).toBe(openDatabaseIndexCount());
  });

  it("rolls back, leaving the database as it was, when a foreign key it cannot repair is broken", () => {
    const { file, client } = databaseAt(3);
    client.pragma("foreign_keys = OFF");
    client.exec("INSERT INTO activity_partnerships (activity_id, partnership_id) VALUES (404, 405)");
    client.close();

    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    // drizzle wraps SQLite's error; the cause names the check that failed.
    expect(String((error as Error | undefined)?.cause)).toMatch(/CHECK constraint failed: foreign_keys_hold_after_0004/);
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get()).toEqual({ n: 4 });
    expect(after.prepare("SELECT sql FROM sqlite_master WHERE name = 'partnerships'").get()).not.toMatchObject({
      sql: expect.stringContaining("CHECK"),
    });
    after.close();
  });
});

/** How many indexes a database built from scratch has. */
function openDatabaseIndexCount(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-fresh-"));
  const db = openDatabase(path.join(dir, "fresh.db"));
  const n = db.$client
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'")
    .get() as { n: number };
  db.$client.close();
  return n.n;
}

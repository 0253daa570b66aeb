import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { addLocality, addUser, createTestDb } from "@/test/test-db";
import { appMeta } from "./schema";
import { BackupError, backupDatabase, defaultBackupPath, restoreDatabase } from "./backup";
import { writeServerMarker } from "./server-marker";

const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function open(file: string): Database.Database {
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  opened.push(db);
  return db;
}

/** Every row of every table, in rowid order, keyed by table name. */
function dumpTables(file: string): Record<string, unknown[]> {
  const db = open(file);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
  }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

function filledDatabase(): string {
  const db = createTestDb();
  const tianjin = addLocality(db, { nameLocal: "天津", nameRomanised: "Tianjin", countryCode: "CN", provinceCode: "TJ" });
  addLocality(db, { nameLocal: "神戸", nameRomanised: "Kobe", countryCode: "JP" });
  addUser(db, "city_staff", { localityId: tianjin });
  addUser(db, "national_admin");
  db.insert(appMeta).values({ key: "demo", value: "1" }).run();
  return db.$client.name;
}

describe("backup and restore", () => {
  it("copies a consistent snapshot while another connection writes, and restores every row", () => {
    const source = filledDatabase();
    const writer = open(source);
    writer.pragma("journal_mode = WAL");
    // Committed but still only in the WAL: the copy must include it.
    writer.prepare("INSERT INTO app_meta (key, value) VALUES ('committed', 'yes')").run();
    const expected = dumpTables(source);
    // A write in progress on the other connection: the copy must not include it, nor wait for it.
    writer.exec("BEGIN IMMEDIATE");
    writer.prepare("INSERT INTO app_meta (key, value) VALUES ('uncommitted', 'no')").run();

    const backup = backupDatabase(source);
    writer.exec("COMMIT");
    expect(path.dirname(backup)).toBe(path.join(path.dirname(source), "backups"));

    const restored = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "amity-restore-")), "amity.db");
    expect(restoreDatabase(backup, restored)).toBeNull();
    const actual = dumpTables(restored);
    expect(Object.keys(actual)).toContain("__drizzle_migrations");
    expect(Object.keys(actual)).toContain("users");
    expect(actual).toEqual(expected);
  });

  it("keeps the replaced database aside", () => {
    const source = filledDatabase();
    const backup = backupDatabase(source);
    const target = filledDatabase();
    open(target).prepare("INSERT INTO app_meta (key, value) VALUES ('only-in-target', '1')").run();
    const before = dumpTables(target);

    const aside = restoreDatabase(backup, target, new Date("2026-11-29T10:15:30Z"));
    expect(aside).toBe(`${target}.before-restore-2026-11-29T10-15-30Z`);
    expect(dumpTables(aside!)).toEqual(before);
    expect(dumpTables(target)).toEqual(dumpTables(source));
  });

  it("refuses while a server has the database open", () => {
    const backup = backupDatabase(filledDatabase());
    const target = filledDatabase();
    const before = dumpTables(target);
    writeServerMarker(target, process.pid);
    expect(() => restoreDatabase(backup, target)).toThrow(/running/);
    expect(dumpTables(target)).toEqual(before);
  });

  it("ignores a marker left by a server that is gone", () => {
    const backup = backupDatabase(filledDatabase());
    const target = filledDatabase();
    writeServerMarker(target, 2 ** 22 + 12345); // above Linux's pid_max default: no such process
    expect(restoreDatabase(backup, target)).not.toBeNull();
  });

  it("refuses a file that is not an Amity database, and leaves the database alone", () => {
    const target = filledDatabase();
    const before = dumpTables(target);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-restore-"));

    const text = path.join(dir, "notes.db");
    fs.writeFileSync(text, "not a database at all, just some text that is long enough to have a header");
    expect(() => restoreDatabase(text, target)).toThrow(BackupError);

    const other = path.join(dir, "other.db");
    open(other).exec("CREATE TABLE things (id INTEGER PRIMARY KEY)");
    expect(() => restoreDatabase(other, target)).toThrow(/not an Amity database/);

    expect(() => restoreDatabase(path.join(dir, "missing.db"), target)).toThrow(/does not exist/);
    expect(dumpTables(target)).toEqual(before);
  });

  it("names backups by time and never overwrites one", () => {
    const source = filledDatabase();
    const now = new Date("2026-11-29T10:15:30.123Z");
    const first = backupDatabase(source, defaultBackupPath(source, now));
    expect(path.basename(first)).toBe("test-2026-11-29T10-15-30Z.db");
    expect(path.basename(defaultBackupPath(source, now))).toBe("test-2026-11-29T10-15-30Z-2.db");
    expect(() => backupDatabase(source, first)).toThrow(/already exists/);
  });
});

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { now as clockNow } from "@/lib/domain/clock";
import { MIGRATIONS_TABLE } from "./connection";
import { runningServerPid, serverMarkerPath } from "./server-marker";

/** A backup or restore that was refused; the message says why and what to do. */
export class BackupError extends Error {
  override name = "BackupError";
}

/** `<data folder>/backups/<name>-2026-11-29T10-15-30Z.db`, never an existing file. */
export function defaultBackupPath(databaseFile: string, now = clockNow()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  const base = path.join(path.dirname(databaseFile), "backups", `${path.basename(databaseFile, ".db")}-${stamp}`);
  let candidate = `${base}.db`;
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = `${base}-${n}.db`;
  return candidate;
}

/**
 * An online, consistent copy of the database while the app keeps running: `VACUUM INTO` reads one
 * snapshot (in WAL mode writers carry on meanwhile) and writes a compact, self-contained file (no
 * WAL beside it). Returns its path.
 */
export function backupDatabase(databaseFile: string, target = defaultBackupPath(databaseFile)): string {
  const output = path.resolve(target);
  if (fs.existsSync(output)) throw new BackupError(`${output} already exists; choose another file name.`);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  // Not read-only: only a writable connection can tidy the WAL away when it is the last to close.
  const source = openExisting(databaseFile, { readonly: false });
  try {
    source.prepare("VACUUM INTO ?").run(output);
  } finally {
    source.close();
  }
  syncFile(output);
  return output;
}

/** Throws a BackupError unless the file is an intact SQLite database made by Amity. */
export function checkAmityDatabase(file: string): void {
  const db = openExisting(file);
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new BackupError(`${file} is damaged (integrity check: ${String(integrity)}).`);
    const migrations = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
    if (!migrations) throw new BackupError(`${file} is not an Amity database (it has no ${MIGRATIONS_TABLE} table).`);
  } catch (error) {
    // better-sqlite3 reports "file is not a database" for anything else than SQLite.
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a readable SQLite database (${(error as Error).message}).`);
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database. Refuses while a server has the database open and when
 * the backup is not an intact Amity database. The replaced database (with its WAL, if a crash left
 * one) is kept beside it; returns that file's path, or null when there was no database yet.
 */
export function restoreDatabase(backupFile: string, databaseFile: string, now = clockNow()): string | null {
  const backup = path.resolve(backupFile);
  const target = path.resolve(databaseFile);
  if (backup === target) throw new BackupError("The backup and the database are the same file.");
  const pid = runningServerPid(target);
  if (pid !== null) {
    throw new BackupError(
      `Amity is running on ${target} (process ${pid}). Stop it, then restore. ` + `If no server runs, remove ${serverMarkerPath(target)}.`,
    );
  }
  checkAmityDatabase(backup);

  // Copy through SQLite (not the file system) so that a backup with a WAL beside it comes whole.
  const incoming = `${target}.restoring-${process.pid}`;
  fs.rmSync(incoming, { force: true });
  const source = openExisting(backup);
  try {
    source.prepare("VACUUM INTO ?").run(incoming);
  } finally {
    source.close();
  }
  syncFile(incoming);

  const aside = fs.existsSync(target)
    ? `${target}.before-restore-${now
        .toISOString()
        .replace(/\.\d+Z$/, "Z")
        .replace(/:/g, "-")}`
    : null;
  for (const suffix of ["", "-wal", "-shm"]) {
    if (aside && fs.existsSync(target + suffix)) fs.renameSync(target + suffix, aside + suffix);
    else fs.rmSync(target + suffix, { force: true });
  }
  fs.renameSync(incoming, target);
  return aside;
}

function openExisting(file: string, { readonly = true } = {}): Database.Database {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist.`);
  try {
    const db = new Database(file, { readonly, fileMustExist: true });
    db.pragma("busy_timeout = 5000");
    return db;
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a database (${(error as Error).message}).`);
  }
}

/** A backup someone was told is written must survive a power cut too. */
function syncFile(file: string): void {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

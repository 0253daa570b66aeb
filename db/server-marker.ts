import fs from "node:fs";

/**
 * A running server writes its process id beside the database file and removes it on exit, so that
 * `npm run db:restore` can refuse to replace a database under a running app. A marker left by a
 * crash names a process that no longer exists and is ignored.
 */
export function serverMarkerPath(databaseFile: string): string {
  return `${databaseFile}.server-pid`;
}

export function writeServerMarker(databaseFile: string, pid = process.pid): void {
  fs.writeFileSync(serverMarkerPath(databaseFile), `${pid}\n`);
}

/** Removes the marker only if it is still this process's (another server may have written it since). */
export function removeServerMarker(databaseFile: string, pid = process.pid): void {
  if (readMarkerPid(databaseFile) === pid) fs.rmSync(serverMarkerPath(databaseFile), { force: true });
}

/** The id of a live process that marked the database as being served, or null. */
export function runningServerPid(databaseFile: string): number | null {
  const pid = readMarkerPid(databaseFile);
  return pid !== null && isAlive(pid) ? pid : null;
}

function readMarkerPid(databaseFile: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(serverMarkerPath(databaseFile), "utf8").trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: no signal sent, only the existence check
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (a server run as a service account).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

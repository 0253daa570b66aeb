// Shared by `npm start` and `npm run demo`: build when needed, then run the server.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";

const SOURCES = [
  "app",
  "components",
  "db",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package-lock.json",
];

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

export function buildIfNeeded(env = process.env) {
  const buildId = path.join(env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map(newestMtime))) return;
  console.log("Amity: building the app (about a minute on first run)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs a long-lived child (the Next server), passing Ctrl-C and SIGTERM on and exiting with it. */
export function serve(args, env) {
  const child = spawn("npx", args, { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

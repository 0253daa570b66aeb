// `npm start`: build if the sources are newer than the last build, then serve.
// The database is created, migrated and (when new) seeded by instrumentation.ts on start.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const buildId = path.join(distDir, "BUILD_ID");
const SOURCES = ["app", "components", "db", "lib", "messages", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json"];

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newestMtime))) {
  console.log("Amity: building the app (about a minute on first run)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT || "3000";
console.log(`Amity: starting on http://localhost:${port} (database: ${process.env.DATABASE_PATH || "data/amity.db"})`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

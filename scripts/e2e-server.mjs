// Serves the production build on a fresh database for the end-to-end tests.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";

const root = process.cwd();
const dataDir = path.join(root, process.env.AMITY_E2E_DIR ?? ".e2e", "data");
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const env = {
  ...process.env,
  DATABASE_PATH: path.join(dataDir, "amity.db"),
  AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  PORT: process.env.AMITY_E2E_PORT ?? "3100",
};
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (process.env.AMITY_E2E_BUILD === "1" || !fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Migrate and fill with the demo data and accounts (the tests sign in with them) before the server
// takes requests; the server itself never seeds demo data.
const seed = spawnSync("npx", ["tsx", "scripts/seed.ts"], { stdio: "inherit", env });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", env.PORT], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

// `npm run demo`: the demonstration. Fills data/demo/amity.db (a folder of its own, so that its
// public-password accounts, uploads and secret never mix with a real installation's data/) with the
// demo registry and accounts on first run, prints the accounts, builds if needed and serves it.
// `--dev` serves it with `next dev` instead (`npm run dev:demo`).
import path from "node:path";
import { spawnSync } from "node:child_process";
import { buildIfNeeded, serve } from "./serve-helpers.mjs";

const DEMO_DATABASE_PATH = path.join("data", "demo", "amity.db");

const dev = process.argv.includes("--dev");
// The demo's own file, whatever DATABASE_PATH a shell may still hold for a real installation.
const env = { ...process.env, DATABASE_PATH: path.resolve(DEMO_DATABASE_PATH) };
if (!dev) buildIfNeeded(env);
const seed = spawnSync("npx", ["tsx", "scripts/seed.ts"], { stdio: "inherit", env });
if (seed.status !== 0) process.exit(seed.status ?? 1);

const port = env.PORT || "3000";
console.log(`Amity demo: starting on http://localhost:${port} (database: ${DEMO_DATABASE_PATH})`);
serve(["next", dev ? "dev" : "start", "-p", port], env);

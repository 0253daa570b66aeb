import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { openDatabase } from "@/db/connection";
import { users } from "@/db/schema";
import { seedReference } from "@/db/seed/reference";
import { seedDemoRegistry } from "@/db/seed/demo-registry";
import { createRandom } from "@/db/seed/random";
import { createDraft } from "@/db/imports/drafts";
import { initialMapping } from "@/db/imports/initial-mapping";
import { commitImport, previewImport } from "@/db/imports/run";
import { readTable } from "@/lib/import/read/read-table";
import type { Viewer } from "@/lib/auth/viewer";

/**
 * The whole world list (25,917 pairs, test/fixtures/import) imported by a national administrator
 * into the demo registry: reading, preview (every row matched) and commit, each timed.
 */
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-bench-import-"));
  const db = openDatabase(path.join(dir, "bench.db"));
  seedReference(db);
  seedDemoRegistry(db, createRandom(20181));
  const admin = db
    .insert(users)
    .values({ email: "bench@amity.test", name: "Bench", passwordHash: "x", role: "national_admin" })
    .returning()
    .get();
  const viewer: Viewer = {
    id: admin.id,
    email: admin.email,
    name: admin.name,
    role: "national_admin",
    provinceCode: null,
    localityId: null,
  };
  const bytes = fs.readFileSync(path.join(process.cwd(), "test/fixtures/import/twin-cities-world.csv"));
  let t = performance.now();
  const table = await readTable({ name: "twin-cities-world.csv", bytes });
  const read = performance.now() - t;
  const id = createDraft(db, viewer, {
    kind: "partnerships",
    fileName: "twin-cities-world.csv",
    bytes,
    options: { encoding: table.encoding ?? undefined, delimiter: table.delimiter ?? undefined },
    mapping: initialMapping(db, viewer.id, "partnerships", table.headers),
  });
  t = performance.now();
  let turns = 0;
  const preview = await previewImport(db, viewer, id, () => (turns += 1));
  const previewMs = performance.now() - t;
  const reasons = new Map<string, number>();
  for (const row of preview.rows) for (const p of row.problems) reasons.set(p.key, (reasons.get(p.key) ?? 0) + 1);
  console.log(`world file: ${table.rows.length} rows read in ${read.toFixed(0)} ms`);
  console.log(`preview: ${previewMs.toFixed(0)} ms (${turns} progress reports, the event loop handed back between them)`, preview.counts);
  console.log("problems:", Object.fromEntries(reasons));
  console.log("new places:", preview.newLocalities);
  if (process.env.SHOW)
    console.log(
      preview.rows
        .filter((r) => r.problems.some((p) => p.key === process.env.SHOW))
        .slice(0, 12)
        .map((r) => `${r.line} ${r.label} ${JSON.stringify(r.problems)}`)
        .join("\n"),
    );

  // The commit path: 25,000 new pairs of the directory's Chinese cities with new partners in Japan.
  const ours = db.$client.prepare("select name_local as n from localities where country_code = 'CN' and archived_at is null").all() as {
    n: string;
  }[];
  const lines = ["中方城市,外方城市,国家,缔结时间"];
  for (let i = 0; i < 25_000; i++) lines.push(`${ours[i % ours.length]!.n},Bench-${i},日本,${1980 + (i % 40)}-05-01`);
  const synthetic = new TextEncoder().encode(lines.join("\n"));
  const table2 = await readTable({ name: "new-pairs.csv", bytes: synthetic });
  const id2 = createDraft(db, viewer, {
    kind: "partnerships",
    fileName: "new-pairs.csv",
    bytes: synthetic,
    options: {},
    mapping: initialMapping(db, viewer.id, "partnerships", table2.headers),
  });
  t = performance.now();
  const preview2 = await previewImport(db, viewer, id2);
  const preview2Ms = performance.now() - t;
  const version = (db.$client.prepare("select version from imports where id = ?").get(id2) as { version: number }).version;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  t = performance.now();
  const result = await commitImport(db, viewer, id2, { version, skipFailures: true, campaignTitle: (y) => String(y) });
  const commitMs = performance.now() - t;
  loop.disable();
  console.log(
    `25,000 new pairs: preview ${preview2Ms.toFixed(0)} ms`,
    preview2.counts,
    `commit ${commitMs.toFixed(0)} ms (one transaction; the longest the event loop was held: ${(loop.max / 1e6).toFixed(0)} ms)`,
    result.applied,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();

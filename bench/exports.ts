// npm run bench (first part): exports 100,000 activities as CSV and XLSX from a fresh SQLite file,
// streaming, and reports the time and the peak memory of each.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/connection";
import { activityExportQuery, activityExportSelection } from "@/db/queries/exports/activities";
import { iterateRows, openExportReader } from "@/db/queries/exports/reader";
import { activityColumns } from "@/lib/exports/columns/exchanges";
import { csvStream } from "@/lib/exports/csv";
import { xlsxStream } from "@/lib/exports/xlsx";
import { parseListParams } from "@/lib/validation/list-params";
import { activityListSchema } from "@/lib/validation/activity-list";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-bench-"));
const file = path.join(dir, "bench.db");
const db = openDatabase(file);
db.$client.exec(`insert into countries values ('CN','China','中国','中国');
  insert into provinces (code, name_en, name_zh, region) values ('TJ','Tianjin','天津市','east');
  insert into localities (country_code, province_code, name_local, name_romanised, search_key, level, created_at, updated_at) values ('CN','TJ','天津市','Tianjin','天津市 tianjin','city', 0, 0);`);
const insert = db.$client.prepare(
  "insert into activities (title, category, start_date, location, organiser_locality_id, description, version, created_at, updated_at) values (?, 'youth', ?, 'here', 1, ?, 1, 0, 0)",
);
db.$client.transaction(() => {
  for (let i = 0; i < ROWS; i++)
    insert.run(
      i % 97 === 0 ? `=HYPERLINK("x${i}")` : `青少年交流 Youth exchange ${i}`,
      `20${String(10 + (i % 16)).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 10}`,
      "x".repeat(80),
    );
})();

const labels = { header: (k: string) => k, enumLabel: (_g: string, v: string | null | undefined) => v ?? "", zh: false };
const params = parseListParams(activityListSchema, {});

async function run(format: "csv" | "xlsx") {
  const reader = openExportReader(file);
  const table = {
    name: "activities",
    columns: activityColumns(labels),
    rows: iterateRows(reader, activityExportQuery(db, params), activityExportSelection) as Iterable<never>,
  };
  const stream = format === "csv" ? csvStream(table, () => reader.close()) : xlsxStream([table], () => reader.close());
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  clearInterval(timer);
  const ms = performance.now() - started;
  console.log(
    `${format.padEnd(4)} ${ROWS} rows  ${(ms / 1000).toFixed(2)} s  ${(bytes / 1e6).toFixed(1)} MB written  peak RSS +${((peak - base) / 1e6).toFixed(0)} MB`,
  );
  return { ms, grow: peak - base };
}

async function main() {
  const csv = await run("csv");
  const xlsx = await run("xlsx");
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
  // Flat in memory: far less than the output size; fast: well under a minute on 2 cores.
  const ok = csv.grow < 150e6 && xlsx.grow < 250e6 && csv.ms < 60_000 && xlsx.ms < 120_000;
  console.log(ok ? "bench: ok" : "bench: too slow or too much memory");
  process.exit(ok ? 0 : 1);
}

void main();

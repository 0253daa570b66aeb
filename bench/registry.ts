// npm run bench (second part): the partnerships list on a registry of 25,000 partnerships
// and 100,000 logged activities, through the same query the page uses. Reports the median
// and worst time of each typical request; the database does the filtering and paging.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/connection";
import { listPartnerships } from "@/db/queries/partnerships-list";
import { localitySearchKey } from "@/lib/domain/fold-name";
import { parseListParams } from "@/lib/validation/list-params";
import { partnershipListSchema } from "@/lib/validation/partnership-list";

const PAIRS = Number(process.env.BENCH_PAIRS ?? 25_000);
const ACTIVITIES = PAIRS * 4;
const TODAY = "2026-11-23";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-bench-registry-"));
const db = openDatabase(path.join(dir, "bench.db"));
const sqlite = db.$client;

const COUNTRIES: [string, string, string][] = [
  ["JP", "Japan", "日本"],
  ["KR", "South Korea", "韩国"],
  ["US", "United States", "美国"],
  ["FR", "France", "法国"],
  ["DE", "Germany", "德国"],
];
const PROVINCES: [string, string, string, string][] = [
  ["TJ", "Tianjin", "天津市", "east"],
  ["SD", "Shandong", "山东省", "east"],
  ["HB", "Hubei", "湖北省", "central"],
  ["SC", "Sichuan", "四川省", "west"],
];
const STATUSES: (string | null)[] = ["very_good", "good", "maintaining_contact", "suspended", null];

function fill() {
  const started = performance.now();
  const country = sqlite.prepare("insert into countries (code, name_en, name_zh, name_native) values (?, ?, ?, ?)");
  const province = sqlite.prepare("insert into provinces (code, name_en, name_zh, region) values (?, ?, ?, ?)");
  const locality = sqlite.prepare(
    "insert into localities (country_code, province_code, name_local, name_romanised, search_key, level, created_at, updated_at) values (?, ?, ?, ?, ?, 'city', 0, 0)",
  );
  const pair = sqlite.prepare(
    "insert into partnerships (our_locality_id, partner_locality_id, signed_on, status, created_at, updated_at) values (?, ?, ?, ?, 0, 0)",
  );
  const activity = sqlite.prepare(
    "insert into activities (title, category, start_date, location, organiser_locality_id, created_at, updated_at) values ('Exchange', 'youth', ?, 'here', ?, 0, 0)",
  );
  const link = sqlite.prepare("insert into activity_partnerships (activity_id, partnership_id) values (?, ?)");
  sqlite.transaction(() => {
    sqlite.prepare("insert into countries (code, name_en, name_zh, name_native) values ('CN', 'China', '中国', '中国')").run();
    for (const c of COUNTRIES) country.run(c[0], c[1], c[2], c[2]);
    for (const p of PROVINCES) province.run(p[0], p[1], p[2], p[3]);
    const ours: number[] = [];
    for (let i = 0; i < 2_000; i++) {
      const code = PROVINCES[i % PROVINCES.length]![0];
      ours.push(
        Number(locality.run("CN", code, `城市${i}市`, `Chengshi ${i}`, localitySearchKey(`城市${i}市`, `Chengshi ${i}`)).lastInsertRowid),
      );
    }
    for (let i = 0; i < PAIRS; i++) {
      const code = COUNTRIES[i % COUNTRIES.length]![0];
      const name = i === 777 ? ["神戸市", "Kōbe"] : [`Partner ${i}`, `Partner Town ${i}`];
      const partner = Number(locality.run(code, null, name[0], name[1], localitySearchKey(name[0], name[1])).lastInsertRowid);
      const year = 1973 + (i % 53);
      pair.run(ours[i % ours.length]!, partner, `${year}-0${1 + (i % 9)}-15`, STATUSES[i % STATUSES.length]);
    }
    for (let i = 0; i < ACTIVITIES; i++) {
      const partnership = 1 + ((i * 7919) % PAIRS);
      const date = `20${String(15 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 12)).padStart(2, "0")}-10`;
      const id = Number(activity.run(date, ours[(partnership - 1) % ours.length]!).lastInsertRowid);
      link.run(id, partnership);
    }
  })();
  sqlite.exec("analyze");
  return performance.now() - started;
}

const REQUESTS: [string, Record<string, string>][] = [
  ["first page, default order", {}],
  ["search 'kobe' (folded)", { q: "kobe" }],
  ["search '神戸'", { q: "神戸" }],
  ["country JP + region east", { country: "JP", region: "east" }],
  ["signed 1990–2000, by date desc", { signedFrom: "1990", signedTo: "2000", sort: "signedOn", dir: "desc" }],
  ["page 200", { page: "200" }],
  ["sorted by last activity", { sort: "lastActivity", dir: "desc" }],
  ["sorted by activities in 12 months", { sort: "activities12m", dir: "desc" }],
];

function time(params: Record<string, string>, runs = 7): { median: number; worst: number; total: number } {
  const parsed = parseListParams(partnershipListSchema, params);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    total = listPartnerships(db, parsed, { locale: "en", today: TODAY }).total;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, worst: times[runs - 1] ?? 0, total };
}

const fillMs = fill();
console.log(`registry: ${PAIRS} partnerships, ${ACTIVITIES} activities (filled in ${(fillMs / 1000).toFixed(1)} s)`);
let slowest = 0;
for (const [name, params] of REQUESTS) {
  const r = time(params);
  slowest = Math.max(slowest, r.median);
  console.log(
    `  ${name.padEnd(36)} ${r.median.toFixed(1).padStart(7)} ms median  ${r.worst.toFixed(1).padStart(7)} ms worst  ${r.total} rows`,
  );
}
db.$client.close();
fs.rmSync(dir, { recursive: true, force: true });
// A page of the registry should come back well within a second on 2 cores.
const ok = slowest < 1_000;
console.log(ok ? "bench: ok" : "bench: a registry request is too slow");
process.exit(ok ? 0 : 1);

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { activities, delegations, partnershipStatusHistory, partnerships } from "@/db/schema";
import { getPartnershipStats } from "@/db/queries/statistics";
import { getStatusCoverage } from "@/db/queries/statistics-report";
import { activityFilterSql, selectActivities } from "@/db/queries/activities";
import { delegationFilterSql, selectDelegations } from "@/db/queries/delegations";
import { partnershipConditions, selectPartnerships } from "@/db/queries/partnerships-filter";
import type { ChartSpec } from "@/components/charts/chart-types";
import { hasYearUnknown, statusChart } from "@/components/dashboard/partnership-charts";
import { setClockForTests } from "@/lib/domain/clock";
import { parseListParams } from "@/lib/validation/list-params";
import { activityListSchema } from "@/lib/validation/activity-list";
import { delegationListSchema } from "@/lib/validation/delegation-list";
import { partnershipListSchema } from "@/lib/validation/partnership-list";
import { addLocality, createTestDb } from "@/test/test-db";
import { addPlaces } from "@/test/fixtures/places";
import { englishTranslator } from "@/test/matrix/intl";
import * as XLSX from "@e965/xlsx";
import { parse } from "csv-parse/sync";
import { chartSpecTable } from "@/lib/exports/chart-spec-table";
import { csvStream } from "@/lib/exports/csv";
import { xlsxStream } from "@/lib/exports/xlsx";
import { registryPdfChart, registryTables, type RegistryLabels } from "./registry-tables";

/*
 * A hand-counted registry: five current partnerships (two without a signing date), one archived;
 * statuses recorded for 2022 and 2025 only (none for 2023–2024); exchanges in 2023–2025.
 */
let db: Db;
let l: RegistryLabels;
let tables: Record<string, ChartSpec>;
const PERIOD = { from: 2024, to: 2025 };

beforeAll(async () => {
  setClockForTests("2026-03-01T04:00:00Z");
  db = createTestDb();
  const { tianjin, jinan, chengdu, kobe, incheon } = addPlaces(db, "tianjin", "jinan", "chengdu", "kobe", "incheon");
  const busan = addLocality(db, { nameLocal: "부산광역시", nameRomanised: "Busan", countryCode: "KR" });
  const add = (our: number, partner: number, signedOn: string | null, archived = false) =>
    db
      .insert(partnerships)
      .values({ ourLocalityId: our, partnerLocalityId: partner, signedOn, archivedAt: archived ? new Date() : null })
      .returning()
      .get().id;
  const tk = add(tianjin, kobe, "1973-06-24");
  add(tianjin, incheon, "1993-12-07");
  const jk = add(jinan, kobe, "2024-05-01");
  add(chengdu, incheon, null);
  add(jinan, busan, null);
  add(chengdu, kobe, "2025-03-03", true);
  db.insert(partnershipStatusHistory)
    .values([
      { partnershipId: tk, year: 2022, status: "good", source: "manual" },
      { partnershipId: tk, year: 2025, status: "very_good", source: "manual" },
      { partnershipId: jk, year: 2025, status: "good", source: "manual" },
    ])
    .run();
  const act = (organiser: number, category: "youth" | "economy_trade", startDate: string, archived = false) =>
    db
      .insert(activities)
      .values({
        title: "x",
        category,
        startDate,
        location: "here",
        organiserLocalityId: organiser,
        archivedAt: archived ? new Date() : null,
      })
      .run();
  act(tianjin, "youth", "2024-04-01");
  act(tianjin, "youth", "2025-04-01");
  act(jinan, "youth", "2025-05-01");
  act(jinan, "economy_trade", "2025-06-01");
  act(jinan, "economy_trade", "2025-06-02", true);
  act(chengdu, "youth", "2023-12-31");
  const del = (
    our: number,
    direction: "incoming" | "outgoing",
    leaderRank: "ministerial" | "bureau" | "division",
    startDate: string,
    status: "completed" | "cancelled" = "completed",
  ) => db.insert(delegations).values({ ourLocalityId: our, direction, leaderRank, leaderName: "L", startDate, status }).run();
  del(tianjin, "incoming", "ministerial", "2025-03-01");
  del(jinan, "incoming", "bureau", "2025-04-01");
  del(tianjin, "outgoing", "bureau", "2025-05-01");
  del(tianjin, "outgoing", "bureau", "2025-06-01", "cancelled");
  del(chengdu, "outgoing", "division", "2024-10-01");
  const t = await englishTranslator();
  l = {
    t: (key, values) => t(key, values),
    zh: false,
    header: (key) => t(`reports.columns.${key}`),
    enumLabel: (group, value) => (value ? t(`enums.${group}.${value}`) : ""),
  };
  tables = Object.fromEntries(registryTables(db, { kind: "nation" }, PERIOD, l).map((s) => [s.id, s]));
});

afterAll(() => setClockForTests(null));

const values = (spec: ChartSpec | undefined, key = "count") => spec?.rows.map((r) => [r.label, r.values[key]]);

describe("registryTables (nation, 2024–2025)", () => {
  it("lists the tables under the dashboard's titles", () => {
    expect(Object.values(tables).map((s) => s.title)).toEqual([
      "Partnerships by partner country",
      "Cumulative partnerships by year",
      "New partnerships per year by partner country",
      "Partnerships by province",
      "Partnerships by region",
      "Activities by category and year",
      "Delegations by direction and leader's rank",
    ]);
  });
  it("counts partnerships by partner country with largest-remainder shares and a total of 100.0", () => {
    const spec = tables["by-country"];
    expect(values(spec)).toEqual([
      ["South Korea", 3],
      ["Japan", 2],
    ]);
    expect(spec?.shares).toEqual([60, 40]);
    expect(spec?.footer).toEqual({ label: "Total", values: { count: 5 }, share: 100 });
  });
  it("counts undated partnerships under 'year unknown' and says so", () => {
    const spec = tables.cumulative;
    const rows = values(spec);
    expect(rows?.[0]).toEqual(["1973", 1]);
    expect(rows?.find((r) => r[0] === "1993")).toEqual(["1993", 2]);
    expect(rows?.find((r) => r[0] === "2024")).toEqual(["2024", 3]);
    expect(rows?.at(-2)).toEqual(["2025", 3]);
    expect(rows?.at(-1)).toEqual(["Year unknown", 2]);
    expect(spec?.description).toBe("2 partnerships have no signing date: counted under “Year unknown”, not in any year.");
    expect(spec?.rows.at(-1)?.href).toContain("undated=1");
  });
  it("never shows a year of nothing when no partnership has a signing date", () => {
    const empty = createTestDb();
    const { tianjin, kobe } = addPlaces(empty, "tianjin", "kobe");
    empty.insert(partnerships).values({ ourLocalityId: tianjin, partnerLocalityId: kobe, signedOn: null }).run();
    const spec = registryTables(empty, { kind: "nation" }, { from: 2026, to: 2026 }, l).find((s) => s.id === "cumulative");
    expect(values(spec)).toEqual([["Year unknown", 1]]);
    // The dashboard keeps it, though it has a single number: it says why no year is shown.
    expect(spec && hasYearUnknown(spec)).toBe(true);
    expect(spec?.description).toBe("1 partnership has no signing date: counted under “Year unknown”, not in any year.");
  });
  it("counts new partnerships per year and country, undated ones last, with column totals", () => {
    const spec = tables["new-per-year"];
    expect(spec?.series.map((s) => s.key)).toEqual(["KR", "JP", "other"]);
    expect(spec?.rows.find((r) => r.key === "2024")?.values).toEqual({ KR: 0, JP: 1, other: 0 });
    expect(spec?.rows.at(-1)).toMatchObject({ label: "Year unknown", values: { KR: 2, JP: 0, other: 0 } });
    expect(spec?.footer?.values).toEqual({ KR: 3, JP: 2, other: 0 });
  });
  it("counts by province and by region (East/Central/West)", () => {
    expect(values(tables["by-province"])).toEqual([
      ["Shandong", 2],
      ["Tianjin", 2],
      ["Sichuan", 1],
    ]);
    expect(values(tables["by-region"])).toEqual([
      ["East", 4],
      ["Central", 0],
      ["West", 1],
    ]);
    expect(tables["by-region"]?.shares).toEqual([80, 0, 20]);
  });
  it("counts activities by category and year they started (archived and earlier ones left out), with totals", () => {
    const spec = tables["activities-by-category"];
    expect(spec?.series.map((s) => s.key)).toEqual(["2024", "2025"]);
    expect(spec?.rows.find((r) => r.key === "youth")?.values).toEqual({ 2024: 1, 2025: 2 });
    expect(spec?.rows.find((r) => r.key === "economy_trade")?.values).toEqual({ 2024: 0, 2025: 1 });
    expect(spec?.rows).toHaveLength(10);
    expect(spec?.footer?.values).toEqual({ 2024: 1, 2025: 3 });
  });
  it("counts delegations by rank and direction, cancelled ones left out", () => {
    const spec = tables["delegations-by-rank"];
    expect(spec?.rows.map((r) => [r.key, r.values.incoming, r.values.outgoing])).toEqual([
      ["ministerial", 1, 0],
      ["bureau", 1, 1],
      ["division", 0, 1],
      ["other", 0, 0],
    ]);
    expect(spec?.footer?.values).toEqual({ incoming: 2, outgoing: 2 });
  });
  it("narrows to a province", () => {
    const sd = Object.fromEntries(registryTables(db, { kind: "province", provinceCode: "SD" }, PERIOD, l).map((s) => [s.id, s]));
    expect(values(sd["by-country"])).toEqual([
      ["Japan", 1],
      ["South Korea", 1],
    ]);
    expect(sd["by-country"]?.rows[0]?.href).toContain("province=SD");
    expect(sd["activities-by-category"]?.footer?.values).toEqual({ 2024: 0, 2025: 2 });
  });
});

/** The list's own count for a link's query string (scope=mine is the page's own narrowing; here the nation). */
function listCount(href: string): number {
  const [path, query] = href.split("?");
  const params = Object.fromEntries(new URLSearchParams(query));
  if (path === "/partnerships") {
    const f = parseListParams(partnershipListSchema, params);
    return selectPartnerships(db, { n: count() }).where(partnershipConditions(f)).get()?.n ?? -1;
  }
  if (path === "/activities")
    return (
      selectActivities(db, { n: count() })
        .where(and(...activityFilterSql(parseListParams(activityListSchema, params))))
        .get()?.n ?? -1
    );
  return (
    selectDelegations(db, { n: count() })
      .where(and(...delegationFilterSql(parseListParams(delegationListSchema, params))))
      .get()?.n ?? -1
  );
}

describe("click-through", () => {
  it("every number leads to a list of exactly that many records", () => {
    let checked = 0;
    for (const spec of Object.values(tables))
      for (const row of spec.rows) {
        const counted = spec.series.filter((s) => s.format !== "percent");
        if (row.href && counted.length === 1) {
          expect(listCount(row.href), `${spec.id} ${row.label}`).toBe(row.values[counted[0]!.key]);
          checked++;
        }
        for (const [key, href] of Object.entries(row.hrefs ?? {})) {
          expect(listCount(href), `${spec.id} ${row.label} ${key}`).toBe(row.values[key]);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(60);
  });
});

describe("status comparison", () => {
  it("compares with the latest EARLIER year that has statuses (2022), not the calendar year before", () => {
    const stats = getPartnershipStats(db, { kind: "nation" }, {}, 2026);
    expect(stats.status).toMatchObject({ year: 2025, previousYear: 2022, current: { very_good: 1, good: 1 }, previous: { good: 1 } });
    const spec = statusChart(stats, { t: (k, v) => l.t(`dashboard.${k}`, v), enumLabel: l.enumLabel, zh: false, link: { filters: {} } });
    expect(spec.series.map((s) => s.label)).toEqual(["2022", "2025", "Change"]);
    expect(spec.rows.find((r) => r.key === "good")?.values).toEqual({ current: 1, previous: 1, change: 0 });
  });
  it("the report's status coverage takes the same two years (2025 and 2022)", () => {
    expect(getStatusCoverage(db, { kind: "nation" }, PERIOD).map((c) => [c.year, c.answered, c.total])).toEqual([
      [2025, 2, 5],
      [2022, 1, 5],
    ]);
  });
  it("says there is none when no earlier year has statuses", () => {
    const stats = getPartnershipStats(db, { kind: "province", provinceCode: "SD" }, {}, 2026);
    expect(stats.status).toMatchObject({ year: 2025, previousYear: null });
    const spec = statusChart(stats, { t: (k, v) => l.t(`dashboard.${k}`, v), enumLabel: l.enumLabel, zh: false, link: { filters: {} } });
    expect(spec.series.map((s) => s.key)).toEqual(["current"]);
    expect(spec.description).toBe("Yearly status recorded for 2025; no earlier year has recorded statuses to compare with.");
  });
});

describe("exports", () => {
  const bytes = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

  it("writes each table as CSV with the page's columns, numbers and shares to one decimal", async () => {
    const spec = tables["by-country"]!;
    const rows = parse((await bytes(csvStream(chartSpecTable(spec)))).toString("utf8").replace(/^\uFEFF/, "")) as string[][];
    expect(rows).toEqual([
      ["Partner country", "Partnerships", "Share"],
      ["South Korea", "3", "60.0"],
      ["Japan", "2", "40.0"],
      ["Total", "5", "100.0"],
    ]);
    const matrix = parse(
      (await bytes(csvStream(chartSpecTable(tables["delegations-by-rank"]!)))).toString("utf8").replace(/^\uFEFF/, ""),
    ) as string[][];
    expect(matrix[0]).toEqual(["Leader's rank", "Incoming", "Outgoing", "Total"]);
    expect(matrix.at(-1)).toEqual(["Total", "2", "2", "4"]);
  });

  it("writes every table as an XLSX sheet named as the page names it, uncut, with the builder's numbers", async () => {
    const specs = Object.values(tables);
    const wb = XLSX.read(await bytes(xlsxStream(specs.map(chartSpecTable))), { cellNF: true });
    // Excel allows 31 characters: a longer title is cut at a word's end, never mid-word.
    expect(
      wb.SheetNames.map((name, i) => {
        const title = specs[i]!.title;
        return title === name || (title.startsWith(name) && title[name.length] === " ");
      }),
    ).toEqual(specs.map(() => true));
    expect(wb.SheetNames).toContain("Partnerships by partner country");
    const sheet = wb.Sheets["Partnerships by region"]!;
    const grid = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(grid.slice(1)).toEqual([
      ["East", 4, 80],
      ["Central", 0, 0],
      ["West", 1, 20],
    ]);
    expect(sheet.C2?.z).toBe("0.0");
    const cumulative = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets["Cumulative partnerships by year"]!, { header: 1 });
    expect(cumulative.at(-1)).toEqual(["Year unknown", 2]);
  });

  it("draws each table in the PDF as its rows' totals, a long one as its last 40 rows, saying so", () => {
    expect(registryPdfChart(tables["delegations-by-rank"]!, l).rows.map((r) => r.value)).toEqual([1, 2, 1, 0]);
    const cumulative = registryPdfChart(tables.cumulative!, l);
    expect(tables.cumulative!.rows).toHaveLength(54);
    expect(cumulative.rows).toHaveLength(40);
    expect(cumulative.rows.at(-1)).toEqual({ label: "Year unknown", value: 2 });
    expect(cumulative.note).toContain("Only the last 40 rows are drawn; the table lists them all.");
  });
});

import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createCampaign, openCampaign } from "@/db/mutations/campaigns";
import { listEvaluations } from "@/db/queries/evaluations";
import { evaluations } from "@/db/schema";
import { evaluationListParamsSchema } from "@/lib/validation/evaluation-list";
import { parseListParams } from "@/lib/validation/list-params";
import { LABELS, resultsWorld } from "@/test/fixtures/evaluation-results";
import { evaluationTables, mayOpenResults } from "./evaluation-tables";

const table = (tables: { id: string }[], id: string) =>
  tables.find((t) => t.id === id) as NonNullable<ReturnType<typeof evaluationTables>>["tables"][number];

describe("evaluationTables", () => {
  it("builds every table of the report, in the report's order, with totals rows equal to the answers", () => {
    const { db, w, campaignId } = resultsWorld();
    const r = evaluationTables(db, w.admin, { campaignId, filters: {} }, LABELS)!;
    expect(r.answered).toBe(3);
    expect(r.tables.map((t) => t.id)).toEqual(["status", "country", "side", "trend", "purposes", "category", "effect"]);
    for (const id of ["status", "trend", "category", "effect"]) {
      const spec = table(r.tables, id);
      expect(spec.footer?.values).toEqual({ count: 3, percent: 100 });
      expect(spec.rows.reduce((s, row) => s + (row.values.count ?? 0), 0)).toBe(3);
      expect(spec.series.map((s) => s.format ?? "count")).toEqual(["count", "percent"]);
    }
    expect(table(r.tables, "category").rows.map((row) => row.label)).toContain("evaluationTables.noneHappened");
    expect(table(r.tables, "effect").rows.at(-1)).toMatchObject({
      label: "evaluationTables.unanswered",
      values: { count: 1, percent: 33.3 },
    });
    const purposes = table(r.tables, "purposes");
    expect(purposes.description).toBe('evaluationTables.purposesNote {"respondents":2,"unanswered":1,"choices":3}');
    expect(purposes.rows[0]?.values).toEqual({ count: 2, percent: 100, choiceShare: 66.7 });
    expect(purposes.footer?.values).toEqual({ count: 2, choiceShare: 100 });
    const side = table(r.tables, "side");
    expect(side.footer?.values).toEqual({ ours: 2, "ours%": 100, partner: 2, "partner%": 100 });
    expect(side.description).toContain('{"pairs":2,"n":3}');
    const country = table(r.tables, "country");
    expect(country.rows.map((row) => [row.key, row.values.total])).toEqual([
      ["JP", 2],
      ["KR", 1],
    ]);
    expect(country.footer?.values).toMatchObject({ very_good: 1, good: 2, total: 3, "good%": 66.7 });
  });

  it("clicks every number through to a list of exactly that many evaluations", () => {
    const { db, w, campaignId } = resultsWorld();
    for (const filters of [{}, { country: "JP" }, { province: "TJ" }]) {
      const r = evaluationTables(db, w.admin, { campaignId, filters }, LABELS)!;
      let links = 0;
      for (const spec of r.tables)
        for (const row of spec.rows)
          for (const [series, href] of Object.entries(row.hrefs ?? {})) {
            const url = new URL(href, "http://amity.test");
            expect(url.pathname).toBe("/evaluations");
            const params = parseListParams(evaluationListParamsSchema, Object.fromEntries(url.searchParams));
            const { total } = listEvaluations(db, w.admin, params, "answer");
            expect(total, `${spec.id} ${row.key} ${series} ${href}`).toBe(row.values[series]);
            links += 1;
          }
      expect(links).toBeGreaterThan(30);
    }
  });

  it("compares with another campaign: both side by side, the change in points", () => {
    const { db, w, campaignId } = resultsWorld();
    const { id: before } = createCampaign(db, w.admin, {
      title: "2025 evaluation",
      year: 2025,
      opensOn: "2026-01-01",
      closesOn: "2026-03-31",
      scopeProvinces: [],
      scopeCountries: [],
      instructions: "",
    });
    openCampaign(db, w.admin, { id: before, version: 1 });
    // 2025: the two Tianjin pairs answered "good".
    for (const pid of [w.tianjinKobe, w.tianjinIncheon])
      db.update(evaluations)
        .set({
          state: "approved",
          status: "good",
          trend: "about_same",
          purposes: ["learn_urban_development"],
          politicalEffect: "unaffected",
        })
        .where(and(eq(evaluations.campaignId, before), eq(evaluations.partnershipId, pid)))
        .run();
    const r = evaluationTables(db, w.admin, { campaignId, filters: {}, compareCampaignId: before }, LABELS)!;
    expect(r.compare).toMatchObject({ answered: 2, campaign: { id: before, year: 2025 } });
    const status = table(r.tables, "status");
    expect(status.series.map((s) => s.label)).toEqual([
      "evaluationTables.count · 2026",
      "evaluationTables.count · 2025",
      "evaluationTables.change · evaluationTables.count",
      "evaluationTables.share · 2026",
      "evaluationTables.share · 2025",
      "evaluationTables.changePoints · evaluationTables.share",
    ]);
    const good = status.rows.find((row) => row.key === "good")!;
    expect(good.values).toMatchObject({
      count: 2,
      "count~other": 2,
      "count~change": 0,
      percent: 66.7,
      "percent~other": 100,
      "percent~change": -33.3,
    });
    expect(good.hrefs?.["count~other"]).toContain(`campaign=${before}`);
    expect(status.footer?.values).toMatchObject({ count: 3, "count~other": 2, "count~change": 1 });
    // The country matrix compares shares and answers only (a count per status for both campaigns would be unreadable).
    expect(table(r.tables, "country").series.every((s) => s.key.startsWith("total") || s.key.includes("%"))).toBe(true);
  });

  it("refuses a scope outside the viewer's own", () => {
    const { db, w } = resultsWorld();
    expect(mayOpenResults(db, w.admin, { province: "SD" })).toBe(true);
    expect(mayOpenResults(db, w.sdAdmin, {})).toBe(true);
    expect(mayOpenResults(db, w.sdAdmin, { province: "SD", locality: w.qingdao })).toBe(true);
    expect(mayOpenResults(db, w.sdAdmin, { province: "TJ" })).toBe(false);
    expect(mayOpenResults(db, w.sdAdmin, { locality: w.tianjin })).toBe(false);
    expect(mayOpenResults(db, w.tjStaff, { locality: w.tianjin })).toBe(true);
    expect(mayOpenResults(db, w.tjStaff, { province: "TJ" })).toBe(false);
    expect(mayOpenResults(db, w.viewer, {})).toBe(false);
  });
});

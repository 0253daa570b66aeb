import { describe, expect, it } from "vitest";
import { setClockForTests } from "@/lib/domain/clock";
import { createTestDb } from "@/test/test-db";
import { seedAnnualWorld } from "@/test/fixtures/annual-report";
import { annualDocument, resolveAnnualRequest } from "./document";
import { ANNUAL_SECTIONS } from "./sections";

function world() {
  setClockForTests("2024-03-01T00:00:00Z");
  const db = createTestDb();
  return { db, w: seedAnnualWorld(db) };
}

describe("the annual report's document", () => {
  it("has every section in the survey chapter's order, with the hand-counted figures", () => {
    const { db, w } = world();
    const req = resolveAnnualRequest(db, w.admin, { year: 2023, scope: "nation", lang: "en" });
    if (!req.ok) throw new Error("refused");
    const doc = annualDocument(db, req);
    expect(doc.sections.map((s) => s.key)).toEqual([...ANNUAL_SECTIONS]);
    expect(doc.title).toBe("Sister-city partnerships of China: annual development report 2023");
    const section = (key: string) => doc.sections.find((s) => s.key === key)!;
    // 1 of 3 very good in 2023; 0 of 3 in 2021, the latest earlier year with answers (2022 has none).
    expect(section("status").sentences[0]).toBe("33.3% of partnerships were rated “Very good” (1 answer), up 33.3 points from 2021.");
    // The results page's status table, beside 2021's: shares, then the change in points.
    const status = section("status").charts[0]!;
    expect(status.id).toBe("status");
    expect(status.rows.map((r) => r.key)).toEqual(["very_good", "good", "maintaining_contact", "suspended", "unanswered"]);
    expect(status.rows.map((r) => r.values.percent)).toEqual([33.3, 66.7, 0, 0, 0]);
    expect(status.rows.map((r) => r.values["percent~other"])).toEqual([0, 66.7, 0, 33.3, 0]);
    expect(status.rows.map((r) => r.values["percent~change"])).toEqual([33.3, 0, 0, -33.3, 0]);
    expect(status.footer?.values.count).toBe(3);
    expect(section("status").charts.map((c) => c.id)).toEqual(["status", "country", "side"]);
    // Purposes: share of respondents (3 of 3 chose "widen", 1 of 3 "fill the gap"): 100.0 and 33.3.
    const purposes = section("purposes").charts[0]!;
    expect(purposes.rows.find((r) => r.key === "widen_external_exchanges")?.values.percent).toBe(100);
    expect(purposes.rows.find((r) => r.key === "fill_regional_gap")?.values.percent).toBe(33.3);
    expect(purposes.footer?.values.count).toBe(3);
    // Most frequent activity: the answer "none" has its row, and the total is the number of answers.
    const activities = section("activities").charts[0]!;
    expect(activities.rows.find((r) => r.key === "none")?.values.count).toBe(1);
    expect(activities.rows.reduce((s, r) => s + (r.values.count ?? 0), 0)).toBe(3);
    expect(activities.footer?.values.count).toBe(3);
    // Status changes since 2021: Kobe good → very good, Shimonoseki suspended → good.
    expect(section("changed").sentences[0]).toBe("Compared with 2021, 2 partnerships changed status: 2 improved and 0 declined.");
    expect(section("changed").lists[0]!.rows).toHaveLength(2);
    // 1973 and 1993: round anniversaries in 2023; the cancelled delegation is left out.
    expect(section("notable").sentences[0]).toBe("2 partnerships celebrated a round anniversary in 2023.");
    expect(section("notable").sentences[1]).toContain("with 3 members");
    // The registry's tables: the stock at the end of 2023, with the years up to it.
    expect(section("growth").charts.map((c) => c.id)).toEqual(["cumulative", "new-per-year", "by-country"]);
    expect(section("growth").charts[0]!.rows.at(-1)).toMatchObject({ key: "2023" });
    expect(section("overview").sentences[2]).toBe("1 activity and 1 delegation (0 incoming, 1 outgoing) were recorded in 2023.");
  });

  it("writes Chinese, and a province's report counts only the province", () => {
    const { db, w } = world();
    const req = resolveAnnualRequest(db, w.sdAdmin, { year: 2023, scope: "province", province: "SD", lang: "zh-CN" });
    if (!req.ok) throw new Error("refused");
    const doc = annualDocument(db, req);
    expect(doc.title).toBe("山东省国际友好城市2023年度发展报告");
    const status = doc.sections.find((s) => s.key === "status")!;
    expect(status.sentences[0]).toBe("100.0%的友好城市交往状况为“较好”（1份），比2021年上升100.0个百分点。");
  });

  it("refuses a scope outside the viewer's and a missing place", () => {
    const { db, w } = world();
    expect(resolveAnnualRequest(db, w.sdAdmin, { year: 2023, scope: "nation", lang: "en" })).toMatchObject({ ok: false, status: 403 });
    expect(resolveAnnualRequest(db, w.sdAdmin, { year: 2023, scope: "region", region: "east", lang: "en" })).toMatchObject({ ok: false });
    expect(resolveAnnualRequest(db, w.tjStaff, { year: 2023, scope: "locality", locality: w.tianjin, lang: "en" })).toMatchObject({
      ok: true,
    });
    expect(resolveAnnualRequest(db, w.tjStaff, { year: 2023, scope: "locality", locality: w.qingdao, lang: "en" })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(resolveAnnualRequest(db, w.admin, { year: 2023, scope: "province", province: "ZZ", lang: "en" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(resolveAnnualRequest(db, w.admin, { year: 2023, scope: "region", region: "west", lang: "en" })).toMatchObject({ ok: true });
  });

  it("says no answers for a year without any", () => {
    const { db, w } = world();
    const req = resolveAnnualRequest(db, w.admin, { year: 2022, scope: "nation", lang: "en" });
    if (!req.ok) throw new Error("refused");
    const doc = annualDocument(db, req);
    expect(doc.sections.find((s) => s.key === "trend")!.sentences).toEqual([
      "No approved evaluations for 2022: no answers for this section.",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { answerPartnerLink, createPartnerLink } from "@/db/mutations/partner-links";
import { resultsWorld } from "@/test/fixtures/evaluation-results";
import { getCampaignResults } from "./evaluations-results";

const rows = (t: { rows: { key: string; count: number; percent: number }[] }) => t.rows.map((r) => [r.key, r.count, r.percent]);

describe("getCampaignResults", () => {
  it("gives every table of the report, hand-counted", () => {
    const { db, w, campaignId } = resultsWorld();
    const r = getCampaignResults(db, w.admin, campaignId, {});
    expect(r.answered).toBe(3);
    expect(rows(r.status)).toEqual([
      ["very_good", 1, 33.3],
      ["good", 2, 66.7],
      ["maintaining_contact", 0, 0],
      ["suspended", 0, 0],
      ["unanswered", 0, 0],
    ]);
    expect(r.status.total).toBe(3);
    expect(r.byCountry.map((c) => [c.code, c.nameEn, c.table.total, c.table.rows.map((x) => x.percent)])).toEqual([
      ["JP", "Japan", 2, [50, 50, 0, 0]],
      ["KR", "South Korea", 1, [0, 100, 0, 0]],
    ]);
    // Side by side, for the same two pairs (Kobe, Incheon): ours very good + good, theirs maintaining contact + good.
    expect(r.bySide.pairs).toBe(2);
    expect(rows(r.bySide.ours)).toEqual([
      ["very_good", 1, 50],
      ["good", 1, 50],
      ["maintaining_contact", 0, 0],
      ["suspended", 0, 0],
    ]);
    expect(rows(r.bySide.partner)).toEqual([
      ["very_good", 0, 0],
      ["good", 1, 50],
      ["maintaining_contact", 1, 50],
      ["suspended", 0, 0],
    ]);
    expect(rows(r.trend)).toEqual([
      ["rising_fast", 0, 0],
      ["rising_slowly", 2, 66.7],
      ["about_same", 1, 33.3],
      ["falling_slowly", 0, 0],
      ["falling_fast", 0, 0],
      ["unanswered", 0, 0],
    ]);
    // Purposes: 2 respondents answered (Shimonoseki did not); widen chosen by both (100.0 %), fill gap by one (50.0 %).
    expect(r.purposes).toMatchObject({ respondents: 2, unanswered: 1, choices: 3 });
    expect(r.purposes.rows.filter((p) => p.count > 0).map((p) => [p.key, p.count, p.percent, p.choiceShare])).toEqual([
      ["widen_external_exchanges", 2, 100, 66.7],
      ["fill_regional_gap", 1, 50, 33.3],
    ]);
    // Most frequent activity: youth twice, none happened once; no imported answer, so no "not answered" row.
    expect(r.category.rows.filter((c) => c.count > 0).map((c) => [c.key, c.count, c.percent])).toEqual([
      ["youth", 2, 66.7],
      ["none", 1, 33.3],
    ]);
    expect(r.category.rows.map((c) => c.key)).not.toContain("unanswered");
    expect(r.category.total).toBe(3);
    expect(rows(r.effect)).toEqual([
      ["all_paused", 0, 0],
      ["constrained", 1, 33.4],
      ["unaffected", 1, 33.3],
      ["unanswered", 1, 33.3],
    ]);
    expect(r.effect.total).toBe(3);
  });

  it("narrows to a region, a province, a locality and a partner country", () => {
    const { db, w, campaignId } = resultsWorld();
    expect(getCampaignResults(db, w.admin, campaignId, { province: "SD" }).answered).toBe(1);
    expect(getCampaignResults(db, w.admin, campaignId, { province: "TJ" }).bySide.pairs).toBe(2);
    expect(getCampaignResults(db, w.admin, campaignId, { region: "west" }).answered).toBe(0);
    expect(getCampaignResults(db, w.admin, campaignId, { region: "east" }).answered).toBe(3);
    expect(getCampaignResults(db, w.admin, campaignId, { locality: w.qingdao }).answered).toBe(1);
    const japan = getCampaignResults(db, w.admin, campaignId, { country: "JP" });
    expect([japan.answered, japan.bySide.pairs, japan.byCountry.map((c) => c.code)]).toEqual([2, 1, ["JP"]]);
  });

  it("keeps a viewer to their own scope, whatever the filters ask", () => {
    const { db, w, campaignId } = resultsWorld();
    expect(getCampaignResults(db, w.sdAdmin, campaignId, {}).answered).toBe(1);
    expect(getCampaignResults(db, w.sdAdmin, campaignId, { province: "TJ" }).answered).toBe(0);
    expect(getCampaignResults(db, w.sdAdmin, campaignId, {}).bySide.pairs).toBe(0);
    expect(getCampaignResults(db, w.tjStaff, campaignId, {}).answered).toBe(2);
    expect(getCampaignResults(db, w.viewer, campaignId, {}).answered).toBe(0);
  });

  it("counts one partner answer per evaluation: the latest", () => {
    const { db, w, campaignId, kobe } = resultsWorld();
    for (const status of ["good", "suspended"] as const) {
      const { token } = createPartnerLink(db, w.admin, { evaluationId: kobe, language: "ja", recipientEmail: "", validDays: 3 });
      answerPartnerLink(
        db,
        token,
        { status, trend: "about_same", purposes: [], comments: "" },
        new Date(Date.now() + (status === "good" ? 1000 : 2000)),
      );
    }
    const r = getCampaignResults(db, w.admin, campaignId, {});
    expect(r.bySide.pairs).toBe(2);
    expect(r.bySide.partner.rows.find((p) => p.key === "suspended")).toMatchObject({ count: 1, percent: 50 });
    expect(r.bySide.partner.rows.find((p) => p.key === "maintaining_contact")).toMatchObject({ count: 0 });
  });
});

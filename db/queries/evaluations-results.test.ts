import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { evaluations } from "@/db/schema";
import { reviewEvaluation, saveEvaluationAnswer } from "@/db/mutations/evaluations";
import { answerPartnerLink, createPartnerLink } from "@/db/mutations/partner-links";
import { addUser, createTestDb } from "@/test/test-db";
import { openWholeCampaign, seedEvaluationWorld } from "@/test/fixtures/evaluations";
import { getCampaignResults } from "./evaluations-results";

const sum = (rows: { percent: number }[]) => Math.round(rows.reduce((s, r) => s + r.percent, 0) * 10) / 10;

function world() {
  const db = createTestDb();
  const w = seedEvaluationWorld(db);
  const id = openWholeCampaign(db, w);
  // Another national administrator reviews: nobody approves their own answers.
  const reviewer = addUser(db, "national_admin");
  const approve = (
    pid: number,
    status: "very_good" | "good" | "suspended",
    purposes: ("widen_external_exchanges" | "fill_regional_gap")[],
  ) => {
    const e = db.select().from(evaluations).where(eq(evaluations.partnershipId, pid)).get()!;
    saveEvaluationAnswer(db, w.admin, {
      id: e.id,
      version: 1,
      intent: "submit",
      status,
      trend: "rising_slowly",
      purposes,
      mostFrequentCategory: "youth",
      politicalEffect: "unaffected",
      achievements: "",
      problems: "",
      plans: "",
    });
    reviewEvaluation(db, reviewer, { id: e.id, version: 2, decision: "approve", comment: "" });
    return e.id;
  };
  const kobe = approve(w.tianjinKobe, "very_good", ["widen_external_exchanges", "fill_regional_gap"]);
  approve(w.tianjinIncheon, "good", ["widen_external_exchanges"]);
  approve(w.qingdaoShimonoseki, "good", ["widen_external_exchanges"]);
  const { token } = createPartnerLink(db, w.admin, { evaluationId: kobe, language: "ja", recipientEmail: "", validDays: 3 });
  answerPartnerLink(db, token, { status: "maintaining_contact", trend: "about_same", purposes: [], comments: "" });
  return { db, w, campaignId: id, kobe };
}

describe("getCampaignResults", () => {
  it("matches hand counts, and every table sums to 100.0", () => {
    const { db, w, campaignId } = world();
    const r = getCampaignResults(db, w.admin, campaignId, {});
    expect(r.answered).toBe(3);
    expect(r.status.map((x) => [x.key, x.count, x.percent])).toEqual([
      ["very_good", 1, 33.3],
      ["good", 2, 66.7],
      ["maintaining_contact", 0, 0],
      ["suspended", 0, 0],
    ]);
    // Purposes: 4 choices, 3 × widen, 1 × fill gap.
    expect(r.purposeChoices).toBe(4);
    expect(r.purposes.find((p) => p.key === "widen_external_exchanges")).toMatchObject({ count: 3, percent: 75 });
    expect(r.bySide.partner.find((p) => p.key === "maintaining_contact")).toMatchObject({ count: 1, percent: 100 });
    expect(r.byCountry.map((c) => [c.code, c.total])).toEqual([
      ["JP", 2],
      ["KR", 1],
    ]);
    for (const table of [r.status, r.trend, r.purposes, r.topCategory, r.bySide.partner, ...r.byCountry.map((c) => c.statuses)])
      expect(sum(table)).toBe(100);
  });

  it("filters by province and region", () => {
    const { db, w, campaignId } = world();
    expect(getCampaignResults(db, w.admin, campaignId, { province: "SD" }).answered).toBe(1);
    expect(getCampaignResults(db, w.admin, campaignId, { province: "TJ" }).bySide.partnerTotal).toBe(1);
    expect(getCampaignResults(db, w.admin, campaignId, { region: "west" }).answered).toBe(0);
    expect(getCampaignResults(db, w.admin, campaignId, { region: "east" }).answered).toBe(3);
  });

  it("keeps a province administrator to their province, whatever the filters ask", () => {
    const { db, w, campaignId } = world();
    expect(getCampaignResults(db, w.sdAdmin, campaignId, {}).answered).toBe(1);
    expect(getCampaignResults(db, w.sdAdmin, campaignId, { province: "TJ" }).answered).toBe(0);
    expect(getCampaignResults(db, w.sdAdmin, campaignId, {}).bySide.partnerTotal).toBe(0);
    expect(getCampaignResults(db, w.tjStaff, campaignId, {}).answered).toBe(2);
    expect(getCampaignResults(db, w.viewer, campaignId, {}).answered).toBe(0);
  });

  it("counts one partner answer per evaluation: the latest", () => {
    const { db, w, campaignId, kobe } = world();
    // Links answered in turn (each replaces the last); only the latest answer counts.
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
    expect(r.bySide.partnerTotal).toBe(1);
    expect(r.bySide.partner.find((p) => p.key === "suspended")).toMatchObject({ count: 1, percent: 100 });
  });
});

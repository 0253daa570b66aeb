import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { createCampaign, openCampaign } from "@/db/mutations/campaigns";
import { createTestDb } from "@/test/test-db";
import { emptyCounts, getCampaign } from "./campaigns";
import { completion, getCampaignProgress, totalCounts } from "./campaigns-progress";
import { seedEvaluationWorld } from "./evaluations-fixtures";

describe("completion", () => {
  it("counts submitted and approved as done, rounding down so 100 % means every one is in", () => {
    expect(completion({ ...emptyCounts(), submitted: 1, approved: 1, pending: 1, total: 3 })).toEqual({ done: 2, total: 3, percent: 66 });
    expect(completion({ ...emptyCounts(), approved: 199, draft: 1, total: 200 }).percent).toBe(99);
    expect(completion({ ...emptyCounts(), approved: 4, total: 4 }).percent).toBe(100);
    expect(completion(emptyCounts())).toEqual({ done: 0, total: 0, percent: 0 });
  });
});

describe("campaign progress by province", () => {
  let db: Db;
  let w: ReturnType<typeof seedEvaluationWorld>;
  let campaignId: number;
  beforeEach(() => {
    db = createTestDb();
    w = seedEvaluationWorld(db);
    campaignId = createCampaign(db, w.admin, { title: "t", year: 2026, opensOn: "2027-01-01", closesOn: "2027-03-31", scopeProvinces: [], scopeCountries: [], instructions: "" }).id;
    openCampaign(db, w.admin, { id: campaignId, version: 1 });
  });

  it("groups localities under their province and adds up to the campaign's total", () => {
    const progress = getCampaignProgress(db, w.admin, getCampaign(db, campaignId)!, "2027-02-01");
    expect(progress.map((p) => p.code).sort()).toEqual(["SD", "TJ"]);
    expect(progress.find((p) => p.code === "TJ")!.localities.map((l) => l.localityRomanised)).toEqual(["Tianjin"]);
    expect(totalCounts(progress)).toMatchObject({ pending: 3, total: 3 });
  });

  it("is scoped as the reviewer's own: a province administrator sees their province only", () => {
    const progress = getCampaignProgress(db, w.sdAdmin, getCampaign(db, campaignId)!, "2027-02-01");
    expect(progress.map((p) => p.code)).toEqual(["SD"]);
  });
});

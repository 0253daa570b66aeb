import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { createCampaign, openCampaign } from "@/db/mutations/campaigns";
import { createTestDb } from "@/test/test-db";
import { totalCounts } from "@/lib/domain/campaign-progress";
import { getCampaign } from "./campaigns";
import { getCampaignProgress } from "./campaigns-progress";
import { seedEvaluationWorld } from "@/test/fixtures/evaluations";

describe("campaign progress by province", () => {
  let db: Db;
  let w: ReturnType<typeof seedEvaluationWorld>;
  let campaignId: number;
  beforeEach(() => {
    db = createTestDb();
    w = seedEvaluationWorld(db);
    campaignId = createCampaign(db, w.admin, {
      title: "t",
      year: 2026,
      opensOn: "2027-01-01",
      closesOn: "2027-03-31",
      scopeProvinces: [],
      scopeCountries: [],
      instructions: "",
    }).id;
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

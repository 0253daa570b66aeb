import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, evaluationCampaigns } from "@/db/schema";
import { CAMPAIGN_FORM, seedEvaluationWorld } from "@/test/fixtures/evaluations";
import { errorCode } from "@/test/error-code";
import { createTestDb } from "@/test/test-db";
import { closeCampaign, createCampaign, openCampaign, updateCampaign } from "./campaigns";

let db: Db;
let w: ReturnType<typeof seedEvaluationWorld>;

const code = errorCode;
const form = CAMPAIGN_FORM;
const campaign = (id: number) => db.select().from(evaluationCampaigns).where(eq(evaluationCampaigns.id, id)).get()!;

beforeEach(() => {
  db = createTestDb();
  w = seedEvaluationWorld(db);
});

describe("editing a campaign", () => {
  it("changes everything in a draft, at the version shown, and audits before and after", () => {
    const { id } = createCampaign(db, w.admin, form);
    updateCampaign(db, w.admin, { ...form, id, version: 1, year: 2025, scopeProvinces: ["TJ", "TJ"], instructions: "Answer by March" });
    const row = campaign(id);
    expect([row.year, row.scopeProvinces, row.instructions, row.version]).toEqual([2025, ["TJ"], "Answer by March", 2]);
    const entry = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "campaign"), eq(auditLog.entityId, id), eq(auditLog.action, "update")))
      .get()!;
    expect(entry.before).toMatchObject({ year: 2026 });
    expect(entry.after).toMatchObject({ year: 2025 });
  });

  it("once open, extends the deadline but refuses a change of year, opening date or scope", () => {
    const { id } = createCampaign(db, w.admin, form);
    openCampaign(db, w.admin, { id, version: 1 });
    updateCampaign(db, w.admin, { ...form, id, version: 2, closesOn: "2027-04-30" });
    expect(campaign(id).closesOn).toBe("2027-04-30");
    expect(code(() => updateCampaign(db, w.admin, { ...form, closesOn: "2027-04-30", id, version: 3, year: 2024 }))).toBe(
      "campaignFixedWhenOpen",
    );
    expect(code(() => updateCampaign(db, w.admin, { ...form, closesOn: "2027-04-30", id, version: 3, scopeCountries: ["JP"] }))).toBe(
      "campaignFixedWhenOpen",
    );
    expect(campaign(id)).toMatchObject({ year: 2026, scopeCountries: [], version: 3 });
  });

  it("refuses a closed campaign, a stale version, an unknown code and anyone but a national administrator", () => {
    const { id } = createCampaign(db, w.admin, form);
    expect(code(() => updateCampaign(db, w.sdAdmin, { ...form, id, version: 1 }))).toBe("forbidden");
    expect(code(() => updateCampaign(db, w.admin, { ...form, id, version: 1, scopeCountries: ["ZZ"] }))).toBe("invalidInput");
    updateCampaign(db, w.admin, { ...form, id, version: 1, title: "First save" });
    expect(code(() => updateCampaign(db, w.admin, { ...form, id, version: 1, title: "Second save" }))).toBe("stale");
    expect(campaign(id).title).toBe("First save");
    openCampaign(db, w.admin, { id, version: 2 });
    closeCampaign(db, w.admin, { id, version: 3 });
    expect(code(() => updateCampaign(db, w.admin, { ...form, id, version: 4, title: "Too late" }))).toBe("campaignClosed");
  });
});

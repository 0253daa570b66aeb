import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import { auditLog, evaluations, partnershipStatusHistory, partnerships } from "@/db/schema";
import { CAMPAIGN_FORM, seedEvaluationWorld } from "@/test/fixtures/evaluations";
import { errorCode } from "@/test/error-code";
import { createTestDb } from "@/test/test-db";
import { closeCampaign, createCampaign, openCampaign } from "./campaigns";
import { reviewEvaluation, saveEvaluationAnswer } from "./evaluations";

let db: Db;
let w: ReturnType<typeof seedEvaluationWorld>;

const code = errorCode;
const form = CAMPAIGN_FORM;
const answer = {
  intent: "submit" as const,
  status: "good" as const,
  trend: "about_same" as const,
  purposes: ["widen_external_exchanges" as const],
  mostFrequentCategory: null,
  politicalEffect: "unaffected" as const,
  achievements: "A youth exchange",
  problems: "",
  plans: "",
};
const evaluationOf = (partnershipId: number) => db.select().from(evaluations).where(eq(evaluations.partnershipId, partnershipId)).get()!;

function openFor(scope: Partial<typeof form> = {}) {
  const { id } = createCampaign(db, w.admin, { ...form, ...scope });
  return { id, ...openCampaign(db, w.admin, { id, version: 1 }) };
}

beforeEach(() => {
  db = createTestDb();
  w = seedEvaluationWorld(db);
});

describe("campaigns", () => {
  it("are created and opened by national administrators only", () => {
    expect(code(() => createCampaign(db, w.sdAdmin, form))).toBe("forbidden");
    expect(code(() => createCampaign(db, w.tjStaff, form))).toBe("forbidden");
    const { id } = createCampaign(db, w.admin, form);
    expect(code(() => openCampaign(db, w.sdAdmin, { id, version: 1 }))).toBe("forbidden");
  });

  it("refuse unknown scope codes, creating nothing", () => {
    expect(code(() => createCampaign(db, w.admin, { ...form, scopeProvinces: ["ZZ"] }))).toBe("invalidInput");
  });

  it("create one pending evaluation per active partnership in scope, for our side's locality", () => {
    const { created } = openFor({ scopeProvinces: ["TJ"], scopeCountries: ["JP"] });
    expect(created).toBe(1);
    expect(evaluationOf(w.tianjinKobe)).toMatchObject({ state: "pending", localityId: w.tianjin });
  });

  it("never ask twice for the same partnership and year", () => {
    openFor({ scopeProvinces: ["TJ"] });
    expect(openFor({}).created).toBe(1); // only Qingdao–Shimonoseki is left
  });

  it("cannot be opened twice, nor from a stale page", () => {
    const { id } = createCampaign(db, w.admin, form);
    expect(code(() => openCampaign(db, w.admin, { id, version: 9 }))).toBe("stale");
    openCampaign(db, w.admin, { id, version: 1 });
    expect(code(() => openCampaign(db, w.admin, { id, version: 2 }))).toBe("campaignNotDraft");
  });
});

describe("answering and review", () => {
  it("lets city staff answer only their own locality's evaluations", () => {
    openFor();
    const e = evaluationOf(w.tianjinKobe);
    expect(code(() => saveEvaluationAnswer(db, w.sdStaff, { ...answer, id: e.id, version: 1 }))).toBe("forbidden");
    expect(code(() => saveEvaluationAnswer(db, w.viewer, { ...answer, id: e.id, version: 1 }))).toBe("forbidden");
    expect(saveEvaluationAnswer(db, w.tjStaff, { ...answer, intent: "draft", id: e.id, version: 1 })).toMatchObject({ state: "draft" });
    expect(code(() => saveEvaluationAnswer(db, w.tjStaff, { ...answer, id: e.id, version: 1 }))).toBe("stale");
    expect(saveEvaluationAnswer(db, w.tjStaff, { ...answer, id: e.id, version: 2 })).toMatchObject({ state: "submitted" });
    expect(code(() => saveEvaluationAnswer(db, w.tjStaff, { ...answer, id: e.id, version: 3 }))).toBe("evaluationLocked");
  });

  it("lets a province administrator review their province only; a return goes back for resubmission", () => {
    openFor();
    const tj = evaluationOf(w.tianjinKobe);
    const sd = evaluationOf(w.qingdaoShimonoseki);
    saveEvaluationAnswer(db, w.tjStaff, { ...answer, id: tj.id, version: 1 });
    saveEvaluationAnswer(db, w.sdStaff, { ...answer, id: sd.id, version: 1 });
    expect(code(() => reviewEvaluation(db, w.sdAdmin, { id: tj.id, version: 2, decision: "return", comment: "Why?" }))).toBe("forbidden");
    expect(code(() => reviewEvaluation(db, w.sdStaff, { id: sd.id, version: 2, decision: "approve", comment: "" }))).toBe("forbidden");
    expect(reviewEvaluation(db, w.sdAdmin, { id: sd.id, version: 2, decision: "return", comment: "Add the plans." })).toMatchObject({
      state: "returned",
    });
    expect(evaluationOf(w.qingdaoShimonoseki).reviewComment).toBe("Add the plans.");
    expect(code(() => reviewEvaluation(db, w.sdAdmin, { id: sd.id, version: 3, decision: "approve", comment: "" }))).toBe(
      "evaluationNotSubmitted",
    );
    saveEvaluationAnswer(db, w.sdStaff, { ...answer, intent: "draft", plans: "More", id: sd.id, version: 3 });
    expect(evaluationOf(w.qingdaoShimonoseki).state).toBe("returned");
    expect(saveEvaluationAnswer(db, w.sdStaff, { ...answer, plans: "More", id: sd.id, version: 4 })).toMatchObject({ state: "submitted" });
  });

  it("approval records the year's status and, for the latest year, the registry's status, audited in one go", () => {
    openFor();
    const e = evaluationOf(w.tianjinKobe);
    saveEvaluationAnswer(db, w.tjStaff, { ...answer, status: "suspended", id: e.id, version: 1 });
    reviewEvaluation(db, w.admin, { id: e.id, version: 2, decision: "approve", comment: "" });
    const history = db
      .select()
      .from(partnershipStatusHistory)
      .where(and(eq(partnershipStatusHistory.partnershipId, w.tianjinKobe), eq(partnershipStatusHistory.year, 2026)))
      .get();
    expect(history).toMatchObject({ status: "suspended", source: "evaluation", evaluationId: e.id });
    expect(db.select().from(partnerships).where(eq(partnerships.id, w.tianjinKobe)).get()?.status).toBe("suspended");
    const actions = db
      .select()
      .from(auditLog)
      .all()
      .map((a) => `${a.entityType}:${a.action}`);
    expect(actions).toEqual(expect.arrayContaining(["evaluation:submit", "evaluation:approve", "partnership:update"]));
  });

  it("approval of an older year leaves the current status alone", () => {
    db.insert(partnershipStatusHistory).values({ partnershipId: w.tianjinKobe, year: 2027, status: "very_good", source: "manual" }).run();
    openFor();
    const e = evaluationOf(w.tianjinKobe);
    saveEvaluationAnswer(db, w.tjStaff, { ...answer, status: "suspended", id: e.id, version: 1 });
    reviewEvaluation(db, w.admin, { id: e.id, version: 2, decision: "approve", comment: "" });
    expect(db.select().from(partnerships).where(eq(partnerships.id, w.tianjinKobe)).get()?.status).toBe("very_good");
  });

  it("never lets the submitter review their own answers; a national administrator can", () => {
    openFor();
    const sd = evaluationOf(w.qingdaoShimonoseki);
    saveEvaluationAnswer(db, w.sdAdmin, { ...answer, id: sd.id, version: 1 });
    expect(code(() => reviewEvaluation(db, w.sdAdmin, { id: sd.id, version: 2, decision: "approve", comment: "" }))).toBe(
      "cannotReviewOwnSubmission",
    );
    expect(code(() => reviewEvaluation(db, w.sdAdmin, { id: sd.id, version: 2, decision: "return", comment: "Mine" }))).toBe(
      "cannotReviewOwnSubmission",
    );
    expect(evaluationOf(w.qingdaoShimonoseki)).toMatchObject({ state: "submitted", reviewedBy: null });
    expect(db.select().from(auditLog).where(eq(auditLog.action, "approve")).all()).toHaveLength(0);
    expect(reviewEvaluation(db, w.admin, { id: sd.id, version: 2, decision: "approve", comment: "" })).toMatchObject({ state: "approved" });
  });

  it("freezes everything once the campaign is closed", () => {
    const { id } = openFor();
    const e = evaluationOf(w.tianjinKobe);
    closeCampaign(db, w.admin, { id, version: 2 });
    expect(code(() => saveEvaluationAnswer(db, w.tjStaff, { ...answer, id: e.id, version: 1 }))).toBe("campaignNotOpen");
    expect(evaluationOf(w.tianjinKobe).state).toBe("pending");
  });
});

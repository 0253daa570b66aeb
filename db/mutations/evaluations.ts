import { desc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { evaluationCampaigns, evaluations, localities, partnershipStatusHistory, partnerships } from "@/db/schema";
import type { Audit } from "@/db/write/audited";
import { runAudited } from "@/db/write/audited";
import { getRowForUpdate, updateVersioned } from "@/db/write/versioned";
import { now } from "@/lib/domain/clock";
import { can, isOwnSubmission, type Capability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { isEditableState, isReviewableState } from "@/lib/domain/evaluation-state";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";
import type { EvaluationAnswer } from "@/lib/validation/evaluation";

/** Loads an evaluation with its campaign inside the transaction and checks the viewer's scope for it. */
export function loadAuthorised(tx: Tx, viewer: Viewer, id: number, capability: Capability) {
  const row = tx
    .select({ evaluation: evaluations, campaign: evaluationCampaigns, provinceCode: localities.provinceCode })
    .from(evaluations)
    .innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, evaluations.campaignId))
    .innerJoin(localities, eq(localities.id, evaluations.localityId))
    .where(eq(evaluations.id, id))
    .get();
  if (!row) throw new NotFoundError();
  if (!can(viewer, capability, { ownerLocalityId: row.evaluation.localityId, ownerProvinceCode: row.provinceCode }))
    throw new ForbiddenError();
  if (row.campaign.state !== "open") throw new AppError("campaignNotOpen");
  return row;
}

/** Saves our side's answers as a draft, or submits them for review. */
export function saveEvaluationAnswer(db: Db, viewer: Viewer, input: EvaluationAnswer): { id: number; state: string } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const { evaluation } = loadAuthorised(tx, viewer, input.id, "evaluations.answer");
    if (!isEditableState(evaluation.state)) throw new AppError("evaluationLocked");
    const submit = input.intent === "submit";
    const after = updateVersioned(tx, audit, {
      table: evaluations,
      entityType: "evaluation",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      action: submit ? "submit" : "update",
      values: {
        status: input.status,
        trend: input.trend,
        purposes: input.purposes,
        mostFrequentCategory: input.mostFrequentCategory,
        politicalEffect: input.politicalEffect,
        achievements: input.achievements || null,
        problems: input.problems || null,
        plans: input.plans || null,
        state: submit ? "submitted" : evaluation.state === "returned" ? "returned" : "draft",
        ...(submit ? { submittedAt: now(), submittedBy: viewer.id } : {}),
      },
    });
    return { id: after.id, state: after.state };
  });
}

/**
 * A reviewer's decision. Returning sends the answers back with a comment;
 * approving records the status for the campaign's year in the history and,
 * when that year is the latest one recorded, as the partnership's current status.
 * The reviewer is never the one who submitted (a national administrator can review instead).
 */
export function reviewEvaluation(
  db: Db,
  viewer: Viewer,
  input: { id: number; version: number; decision: "approve" | "return"; comment: string },
) {
  return runAudited(db, viewer.id, (tx, audit) => {
    const { evaluation, campaign } = loadAuthorised(tx, viewer, input.id, "evaluations.review");
    if (!isReviewableState(evaluation.state)) throw new AppError("evaluationNotSubmitted");
    if (isOwnSubmission(viewer, evaluation)) throw new AppError("cannotReviewOwnSubmission");
    const approve = input.decision === "approve";
    const after = updateVersioned(tx, audit, {
      table: evaluations,
      entityType: "evaluation",
      id: input.id,
      expectedVersion: input.version,
      actorId: viewer.id,
      action: approve ? "approve" : "return",
      values: { state: approve ? "approved" : "returned", reviewComment: input.comment || null, reviewedAt: now(), reviewedBy: viewer.id },
    });
    if (approve && after.status)
      recordYearlyStatus(tx, audit, viewer, {
        partnershipId: after.partnershipId,
        year: campaign.year,
        status: after.status,
        evaluationId: after.id,
      });
    return { id: after.id, state: after.state };
  });
}

function recordYearlyStatus(
  tx: Tx,
  audit: Audit,
  viewer: Viewer,
  v: { partnershipId: number; year: number; status: NonNullable<typeof evaluations.$inferSelect.status>; evaluationId: number },
) {
  tx.insert(partnershipStatusHistory)
    .values({
      partnershipId: v.partnershipId,
      year: v.year,
      status: v.status,
      source: "evaluation",
      evaluationId: v.evaluationId,
      recordedBy: viewer.id,
    })
    .onConflictDoUpdate({
      target: [partnershipStatusHistory.partnershipId, partnershipStatusHistory.year],
      set: { status: v.status, source: "evaluation", evaluationId: v.evaluationId, recordedBy: viewer.id, recordedAt: now() },
    })
    .run();
  const latest = tx
    .select({ year: partnershipStatusHistory.year })
    .from(partnershipStatusHistory)
    .where(eq(partnershipStatusHistory.partnershipId, v.partnershipId))
    .orderBy(desc(partnershipStatusHistory.year))
    .get();
  if (latest?.year !== v.year) return;
  const current = getRowForUpdate(tx, partnerships, v.partnershipId);
  if (current.status === v.status) return;
  updateVersioned(tx, audit, {
    table: partnerships,
    entityType: "partnership",
    id: v.partnershipId,
    expectedVersion: current.version,
    actorId: viewer.id,
    values: { status: v.status },
  });
}

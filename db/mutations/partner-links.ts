import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/db/connection";
import { partnerLinks } from "@/db/schema";
import { runAudited } from "@/db/write/audited";
import type { Viewer } from "@/lib/auth/viewer";
import type { PartnerLanguage } from "@/lib/domain/enums";
import { now as clockNow } from "@/lib/domain/clock";
import { createPartnerToken, hashPartnerToken, isWellFormedToken } from "@/lib/domain/evaluation-token";
import { getPartnerLinkView } from "@/db/queries/evaluations-partner-links";
import { AppError, NotFoundError } from "@/lib/errors/app-error";
import type { PartnerAnswer } from "@/lib/validation/partner-link";
import { loadAuthorised } from "./evaluations";

const DAY = 24 * 3600_000;

/**
 * Creates a link for the partner city's contact. The token is returned once,
 * to be given to the partner; only its hash is stored. An evaluation has one
 * live link at a time (not revoked, expired or answered): a new one withdraws
 * the one still waiting, audited, so links cannot be multiplied, yet a lost
 * or mistyped link is simply replaced.
 */
export function createPartnerLink(
  db: Db,
  viewer: Viewer,
  input: { evaluationId: number; language: PartnerLanguage; recipientEmail: string; validDays: number },
  now: Date = clockNow(),
): { id: number; token: string; expiresAt: Date } {
  return runAudited(db, viewer.id, (tx, audit) => {
    loadAuthorised(tx, viewer, input.evaluationId, "evaluations.answer");
    const live = tx
      .select()
      .from(partnerLinks)
      .where(
        and(
          eq(partnerLinks.evaluationId, input.evaluationId),
          isNull(partnerLinks.revokedAt),
          isNull(partnerLinks.answeredAt),
          gt(partnerLinks.expiresAt, now),
        ),
      )
      .all();
    for (const before of live) {
      const after = tx.update(partnerLinks).set({ revokedAt: now }).where(eq(partnerLinks.id, before.id)).returning().get();
      audit({
        action: "archive",
        entityType: "partner_link",
        entityId: before.id,
        before,
        after,
        summary: "revoked: replaced by a new link",
      });
    }
    const { token, hash } = createPartnerToken();
    const row = tx
      .insert(partnerLinks)
      .values({
        evaluationId: input.evaluationId,
        tokenHash: hash,
        language: input.language,
        recipientEmail: input.recipientEmail || null,
        expiresAt: new Date(now.getTime() + input.validDays * DAY),
        createdBy: viewer.id,
        createdAt: now,
      })
      .returning()
      .get();
    audit({ action: "create", entityType: "partner_link", entityId: row.id, after: row });
    return { id: row.id, token, expiresAt: row.expiresAt };
  });
}

/** Revokes a link at once; answers already given stay. */
export function revokePartnerLink(db: Db, viewer: Viewer, input: { id: number }): { id: number; evaluationId: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const before = tx.select().from(partnerLinks).where(eq(partnerLinks.id, input.id)).get();
    if (!before) throw new NotFoundError();
    loadAuthorised(tx, viewer, before.evaluationId, "evaluations.answer");
    if (before.revokedAt) return { id: before.id, evaluationId: before.evaluationId };
    const after = tx.update(partnerLinks).set({ revokedAt: clockNow() }).where(eq(partnerLinks.id, input.id)).returning().get();
    audit({ action: "archive", entityType: "partner_link", entityId: input.id, before, after, summary: "revoked" });
    return { id: after.id, evaluationId: after.evaluationId };
  });
}

/**
 * Stores the partner side's answers through a token. The token is the only
 * authority: it reaches its own link's evaluation and nothing else, once,
 * before it expires or is revoked.
 */
export function answerPartnerLink(db: Db, token: string, answer: Omit<PartnerAnswer, "token">, now: Date = clockNow()): { id: number } {
  if (!isWellFormedToken(token)) throw new AppError("partnerLinkInvalid");
  return runAudited(db, null, (tx, audit) => {
    const view = getPartnerLinkView(tx, token, now);
    if (view.problem === "invalid") throw new AppError("partnerLinkInvalid");
    if (view.problem) throw new AppError(`partnerLink_${view.problem}`);
    const before = tx
      .select()
      .from(partnerLinks)
      .where(eq(partnerLinks.tokenHash, hashPartnerToken(token)))
      .get()!;
    const after = tx
      .update(partnerLinks)
      .set({ answeredAt: now, status: answer.status, trend: answer.trend, purposes: answer.purposes, comments: answer.comments || null })
      .where(and(eq(partnerLinks.id, before.id), isNull(partnerLinks.answeredAt), isNull(partnerLinks.revokedAt)))
      .returning()
      .get();
    if (!after) throw new AppError("partnerLink_answered");
    audit({ action: "submit", entityType: "partner_link", entityId: after.id, before, after, summary: "answered by the partner side" });
    return { id: after.id };
  });
}

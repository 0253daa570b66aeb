"use server";

import { reviewEvaluation, saveEvaluationAnswer } from "@/db/mutations/evaluations";
import { createPartnerLink, revokePartnerLink } from "@/db/mutations/partner-links";
import { defineAction } from "@/lib/server/define-action";
import { evaluationAnswerSchema, evaluationReviewSchema } from "@/lib/validation/evaluation";
import { partnerLinkCreateSchema, partnerLinkRevokeSchema } from "@/lib/validation/partner-link";

export const saveEvaluationAction = defineAction({
  schema: evaluationAnswerSchema,
  capability: "evaluations.answer",
  handler: ({ db, viewer, input }) => saveEvaluationAnswer(db, viewer, input),
  revalidate: (data) => ["/evaluations", `/evaluations/${data.id}`, "/evaluations/review"],
});

export const reviewEvaluationAction = defineAction({
  schema: evaluationReviewSchema,
  capability: "evaluations.review",
  handler: ({ db, viewer, input }) => reviewEvaluation(db, viewer, input),
  revalidate: (data) => ["/evaluations/review", `/evaluations/${data.id}`, `/evaluations/${data.id}/review`, "/partnerships"],
});

export const createPartnerLinkAction = defineAction({
  schema: partnerLinkCreateSchema,
  capability: "evaluations.answer",
  handler: ({ db, viewer, input }) => {
    const link = createPartnerLink(db, viewer, input);
    return { id: link.id, token: link.token, expiresAt: link.expiresAt.toISOString(), evaluationId: input.evaluationId };
  },
  revalidate: (data) => [`/evaluations/${data.evaluationId}`],
});

export const revokePartnerLinkAction = defineAction({
  schema: partnerLinkRevokeSchema,
  capability: "evaluations.answer",
  handler: ({ db, viewer, input }) => revokePartnerLink(db, viewer, input),
  revalidate: (data) => [`/evaluations/${data.evaluationId}`],
});

import { ACTIVITY_CATEGORIES, ACTIVITY_TRENDS, PARTNERSHIP_PURPOSES, PARTNERSHIP_STATUSES, POLITICAL_EFFECTS } from "@/lib/domain/enums";
import { intFromForm } from "./number";
import { multiLineText } from "./text";
import { z } from "./zod";

/** An empty choice ("" from a select, null from an untouched radio group) is no answer. */
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(values).nullable());

const TEXT_MAX = 4000;
const positiveId = intFromForm(1, Number.MAX_SAFE_INTEGER);

/**
 * The questionnaire. A draft may be incomplete; a submission must answer
 * every question but the most frequent kind (none, if nothing happened) and
 * the free texts.
 */
export const evaluationAnswerSchema = z
  .object({
    id: positiveId,
    version: positiveId,
    intent: z.enum(["draft", "submit"]),
    status: choice(PARTNERSHIP_STATUSES),
    trend: choice(ACTIVITY_TRENDS),
    purposes: z.preprocess(
      (v) => (v === false || v === undefined || v === null ? [] : v),
      z.array(z.enum(PARTNERSHIP_PURPOSES)).max(PARTNERSHIP_PURPOSES.length),
    ),
    mostFrequentCategory: choice(ACTIVITY_CATEGORIES),
    politicalEffect: choice(POLITICAL_EFFECTS),
    achievements: multiLineText(TEXT_MAX),
    problems: multiLineText(TEXT_MAX),
    plans: multiLineText(TEXT_MAX),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.intent !== "submit") return;
    for (const field of ["status", "trend", "politicalEffect"] as const)
      if (v[field] === null) ctx.addIssue({ code: "custom", path: [field], message: "validation.required" });
    if (v.purposes.length === 0) ctx.addIssue({ code: "custom", path: ["purposes"], message: 'validation.tooFew|{"n":1}' });
  });
export type EvaluationAnswerInput = z.input<typeof evaluationAnswerSchema>;
export type EvaluationAnswer = z.output<typeof evaluationAnswerSchema>;

/** A reviewer's decision; a return must say why. */
export const evaluationReviewSchema = z
  .object({
    id: positiveId,
    version: positiveId,
    decision: z.enum(["approve", "return"]),
    comment: multiLineText(2000),
  })
  .strict()
  .refine((v) => v.decision === "approve" || v.comment.length > 0, { path: ["comment"], message: "validation.returnNeedsComment" });

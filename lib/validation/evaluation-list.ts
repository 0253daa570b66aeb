import { EVALUATION_STATES } from "@/lib/domain/enums";
import { answerFilterShape, resultsScopeShape } from "./evaluation-answers";
import { listParamsSchema, optionalEnum, optionalInt } from "./list-params";

export const EVALUATION_SORT_KEYS = ["deadline", "partner", "locality", "state", "updated"] as const;

/** The URL of "my evaluations" and of the review queue. */
export const evaluationListParamsSchema = listParamsSchema(EVALUATION_SORT_KEYS, { sort: "deadline" }).extend({
  state: optionalEnum(EVALUATION_STATES),
  campaign: optionalInt(1, Number.MAX_SAFE_INTEGER),
  ...resultsScopeShape,
  ...answerFilterShape,
});
export type EvaluationListParams = ReturnType<typeof evaluationListParamsSchema.parse>;

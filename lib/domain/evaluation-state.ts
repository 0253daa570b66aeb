import type { EvaluationState } from "./enums";

/** States in which our side may still change the answers. */
export const EDITABLE_STATES: readonly EvaluationState[] = ["pending", "draft", "returned"];

/** States counted as done when chasing overdue answers. */
export const ANSWERED_STATES: readonly EvaluationState[] = ["submitted", "approved"];

export function isEditableState(state: EvaluationState): boolean {
  return EDITABLE_STATES.includes(state);
}

export function isReviewableState(state: EvaluationState): boolean {
  return state === "submitted";
}

/** An evaluation still unanswered after the campaign's closing date (both ISO dates). */
export function isOverdue(state: EvaluationState, closesOn: string, today: string): boolean {
  return !ANSWERED_STATES.includes(state) && today > closesOn;
}

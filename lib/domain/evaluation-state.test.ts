import { describe, expect, it } from "vitest";
import { isEditableState, isOverdue, isReviewableState } from "./evaluation-state";

describe("evaluation states", () => {
  it("lets our side edit until submission, and again after a return", () => {
    expect(["pending", "draft", "returned"].every((s) => isEditableState(s as never))).toBe(true);
    expect(isEditableState("submitted")).toBe(false);
    expect(isEditableState("approved")).toBe(false);
  });

  it("reviews only submitted answers", () => {
    expect(isReviewableState("submitted")).toBe(true);
    expect(isReviewableState("returned")).toBe(false);
  });

  it("counts unanswered evaluations past the closing date as overdue", () => {
    expect(isOverdue("draft", "2026-03-31", "2026-04-01")).toBe(true);
    expect(isOverdue("returned", "2026-03-31", "2026-04-01")).toBe(true);
    expect(isOverdue("draft", "2026-03-31", "2026-03-31")).toBe(false);
    expect(isOverdue("submitted", "2026-03-31", "2026-05-01")).toBe(false);
  });
});

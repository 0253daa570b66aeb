import { beforeEach, describe, expect, it, vi } from "vitest";
import { LIMITS } from "@/lib/server/rate-limit";
import { state } from "@/test/matrix/state";
import { createTestDb } from "@/test/test-db";
import { answerPartnerAction, type PartnerFormState } from "./actions";

vi.mock("@/db/client", async () => (await import("@/test/matrix/next-mocks")).dbClientMock());
vi.mock("next/headers", async () => (await import("@/test/matrix/next-mocks")).headersMock());

const initial: PartnerFormState = { done: false, problem: null, errors: {} };

function guess(): FormData {
  const form = new FormData();
  form.set("token", "A".repeat(43));
  form.set("status", "good");
  form.set("trend", "about_same");
  return form;
}

beforeEach(() => {
  state.db = createTestDb();
  state.headers = new Headers({ "x-forwarded-for": "198.51.100.20" });
});

describe("the partner questionnaire's submissions", () => {
  it("are limited per client address, with the wait, whatever the token", async () => {
    for (let i = 0; i < LIMITS.partnerLink.points; i += 1) {
      expect((await answerPartnerAction(initial, guess())).problem).toBe("invalid");
    }
    const refused = await answerPartnerAction(initial, guess());
    expect(refused).toMatchObject({ done: false, problem: "tooMany" });
    expect(refused.retryAfterMinutes).toBeGreaterThanOrEqual(14);

    state.headers = new Headers({ "x-forwarded-for": "198.51.100.21" });
    expect((await answerPartnerAction(initial, guess())).problem).toBe("invalid");
  });
});

"use server";

import { getDb } from "@/db/client";
import { answerPartnerLink } from "@/db/mutations/partner-links";
import { AppError } from "@/lib/errors/app-error";
import { clientAddress } from "@/lib/server/client-address";
import { consumeLimit } from "@/lib/server/rate-limit";
import { partnerAnswerSchema } from "@/lib/validation/partner-link";

export type PartnerFormState = {
  done: boolean;
  /** Why the link cannot be used, if that is the problem; "tooMany": sent too often from this address. */
  problem: "invalid" | "expired" | "answered" | "revoked" | "tooMany" | null;
  /** With "tooMany": how long to wait. */
  retryAfterMinutes?: number;
  /** Field → "required" | "tooLong" | "invalid". */
  errors: Record<string, "required" | "tooLong" | "invalid">;
};

/**
 * The partner side has no account: the token in the form is the only
 * authority, checked (hash, expiry, revocation, single use) before anything
 * is written, and it reaches its own evaluation only.
 */
// public-action: the partner's token-authenticated questionnaire; the token is verified inside answerPartnerLink
export async function answerPartnerAction(_prev: PartnerFormState, formData: FormData): Promise<PartnerFormState> {
  // Every submission counts, valid or not: a partner sends this form once or twice, a token guesser many times.
  const limit = await consumeLimit("partnerLink", await clientAddress());
  if (!limit.ok) return { done: false, problem: "tooMany", retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60), errors: {} };
  // An action can be called with any arguments, not only the form's.
  if (!(formData instanceof FormData)) return { done: false, problem: "invalid", errors: {} };
  const parsed = partnerAnswerSchema.safeParse({
    token: formData.get("token"),
    status: formData.get("status") ?? undefined,
    trend: formData.get("trend") ?? undefined,
    purposes: formData.getAll("purposes"),
    comments: formData.get("comments") ?? "",
  });
  if (!parsed.success) {
    const errors: PartnerFormState["errors"] = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_form");
      errors[field] ??= issue.code === "too_big" ? "tooLong" : issue.code === "invalid_type" ? "required" : "invalid";
    }
    return { done: false, problem: errors.token ? "invalid" : null, errors };
  }
  const { token, ...answer } = parsed.data;
  try {
    answerPartnerLink(getDb(), token, answer);
    return { done: true, problem: null, errors: {} };
  } catch (error) {
    if (error instanceof AppError) {
      const problem = error.code.startsWith("partnerLink_")
        ? (error.code.slice("partnerLink_".length) as PartnerFormState["problem"])
        : "invalid";
      return { done: false, problem, errors: {} };
    }
    throw error;
  }
}

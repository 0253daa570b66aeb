import "server-only";

/**
 * PLACEHOLDER (interface agreed between helpers; the sign-in hardening work replaces the body).
 * Attempt limits, kept in SQLite so that they survive a restart.
 */
export type LimitName = "signInAccount" | "signInAddress" | "partnerLink" | "export";
export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts one attempt against `key` under the named limit; refuses once the limit is reached. */
export async function consumeLimit(name: LimitName, key: string): Promise<LimitResult> {
  void name;
  void key;
  return { ok: true };
}

/** Forgets the attempts counted against `key` (after a successful sign-in, say). */
export async function resetLimit(name: LimitName, key: string): Promise<void> {
  void name;
  void key;
}

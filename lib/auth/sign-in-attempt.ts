import "server-only";
import type { Db } from "@/db/connection";
import { getUserByEmail, type UserRow } from "@/db/queries/users";
import { checkLimitIn, consumeLimitIn, refundLimitIn, resetLimitIn } from "@/lib/server/rate-limit";
import { verifyPassword } from "./passwords";

export type SignInOutcome =
  { ok: true; user: UserRow } | { ok: false; reason: "wrongCredentials" } | { ok: false; reason: "locked"; retryAfterSeconds: number };

type Attempt = { email: string; password: string; address: string };

/**
 * Checks a password under the attempt limits (lib/server/rate-limit.ts): per account and per client
 * address. The attempt is counted before the password is checked, so that a burst of parallel
 * guesses cannot all slip in before the first is counted; a success then resets the account's count
 * and gives the address its attempt back, so only failures add up. While either is locked, even the
 * right password is refused.
 */
export async function attemptSignIn(db: Db, { email, password, address }: Attempt): Promise<SignInOutcome> {
  const [account, place] = await Promise.all([
    consumeLimitIn(db.$client, "signInAccount", email),
    consumeLimitIn(db.$client, "signInAddress", address),
  ]);
  if (!account.ok || !place.ok) {
    const wait = Math.max(account.ok ? 0 : account.retryAfterSeconds, place.ok ? 0 : place.retryAfterSeconds);
    return { ok: false, reason: "locked", retryAfterSeconds: wait };
  }
  const user = getUserByEmail(db, email);
  const verified = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !verified || !user.active) return { ok: false, reason: "wrongCredentials" };
  await Promise.all([resetLimitIn(db.$client, "signInAccount", email), refundLimitIn(db.$client, "signInAddress", address)]);
  return { ok: true, user };
}

/** Seconds until sign-in is possible again for this account from this address, or null if it is now. */
export async function signInWait(db: Db, email: string, address: string): Promise<number | null> {
  const [account, place] = await Promise.all([
    checkLimitIn(db.$client, "signInAccount", email),
    checkLimitIn(db.$client, "signInAddress", address),
  ]);
  const waits = [account, place].flatMap((r) => (r.ok ? [] : [r.retryAfterSeconds]));
  return waits.length > 0 ? Math.max(...waits) : null;
}

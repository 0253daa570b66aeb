import crypto from "node:crypto";
import { now as clockNow } from "./clock";

/**
 * Partner links carry a random token (256 bits, base64url); only its SHA-256
 * is stored, so the database alone cannot be used to answer. A token that is
 * not of the right shape is rejected before any lookup.
 */
export function createPartnerToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashPartnerToken(token) };
}

export function hashPartnerToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Why a link cannot be used now, or null when it can. */
export function partnerLinkProblem(
  link: { expiresAt: Date; revokedAt: Date | null; answeredAt: Date | null },
  now: Date = clockNow(),
): "revoked" | "answered" | "expired" | null {
  if (link.revokedAt) return "revoked";
  if (link.answeredAt) return "answered";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return null;
}

import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/connection";
import { calendarFeeds } from "@/db/schema";
import { hashPartnerToken, isWellFormedToken } from "@/lib/domain/evaluation-token";

export type ActiveCalendarFeed = { id: number; createdAt: Date; lastUsedAt: Date | null };

/** The user's feed in use, if any (there is at most one: creating or renewing revokes the others). */
export function getActiveCalendarFeed(db: DbOrTx, userId: number): ActiveCalendarFeed | null {
  return (
    db
      .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
      .orderBy(desc(calendarFeeds.id))
      .get() ?? null
  );
}

/**
 * The feed a token opens, found by the token's SHA-256 (the token itself is never stored, and the
 * lookup compares hashes, not the secret); null for a malformed, unknown or revoked token alike.
 */
export function findCalendarFeedByToken(db: DbOrTx, token: string): { id: number; userId: number; lastUsedAt: Date | null } | null {
  if (!isWellFormedToken(token)) return null;
  return (
    db
      .select({ id: calendarFeeds.id, userId: calendarFeeds.userId, lastUsedAt: calendarFeeds.lastUsedAt })
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.tokenHash, hashPartnerToken(token)), isNull(calendarFeeds.revokedAt)))
      .get() ?? null
  );
}

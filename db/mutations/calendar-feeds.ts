import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/connection";
import { calendarFeeds } from "@/db/schema";
import { runAudited, type Audit } from "@/db/write/audited";
import { ownsCalendarFeed } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { now as clockNow } from "@/lib/domain/clock";
import { createPartnerToken } from "@/lib/domain/evaluation-token";
import { AppError, ForbiddenError, NotFoundError } from "@/lib/errors/app-error";

/**
 * A user's private calendar feed (app/feeds/calendar/[token]/route.ts). Its URL carries a random
 * 256-bit token, shown once; only the token's SHA-256 is stored (the same tokens as partner links).
 * Creating, renewing and revoking are audited; a revoked feed is kept, never deleted.
 */

/** Issues a new feed for the viewer; the token is returned once and never again. */
function issue(tx: Tx, audit: Audit, viewer: Viewer): { id: number; token: string } {
  const { token, hash } = createPartnerToken();
  const row = tx.insert(calendarFeeds).values({ userId: viewer.id, tokenHash: hash }).returning().get();
  audit({ action: "create", entityType: "calendar_feed", entityId: row.id, after: row });
  return { id: row.id, token };
}

function revoke(tx: Tx, audit: Audit, id: number, summary: string): void {
  const before = tx.select().from(calendarFeeds).where(eq(calendarFeeds.id, id)).get();
  const after = tx.update(calendarFeeds).set({ revokedAt: clockNow() }).where(eq(calendarFeeds.id, id)).returning().get();
  audit({ action: "archive", entityType: "calendar_feed", entityId: id, before, after, summary });
}

/** The viewer's own feed still in use; another's is refused, a revoked one (renewed in another window) is a changed page. */
function ownActiveFeed(tx: Tx, viewer: Viewer, id: number) {
  const feed = tx.select().from(calendarFeeds).where(eq(calendarFeeds.id, id)).get();
  if (!feed) throw new NotFoundError();
  if (!ownsCalendarFeed(viewer, feed)) throw new ForbiddenError();
  if (feed.revokedAt) throw new AppError("calendarFeedChanged");
  return feed;
}

/** A first feed; refused while one is in use (the page was out of date: renew it instead). */
export function createCalendarFeed(db: Db, viewer: Viewer): { id: number; token: string } {
  return runAudited(db, viewer.id, (tx, audit) => {
    const active = tx
      .select({ id: calendarFeeds.id })
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.userId, viewer.id), isNull(calendarFeeds.revokedAt)))
      .get();
    if (active) throw new AppError("calendarFeedChanged");
    return issue(tx, audit, viewer);
  });
}

/** A new URL for the feed: the old one stops working at once. */
export function renewCalendarFeed(db: Db, viewer: Viewer, id: number): { id: number; token: string } {
  return runAudited(db, viewer.id, (tx, audit) => {
    ownActiveFeed(tx, viewer, id);
    revoke(tx, audit, id, "renewed");
    return issue(tx, audit, viewer);
  });
}

/** Stops the feed: its URL answers 404 from now on. */
export function revokeCalendarFeed(db: Db, viewer: Viewer, id: number): { id: number } {
  return runAudited(db, viewer.id, (tx, audit) => {
    ownActiveFeed(tx, viewer, id);
    revoke(tx, audit, id, "revoked");
    return { id };
  });
}

/** Notes that the feed was read, at most once an hour (calendar apps poll often; no audit: nothing changed). */
export function touchCalendarFeed(db: Db, feed: { id: number; lastUsedAt: Date | null }): void {
  const at = clockNow();
  if (feed.lastUsedAt && at.getTime() - feed.lastUsedAt.getTime() < 60 * 60 * 1000) return;
  db.update(calendarFeeds).set({ lastUsedAt: at }).where(eq(calendarFeeds.id, feed.id)).run();
}

import { createTranslator } from "next-intl";
import { touchCalendarFeed } from "@/db/mutations/calendar-feeds";
import { findCalendarFeedByToken } from "@/db/queries/calendar-feeds";
import { getViewerById } from "@/db/queries/users";
import { buildCalendarFeed, type FeedTranslator } from "@/db/reports/calendar-feed";
import { timeZone, today } from "@/lib/domain/clock";
import { loadMessages } from "@/lib/i18n/messages";
import { defineRoute } from "@/lib/server/define-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** `/feeds/calendar/<token>.ics`: the token alone, as calendar apps call without cookies. */
function tokenOf(param: unknown): string {
  const raw = typeof param === "string" ? param : "";
  return raw.endsWith(".ics") ? raw.slice(0, -".ics".length) : raw;
}

/**
 * A user's private calendar feed (iCalendar), opened by the token in its URL instead of a session:
 * an unknown, revoked or malformed token, or a deactivated owner, answer the same 404. Written in its
 * owner's language (Chinese unless they chose English), whatever the calendar app asks.
 */
export const GET = defineRoute({
  capability: "records.read",
  viewerFrom: ({ db, params }) => {
    const feed = findCalendarFeedByToken(db, tokenOf(params.token));
    if (!feed) return null;
    const viewer = getViewerById(db, feed.userId);
    if (!viewer) return null;
    touchCalendarFeed(db, feed);
    return viewer;
  },
  handler: async ({ db, viewer, req }) => {
    const locale = viewer.locale ?? "zh-CN";
    const t = createTranslator({ locale, messages: await loadMessages(locale), timeZone: timeZone() }) as unknown as FeedTranslator;
    const body = buildCalendarFeed(db, viewer, { today: today(), locale, t, origin: new URL(req.url).origin });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="amity.ics"',
        "Cache-Control": "private, max-age=900",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
});

import { eq } from "drizzle-orm";
import { getDormantMonths } from "@/db/queries/app-meta";
import { calendarFeeds } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { createPartnerToken } from "@/lib/domain/evaluation-token";
import { act, request, siteRequest } from "./call";
import { RULES, type Expectation, type Row } from "./judge";
import type { Scope, World } from "./world";

const A = "(app)/account/actions.ts#";

/** Everyone signed in keeps a feed, readers too; only its owner renews or revokes it ("foreign": someone else's). */
const ownerOnly: Expectation = {
  national_admin: ["ok", "refused"],
  province_admin: ["ok", "refused"],
  city_staff: ["ok", "refused"],
  viewer: ["ok", "refused"],
  anonymous: ["signedOut", "signedOut"],
};

/** A feed in use, with its token: the caller's own, or (foreign, and for the anonymous caller) another user's. */
function feed(w: World, owner: Viewer, revoked = false): { id: number; token: string } {
  const { token, hash } = createPartnerToken();
  const row = w.db
    .insert(calendarFeeds)
    .values({ userId: owner.id, tokenHash: hash, revokedAt: revoked ? new Date() : null })
    .returning()
    .get();
  return { id: row.id, token };
}

/** The caller's feeds are revoked first, so that creating one is always a first feed. */
function noFeed(w: World, viewer: Viewer | null): Record<string, never> {
  if (viewer) w.db.update(calendarFeeds).set({ revokedAt: new Date() }).where(eq(calendarFeeds.userId, viewer.id)).run();
  return {};
}

const target = (w: World, scope: Scope, viewer: Viewer | null) => feed(w, scope === "own" && viewer ? viewer : w.foreignStaff);

export const reminderRows: Row[] = [
  {
    target: `${A}createCalendarFeedAction`,
    variant: "create one's calendar feed (anyone signed in, readers too)",
    writes: true,
    scopes: ["own"],
    expect: ownerOnly,
    run: act((w, _scope, viewer) => noFeed(w, viewer)),
  },
  {
    target: `${A}renewCalendarFeedAction`,
    variant: "renew one's own feed / another user's",
    writes: true,
    expect: ownerOnly,
    run: act((w, scope, viewer) => ({ id: target(w, scope, viewer).id })),
  },
  {
    target: `${A}revokeCalendarFeedAction`,
    variant: "revoke one's own feed / another user's",
    writes: true,
    expect: ownerOnly,
    run: act((w, scope, viewer) => ({ id: target(w, scope, viewer).id })),
  },
  {
    target: "(app)/admin/settings/actions.ts#setDormantMonthsAction",
    variant: "set the dormancy threshold (a national setting)",
    writes: true,
    scopes: ["own"],
    expect: RULES.nationalOnly,
    run: act((w) => ({ months: getDormantMonths(w.db), current: getDormantMonths(w.db) })),
  },
  {
    target: "feeds/calendar/[token]/route.ts#GET",
    variant: "read a feed by its token, signed in or not (own: a feed in use; foreign: a revoked one)",
    writes: false,
    expect: {
      national_admin: ["ok", "refused"],
      province_admin: ["ok", "refused"],
      city_staff: ["ok", "refused"],
      viewer: ["ok", "refused"],
      anonymous: ["ok", "refused"],
    },
    run: request((w, scope, viewer) => {
      const { token } = feed(w, viewer ?? w.admin, scope === "foreign");
      return { req: siteRequest(`/feeds/calendar/${token}.ics`), params: { token: `${token}.ics` } };
    }),
  },
];

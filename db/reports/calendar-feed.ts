import type { DbOrTx } from "@/db/connection";
import { activitiesBetween, campaignDeadlines, plannedDelegations, upcomingAnniversaries } from "@/db/queries/reminders";
import { remindersScope, remindsOfEvaluations } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { calendarIcs, type FeedEvent } from "@/lib/calendar/ics";
import { addDays } from "@/lib/domain/clock";
import { localityLabel } from "@/lib/domain/locality-name";
import { reminderSubject } from "@/lib/domain/reminder-name";

/** At most this many events of each kind: a national feed stays a feed, not the registry. */
const FEED_LIMIT = 1000;
/** Planned delegations and activities from a month back to a year ahead. */
const DAYS_BACK = 30;
const DAYS_AHEAD = 365;

/** A translator from the messages' root (the feed is written in its owner's language, not the request's). */
export type FeedTranslator = (key: string, values?: Record<string, string | number>) => string;

/**
 * The user's calendar: anniversaries of signing in the next twelve months (every one for a city,
 * the round ones for a province or the nation), the deadlines of open evaluation campaigns with the
 * scope's evaluations still to submit, planned delegations and activities; all-day events with
 * stable UIDs, named in the owner's language, linking back to the records at `origin`.
 */
export function buildCalendarFeed(
  db: DbOrTx,
  viewer: Viewer,
  opts: { today: string; locale: string; t: FeedTranslator; origin: string },
): string {
  const { today, locale, t, origin } = opts;
  const scope = remindersScope(viewer);
  const own = scope.kind === "locality";
  const window = { from: addDays(today, -DAYS_BACK), to: addDays(today, DAYS_AHEAD), limit: FEED_LIMIT };
  const events: FeedEvent[] = [];

  for (const a of upcomingAnniversaries(db, scope, { today, roundOnly: !own, limit: FEED_LIMIT }).rows) {
    const values = { years: a.years, name: reminderSubject(a, own, locale) };
    events.push({
      uid: `anniversary-${a.partnershipId}-${a.date.slice(0, 4)}@amity`,
      start: a.date,
      summary: t(a.round ? "reminders.feed.roundAnniversary" : "reminders.feed.anniversary", values),
      description: t("reminders.feed.signedOn", { date: a.signedOn }),
      url: `${origin}/partnerships/${a.partnershipId}`,
    });
  }
  if (remindsOfEvaluations(viewer)) {
    for (const c of campaignDeadlines(db, scope, { limit: FEED_LIMIT })) {
      events.push({
        uid: `evaluation-deadline-${c.campaignId}@amity`,
        start: c.closesOn,
        summary: t("reminders.feed.evaluationDeadline", { title: c.title, n: c.open }),
        url: `${origin}/evaluations`,
      });
    }
  }
  for (const d of plannedDelegations(db, scope, window).rows) {
    events.push({
      uid: `delegation-${d.delegationId}@amity`,
      start: d.startDate,
      end: d.endDate,
      summary: t("reminders.feed.delegation", {
        direction: t(`enums.delegationDirection.${d.direction}`),
        leader: d.leaderName,
        name: reminderSubject(d, own, locale),
      }),
      url: `${origin}/delegations/${d.delegationId}`,
    });
  }
  for (const a of activitiesBetween(db, scope, window)) {
    const organiser = localityLabel({ nameLocal: a.ourLocal, nameRomanised: a.ourRomanised, nameZh: a.ourZh }, locale);
    events.push({
      uid: `activity-${a.activityId}@amity`,
      start: a.startDate,
      end: a.endDate,
      summary: own ? a.title : t("reminders.feed.activity", { title: a.title, organiser }),
      url: `${origin}/activities/${a.activityId}`,
    });
  }
  return calendarIcs({ name: t("reminders.feed.calendarName"), events });
}

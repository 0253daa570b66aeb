import ical from "ical-generator";
import { addDays, now } from "@/lib/domain/clock";

/** One all-day event of a calendar feed; `uid` stays the same for the same thing from one reading to the next. */
export type FeedEvent = {
  uid: string;
  /** First day (ISO date), and last day included (defaults to the first). */
  start: string;
  end?: string | null;
  summary: string;
  description?: string;
  url?: string;
};

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A calendar (RFC 5545) of all-day events, as calendar apps subscribe to it: named by X-WR-CALNAME,
 * each event with a stable UID, so that a renewed reading updates events instead of doubling them.
 */
export function calendarIcs(calendar: { name: string; events: FeedEvent[] }): string {
  const cal = ical({ name: calendar.name, prodId: { company: "Amity", product: "Amity reminders" } });
  for (const e of calendar.events) {
    cal.createEvent({
      id: e.uid,
      stamp: now(),
      allDay: true,
      start: utcDay(e.start),
      // DTEND of an all-day event is the day after the last one.
      end: utcDay(addDays(e.end && e.end > e.start ? e.end : e.start, 1)),
      summary: e.summary,
      description: e.description ?? null,
      url: e.url ?? null,
    });
  }
  return cal.toString();
}

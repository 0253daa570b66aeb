import { Temporal } from "temporal-polyfill";

/**
 * The one clock. Every "now", "today", "this year", "12 months before" and difference
 * between calendar dates goes through here, in the offices' time zone (AMITY_TIME_ZONE,
 * default Asia/Shanghai), never the server's or UTC. An ESLint rule forbids `Date.now()`,
 * `new Date()` without arguments and `.toISOString().slice` elsewhere.
 *
 * Calendar dates are ISO strings (YYYY-MM-DD) and Temporal.PlainDate underneath
 * (temporal-polyfill): adding or subtracting months and years clamps to the month's end,
 * so 12 months before 29 February 2024 is 28 February 2023.
 */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

function validZone(zone: string | undefined): string | null {
  if (!zone) return null;
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return zone;
  } catch {
    return null;
  }
}

let configuredZone: string | undefined;
/** The configured time zone (AMITY_TIME_ZONE when it names a real zone). */
export function timeZone(): string {
  configuredZone ??= validZone(typeof process === "undefined" ? undefined : process.env.AMITY_TIME_ZONE) ?? DEFAULT_TIME_ZONE;
  return configuredZone;
}

let frozenAt: Date | null = null;
/** Tests only: freeze the clock at an instant (null lets it run again). */
export function setClockForTests(at: Date | string | null, zone?: string): void {
  frozenAt = at === null ? null : new Date(at);
  configuredZone = zone;
}

/** The current instant. */
export function now(): Date {
  return frozenAt ? new Date(frozenAt.getTime()) : new Date(Date.now());
}

const plainDateAt = (at: Date, zone: string) => Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(zone).toPlainDate();

/** Today's calendar date in the offices' time zone, as YYYY-MM-DD. */
export function today(at: Date = now(), zone: string = timeZone()): string {
  return plainDateAt(at, zone).toString();
}

/** This year in the offices' time zone. */
export function thisYear(at: Date = now(), zone: string = timeZone()): number {
  return plainDateAt(at, zone).year;
}

/** This month in the offices' time zone, as YYYY-MM. */
export function thisMonth(at: Date = now(), zone: string = timeZone()): string {
  return today(at, zone).slice(0, 7);
}

/** Whether a string is a real ISO calendar date (2025-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}

/** The date `months` calendar months before (clamped to the month's end: 29 Feb → 28 Feb). */
export function monthsBefore(isoDate: string, months: number): string {
  return Temporal.PlainDate.from(isoDate).subtract({ months }).toString();
}

/** The start of the "last 12 months" window ending on `isoDate`. */
export function twelveMonthsBefore(isoDate: string): string {
  return monthsBefore(isoDate, 12);
}

/** The date `months` calendar months after (negative: before; clamped to the month's end). */
export function addMonths(isoDate: string, months: number): string {
  return Temporal.PlainDate.from(isoDate).add({ months }).toString();
}

/** The day of the week, 1 (Monday) to 7 (Sunday). */
export function dayOfWeek(isoDate: string): number {
  return Temporal.PlainDate.from(isoDate).dayOfWeek;
}

/** The date `days` days after (negative: before). */
export function addDays(isoDate: string, days: number): string {
  return Temporal.PlainDate.from(isoDate).add({ days }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}

/** The instant a calendar day begins in the offices' time zone (for filtering timestamps by day). */
export function startOfDay(isoDate: string, zone: string = timeZone()): Date {
  const instant = Temporal.PlainDate.from(isoDate).toZonedDateTime({ timeZone: zone }).toInstant();
  return new Date(instant.epochMilliseconds);
}

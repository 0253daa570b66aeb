import { daysBetween } from "./clock";

/**
 * Round anniversaries of a signing date: the ones partner cities celebrate
 * (10, 15, 20, 25, 30, 40, 50, 60 … years: every ten, and the 15th and 25th).
 * Dates are ISO calendar dates (YYYY-MM-DD).
 */
export function isRoundAnniversary(years: number): boolean {
  return years > 0 && (years % 10 === 0 || years === 15 || years === 25);
}

/** The round anniversaries up to `max` years, in order (for queries that look for them by signing date). */
export function roundAnniversaryYears(max: number): number[] {
  const out: number[] = [];
  for (let years = 10; years <= max; years += 5) if (isRoundAnniversary(years)) out.push(years);
  return out;
}

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The anniversary's date in a given year; 29 February falls on the 28th in common years. */
export function anniversaryDate(signedOn: string, year: number): string | null {
  const p = parts(signedOn);
  if (!p) return null;
  const [, month, day] = p;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const d = month === 2 && day === 29 && !leap ? 28 : day;
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** Whole years from the signing date to `today` (0 before the first anniversary; null if unknown). */
export function yearsSince(signedOn: string | null, today: string): number | null {
  const s = signedOn ? parts(signedOn) : null;
  const t = parts(today);
  if (!s || !t) return null;
  const thisYear = anniversaryDate(signedOn as string, t[0]) as string;
  const years = t[0] - s[0] - (today < thisYear ? 1 : 0);
  return Math.max(0, years);
}

export type Anniversary = { years: number; date: string; inDays: number };

/** The next round anniversary on or after `today`, with how many days away it is. */
export function nextRoundAnniversary(signedOn: string | null, today: string): Anniversary | null {
  const s = signedOn ? parts(signedOn) : null;
  const t = parts(today);
  if (!s || !t) return null;
  const startYear = Math.max(s[0] + 1, t[0]);
  for (let year = startYear; year <= startYear + 30; year += 1) {
    const years = year - s[0];
    const date = anniversaryDate(signedOn as string, year) as string;
    if (isRoundAnniversary(years) && date >= today) {
      return { years, date, inDays: daysBetween(today, date) };
    }
  }
  return null;
}

import { monthsBefore } from "./clock";

/** A partnership is dormant when nothing has happened for this many months (the default; national administrators set it). */
export const DORMANT_MONTHS = 24;

/** The range the setting may take, in months. */
export const DORMANT_MONTHS_RANGE = { min: 6, max: 120 } as const;

/** The setting as stored (app_meta text), or the default for a missing or unreadable value. */
export function parseDormantMonths(stored: string | null): number {
  const n = stored === null ? NaN : Number(stored);
  return Number.isInteger(n) && n >= DORMANT_MONTHS_RANGE.min && n <= DORMANT_MONTHS_RANGE.max ? n : DORMANT_MONTHS;
}

/** The day before which the last sign of life makes a partnership dormant. */
export function dormantBefore(today: string, months: number = DORMANT_MONTHS): string {
  return monthsBefore(today, months);
}

/**
 * Whether a partnership is dormant on `today`: its quiet time counts from the
 * later of the signing and the last exchange, so a partnership signed
 * yesterday is new, not long dormant. With neither date known it is dormant
 * (nothing shows it alive).
 */
export function isDormant(
  p: { signedOn: string | null; lastExchange: string | null },
  today: string,
  months: number = DORMANT_MONTHS,
): boolean {
  const since = latest(validDay(p.signedOn), validDay(p.lastExchange));
  return since === null || since < dormantBefore(today, months);
}

function validDay(day: string | null): string | null {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

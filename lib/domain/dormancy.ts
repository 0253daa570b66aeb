import { monthsBefore } from "./clock";

/** A partnership is dormant when nothing has happened for this many months. */
export const DORMANT_MONTHS = 24;

/**
 * Whether a partnership is dormant on `today`: its quiet time counts from the
 * later of the signing and the last exchange, so a partnership signed
 * yesterday is new, not long dormant. With neither date known it is dormant
 * (nothing shows it alive).
 */
export function isDormant(p: { signedOn: string | null; lastExchange: string | null }, today: string): boolean {
  const since = latest(validDay(p.signedOn), validDay(p.lastExchange));
  return since === null || since < monthsBefore(today, DORMANT_MONTHS);
}

function validDay(day: string | null): string | null {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

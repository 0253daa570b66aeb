import { anniversaryDate } from "./anniversary";

/** The next anniversary of a signing on or after today, and how many years it marks (29 February: anniversary.ts). */
export function nextAnniversary(signedOn: string | null, today: string): { date: string; years: number } | null {
  if (!signedOn || !/^\d{4}-\d{2}-\d{2}$/.test(signedOn)) return null;
  const signedYear = Number(signedOn.slice(0, 4));
  const thisYear = Number(today.slice(0, 4));
  const on = (y: number) => anniversaryDate(signedOn, y) as string;
  const year = on(thisYear) >= today ? thisYear : thisYear + 1;
  if (year <= signedYear) return null;
  return { date: on(year), years: year - signedYear };
}

/** The ISO date `months` before `today` (YYYY-MM-DD). */
export function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString().slice(0, 10);
}

/** The next anniversary of a signing on or after today, and how many years it marks. */
export function nextAnniversary(signedOn: string | null, today: string): { date: string; years: number } | null {
  if (!signedOn || !/^\d{4}-\d{2}-\d{2}$/.test(signedOn)) return null;
  const signedYear = Number(signedOn.slice(0, 4));
  const md = signedOn.slice(5);
  const thisYear = Number(today.slice(0, 4));
  // 29 February is celebrated on 28 February in common years.
  const on = (y: number) => `${y}-${md === "02-29" && !isLeap(y) ? "02-28" : md}`;
  const year = on(thisYear) >= today ? thisYear : thisYear + 1;
  if (year <= signedYear) return null;
  return { date: on(year), years: year - signedYear };
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

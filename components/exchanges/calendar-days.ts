import type { CalendarItem } from "@/db/queries/calendar";

export type CalendarDay = { iso: string; inMonth: boolean; items: CalendarItem[] };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The weeks (Monday first) covering a YYYY-MM month, each day with the items running on it. */
export function calendarWeeks(month: string, items: CalendarItem[]): CalendarDay[][] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const last = new Date(Date.UTC(y, m, 0));
  const start = new Date(first);
  start.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const end = new Date(last);
  end.setUTCDate(last.getUTCDate() + ((7 - last.getUTCDay()) % 7));
  const weeks: CalendarDay[][] = [];
  for (const d = new Date(start); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    if ((d.getUTCDay() + 6) % 7 === 0) weeks.push([]);
    const day = iso(d);
    weeks[weeks.length - 1]?.push({
      iso: day,
      inMonth: d.getUTCMonth() === m - 1,
      items: items.filter((it) => it.startDate <= day && day <= (it.endDate && it.endDate >= it.startDate ? it.endDate : it.startDate)),
    });
  }
  return weeks;
}

/** The month before or after a YYYY-MM month. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

import type { CalendarItem } from "@/db/queries/calendar";
import { addDays, addMonths, dayOfWeek } from "@/lib/domain/clock";

export type CalendarDay = { iso: string; inMonth: boolean; items: CalendarItem[] };

/** The weeks (Monday first) covering a YYYY-MM month, each day with the items running on it. */
export function calendarWeeks(month: string, items: CalendarItem[]): CalendarDay[][] {
  const first = `${month}-01`;
  const last = addDays(addMonths(first, 1), -1);
  const start = addDays(first, 1 - dayOfWeek(first));
  const end = addDays(last, 7 - dayOfWeek(last));
  const weeks: CalendarDay[][] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) {
    if (dayOfWeek(day) === 1) weeks.push([]);
    weeks[weeks.length - 1]?.push({
      iso: day,
      inMonth: day.startsWith(month),
      items: items.filter((it) => it.startDate <= day && day <= (it.endDate && it.endDate >= it.startDate ? it.endDate : it.startDate)),
    });
  }
  return weeks;
}

/** The month before or after a YYYY-MM month. */
export function shiftMonth(month: string, by: number): string {
  return addMonths(`${month}-01`, by).slice(0, 7);
}

import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CalendarItem } from "@/db/queries/calendar";
import { calendarWeeks } from "./calendar-days";
import { localityName } from "@/lib/domain/locality-name";
import { isoToDate } from "./labels";

const PER_DAY = 3;

function entryStyle(item: CalendarItem): string {
  const planned = item.kind === "delegation" ? item.status === "planned" : false;
  const base = item.kind === "activity" ? "border-brand-600 bg-brand-50 text-brand-900" : "border-amber-600 bg-amber-50 text-amber-950";
  return `${base} ${planned ? "border-dashed" : ""}`;
}

/** A month as a table: one row a week, each day listing its activities and delegations. */
export async function CalendarGrid({
  month,
  items,
  today,
  moreHref,
}: {
  month: string;
  items: CalendarItem[];
  today: string;
  moreHref: (day: string) => string;
}) {
  const [t, te, format, locale] = await Promise.all([getTranslations("calendar"), getTranslations("enums"), getFormatter(), getLocale()]);
  const weeks = calendarWeeks(month, items);
  const monthName = format.dateTime(isoToDate(`${month}-01`), { year: "numeric", month: "long", timeZone: "UTC" });
  const weekdays = (weeks[0] ?? []).map((d) => isoToDate(d.iso));
  return (
    <div className="card overflow-x-auto">
      <table className="w-full min-w-[52rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">{t("gridCaption", { month: monthName })}</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th
                key={d.toISOString()}
                scope="col"
                className="border-b border-slate-300 bg-slate-100 px-2 py-2 text-left font-semibold text-slate-800"
              >
                <abbr title={format.dateTime(d, { weekday: "long", timeZone: "UTC" })} className="no-underline">
                  {format.dateTime(d, { weekday: "short", timeZone: "UTC" })}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.iso}>
              {week.map((day) => {
                const label = format.dateTime(isoToDate(day.iso), { dateStyle: "full", timeZone: "UTC" });
                const extra = day.items.length - PER_DAY;
                return (
                  <td
                    key={day.iso}
                    className={`h-28 border border-slate-200 p-1.5 align-top ${day.inMonth ? "bg-white" : "bg-slate-50 text-slate-500"}`}
                  >
                    <p
                      className={`mb-1 text-xs font-semibold ${day.iso === today ? "inline-block rounded-full bg-brand-700 px-1.5 text-white" : ""}`}
                    >
                      <span aria-hidden="true">{Number(day.iso.slice(8))}</span>
                      <span className="sr-only">{label}</span>
                    </p>
                    {day.items.length > 0 ? (
                      <ul className="space-y-1">
                        {day.items.slice(0, PER_DAY).map((item) => (
                          <li key={`${item.kind}-${item.id}`}>
                            <Link
                              href={`/${item.kind === "activity" ? "activities" : "delegations"}/${item.id}`}
                              className={`block truncate rounded border px-1.5 py-0.5 text-xs no-underline hover:underline ${entryStyle(item)}`}
                              title={`${item.title} · ${localityName({ nameLocal: item.place, nameRomanised: item.placeRomanised, nameZh: item.placeZh }, locale)}`}
                            >
                              <span className="sr-only">{t(item.kind)}: </span>
                              {item.kind === "delegation"
                                ? t("delegationEntry", { direction: te(`delegationDirection.${item.direction}`), leader: item.title })
                                : item.title}
                            </Link>
                          </li>
                        ))}
                        {extra > 0 ? (
                          <li>
                            <Link href={moreHref(day.iso)} className="text-xs" aria-label={t("moreLabel", { count: extra, date: label })}>
                              {t("more", { count: extra })}
                            </Link>
                          </li>
                        ) : null}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { exchangeFilterOptions } from "@/db/queries/activities-filter-options";
import { calendarMonth } from "@/db/queries/calendar";
import { CalendarGrid } from "@/components/exchanges/calendar-grid";
import { shiftMonth } from "@/components/exchanges/calendar-days";
import { ExchangeFilters } from "@/components/exchanges/exchange-filters";
import { ExchangeTabs } from "@/components/exchanges/exchange-tabs";
import { isoToDate } from "@/components/exchanges/labels";
import { thisMonth, today as clockToday } from "@/lib/domain/clock";
import { ListTools } from "@/components/shell/list-tools";
import { viewerPlace } from "@/db/loaders/viewer-scope";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { ACTIVITY_CATEGORIES, DELEGATION_DIRECTIONS, DELEGATION_STATUSES } from "@/lib/domain/enums";
import { calendarSchema } from "@/lib/validation/activity-calendar";
import { firstValues, parseListParams } from "@/lib/validation/list-params";
import { resolveListScope } from "@/lib/server/list-scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The month calendar of activities and delegations, filtered like the lists (all in the URL). */
export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireCapability("records.read");
  const raw = await searchParams;
  const today = clockToday();
  const params = parseListParams(calendarSchema(today), raw);
  const [t, ta, td, te, format, locale] = await Promise.all([
    getTranslations("calendar"),
    getTranslations("activities"),
    getTranslations("delegations"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const db = getDb();
  const scope = await resolveListScope(viewer, "calendar", params);
  const { items, truncated } = calendarMonth(db, { ...params, within: scope.within });
  const options = exchangeFilterOptions(db, locale);
  const query = (changes: Record<string, string>) => {
    const next = new URLSearchParams(firstValues(raw));
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    return `/calendar?${next.toString()}`;
  };
  const listOf = params.kind === "delegations" ? "delegations" : "activities";
  const moreHref = (day: string) => {
    const next = new URLSearchParams(firstValues(raw));
    next.delete("month");
    next.delete("kind");
    next.set("from", day);
    next.set("to", day);
    // The list opens on the calendar's scope, whatever it remembers for itself.
    next.set("scope", scope.choice);
    return `/${listOf}?${next.toString()}`;
  };
  const monthName = format.dateTime(isoToDate(`${params.month}-01`), { year: "numeric", month: "long", timeZone: "UTC" });
  const activities = items.filter((i) => i.kind === "activity").length;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ExchangeTabs current="calendar" params={raw} />
      <ListTools viewer={viewer} list="calendar" scope={scope} place={await viewerPlace(viewer)} />
      <ExchangeFilters
        searchLabel={ta("filters.q")}
        countries={options.countries}
        provinces={options.provinces}
        dates={false}
        archived={false}
        extra={[
          {
            param: "kind",
            label: t("show"),
            options: [
              { value: "activities", label: t("kindActivities") },
              { value: "delegations", label: t("kindDelegations") },
            ],
          },
          {
            param: "category",
            label: ta("filters.category"),
            options: ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: te(`activityCategory.${c}`) })),
          },
          {
            param: "direction",
            label: td("filters.direction"),
            options: DELEGATION_DIRECTIONS.map((d) => ({ value: d, label: te(`delegationDirection.${d}`) })),
          },
          {
            param: "status",
            label: td("filters.status"),
            options: DELEGATION_STATUSES.map((s) => ({ value: s, label: te(`delegationStatus.${s}`) })),
          },
        ]}
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 aria-live="polite">{monthName}</h2>
        <nav aria-label={t("monthLabel")} className="flex gap-2">
          <Link href={query({ month: shiftMonth(params.month, -1) })} className="btn-secondary py-1.5">
            <span aria-hidden="true">‹</span> {t("previous")}
          </Link>
          <Link
            href={query({ month: thisMonth() })}
            className="btn-secondary py-1.5"
            aria-current={params.month === thisMonth() ? "date" : undefined}
          >
            {t("today")}
          </Link>
          <Link href={query({ month: shiftMonth(params.month, 1) })} className="btn-secondary py-1.5">
            {t("next")} <span aria-hidden="true">›</span>
          </Link>
        </nav>
      </div>
      <p className="mb-2 text-sm text-slate-700" data-testid="calendar-summary">
        {t("summary", { activities, delegations: items.length - activities })} {t("legend")}
      </p>
      {truncated ? (
        <p role="status" className="mb-2 text-sm font-medium text-amber-900">
          {t("truncated")}
        </p>
      ) : null}
      <CalendarGrid month={params.month} items={items} today={today} moreHref={moreHref} />
    </>
  );
}

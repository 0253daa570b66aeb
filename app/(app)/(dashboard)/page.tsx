import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { viewerStatScope } from "@/db/queries/statistics-scope";
import { getLocalityPartnerships } from "@/db/queries/statistics-locality";
import { getRegistrySummary } from "@/db/queries/summary";
import { ChartGrid, buildDashboardCharts } from "@/components/dashboard/dashboard-charts";
import { dashboardStats } from "@/db/loaders/dashboard-stats";
import { loadReminders } from "@/db/loaders/reminders";
import { unreadAnnouncements } from "@/db/queries/announcements";
import { unreadResponses } from "@/db/queries/partner-requests";
import { statFilterOptions } from "@/db/loaders/stat-filter-options";
import { AnnouncementsPanel } from "@/components/dashboard/announcements-panel";
import { LocalityOverview } from "@/components/dashboard/locality-overview";
import { RemindersPanel } from "@/components/dashboard/reminders-panel";
import { ResponsesNotice } from "@/components/dashboard/responses-notice";
import { StatFiltersBar } from "@/components/dashboard/stat-filters";
import { SummaryTiles } from "@/components/dashboard/summary-tiles";
import { PageHeader } from "@/components/ui/page-header";
import { hasCapability, officeOf } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { thisYear, today as clockToday } from "@/lib/domain/clock";
import { statFiltersQuery } from "@/lib/domain/statistics-filters";
import { parseStatFilters } from "@/lib/validation/statistics-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({ searchParams }: PageProps<"/">) {
  const viewer = await requireCapability("records.read");
  const [t, te, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("enums"), getLocale()]);
  const db = getDb();
  const filters = parseStatFilters(await searchParams);
  const scope = viewerStatScope(viewer);
  // The offices' day and year (lib/domain/clock.ts), not UTC's: from 00:00 to 08:00 China time they differ.
  const year = thisYear();
  const today = clockToday();
  // The office whose partner-seeking posts may have new responses (none for readers).
  const office = officeOf(viewer);
  const localityId = scope.kind === "locality" ? scope.localityId : null;
  const charts = await buildDashboardCharts(dashboardStats(db, scope, filters, year), filters, localityId);
  const options = statFilterOptions(db, locale === "zh-CN", (r) => te(`region.${r}` as never));
  const query = statFiltersQuery(filters);
  const description = t(scope.kind === "locality" ? "scopeLocality" : scope.kind === "province" ? "scopeProvince" : "scopeNation");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={description}
        actions={
          <>
            <a className="btn-secondary" href={query ? `/map?${query}` : "/map"}>
              {t("openMap")}
            </a>
            {hasCapability(viewer, "reports.export") ? (
              <a className="btn-secondary" href="/reports">
                {t("openReports")}
              </a>
            ) : null}
          </>
        }
      />
      <AnnouncementsPanel items={unreadAnnouncements(db, viewer, today)} />
      <ResponsesNotice posts={office ? unreadResponses(db, office) : []} />
      <SummaryTiles summary={getRegistrySummary(db, viewer, year)} year={year} />
      <RemindersPanel reminders={loadReminders(db, viewer, today)} />
      {localityId ? <LocalityOverview rows={getLocalityPartnerships(db, localityId, today)} /> : null}
      <h2 className="mb-3">{t("statistics")}</h2>
      <StatFiltersBar {...options} showProvince={scope.kind === "nation"} clearHref="/" />
      <ChartGrid charts={charts} />
    </>
  );
}

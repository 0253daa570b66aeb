import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listActivities } from "@/db/queries/activities";
import { exchangeFilterOptions } from "@/db/queries/activities-filter-options";
import { ActivityTable } from "@/components/activities/activity-table";
import { ExchangeFilters } from "@/components/exchanges/exchange-filters";
import { ExchangeTabs } from "@/components/exchanges/exchange-tabs";
import { ScopeNotice } from "@/components/exchanges/scope-notice";
import { ListTools } from "@/components/shell/list-tools";
import { viewerPlace } from "@/db/loaders/viewer-scope";
import { PageHeader } from "@/components/ui/page-header";
import { hasCapability } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { ACTIVITY_CATEGORIES } from "@/lib/domain/enums";
import { activityListSchema } from "@/lib/validation/activity-list";
import { parseListParams } from "@/lib/validation/list-params";
import { resolveListScope } from "@/lib/server/list-scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("activities");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ActivitiesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireCapability("records.read");
  const raw = await searchParams;
  const params = parseListParams(activityListSchema, raw);
  const [t, te, locale] = await Promise.all([getTranslations("activities"), getTranslations("enums"), getLocale()]);
  const db = getDb();
  const scope = await resolveListScope(viewer, "activities", params);
  const { rows, total } = listActivities(db, viewer, { ...params, within: scope.within });
  const options = exchangeFilterOptions(db, locale);
  const narrowed = params.partnership ? t("filteredByPartnership") : params.locality ? t("filteredByLocality") : null;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          hasCapability(viewer, "records.edit") ? (
            <Link
              href={params.partnership ? `/activities/new?partnership=${params.partnership}` : "/activities/new"}
              className="btn-primary"
            >
              {t("logActivity")}
            </Link>
          ) : null
        }
      />
      <ExchangeTabs current="activities" params={raw} />
      <ListTools viewer={viewer} list="activities" scope={scope} savable="activities" place={await viewerPlace(viewer)} />
      {narrowed ? <ScopeNotice text={narrowed} clearHref="/activities" clearLabel={t("clearOne")} /> : null}
      <ExchangeFilters
        searchLabel={t("filters.q")}
        countries={options.countries}
        provinces={options.provinces}
        extra={[
          {
            param: "category",
            label: t("filters.category"),
            options: ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: te(`activityCategory.${c}`) })),
          },
        ]}
      />
      <ActivityTable rows={rows} total={total} params={params} />
    </>
  );
}

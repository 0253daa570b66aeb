import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListTools } from "@/components/shell/list-tools";
import { PageHeader } from "@/components/ui/page-header";
import { hasCapability } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { ResolvedListScope } from "@/lib/domain/list-scope";
import type { FilterOption } from "@/components/data-table/filter-select";
import { ExchangeFilters } from "./exchange-filters";
import { ExchangeTabs } from "./exchange-tabs";
import { StatisticsNotice, type StatisticsNarrowing } from "@/components/dashboard/statistics-notice";
import { ScopeNotice } from "./scope-notice";

/**
 * What the activity and delegation lists have around their table: the header with "new" (for
 * editors, carrying the partnership filter), the List | Calendar tabs, the scope tools, the notice
 * of a list narrowed to one partnership or locality, and the filters (`extra` adds the list's own).
 */
export async function ExchangeListFrame({
  viewer,
  list,
  raw,
  params,
  scope,
  title,
  description,
  newLabel,
  searchLabel,
  extra,
  filterOptions,
  place,
  children,
}: {
  viewer: Viewer;
  list: "activities" | "delegations";
  raw: Record<string, string | string[] | undefined>;
  params: { partnership?: number; locality?: number } & StatisticsNarrowing;
  scope: ResolvedListScope;
  title: string;
  description: string;
  newLabel: string;
  searchLabel: string;
  extra: { param: string; label: string; options: FilterOption[] }[];
  /** The filters' countries and provinces, and the viewer's own place (db/loaders/exchange.ts's exchangeListContext). */
  filterOptions: { countries: FilterOption[]; provinces: FilterOption[] };
  place: string | null;
  children: React.ReactNode;
}) {
  const ta = await getTranslations("activities");
  const narrowed = params.partnership ? ta("filteredByPartnership") : params.locality ? ta("filteredByLocality") : null;
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          hasCapability(viewer, "records.edit") ? (
            <Link href={params.partnership ? `/${list}/new?partnership=${params.partnership}` : `/${list}/new`} className="btn-primary">
              {newLabel}
            </Link>
          ) : null
        }
      />
      <ExchangeTabs current={list} params={raw} />
      <ListTools viewer={viewer} list={list} scope={scope} savable={list} place={place} />
      {narrowed ? <ScopeNotice text={narrowed} clearHref={`/${list}`} clearLabel={ta("clearOne")} /> : null}
      <StatisticsNotice params={params} clearHref={`/${list}`} />
      <ExchangeFilters searchLabel={searchLabel} countries={filterOptions.countries} provinces={filterOptions.provinces} extra={extra} />
      {children}
    </>
  );
}

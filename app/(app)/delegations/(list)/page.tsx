import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { exchangeFilterOptions } from "@/db/queries/activities-filter-options";
import { listDelegations } from "@/db/queries/delegations";
import { DelegationTable } from "@/components/delegations/delegation-table";
import { ExchangeFilters } from "@/components/exchanges/exchange-filters";
import { ExchangeTabs } from "@/components/exchanges/exchange-tabs";
import { ScopeNotice } from "@/components/exchanges/scope-notice";
import { ListTools } from "@/components/shell/list-tools";
import { viewerPlace } from "@/db/loaders/viewer-scope";
import { PageHeader } from "@/components/ui/page-header";
import { hasCapability } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { DELEGATION_DIRECTIONS, DELEGATION_STATUSES } from "@/lib/domain/enums";
import { delegationListSchema } from "@/lib/validation/delegation-list";
import { parseListParams } from "@/lib/validation/list-params";
import { resolveListScope } from "@/lib/server/list-scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("delegations");
  return { title: t("title") };
}

export default async function DelegationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireCapability("records.read");
  const raw = await searchParams;
  const params = parseListParams(delegationListSchema, raw);
  const [t, ta, te, locale] = await Promise.all([
    getTranslations("delegations"),
    getTranslations("activities"),
    getTranslations("enums"),
    getLocale(),
  ]);
  const db = getDb();
  const scope = await resolveListScope(viewer, "delegations", params);
  const { rows, total } = listDelegations(db, viewer, { ...params, within: scope.within });
  const options = exchangeFilterOptions(db, locale);
  const narrowed = params.partnership ? ta("filteredByPartnership") : params.locality ? ta("filteredByLocality") : null;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          hasCapability(viewer, "records.edit") ? (
            <Link
              href={params.partnership ? `/delegations/new?partnership=${params.partnership}` : "/delegations/new"}
              className="btn-primary"
            >
              {t("newDelegation")}
            </Link>
          ) : null
        }
      />
      <ExchangeTabs current="delegations" params={raw} />
      <ListTools viewer={viewer} list="delegations" scope={scope} savable="delegations" place={await viewerPlace(viewer)} />
      {narrowed ? <ScopeNotice text={narrowed} clearHref="/delegations" clearLabel={ta("clearOne")} /> : null}
      <ExchangeFilters
        searchLabel={t("filters.q")}
        countries={options.countries}
        provinces={options.provinces}
        extra={[
          {
            param: "direction",
            label: t("filters.direction"),
            options: DELEGATION_DIRECTIONS.map((d) => ({ value: d, label: te(`delegationDirection.${d}`) })),
          },
          {
            param: "status",
            label: t("filters.status"),
            options: DELEGATION_STATUSES.map((s) => ({ value: s, label: te(`delegationStatus.${s}`) })),
          },
        ]}
      />
      <DelegationTable rows={rows} total={total} params={params} />
    </>
  );
}

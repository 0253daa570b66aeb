import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { countryChoices, ourLocalityChoices, provinceChoices } from "@/db/queries/localities-options";
import { listPartnerships } from "@/db/queries/partnerships-list";
import { PartnershipFilters } from "@/components/partnerships/partnership-filters";
import { PartnershipsTable } from "@/components/partnerships/partnerships-table";
import { ListTools } from "@/components/shell/list-tools";
import { viewerPlace } from "@/db/loaders/viewer-scope";
import { PageHeader } from "@/components/ui/page-header";
import { hasCapability } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { thisYear as clockYear, today as clockToday } from "@/lib/domain/clock";
import type { Locale } from "@/lib/domain/enums";
import { parseListParams } from "@/lib/validation/list-params";
import { resolveListScope } from "@/lib/server/list-scope";
import { StatisticsNotice } from "@/components/dashboard/statistics-notice";
import { partnershipListSchema } from "@/lib/validation/partnership-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerships");
  return { title: t("title") };
}

export default async function PartnershipsPage({ searchParams }: PageProps<"/partnerships">) {
  const viewer = await requireCapability("records.read");
  const params = parseListParams(partnershipListSchema, await searchParams);
  const [t, locale] = await Promise.all([getTranslations("partnerships"), getLocale() as Promise<Locale>]);
  const db = getDb();
  const today = clockToday();
  const scope = await resolveListScope(viewer, "partnerships", params);
  const { rows, total, page } = listPartnerships(db, { ...params, within: scope.within }, { locale, today });
  const canCreate = hasCapability(viewer, "records.edit");
  const filtered =
    scope.choice === "mine" ||
    Boolean(
      params.q ||
      params.country ||
      params.province ||
      params.region ||
      params.locality ||
      params.status ||
      params.type ||
      params.level ||
      params.signedFrom ||
      params.signedTo,
    );
  const thisYear = clockYear();
  const years = Array.from({ length: thisYear + 1 - 1950 + 1 }, (_, i) => thisYear + 1 - i);
  const emptyState = filtered ? (
    <p>{t("list.emptyFiltered")}</p>
  ) : (
    <p>
      {t("list.emptyAll")} {canCreate ? <Link href="/partnerships/new">{t("new")}</Link> : null}
    </p>
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canCreate ? (
            <Link href="/partnerships/new" className="btn-primary">
              {t("new")}
            </Link>
          ) : null
        }
      />
      <ListTools viewer={viewer} list="partnerships" scope={scope} savable="partnerships" place={await viewerPlace(viewer)} />
      <StatisticsNotice params={{ undated: params.undated }} clearHref="/partnerships" />
      <PartnershipFilters
        countries={countryChoices(db, locale, { abroadOnly: true })}
        provinces={provinceChoices(db, locale)}
        localities={ourLocalityChoices(db, locale, params.province)}
        years={years}
      />
      <PartnershipsTable rows={rows} total={total} params={{ ...params, page }} today={today} emptyState={emptyState} />
    </>
  );
}

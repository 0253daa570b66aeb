import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { getMapPairs } from "@/db/queries/statistics-map";
import { statFilterOptions } from "@/db/loaders/stat-filter-options";
import { StatFiltersBar } from "@/components/dashboard/stat-filters";
import { MapPanel } from "@/components/map/map-panel";
import { ListTools } from "@/components/shell/list-tools";
import { viewerPlace } from "@/db/loaders/viewer-scope";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/session";
import { PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { statFiltersQuery } from "@/lib/domain/statistics-filters";
import { parseStatFilters } from "@/lib/validation/statistics-filters";
import { resolveListScope } from "@/lib/server/list-scope";
import { parseListParams, scopeParamsSchema } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("map");
  return { title: t("title") };
}

export default async function MapPage({ searchParams }: PageProps<"/map">) {
  const viewer = await requireCapability("records.read");
  const [t, te, locale] = await Promise.all([getTranslations("map"), getTranslations("enums"), getLocale()]);
  const db = getDb();
  const raw = await searchParams;
  const filters = parseStatFilters(raw);
  // "My city / whole country": the dashboard's own scope, or the nation.
  const listScope = await resolveListScope(viewer, "map", {
    ...parseListParams(scopeParamsSchema, raw),
    province: filters.province,
    region: filters.region,
  });
  const scope = listScope.within;
  const zh = locale === "zh-CN";
  const options = statFilterOptions(db, zh, (r) => te(`region.${r}` as never));
  const statusLabels: Record<string, string> = { none: t("noStatus") };
  for (const s of PARTNERSHIP_STATUSES) statusLabels[s] = te(`partnershipStatus.${s}`);
  const countryNames = Object.fromEntries(options.countries.map((c) => [c.value, c.label]));
  const query = statFiltersQuery(filters);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a className="btn-secondary" href={query ? `/?${query}` : "/"}>
            {t("backToDashboard")}
          </a>
        }
      />
      <ListTools viewer={viewer} list="map" scope={listScope} place={await viewerPlace(viewer)} />
      <StatFiltersBar {...options} showProvince={scope.kind === "nation"} clearHref="/map" />
      <MapPanel pairs={getMapPairs(db, scope, filters)} statusLabels={statusLabels} countryNames={countryNames} />
    </>
  );
}

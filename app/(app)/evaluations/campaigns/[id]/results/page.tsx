import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EvaluationsNav } from "@/components/evaluations/evaluations-nav";
import { PercentTable } from "@/components/evaluations/percent-table";
import { ResultsFilters } from "@/components/evaluations/results-filters";
import { StatusMatrix } from "@/components/evaluations/status-matrix";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getCampaign, getScopeChoices } from "@/db/queries/campaigns";
import { getCampaignResults } from "@/db/queries/evaluations-results";
import { scopeContains, viewerScope } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { REGIONS } from "@/lib/domain/enums";
import { parseId, resultsParamsSchema } from "@/lib/validation/campaign";
import { firstValues } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.campaigns");
  return { title: t("results") };
}

export default async function ResultsPage({ params, searchParams }: PageProps<"/evaluations/campaigns/[id]/results">) {
  const viewer = await requireCapability("evaluations.review");
  const id = parseId((await params).id);
  const db = getDb();
  const campaign = id === null ? undefined : getCampaign(db, id);
  if (!campaign) notFound();
  const parsed = resultsParamsSchema.safeParse(firstValues(await searchParams));
  const filters = parsed.success ? parsed.data : {};
  const [t, te, locale] = await Promise.all([getTranslations("evaluations.results"), getTranslations("enums"), getLocale()]);
  const zh = locale === "zh-CN";
  const r = getCampaignResults(db, viewer, campaign.id, filters);
  const choices = getScopeChoices(db);
  // A province administrator's results are their province's: offer no other.
  const scope = viewerScope(viewer);
  return (
    <>
      <PageHeader title={t("title", { title: campaign.title })} description={t("description")} />
      <EvaluationsNav viewer={viewer} current="campaigns" />
      <ResultsFilters
        provinces={choices.provinces
          .filter((p) => scopeContains(scope, { kind: "province", provinceCode: p.code }))
          .map((p) => ({ value: p.code, label: zh ? p.nameZh : p.nameEn }))}
        regions={REGIONS.map((g) => ({ value: g, label: te(`region.${g}`) }))}
      />
      <p role="status" className="mb-4 text-sm font-medium text-slate-800" data-testid="answered">
        {t("answered", { count: r.answered })}
      </p>
      {r.answered === 0 ? (
        <p className="card p-6 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-2">
          <PercentTable id="status" title={t("statusTitle")} rows={r.status} label={(k) => te(`partnershipStatus.${k}`)} />
          <StatusMatrix
            id="side"
            title={t("bySideTitle")}
            rowHeader={t("side")}
            rows={[
              { key: "ours", label: t("ours"), total: r.bySide.oursTotal, statuses: r.bySide.ours },
              { key: "partner", label: t("partner"), total: r.bySide.partnerTotal, statuses: r.bySide.partner },
            ]}
          />
          <div className="xl:col-span-2">
            <StatusMatrix
              id="country"
              title={t("byCountryTitle")}
              rowHeader={t("country")}
              rows={r.byCountry.map((c) => ({ key: c.code, label: zh ? c.nameZh : c.nameEn, total: c.total, statuses: c.statuses }))}
            />
          </div>
          <PercentTable id="trend" title={t("trendTitle")} rows={r.trend} label={(k) => te(`activityTrend.${k}`)} />
          <PercentTable
            id="purposes"
            title={t("purposesTitle")}
            note={t("purposesNote", { count: r.purposeChoices })}
            rows={r.purposes}
            label={(k) => te(`purpose.${k}`)}
          />
          <PercentTable id="category" title={t("topCategoryTitle")} rows={r.topCategory} label={(k) => te(`activityCategory.${k}`)} />
        </div>
      )}
    </>
  );
}

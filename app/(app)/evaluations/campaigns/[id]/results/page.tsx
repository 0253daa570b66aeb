import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChartGrid } from "@/components/dashboard/dashboard-charts";
import { EvaluationsNav } from "@/components/evaluations/evaluations-nav";
import { ResultsFilters } from "@/components/evaluations/results-filters";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getResultsChoices } from "@/db/queries/evaluations-results-choices";
import { evaluationTables, mayOpenResults } from "@/db/reports/evaluation-tables";
import { requireCapability } from "@/lib/auth/session";
import { REGIONS } from "@/lib/domain/enums";
import { localityLabel } from "@/lib/domain/locality-name";
import { exportLabels } from "@/lib/exports/labels";
import { parseId } from "@/lib/validation/campaign";
import { resultsParamsSchema } from "@/lib/validation/evaluation-answers";
import { firstValues } from "@/lib/validation/list-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.campaigns");
  return { title: t("results") };
}

export default async function ResultsPage({ params, searchParams }: PageProps<"/evaluations/campaigns/[id]/results">) {
  const viewer = await requireCapability("evaluations.review");
  const id = parseId((await params).id);
  const db = getDb();
  const parsed = resultsParamsSchema.safeParse(firstValues(await searchParams));
  const { compare, ...filters } = parsed.success ? parsed.data : {};
  if (!mayOpenResults(db, viewer, filters)) redirect("/forbidden");
  const [t, tt, te, locale, labels] = await Promise.all([
    getTranslations("evaluations.results"),
    getTranslations("evaluationTables"),
    getTranslations("enums"),
    getLocale(),
    exportLabels(),
  ]);
  const results = id === null ? undefined : evaluationTables(db, viewer, { campaignId: id, filters, compareCampaignId: compare }, labels);
  if (!results) notFound();
  const choices = getResultsChoices(db, viewer, results.campaign.id, filters.province, labels.zh);
  const exportQuery = new URLSearchParams({ campaign: String(results.campaign.id) });
  for (const [key, value] of Object.entries({ ...filters, compare })) if (value !== undefined) exportQuery.set(key, String(value));
  return (
    <>
      <PageHeader title={t("title", { title: results.campaign.title })} description={t("description")} />
      <EvaluationsNav viewer={viewer} current="campaigns" />
      <ResultsFilters
        choices={{
          regions: REGIONS.map((g) => ({ value: g, label: te(`region.${g}`) })),
          provinces: choices.provinces,
          localities: choices.localities
            .map((l) => ({ value: String(l.id), label: localityLabel(l, locale) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale)),
          countries: choices.countries,
          campaigns: choices.campaigns.map((c) => ({ value: String(c.id), label: c.title })),
        }}
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <p role="status" className="text-sm font-medium text-slate-800" data-testid="answered">
            {t("answered", { count: results.answered })}
          </p>
          {results.compare ? (
            <p className="text-sm text-slate-700" data-testid="compare-answered">
              {tt("comparing", { title: results.compare.campaign.title, count: results.compare.answered })}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2" aria-label={tt("download")} role="group">
          {(["xlsx", "csv", "pdf"] as const).map((format) => (
            <a
              key={format}
              className="btn-secondary !px-2.5 !py-1 text-xs"
              href={`/reports/evaluations?${exportQuery.toString()}&format=${format}`}
            >
              {format.toUpperCase()}
              <span className="sr-only"> · {tt("download")}</span>
            </a>
          ))}
        </div>
      </div>
      {results.answered === 0 && !results.compare ? (
        <p className="card p-6 text-sm text-slate-700">{t("empty")}</p>
      ) : (
        <ChartGrid charts={results.tables} />
      )}
    </>
  );
}

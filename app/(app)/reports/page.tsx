import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listOpenedCampaigns } from "@/db/queries/campaigns-opened";
import { getReportLocalities, getStatFilterOptions } from "@/db/queries/statistics-options";
import { ChartGrid } from "@/components/dashboard/dashboard-charts";
import { AnnualReportLink } from "@/components/reports/annual-report-link";
import { EvaluationDownloads } from "@/components/reports/evaluation-downloads";
import { ReportDownloads } from "@/components/reports/report-downloads";
import { ReportForm } from "@/components/reports/report-form";
import { ReportNotes } from "@/components/reports/report-notes";
import type { ChartSpec } from "@/components/charts/chart-types";
import { PageHeader } from "@/components/ui/page-header";
import { scopeContains, statisticsScope } from "@/lib/auth/permissions";
import { requireCapability } from "@/lib/auth/session";
import { resolveReport } from "@/db/reports/activity-report";
import { exportLabels } from "@/lib/exports/labels";
import { reportSummary } from "@/db/reports/report-summary";
import { localityName } from "@/lib/domain/locality-name";
import { byDisplayName } from "@/lib/domain/display-order";
import { registryTables } from "@/db/reports/registry-tables";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

export default async function ReportsPage({ searchParams }: PageProps<"/reports">) {
  const viewer = await requireCapability("reports.export");
  const [t, format, l] = await Promise.all([getTranslations("reports"), getFormatter(), exportLabels()]);
  const db = getDb();
  const req = resolveReport(db, viewer, await searchParams, l);
  const { scope, period } = req;
  const options = getStatFilterOptions(db);
  const years: number[] = [];
  for (let y = options.years.max; y >= options.years.min; y--) years.push(y);
  // The choices offered are those the viewer's own scope contains (the export checks them again).
  const own = statisticsScope(viewer);
  const scopes = [
    ...(own.kind === "nation" ? [{ value: "nation", label: t("scopeNation") }] : []),
    ...(own.kind !== "locality" ? [{ value: "province", label: t("scopeProvince") }] : []),
    { value: "locality", label: t("scopeLocality") },
  ];
  const provinces =
    own.kind === "locality"
      ? []
      : options.provinces
          .filter((p) => scopeContains(own, { kind: "province", provinceCode: p.code }))
          .map((p) => ({ value: p.code, label: l.zh ? p.nameZh : p.nameEn }));
  const provinceOptions = byDisplayName(provinces, l.zh);
  // Hundreds of localities: the picker groups them by province (report-form.tsx), in the reader's collation.
  const provinceName = new Map(options.provinces.map((p) => [p.code, l.zh ? p.nameZh : p.nameEn]));
  const collator = new Intl.Collator(l.zh ? "zh-CN" : "en");
  const localities = getReportLocalities(db, own.kind === "nation" ? null : own.provinceCode)
    .filter((x) => scopeContains(own, { kind: "locality", localityId: x.id, provinceCode: x.provinceCode }))
    .map((x) => ({
      value: String(x.id),
      label: localityName(x, l.zh ? "zh-CN" : "en"),
      group: provinceName.get(x.provinceCode ?? "") ?? null,
    }))
    .sort((a, b) => collator.compare(a.group ?? "", b.group ?? "") || collator.compare(a.label, b.label));
  const summary = reportSummary(db, req, l);
  const statusCharts: ChartSpec[] = summary.charts.map((c, i) => ({
    id: `report-${i}`,
    title: c.title,
    // A partial year says how many answered, under its title (and paler bars).
    description: c.note,
    kind: "horizontal",
    categoryLabel: t("item"),
    series: [{ key: "value", label: t("value"), color: c.partial ? "#7fa6cb" : "#1d5f98" }],
    rows: c.rows.map((r) => ({ key: r.label, label: r.label, values: { value: r.value } })),
  }));
  // The registry's and the log's tables: the same builders as the exports (and the annual report).
  const charts = [...registryTables(db, scope, period, l), ...statusCharts];
  const query = new URLSearchParams({
    scope: scope.kind,
    ...(scope.kind === "province" ? { province: scope.provinceCode } : {}),
    ...(scope.kind === "locality" ? { locality: String(scope.localityId) } : {}),
    from: String(period.from),
    to: String(period.to),
  }).toString();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AnnualReportLink />
      <ReportForm scope={scope} period={period} scopes={scopes} provinces={provinceOptions} localities={localities} years={years} />
      {!req.allowed ? (
        <p role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("scopeRefused")}
        </p>
      ) : null}
      <h2 className="mb-3 text-xl" data-testid="report-title">
        {req.title}
      </h2>
      <dl className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
        {summary.totals.map((x) => (
          <div key={x.label} className="card p-3">
            <dt className="text-sm text-slate-600">{x.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-brand-800">{format.number(x.value)}</dd>
          </div>
        ))}
      </dl>
      <ReportNotes notes={summary.notes} />
      <ReportDownloads query={query} />
      <ChartGrid charts={charts} />
      <div className="mt-6">
        <EvaluationDownloads campaigns={listOpenedCampaigns(db)} />
      </div>
    </>
  );
}

import "server-only";
import type { DbOrTx } from "@/db/connection";
import { getPartnershipStats, type PartnershipStats, type PartnershipStatsOptions } from "@/db/queries/statistics";
import { getDelegationRanks, getExchangeStats } from "@/db/queries/statistics-exchanges";
import type { StatScope } from "@/db/queries/statistics-scope";
import type { ChartSpec } from "@/components/charts/chart-types";
import type { ChartContext } from "@/components/dashboard/chart-context";
import { activitiesMatrix, delegationsMatrix } from "@/components/dashboard/exchange-matrices";
import { registryCharts } from "@/components/dashboard/partnership-charts";
import { thisYear } from "@/lib/domain/clock";
import type { StatFilters } from "@/lib/domain/statistics-filters";
import { chartSpecPdfChart } from "@/lib/exports/chart-spec-table";
import type { Labels } from "@/lib/exports/columns/labels";
import type { PdfChart } from "@/lib/exports/pdf";

/** What the tables' texts need: exportLabels() (lib/exports/labels.ts) gives it. */
export type RegistryLabels = Labels & { t: (key: string, values?: Record<string, string | number>) => string };

/** A period in whole years, first and last included. */
export type RegistryPeriod = { from: number; to: number };

/** The partner-country, province and region filters the tables may be narrowed by besides the scope (none in the reports). */
export type RegistryFilters = Pick<StatFilters, "country" | "province" | "region">;

/** The dashboard's chart texts (namespace `dashboard`) and enum labels, linking to the lists of the scope. */
function chartContext(scope: StatScope, filters: StatFilters, l: RegistryLabels): ChartContext {
  const province = scope.kind === "province" ? scope.provinceCode : filters.province;
  return {
    t: (key, values) => l.t(`dashboard.${key}`, values),
    enumLabel: (group, value) => l.enumLabel(group, value),
    zh: l.zh,
    link: { filters: { ...filters, province }, localityId: scope.kind === "locality" ? scope.localityId : null },
  };
}

/**
 * The registry's tables for a scope, as of today: partnerships by partner country (with shares), cumulative by
 * year and new per year per country (every year up to the period's end, undated ones as "year unknown"), by
 * province and by region. The stock counts every current partnership, whatever its signing year.
 */
export function registryStockTables(
  db: DbOrTx,
  scope: StatScope,
  period: RegistryPeriod,
  l: RegistryLabels,
  filters: RegistryFilters = {},
) {
  return registryStock(db, scope, { to: period.to }, l, filters, { stockAllYears: true }).tables;
}

/**
 * The same tables with the counts they come from, the years drawn from `period.from` (all when absent); the annual
 * report takes the stock at the end of its year (stockAtEnd).
 */
export function registryStock(
  db: DbOrTx,
  scope: StatScope,
  period: Partial<RegistryPeriod> & { to: number },
  l: RegistryLabels,
  filters: RegistryFilters,
  opts: PartnershipStatsOptions,
): { stats: PartnershipStats; tables: ChartSpec[] } {
  const stats = getPartnershipStats(db, scope, { ...filters, from: period.from, to: period.to }, thisYear(), opts);
  return { stats, tables: registryCharts(stats, chartContext(scope, filters, l)) };
}

/** Activities by category and the year they started, in the period (a category × year matrix with totals). */
export function activitiesTable(db: DbOrTx, scope: StatScope, period: RegistryPeriod, l: RegistryLabels, filters: RegistryFilters = {}) {
  const withYears = { ...filters, from: period.from, to: period.to };
  return activitiesMatrix(getExchangeStats(db, scope, withYears).activities, period, chartContext(scope, withYears, l));
}

/** Delegations started in the period by direction and the leader's rank (cancelled ones not counted). */
export function delegationsTable(db: DbOrTx, scope: StatScope, period: RegistryPeriod, l: RegistryLabels, filters: RegistryFilters = {}) {
  const withYears = { ...filters, from: period.from, to: period.to };
  return delegationsMatrix(getDelegationRanks(db, scope, withYears), chartContext(scope, withYears, l));
}

/**
 * Every table of the report from the registry and the exchange log, each ONE ChartSpec: the reports page draws
 * them, the activity report's CSV/XLSX/PDF write them (chartSpecTable, chartSpecPdfChart), the annual report
 * calls the same. Each number links to the filtered list of the records behind it.
 */
export function registryTables(
  db: DbOrTx,
  scope: StatScope,
  period: RegistryPeriod,
  l: RegistryLabels,
  filters: RegistryFilters = {},
): ChartSpec[] {
  return [
    ...registryStockTables(db, scope, period, l, filters),
    activitiesTable(db, scope, period, l, filters),
    delegationsTable(db, scope, period, l, filters),
  ];
}

/** As many bars as an A4 page holds below a title. */
const PDF_CHART_ROWS = 40;

/**
 * A table as the PDF draws it: a bar per row, its total over the counted columns (a stack's full height, a
 * matrix row's total). A longer table draws its last rows (the latest years) and says so; its table lists all.
 */
export function registryPdfChart(spec: ChartSpec, l: RegistryLabels): PdfChart {
  const counted = spec.series.filter((s) => !s.tableOnly && s.format !== "percent");
  const rows = spec.rows.map((r) => ({ label: r.label, value: counted.reduce((n, s) => n + (r.values[s.key] ?? 0), 0) }));
  const base = chartSpecPdfChart(spec);
  if (rows.length <= PDF_CHART_ROWS) return { ...base, rows };
  const note = l.t("reports.pdfChartLastRows", { n: PDF_CHART_ROWS });
  return { ...base, note: base.note ? `${base.note} ${note}` : note, rows: rows.slice(-PDF_CHART_ROWS) };
}

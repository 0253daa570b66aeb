import "server-only";
import type { Db } from "@/db/connection";
import { getPartnershipStats } from "@/db/queries/statistics";
import { getExchangeStats } from "@/db/queries/statistics-exchanges";
import { getReportTotals } from "@/db/queries/statistics-report";
import { ACTIVITY_CATEGORIES, DELEGATION_DIRECTIONS, PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import type { Labels } from "./columns/labels";
import type { ReportRequest } from "./activity-report";
import type { PdfChart } from "./pdf";
import type { ExportTable } from "./table";

type T = Labels & { t: (k: string, v?: Record<string, string | number>) => string };

/** The report's totals and chart numbers, for the PDF's first page and the workbook's summary sheet. */
export function reportSummary(db: Db, req: ReportRequest, l: T): { totals: { label: string; value: number }[]; charts: PdfChart[] } {
  const totals = getReportTotals(db, req.scope, req.period);
  const stats = getPartnershipStats(db, req.scope, {}, new Date().getFullYear());
  const exchanges = getExchangeStats(db, req.scope, { from: req.period.from, to: req.period.to });
  const sum = <R extends { count: number }>(rows: R[], match: (r: R) => boolean) => rows.filter(match).reduce((s, r) => s + r.count, 0);
  return {
    totals: (["partnerships", "partnerCountries", "newPartnerships", "activities", "incoming", "outgoing"] as const).map((k) => ({ label: l.t(`reports.totals.${k}`), value: totals[k] })),
    charts: [
      { title: l.t("dashboard.chartByCountry"), rows: stats.byCountry.slice(0, 12).map((r) => ({ label: l.zh ? r.nameZh : r.nameEn, value: r.count })) },
      { title: stats.status.year ? l.t("dashboard.chartStatus", { year: stats.status.year }) : l.t("dashboard.chartStatusNone"), rows: PARTNERSHIP_STATUSES.map((s) => ({ label: l.enumLabel("partnershipStatus", s), value: stats.status.current[s] })) },
      { title: l.t("reports.chartActivitiesInPeriod"), rows: ACTIVITY_CATEGORIES.map((c) => ({ label: l.enumLabel("activityCategory", c), value: sum(exchanges.activities, (r) => r.category === c) })).filter((r) => r.value > 0) },
      { title: l.t("reports.chartDelegationsInPeriod"), rows: DELEGATION_DIRECTIONS.map((d) => ({ label: l.enumLabel("delegationDirection", d), value: sum(exchanges.delegations, (r) => r.direction === d) })) },
    ],
  };
}

/** The summary as a two-column sheet: totals, then each chart's numbers. */
export function summaryTable(summary: ReturnType<typeof reportSummary>, l: T, title: string): ExportTable<{ label: string; value: number | null }> {
  const rows: { label: string; value: number | null }[] = [{ label: title, value: null }, ...summary.totals];
  for (const chart of summary.charts) rows.push({ label: "", value: null }, { label: chart.title, value: null }, ...chart.rows);
  return {
    name: l.header("sheet_summary"),
    columns: [
      { key: "label", header: l.header("item"), type: "string", width: 48, value: (r) => r.label },
      { key: "value", header: l.header("value"), type: "number", width: 14, value: (r) => r.value },
    ],
    rows,
  };
}

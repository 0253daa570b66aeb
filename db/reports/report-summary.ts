import "server-only";
import type { Db } from "@/db/connection";
import { getReportCounts, getStatusCoverage, type StatusCoverage } from "@/db/queries/statistics-report";
import { PARTNERSHIP_STATUSES } from "@/lib/domain/enums";
import { isPartialYear } from "@/lib/domain/statistics-report";
import type { Labels } from "@/lib/exports/columns/labels";
import type { ReportRequest } from "./activity-report";
import type { PdfChart } from "@/lib/exports/pdf";
import type { ExportTable } from "@/lib/exports/table";

type T = Labels & { t: (k: string, v?: Record<string, string | number>) => string };

export type ReportSummary = {
  totals: { label: string; value: number }[];
  /** How the totals were counted and what they leave out, one sentence each. */
  notes: string[];
  charts: PdfChart[];
};

/** A year's status chart; a year not every partnership has answered for says so in its title and note. */
function statusChart(c: StatusCoverage, l: T): PdfChart {
  const partial = isPartialYear(c.answered, c.total);
  return {
    title: partial ? l.t("reportNotes.statusTitlePartial", { year: c.year }) : l.t("dashboard.chartStatus", { year: c.year }),
    note: l.t("reportNotes.statusCoverage", { year: c.year, answered: c.answered, total: c.total }),
    partial,
    rows: PARTNERSHIP_STATUSES.map((s) => ({ label: l.enumLabel("partnershipStatus", s), value: c.counts[s] })),
  };
}

/**
 * The report's totals, notes and chart numbers, for the page, the PDF's first page
 * and the workbook's summary sheet. Totals are counted over the selection the
 * tables list (getReportCounts), so each equals its table's number of rows.
 */
export function reportSummary(db: Db, req: ReportRequest, l: T): ReportSummary {
  const counts = getReportCounts(db, req.scope, req.period);
  const coverage = getStatusCoverage(db, req.scope, req.period);
  const { totals, leftOut } = counts;
  const firstDay = `${req.period.from}-01-01`;
  // The year before is shown too when the latest is incomplete, so a few early answers never stand alone.
  const statusYears = coverage[0] && isPartialYear(coverage[0].answered, coverage[0].total) ? coverage : coverage.slice(0, 1);
  return {
    totals: (["partnerships", "partnerCountries", "newPartnerships", "activities", "incoming", "outgoing"] as const).map((k) => ({
      label: l.t(`reports.totals.${k}`),
      value: totals[k],
    })),
    notes: [
      l.t("reportNotes.countingRule"),
      l.t("reportNotes.cancelledDelegations", { n: leftOut.cancelledDelegations }),
      ...(leftOut.activitiesBefore ? [l.t("reportNotes.activitiesBefore", { n: leftOut.activitiesBefore, date: firstDay })] : []),
      ...(leftOut.delegationsBefore ? [l.t("reportNotes.delegationsBefore", { n: leftOut.delegationsBefore, date: firstDay })] : []),
    ],
    // The registry's and the log's tables are db/reports/registry-tables.ts's, beside these.
    charts: statusYears.length
      ? statusYears.map((c) => statusChart(c, l))
      : [{ title: l.t("dashboard.chartStatusNone"), note: l.t("reportNotes.statusNone"), rows: [] }],
  };
}

/** The summary as a two-column sheet: title, totals, the notes, then each chart's numbers (and its note). */
export function summaryTable(summary: ReportSummary, l: T, title: string): ExportTable<{ label: string; value: number | null }> {
  const rows: { label: string; value: number | null }[] = [{ label: title, value: null }, ...summary.totals, { label: "", value: null }];
  for (const note of summary.notes) rows.push({ label: note, value: null });
  for (const chart of summary.charts) {
    rows.push({ label: "", value: null }, { label: chart.title, value: null });
    if (chart.note) rows.push({ label: chart.note, value: null });
    rows.push(...chart.rows);
  }
  return {
    name: l.header("sheet_summary"),
    columns: [
      { key: "label", header: l.header("item"), type: "string", width: 64, value: (r) => r.label },
      { key: "value", header: l.header("value"), type: "number", width: 14, value: (r) => r.value },
    ],
    rows,
  };
}

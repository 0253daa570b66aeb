import "server-only";
import type { Db } from "@/db/connection";
import { activityExportSelection } from "@/db/queries/exports/activities";
import { delegationExportSelection } from "@/db/queries/exports/delegations";
import { partnershipExportSelection } from "@/db/queries/exports/partnerships";
import { iterateRows } from "@/db/queries/exports/reader";
import { reportActivitiesQuery, reportDelegationsQuery, reportPartnershipsQuery, reportSelection } from "@/db/queries/exports/report";
import { provinceOfLocality, reportScopeName } from "@/db/queries/statistics-report";
import type { Viewer } from "@/lib/auth/viewer";
import { thisYear } from "@/lib/domain/clock";
import { reportPeriod, resolveReportScope, type RegistryTableId, type ReportScope, type ReportTable } from "@/lib/domain/statistics-report";
import { parseReportParams } from "@/lib/validation/report-params";
import type Database from "better-sqlite3";
import { activityColumns, delegationColumns } from "@/lib/exports/columns/exchanges";
import type { Labels } from "@/lib/exports/columns/labels";
import { partnershipColumns } from "@/lib/exports/columns/registry";
import type { ExportTable } from "@/lib/exports/table";

export type ReportRequest = {
  scope: ReportScope;
  allowed: boolean;
  period: { from: number; to: number };
  title: string;
  table?: ReportTable;
  chart?: RegistryTableId;
};

/** The scope (checked against the viewer's own), period and title of an activity report request. */
export function resolveReport(
  db: Db,
  viewer: Viewer,
  raw: Record<string, string | string[] | undefined>,
  t: Labels & { t: (k: string, v?: Record<string, string | number>) => string },
): ReportRequest {
  const params = parseReportParams(raw);
  const { scope, allowed } = resolveReportScope(viewer, params, (id) => provinceOfLocality(db, id));
  const period = reportPeriod(params, thisYear());
  const name = reportScopeName(db, scope, t.zh) ?? t.t("reports.scopeNation");
  const years = period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
  return {
    scope,
    allowed,
    period,
    title: t.t("reports.reportTitle", { scope: name, period: years }),
    table: params.table,
    chart: params.chart,
  };
}

/**
 * The report's three tables, each iterating its own query on the reader connection;
 * the rows are the selection the summary counts (db/queries/exports/report.ts).
 */
export function reportTables(db: Db, reader: Database.Database, req: ReportRequest, labels: Labels): Record<ReportTable, ExportTable> {
  const selection = reportSelection(req.scope, req.period);
  const name = (key: string) => labels.header(`sheet_${key}`);
  return {
    partnerships: {
      name: name("partnerships"),
      columns: partnershipColumns(labels),
      rows: iterateRows(reader, reportPartnershipsQuery(db, selection), partnershipExportSelection) as Iterable<never>,
    },
    activities: {
      name: name("activities"),
      columns: activityColumns(labels),
      rows: iterateRows(reader, reportActivitiesQuery(db, selection), activityExportSelection) as Iterable<never>,
    },
    delegations: {
      name: name("delegations"),
      columns: delegationColumns(labels),
      rows: iterateRows(reader, reportDelegationsQuery(db, selection), delegationExportSelection) as Iterable<never>,
    },
  };
}

/** Keeps the columns a printed A4 page has room for. */
export function printColumns(table: ExportTable, keys: string[]): ExportTable {
  return { ...table, columns: keys.flatMap((k) => table.columns.filter((c) => c.key === k)) };
}

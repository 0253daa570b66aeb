import { openExportReader } from "@/db/queries/exports/reader";
import { today } from "@/lib/domain/clock";
import { printColumns, reportTables, resolveReport } from "@/db/reports/activity-report";
import { csvStream } from "@/lib/exports/csv";
import { exportLabels } from "@/lib/exports/labels";
import { reportPdf } from "@/lib/exports/pdf";
import { reportSummary, summaryTable } from "@/db/reports/report-summary";
import { registryPdfChart, registryTables } from "@/db/reports/registry-tables";
import { chartSpecTable } from "@/lib/exports/chart-spec-table";
import { downloadResponse, textResponse } from "@/lib/exports/response";
import { xlsxStream } from "@/lib/exports/xlsx";
import { defineRoute } from "@/lib/server/define-route";

export const dynamic = "force-dynamic";

/** GET /reports/activity?scope&province&locality&from&to&format=xlsx|pdf|csv[&table=…|&chart=…] */
export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: async ({ viewer, db, req: request }) => {
    const l = await exportLabels();
    const url = new URL(request.url);
    const format = url.searchParams.get("format") ?? "xlsx";
    if (format !== "csv" && format !== "xlsx" && format !== "pdf") return textResponse(400, l.t("reports.badFormat"));
    const req = resolveReport(db, viewer, Object.fromEntries(url.searchParams), l);
    if (!req.allowed) return textResponse(403, l.t("reports.scopeRefused"));
    // The registry's and the log's tables: the page's own ChartSpecs, written as the page shows them.
    const specs = registryTables(db, req.scope, req.period, l);
    const registry = specs.map(chartSpecTable);
    const chart = req.chart && specs.find((s) => s.id === req.chart);
    if (format === "csv" && chart) return downloadResponse(csvStream(chartSpecTable(chart)), `${req.title}-${chart.title}`, "csv");
    const reader = openExportReader();
    const close = () => reader.open && reader.close();
    const tables = reportTables(db, reader, req, l);
    const fileName = `${req.title}`;
    if (format === "csv") {
      const which = req.table ?? "partnerships";
      return downloadResponse(csvStream(tables[which], close), `${fileName}-${tables[which].name}`, "csv");
    }
    const summary = reportSummary(db, req, l);
    if (format === "xlsx")
      return downloadResponse(
        xlsxStream([summaryTable(summary, l, req.title), ...registry, tables.partnerships, tables.activities, tables.delegations], close),
        fileName,
        "xlsx",
      );
    const body = reportPdf({
      title: req.title,
      subtitle: l.t("reports.pdfSubtitle"),
      generated: l.t("reports.generatedOn", { date: today() }),
      pageLabel: (page, pages) => l.t("reports.pageOf", { page, pages }),
      totals: summary.totals,
      totalLine: (label, value) => l.t("reportNotes.totalLine", { label, value }),
      notes: summary.notes,
      charts: [...summary.charts, ...specs.map((spec) => registryPdfChart(spec, l))],
      tables: [
        ...registry.map((table) => ({ title: table.name, table, widths: table.columns.map((c, i) => (i === 0 ? 3 : 1)) })),
        {
          title: tables.partnerships.name,
          table: printColumns(tables.partnerships, ["ourLocal", "partnerLocal", "partnerRomanised", "country", "signedOn", "status"]),
          widths: [2.5, 3.5, 3, 2.5, 2, 2],
        },
        {
          title: tables.activities.name,
          table: printColumns(tables.activities, ["startDate", "title", "category", "organiser", "partners"]),
          widths: [2, 5, 3, 2, 4],
        },
        {
          title: tables.delegations.name,
          table: printColumns(tables.delegations, ["startDate", "direction", "ourLocality", "leaderName", "partners"]),
          widths: [2, 1.5, 2, 3, 4],
        },
      ],
    });
    // Tables are read while the PDF is drawn (synchronously), so the reader can close once it is done.
    close();
    return downloadResponse(body, fileName, "pdf");
  },
});

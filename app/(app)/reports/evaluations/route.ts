import { today } from "@/lib/domain/clock";
import { evaluationResultsExport } from "@/db/reports/evaluation-results";
import { mayOpenResults } from "@/db/reports/evaluation-tables";
import { exportLabels } from "@/lib/exports/labels";
import { reportPdf } from "@/lib/exports/pdf";
import { downloadResponse, textResponse } from "@/lib/exports/response";
import { tablesCsvDocument } from "@/lib/exports/tables-csv";
import { xlsxStream } from "@/lib/exports/xlsx";
import { defineRoute } from "@/lib/server/define-route";
import { firstValues } from "@/lib/validation/list-params";
import { resultsExportParamsSchema } from "@/lib/validation/evaluation-answers";

export const dynamic = "force-dynamic";

/**
 * GET /reports/evaluations?campaign=<id>&format=xlsx|pdf|csv[&region&province&locality&country&compare]:
 * every table of the campaign's results page, with the page's filters (the page's own schema).
 */
export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: async ({ viewer, db, req }) => {
    const l = await exportLabels();
    const raw = firstValues(Object.fromEntries(new URL(req.url).searchParams));
    if (raw.format !== undefined && !["csv", "xlsx", "pdf"].includes(raw.format)) return textResponse(400, l.t("reports.badFormat"));
    const { campaign, format, compare, ...filters } = resultsExportParamsSchema.parse(raw);
    if (!mayOpenResults(db, viewer, filters)) return textResponse(403, l.t("evaluationTables.refused"));
    const results = campaign
      ? evaluationResultsExport(db, viewer, { campaignId: campaign, filters, compareCampaignId: compare }, l)
      : undefined;
    if (!results) return textResponse(404, l.t("errors.notFound"));
    if (format === "xlsx") return downloadResponse(xlsxStream(results.tables), results.title, "xlsx");
    if (format === "csv") return downloadResponse(new TextEncoder().encode(tablesCsvDocument(results.tables)), results.title, "csv");
    return downloadResponse(
      reportPdf({
        title: results.title,
        subtitle: l.t("reports.pdfSubtitle"),
        generated: l.t("reports.generatedOn", { date: today() }),
        pageLabel: (page, pages) => l.t("reports.pageOf", { page, pages }),
        totals: [],
        charts: results.charts,
        tables: results.tables.map((t) => ({ title: t.name, table: t, widths: [4, ...t.columns.slice(1).map(() => 1.5)] })),
      }),
      results.title,
      "pdf",
    );
  },
});

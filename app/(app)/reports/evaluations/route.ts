import { today } from "@/lib/domain/clock";
import { csvStream } from "@/lib/exports/csv";
import type { ExportColumn } from "@/lib/exports/table";
import { evaluationResultTables } from "@/db/reports/evaluation-results";
import { exportLabels } from "@/lib/exports/labels";
import { reportPdf } from "@/lib/exports/pdf";
import { downloadResponse, textResponse } from "@/lib/exports/response";
import { xlsxStream } from "@/lib/exports/xlsx";
import { defineRoute } from "@/lib/server/define-route";
import { optionalInt } from "@/lib/validation/list-params";

export const dynamic = "force-dynamic";

/** GET /reports/evaluations?campaign=<id>&format=xlsx|pdf|csv: a campaign's results tables. */
export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: async ({ viewer, db, req }) => {
    const l = await exportLabels();
    const url = new URL(req.url);
    const format = url.searchParams.get("format") ?? "xlsx";
    if (format !== "csv" && format !== "xlsx" && format !== "pdf") return textResponse(400, l.t("reports.badFormat"));
    const campaign = optionalInt(1, 2_000_000_000).parse(url.searchParams.get("campaign") ?? undefined);
    const results = campaign ? evaluationResultTables(db, viewer, campaign, l) : null;
    if (!results) return textResponse(404, l.t("errors.notFound"));
    if (format === "xlsx") return downloadResponse(xlsxStream(results.tables), results.title, "xlsx");
    if (format === "csv") {
      const rows = results.tables.flatMap((t) =>
        (t.rows as { answer: string; count: number; percent: number }[]).map((r) => ({ ...r, table: t.name })),
      );
      const first = results.tables[0];
      const columns = [
        { key: "table", header: l.t("reports.resultsTable"), type: "string" as const, value: (r: { table: string }) => r.table },
        ...(first?.columns ?? []),
      ] as ExportColumn<(typeof rows)[number]>[];
      return downloadResponse(csvStream({ name: results.title, columns, rows }), results.title, "csv");
    }
    return downloadResponse(
      reportPdf({
        title: results.title,
        subtitle: l.t("reports.pdfSubtitle"),
        generated: l.t("reports.generatedOn", { date: today() }),
        pageLabel: (page, pages) => l.t("reports.pageOf", { page, pages }),
        totals: [],
        charts: results.charts,
        tables: results.tables.map((t) => ({ title: t.name, table: t, widths: [5, 1.5, 1.5] })),
      }),
      results.title,
      "pdf",
    );
  },
});

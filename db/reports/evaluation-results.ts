import "server-only";
import type { DbOrTx } from "@/db/connection";
import type { Viewer } from "@/lib/auth/viewer";
import { chartSpecPdfChart, chartSpecTable } from "@/lib/exports/chart-spec-table";
import type { PdfChart } from "@/lib/exports/pdf";
import type { ExportTable } from "@/lib/exports/table";
import { evaluationTables, type EvaluationTablesRequest, type TableLabels } from "./evaluation-tables";

export type ResultsExport = { title: string; tables: ExportTable[]; charts: PdfChart[] };

/**
 * A campaign's results as every export writes them: the results page's tables (db/reports/evaluation-tables.ts),
 * same titles, same numbers, each turned into its export table and PDF chart. Undefined for a missing campaign.
 */
export function evaluationResultsExport(
  db: DbOrTx,
  viewer: Viewer,
  req: EvaluationTablesRequest,
  l: TableLabels,
): ResultsExport | undefined {
  const results = evaluationTables(db, viewer, req, l);
  if (!results) return undefined;
  return {
    title: l.t("evaluationTables.exportTitle", { title: results.campaign.title }),
    tables: results.tables.map(chartSpecTable),
    charts: results.tables.map(chartSpecPdfChart),
  };
}

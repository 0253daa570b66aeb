import { csvDocument } from "@/lib/exports/csv-format";
import { chartSpecTable } from "@/lib/exports/chart-spec-table";
import { writtenValue } from "@/lib/exports/table";
import type { ChartSpec } from "./chart-types";

/** The numbers of a chart as a CSV file: the exports' table of it (lib/exports/chart-spec-table.ts) in their format. */
export function chartToCsv(spec: ChartSpec): string {
  const table = chartSpecTable(spec);
  return csvDocument([table.columns.map((c) => c.header), ...[...table.rows].map((row) => table.columns.map((c) => writtenValue(c, row)))]);
}

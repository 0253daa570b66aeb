import type { ChartSpec } from "@/components/charts/chart-types";
import type { AnnualList } from "@/db/reports/annual/sections";
import { chartSpecTable } from "./chart-spec-table";
import type { ExportTable } from "./table";

/** A chart's table in the annual report: a long line (the registry since 1973) keeps its last ten years, the chart shows them all. */
export function annualChartTable(spec: ChartSpec): ExportTable {
  return chartSpecTable(spec.kind === "line" ? { ...spec, rows: spec.rows.slice(-10) } : spec) as ExportTable;
}

/** A list of the report (partnerships, delegations) as a table of text columns. */
export function annualListTable(list: AnnualList): ExportTable {
  return {
    name: list.title,
    columns: list.columns.map((header, i) => ({ key: String(i), header, type: "string", value: (row: string[]) => row[i] })),
    rows: list.rows,
  } as ExportTable;
}

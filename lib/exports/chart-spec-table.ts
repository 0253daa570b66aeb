import type { ChartSpec } from "@/components/charts/chart-types";
import type { PdfChart } from "./pdf";
import type { ExportColumn, ExportTable } from "./table";

/** One line of a chart's table: a category (or the totals) with its numbers. */
type Line = { label: string; values: Record<string, number>; total: number; share?: number };

/**
 * A chart's table as the exports write it: the same title, columns and rows as the
 * page's table (components/charts/chart-table.tsx), so that every format says the same.
 */
export function chartSpecTable(spec: ChartSpec): ExportTable<Line> {
  const multi = spec.series.filter((s) => s.format !== "percent").length > 1;
  const columns: ExportColumn<Line>[] = [
    { key: "label", header: spec.categoryLabel, type: "string", width: 36, value: (l) => l.label },
    ...spec.series.map((s): ExportColumn<Line> => ({
      key: s.key,
      header: s.label,
      type: s.format === "percent" ? "percent" : "number",
      signed: s.signed,
      value: (l) => l.values[s.key] ?? (s.format === "percent" ? null : 0),
    })),
  ];
  if (multi && spec.totalLabel) columns.push({ key: "total", header: spec.totalLabel, type: "number", value: (l) => l.total });
  if (spec.shares && spec.shareLabel) columns.push({ key: "share", header: spec.shareLabel, type: "percent", value: (l) => l.share });
  const counted = spec.series.filter((s) => s.format !== "percent");
  const line = (label: string, values: Record<string, number>, share?: number): Line => ({
    label,
    values,
    total: counted.reduce((sum, s) => sum + (values[s.key] ?? 0), 0),
    share,
  });
  const rows = spec.rows.map((r, i) => line(r.label, r.values, spec.shares?.[i]));
  if (spec.footer) rows.push(line(spec.footer.label, spec.footer.values, spec.footer.share));
  return { name: spec.title, columns, rows };
}

/** A chart as the PDF draws it (bars of its first drawn series), under the same title and note. */
export function chartSpecPdfChart(spec: ChartSpec): PdfChart {
  const drawn = spec.series.find((s) => !s.tableOnly && s.format !== "percent") ?? spec.series[0];
  return {
    title: spec.title,
    note: spec.description,
    rows: spec.rows.map((r) => ({ label: r.label, value: drawn ? (r.values[drawn.key] ?? 0) : 0 })),
  };
}

import { csvDocument } from "@/lib/exports/csv-format";
import type { ChartSpec } from "./chart-types";

/** The numbers of a chart as a CSV file (header row, one row per category), in the exports' format (lib/exports/csv-format.ts). */
export function chartToCsv(spec: ChartSpec): string {
  const multi = spec.series.length > 1;
  const header = [spec.categoryLabel, ...spec.series.map((s) => s.label)];
  if (multi && spec.totalLabel) header.push(spec.totalLabel);
  if (spec.shares && spec.shareLabel) header.push(spec.shareLabel);
  const rows = spec.rows.map((row, i) => {
    const values = spec.series.map((s) => row.values[s.key] ?? 0);
    const cells: (string | number)[] = [row.label, ...values];
    if (multi && spec.totalLabel) cells.push(values.reduce((a, b) => a + b, 0));
    if (spec.shares && spec.shareLabel) cells.push(spec.shares[i] ?? 0);
    return cells;
  });
  return csvDocument([header, ...rows]);
}

import { neutraliseCell } from "@/lib/exports/neutralise";
import type { ChartSpec } from "./chart-types";

function quote(value: string | number): string {
  const text = typeof value === "number" ? String(value) : neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The numbers of a chart as CSV text (header row, one row per category), formula-safe. */
export function chartToCsv(spec: ChartSpec): string {
  const multi = spec.series.length > 1;
  const header = [spec.categoryLabel, ...spec.series.map((s) => s.label)];
  if (multi && spec.totalLabel) header.push(spec.totalLabel);
  if (spec.shares && spec.shareLabel) header.push(spec.shareLabel);
  const lines = [header.map(quote).join(",")];
  spec.rows.forEach((row, i) => {
    const values = spec.series.map((s) => row.values[s.key] ?? 0);
    const cells: (string | number)[] = [row.label, ...values];
    if (multi && spec.totalLabel) cells.push(values.reduce((a, b) => a + b, 0));
    if (spec.shares && spec.shareLabel) cells.push(spec.shares[i] ?? 0);
    lines.push(cells.map(quote).join(","));
  });
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

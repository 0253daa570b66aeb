import type { ChartRow, ChartSpec } from "./chart-types";

/**
 * The first `n` rows (already sorted, largest first) and one "others" row summing the rest.
 * When only one row would be left over it is shown by name: an "others" of one says less than its name.
 */
export function topWithOthers<T>(
  rows: T[],
  n: number,
  value: (row: T) => number,
): { top: T[]; others: { count: number; value: number } | null } {
  if (rows.length <= n + 1) return { top: rows, others: null };
  const rest = rows.slice(n);
  return { top: rows.slice(0, n), others: { count: rest.length, value: rest.reduce((s, r) => s + value(r), 0) } };
}

/** The numbers a chart draws (table-only series, such as a change, are not drawn). */
function drawnValues(spec: ChartSpec): number[] {
  const drawn = spec.series.filter((s) => !s.tableOnly);
  return spec.rows.flatMap((row: ChartRow) => drawn.map((s) => row.values[s.key] ?? 0));
}

/**
 * Whether a chart compares anything: with a single non-zero number (one province, 100 % "East")
 * it only repeats a headline figure, so the dashboard leaves it out.
 */
export function comparesSeveralValues(spec: ChartSpec): boolean {
  return drawnValues(spec).filter((v) => v !== 0).length >= 2;
}

/** Whether a chart has nothing at all to draw (the card then says so instead of drawing an empty frame). */
export function isEmptyChart(spec: ChartSpec): boolean {
  return drawnValues(spec).every((v) => v === 0);
}

export const BAR_ROW_HEIGHT = 24;

/** A horizontal bar chart grows with its rows so that no two category labels share a line. */
export function horizontalChartHeight(rows: number, minimum = 288): number {
  return Math.max(minimum, rows * BAR_ROW_HEIGHT + 48);
}

/** Width of the category axis of a horizontal bar chart: the longest label, CJK counted double, within bounds. */
export function categoryAxisWidth(labels: string[], fontSize = 12): number {
  const widest = Math.max(
    0,
    ...labels.map((l) => [...l].reduce((w, ch) => w + (/[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.6), 0)),
  );
  return Math.min(200, Math.max(48, Math.ceil(widest * fontSize) + 12));
}

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

/** A row whose label wraps onto two lines (axisLabelLines) needs this much. */
export const WRAPPED_ROW_HEIGHT = 34;

/** A horizontal bar chart grows with its rows so that no two category labels share a line. */
export function horizontalChartHeight(rows: number, minimum = 288, rowHeight = BAR_ROW_HEIGHT): number {
  return Math.max(minimum, rows * rowHeight + 48);
}

/** A character's width in ems: CJK, Hangul and full-width forms a whole em, others about 0.6. */
const charUnits = (ch: string) => (/[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.6);
const textUnits = (text: string) => [...text].reduce((w, ch) => w + charUnits(ch), 0);

/** The widest category axis: a longer label wraps onto a second line (axisLabelLines). */
const AXIS_MAX_WIDTH = 200;

/** Width of the category axis of a horizontal bar chart: the longest label, CJK counted double, within bounds. */
export function categoryAxisWidth(labels: string[], fontSize = 12): number {
  const widest = Math.max(0, ...labels.map(textUnits));
  return Math.min(AXIS_MAX_WIDTH, Math.max(48, Math.ceil(widest * fontSize) + 12));
}

/**
 * A category label as the axis writes it within `width` px: one line if it fits, else two, broken at the last
 * space or list comma of the first line (or between CJK characters), the second cut with "…" if still too long. The
 * table beside the chart always has the whole label.
 */
export function axisLabelLines(label: string, width: number, fontSize = 12): string[] {
  const max = (width - 12) / fontSize;
  if (textUnits(label) <= max) return [label];
  const chars = [...label];
  let used = 0;
  let fit = 0;
  while (fit < chars.length && used + charUnits(chars[fit]!) <= max) used += charUnits(chars[fit++]!);
  // Break after the last space or list punctuation in the line's second half, else where it is full.
  let cut = fit;
  for (let i = fit; i > fit / 2; i--) {
    if (chars[i] === " " || /[、，,；;]/.test(chars[i - 1] ?? "")) {
      cut = i;
      break;
    }
  }
  const first = chars.slice(0, cut).join("").trimEnd();
  const rest = chars.slice(cut).join("").trim();
  if (textUnits(rest) <= max) return [first, rest];
  const kept: string[] = [];
  let width2 = charUnits("…");
  for (const ch of rest) {
    if (width2 + charUnits(ch) > max) break;
    kept.push(ch);
    width2 += charUnits(ch);
  }
  return [first, `${kept.join("").trimEnd()}…`];
}

/**
 * One series of a chart (a stack, a line, the slices of a pie). A `tableOnly` series (a change
 * between two years, say) is listed in the table and CSV but not drawn: drawn beside counts it
 * would pull the count axis below zero. `signed` numbers show their sign (+12, −350).
 */
export type ChartSeries = {
  key: string;
  label: string;
  color: string;
  tableOnly?: boolean;
  signed?: boolean;
  /** A share in percent, written to one decimal everywhere (22.0%): a table-only column beside its counts. */
  format?: "percent";
};

/** One category (a year, a country…) with a value per series and where clicking each leads. */
export type ChartRow = {
  key: string;
  label: string;
  values: Record<string, number>;
  href?: string;
  hrefs?: Record<string, string>;
  color?: string;
};

export type ChartKind = "bar" | "stacked" | "grouped" | "line" | "pie" | "horizontal";

/** Everything a chart card needs: drawn by recharts, repeated as a table, downloadable as CSV. */
export type ChartSpec = {
  id: string;
  title: string;
  description?: string;
  kind: ChartKind;
  categoryLabel: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** Largest-remainder percentages of the first series, shown in the table and CSV. */
  shares?: number[];
  /** Text of the row totals column, when there are several series. */
  totalLabel?: string;
  shareLabel?: string;
  /** A last row of totals (the number of answers, 100.0%…), given by the table's builder. */
  footer?: { label: string; values: Record<string, number>; share?: number };
};

/** Colour-blind-safe palette (Okabe–Ito, extended), dark enough on white. */
export const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#8C564B",
  "#7F7F7F",
  "#B8860B",
  "#4B0082",
  "#2F4F4F",
];

export const STATUS_COLORS: Record<string, string> = {
  very_good: "#15803d",
  good: "#1d5f98",
  maintaining_contact: "#b45309",
  suspended: "#b91c1c",
  none: "#64748b",
};

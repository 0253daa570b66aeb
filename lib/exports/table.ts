/**
 * How a column is written: text (neutralised), a number, a share in percent to one decimal
 * (22.0, never 22: a number formatted 0.0 in XLSX), or an ISO date (a real date in XLSX).
 */
export type ColumnType = "string" | "number" | "percent" | "date";

export type CellValue = string | number | null | undefined;

export type ExportColumn<R> = {
  key: string;
  header: string;
  type: ColumnType;
  /** A change: a rise written with its "+" (and "+0.0" style in XLSX), as the page's table shows it. */
  signed?: boolean;
  width?: number;
  // Method syntax on purpose: a table of any row type can join a workbook of several.
  value(row: R): CellValue;
};

/** A table to export: a name (the XLSX sheet), its columns, and rows produced lazily. */
export type ExportTable<R = unknown> = { name: string; columns: ExportColumn<R>[]; rows: Iterable<R> };

/** A cell as text and CSV write it: a share always with its one decimal ("22.0"), a rise with its sign ("+3.1"). */
export function writtenValue<R>(column: ExportColumn<R>, row: R): CellValue {
  const value = column.value(row);
  if (typeof value !== "number") return value;
  const text = column.type === "percent" ? value.toFixed(1) : value;
  return column.signed && value > 0 ? `+${text}` : text;
}

/** Numbers as a reader expects them in a printed table: grouped (1,863), shares to one decimal, a rise with its "+". */
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export function printedValue(column: ExportColumn<unknown>, row: unknown): { text: string; numeric: boolean } {
  const raw = column.value(row);
  if (typeof raw !== "number" || (column.type !== "number" && column.type !== "percent")) {
    const v = writtenValue(column, row);
    return { text: v === null || v === undefined ? "" : String(v), numeric: false };
  }
  const text = column.type === "percent" ? raw.toFixed(1) : GROUPED.format(raw);
  return { text: column.signed && raw > 0 ? `+${text}` : text, numeric: true };
}

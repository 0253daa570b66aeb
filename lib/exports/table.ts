/** How a column is written: text (neutralised), a number, or an ISO date (a real date in XLSX). */
export type ColumnType = "string" | "number" | "date";

export type CellValue = string | number | null | undefined;

export type ExportColumn<R> = {
  key: string;
  header: string;
  type: ColumnType;
  width?: number;
  // Method syntax on purpose: a table of any row type can join a workbook of several.
  value(row: R): CellValue;
};

/** A table to export: a name (the XLSX sheet), its columns, and rows produced lazily. */
export type ExportTable<R = unknown> = { name: string; columns: ExportColumn<R>[]; rows: Iterable<R> };

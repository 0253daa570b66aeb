import type { TableInfo } from "./types";

/** What the mapping page needs of a table read from a file. */
export function tableInfoOf(table: Omit<TableInfo, "samples" | "rowCount"> & { rows: string[][] }): TableInfo {
  return {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: table.headerRow,
    headers: table.headers,
    samples: table.headers.map((_, c) =>
      table.rows
        .slice(0, 3)
        .map((r) => r[c] ?? "")
        .filter(Boolean),
    ),
    rowCount: table.rows.length,
  };
}

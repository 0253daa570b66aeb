import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "./neutralise";
import type { CellValue } from "./table";

/** A byte-order mark first, so that Excel reads Chinese correctly. */
export const CSV_BOM = "\uFEFF";

/** A cell as written: numbers as they are, nothing as empty, text formula-safe (lib/exports/neutralise.ts). */
function csvCell(value: CellValue): string | number {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? value : neutraliseCell(value);
}

/**
 * Rows as CSV lines through csv-stringify: the one CSV format of every file the
 * app writes (list exports, reports, charts): quoted as needed, CRLF line ends.
 */
export function csvLines(rows: readonly (readonly CellValue[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvCell)),
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR: quote those too.
    { record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
  );
}

/** A whole small CSV file as text: the mark, then the lines. */
export function csvDocument(rows: readonly (readonly CellValue[])[]): string {
  return CSV_BOM + csvLines(rows);
}

import { IMPORT_LIMITS, ImportFileError } from "./errors";
import type { GridRow } from "./grid";

/** An apostrophe our exports put before a cell that a spreadsheet would read as a formula (lib/exports/neutralise.ts). */
const NEUTRALISED = /^'(?=[=+\-@\t\r])/;

/** A cell as imported: trimmed, without the apostrophe of our own exports, so export → import round-trips. */
function cleanCell(raw: string, row: number, column: number): string {
  const cell = raw.trim().replace(NEUTRALISED, "").trim();
  if (cell.length > IMPORT_LIMITS.cellChars) throw new ImportFileError("cellTooLong", { row, column, limit: IMPORT_LIMITS.cellChars });
  return cell;
}

/** How many cells up to the last non-empty one. */
function filledWidth(cells: string[]): number {
  let width = cells.length;
  while (width > 0 && cells[width - 1] === "") width--;
  return width;
}

export type HeadedTable = { headerRow: number; headers: string[]; rows: string[][]; rowNumbers: number[] };

/**
 * The header row (the given 1-based row, else the first non-blank one that is not a lone title above the table) and the non-blank rows after it,
 * each cleaned and as wide as the headers; a column with data but no header gets "Column N".
 */
export function buildTable(grid: GridRow[], headerRow: number | undefined): HeadedTable {
  const lines = grid
    .map(({ number, cells }) => ({ number, cells: cells.map((cell, c) => cleanCell(cell, number, c + 1)) }))
    .filter((line) => line.cells.some((cell) => cell !== ""));
  const headerAt = headerRow === undefined ? firstHeaderLike(lines) : lines.findIndex((line) => line.number === headerRow);
  const header = lines[headerAt];
  if (!header) throw headerRow === undefined ? new ImportFileError("empty") : new ImportFileError("noHeaderRow", { row: headerRow });
  const data = lines.slice(headerAt + 1);
  if (data.length > IMPORT_LIMITS.dataRows) throw new ImportFileError("tooManyRows", { limit: IMPORT_LIMITS.dataRows });
  const width = data.reduce((widest, line) => Math.max(widest, filledWidth(line.cells)), filledWidth(header.cells));
  if (width > IMPORT_LIMITS.columns) throw new ImportFileError("tooManyColumns", { limit: IMPORT_LIMITS.columns });
  const headers = Array.from({ length: width }, (_, c) => header.cells[c] || `Column ${c + 1}`);
  return {
    headerRow: header.number,
    headers,
    rows: data.map((line) => Array.from({ length: width }, (_, c) => line.cells[c] ?? "")),
    rowNumbers: data.map((line) => line.number),
  };
}

/** The first of the first ten lines with two cells or more: a sheet's title ("天津市友好城市一览") sits above the headers in a cell of its own. */
function firstHeaderLike(lines: { cells: string[] }[]): number {
  const at = lines.slice(0, 10).findIndex((line) => line.cells.filter((cell) => cell !== "").length >= 2);
  return at < 0 ? 0 : at;
}

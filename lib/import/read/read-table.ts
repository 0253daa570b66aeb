import { buildTable } from "./build-table";
import { IMPORT_LIMITS, ImportFileError } from "./errors";
import type { Grid } from "./grid";
import { readCsv } from "./read-csv";
import { readXls } from "./read-xls";
import { readXlsx } from "./read-xlsx";

export type ReadTable = {
  format: "csv" | "xlsx" | "xls";
  /** The CSV's encoding (detected or chosen); null for a workbook. */
  encoding: string | null;
  /** The CSV's delimiter (detected or chosen); null for a workbook. */
  delimiter: string | null;
  /** A workbook's sheet names, in order; empty for a CSV. */
  sheets: string[];
  sheet: string | null;
  /** The file's 1-based row number of the header row. */
  headerRow: number;
  headers: string[];
  rows: string[][];
  /** The file's 1-based row number of each data row, for messages. */
  rowNumbers: number[];
};

export type ReadTableOptions = { encoding?: string; delimiter?: string; sheet?: string; headerRow?: number };

const TEXT_EXTENSIONS = new Set(["csv", "txt", "tsv", "tab"]);
const WORKBOOK_EXTENSIONS = new Set(["xlsx", "xlsm", "xls"]);

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** The format by the file's first bytes (a zip is an XLSX, an OLE compound file an XLS), else by its name. */
function formatOf(name: string, bytes: Uint8Array): ReadTable["format"] {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "xls";
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (TEXT_EXTENSIONS.has(extension) || extension === "") return "csv";
  // A file named as a workbook whose bytes are not one is damaged, not of another kind.
  throw new ImportFileError(WORKBOOK_EXTENSIONS.has(extension) ? "unreadable" : "unsupported");
}

async function readGrid(
  format: ReadTable["format"],
  bytes: Uint8Array,
  options: ReadTableOptions,
): Promise<Grid & Pick<ReadTable, "encoding" | "delimiter" | "sheets" | "sheet">> {
  if (format === "csv") return { ...readCsv(bytes, options), sheets: [], sheet: null };
  const workbook = format === "xlsx" ? await readXlsx(bytes, options.sheet) : readXls(bytes, options.sheet);
  return { ...workbook, encoding: null, delimiter: null };
}

/**
 * An uploaded CSV, XLSX or XLS file as a table of strings: the header row and the data rows after it,
 * blank rows skipped (their numbers kept), every cell trimmed. Throws only ImportFileError, whatever the bytes.
 */
export async function readTable(file: { name: string; bytes: Uint8Array }, options: ReadTableOptions = {}): Promise<ReadTable> {
  const { bytes } = file;
  if (bytes.length === 0) throw new ImportFileError("empty");
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw new ImportFileError("tooLarge", { limit: IMPORT_LIMITS.fileBytes });
  const format = formatOf(file.name, bytes);
  try {
    const { rows, encoding, delimiter, sheets, sheet } = await readGrid(format, bytes, options);
    return { format, encoding, delimiter, sheets, sheet, ...buildTable(rows, options.headerRow) };
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("unreadable", {}, { cause: error });
  }
}

import * as XLSX from "@e965/xlsx";
import { booleanText, isoDateText, numberText } from "./cell-text";
import { ImportFileError } from "./errors";
import type { WorkbookGrid } from "./grid";

/** SheetJS's number-format helpers (untyped in its declarations). */
const SSF = XLSX.SSF as {
  is_date(format: string): boolean;
  parse_date_code(serial: number, options?: { date1904?: boolean }): { y: number; m: number; d: number } | null;
};

function cellText(cell: XLSX.CellObject | undefined, date1904: boolean): string {
  if (!cell) return "";
  switch (cell.t) {
    case "s":
      return String(cell.v ?? "");
    case "b":
      return booleanText(Boolean(cell.v));
    case "e":
      return cell.w ?? "";
    case "n": {
      const value = Number(cell.v);
      if (typeof cell.z === "string" && SSF.is_date(cell.z)) {
        const date = SSF.parse_date_code(value, { date1904 });
        if (date) return isoDateText(date.y, date.m, date.d);
      }
      return numberText(value);
    }
    default:
      return cell.w ?? "";
  }
}

/** An old binary Excel (.xls) workbook's sheet names and the rows of one sheet, read with SheetJS (@e965/xlsx). */
export function readXls(bytes: Uint8Array, sheetName: string | undefined): WorkbookGrid {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: "array", dense: true, cellNF: true, cellDates: false, cellHTML: false, cellStyles: false });
  } catch (cause) {
    throw new ImportFileError("unreadable", {}, { cause });
  }
  const sheets = workbook.SheetNames;
  const name = sheetName ?? sheets[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (name === undefined || !sheet) throw new ImportFileError("noSheet", sheetName === undefined ? {} : { sheet: sheetName });
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const rows: WorkbookGrid["rows"] = [];
  (sheet["!data"] ?? []).forEach((row, r) => {
    if (!row) return;
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) cells.push(cellText(row[c], date1904));
    rows.push({ number: r + 1, cells });
  });
  return { sheets, sheet: name, rows };
}

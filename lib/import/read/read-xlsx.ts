import ExcelJS from "exceljs";
import { booleanText, dateText, numberText } from "./cell-text";
import { IMPORT_LIMITS, ImportFileError } from "./errors";
import type { WorkbookGrid } from "./grid";
import { zipDirectory } from "./zip-entries";

/** An exceljs cell value as the text a person sees: formulas by their last result, links and rich text by their text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return booleanText(value);
  if (value instanceof Date) return dateText(value);
  if (typeof value !== "object") return "";
  if ("richText" in value && Array.isArray(value.richText))
    return value.richText.map((run: { text?: unknown }) => cellText(run.text)).join("");
  if ("formula" in value || "sharedFormula" in value) return "result" in value ? cellText(value.result) : "";
  if ("text" in value) return cellText(value.text);
  if ("error" in value) return cellText(value.error);
  return "";
}

/** Refuses a zip that is not a workbook, or that would unpack to more than the limit, before exceljs opens it. */
function checkZip(bytes: Uint8Array): void {
  const zip = zipDirectory(bytes);
  if (!zip || !zip.names.has("xl/workbook.xml")) throw new ImportFileError("unreadable");
  if (zip.unpackedBytes > IMPORT_LIMITS.unpackedBytes) throw new ImportFileError("tooLarge", { limit: IMPORT_LIMITS.unpackedBytes });
}

/** An XLSX's sheet names and the rows of one sheet (the first unless named). */
export async function readXlsx(bytes: Uint8Array, sheetName: string | undefined): Promise<WorkbookGrid> {
  checkZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (cause) {
    throw new ImportFileError("unreadable", {}, { cause });
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = sheetName === undefined ? workbook.worksheets[0] : workbook.worksheets.find((w) => w.name === sheetName);
  if (!worksheet) throw new ImportFileError("noSheet", sheetName === undefined ? {} : { sheet: sheetName });
  const rows: WorkbookGrid["rows"] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push({ number, cells });
  });
  return { sheets, sheet: worksheet.name, rows };
}

import ExcelJS from "exceljs";
import { csvDocument } from "@/lib/exports/csv-format";
import { neutraliseCell } from "@/lib/exports/neutralise";

/** Roughly how many character widths a text takes in a spreadsheet column: CJK and other wide characters count two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}

const MIN_WIDTH = 10;
const MAX_WIDTH = 50;

async function xlsxTemplate(headers: string[], example: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Import", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map((header, c) => ({
    header: neutraliseCell(header),
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...[header, ...example.map((row) => row[c] ?? "")].map(displayWidth)) + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of example) sheet.addRow(row.map(neutraliseCell));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A downloadable template for an import: the headers given (in the interface language) and, if
 * given, example rows. CSV as UTF-8 with a byte-order mark and CRLF (Excel then opens Chinese
 * correctly); XLSX with a bold, frozen header row and columns as wide as their texts.
 */
export async function buildTemplate(format: "xlsx" | "csv", headers: string[], example: string[][] = []): Promise<Buffer> {
  if (format === "csv") return Buffer.from(csvDocument([headers, ...example]), "utf8");
  return xlsxTemplate(headers, example);
}

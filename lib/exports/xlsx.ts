import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { neutraliseCell } from "./neutralise";
import { sheetName } from "./sheet-name";
import type { CellValue, ExportColumn, ExportTable } from "./table";

const YIELD_EVERY = 1000;

function toCell(column: ExportColumn<unknown>, value: CellValue): string | number | Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (column.type === "number" || column.type === "percent") return typeof value === "number" ? value : Number(value);
  if (column.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return neutraliseCell(String(value));
}

/** A number column's format: shares with one decimal, changes with the sign of a rise. */
function numberFormat(column: ExportColumn<unknown>): string | undefined {
  if (column.type === "percent") return column.signed ? "+0.0;-0.0;0.0" : "0.0";
  if (column.type === "number" && column.signed) return "+General;-General;General";
  return undefined;
}

/** Waits until the reader has taken what was written, so memory stays flat however many rows. */
function drained(stream: PassThrough): Promise<void> {
  return stream.writableNeedDrain
    ? new Promise((resolve) => stream.once("drain", resolve))
    : new Promise((resolve) => setImmediate(resolve));
}

async function writeWorkbook(out: PassThrough, tables: ExportTable[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: neutraliseCell(c.header),
      key: c.key,
      width: c.width ?? (c.type === "string" ? 24 : 12),
      style: c.type === "date" ? { numFmt: "yyyy-mm-dd" } : numberFormat(c) ? { numFmt: numberFormat(c) } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let n = 0;
    for (const row of table.rows) {
      sheet.addRow(table.columns.map((c) => toCell(c as ExportColumn<unknown>, c.value(row)))).commit();
      if (++n % YIELD_EVERY === 0) await drained(out);
    }
    sheet.commit();
  }
  await workbook.commit();
}

/**
 * Tables as one XLSX workbook (a sheet each, typed cells, frozen header row),
 * streamed: rows are written as they are read and flushed as the reader pulls.
 */
export function xlsxStream(tables: ExportTable[], onDone?: () => void): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeWorkbook(out, tables)
    .catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
    .finally(() => onDone?.());
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

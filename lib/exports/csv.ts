import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "./neutralise";
import type { ExportColumn, ExportTable } from "./table";

const BATCH = 500;
const BOM = "\uFEFF";

function cell<R>(column: ExportColumn<R>, row: R): string | number {
  const value = column.value(row);
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return neutraliseCell(value);
}

/**
 * A table as CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese
 * correctly; CRLF line ends), produced 500 rows at a time as the reader pulls:
 * the whole table is never held in memory.
 */
export function csvStream<R>(table: ExportTable<R>, onDone?: () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: Iterator<R> | null = null;
  const finish = () => {
    iterator?.return?.();
    onDone?.();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + stringify([table.columns.map((c) => neutraliseCell(c.header))], { record_delimiter: "\r\n" })));
    },
    pull(controller) {
      try {
        iterator ??= table.rows[Symbol.iterator]();
        const batch: (string | number)[][] = [];
        while (batch.length < BATCH) {
          const next = iterator.next();
          if (next.done) break;
          batch.push(table.columns.map((c) => cell(c, next.value)));
        }
        if (batch.length > 0) controller.enqueue(encoder.encode(stringify(batch, { record_delimiter: "\r\n" })));
        if (batch.length < BATCH) {
          iterator = null;
          onDone?.();
          controller.close();
        }
      } catch (error) {
        finish();
        controller.error(error);
      }
    },
    cancel() {
      finish();
    },
  });
}

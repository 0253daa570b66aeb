import { CSV_BOM, csvLines } from "./csv-format";
import { writtenValue, type CellValue, type ExportTable } from "./table";

const BATCH = 500;

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
      controller.enqueue(encoder.encode(CSV_BOM + csvLines([table.columns.map((c) => c.header)])));
    },
    pull(controller) {
      try {
        iterator ??= table.rows[Symbol.iterator]();
        const batch: CellValue[][] = [];
        while (batch.length < BATCH) {
          const next = iterator.next();
          if (next.done) break;
          batch.push(table.columns.map((c) => writtenValue(c, next.value)));
        }
        if (batch.length > 0) controller.enqueue(encoder.encode(csvLines(batch)));
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

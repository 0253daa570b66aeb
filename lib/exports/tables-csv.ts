import { csvDocument } from "./csv-format";
import { writtenValue, type CellValue, type ExportTable } from "./table";

/** Several small tables in one CSV file: each table's title on a row of its own, its header and rows, then a blank row. */
export function tablesCsvDocument(tables: readonly ExportTable[]): string {
  const lines: CellValue[][] = [];
  tables.forEach((table, i) => {
    if (i > 0) lines.push([]);
    lines.push([table.name]);
    lines.push(table.columns.map((c) => c.header));
    for (const row of table.rows) lines.push(table.columns.map((c) => writtenValue(c, row)));
  });
  return csvDocument(lines);
}

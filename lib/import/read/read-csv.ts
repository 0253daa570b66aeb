import { parse } from "csv-parse/sync";
import { detectDelimiter } from "./detect-delimiter";
import { detectEncoding } from "./detect-encoding";
import { ImportFileError } from "./errors";
import type { Grid } from "./grid";

function decode(bytes: Uint8Array, encoding: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch (cause) {
    throw new ImportFileError("unsupported", {}, { cause });
  }
  // The decoder drops the byte-order mark of its own encoding; a UTF-8 mark read as another encoding stays visible.
  const text = decoder.decode(bytes);
  if (text.includes("\u0000")) throw new ImportFileError("unreadable");
  return text;
}

/** A CSV's rows, decoded (its encoding detected unless given) and split (its delimiter detected unless given). */
export function readCsv(
  bytes: Uint8Array,
  options: { encoding?: string; delimiter?: string },
): Grid & { encoding: string; delimiter: string } {
  const encoding = options.encoding || detectEncoding(bytes);
  const text = decode(bytes, encoding);
  const delimiter = options.delimiter || detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (cause) {
    const line = (cause as { lines?: unknown }).lines;
    throw new ImportFileError("unreadable", typeof line === "number" ? { row: line } : {}, { cause });
  }
  return { encoding, delimiter, rows: records.map((cells, i) => ({ number: i + 1, cells })) };
}

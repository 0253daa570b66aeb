import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvStream } from "./csv";
import { csvDocument } from "./csv-format";

describe("the one CSV format", () => {
  it("starts with a BOM, ends lines with CRLF, quotes as needed and neutralises formulas", () => {
    expect(
      csvDocument([
        ["Name", "n"],
        ['神戸市, "Kobe"', 1],
        ["=1+1", -2],
        [null, undefined],
      ]),
    ).toBe('\uFEFFName,n\r\n"神戸市, ""Kobe""",1\r\n\'=1+1,-2\r\n,\r\n');
  });

  it("quotes a text with a line break, so that a multi-line note stays in its cell (a list export split the row)", async () => {
    const rows = [{ notes: "first line\nsecond line" }, { notes: "old Mac\rline" }, { notes: "plain" }];
    const stream = csvStream({ name: "Notes", columns: [{ key: "notes", header: "Notes", type: "string", value: (r) => r.notes }], rows });
    const text = Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");
    expect(text).toBe('\uFEFFNotes\r\n"first line\nsecond line"\r\n"old Mac\rline"\r\nplain\r\n');
    // A reader that ends a record at any line break (as spreadsheets do) still sees three rows.
    expect(parse(text.replace(/^\uFEFF/, ""), { record_delimiter: ["\r\n", "\n", "\r"] })).toEqual([
      ["Notes"],
      ["first line\nsecond line"],
      ["old Mac\rline"],
      ["plain"],
    ]);
  });
});

import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvStream } from "./csv";
import { xlsxStream } from "./xlsx";
import type { ExportTable } from "./table";

type Row = { name: string; n: number; day: string };

function table(rows: Row[]): ExportTable<Row> {
  return {
    name: "Pairs",
    columns: [
      { key: "name", header: "Name", type: "string", value: (r) => r.name },
      { key: "n", header: "Count", type: "number", value: (r) => r.n },
      { key: "day", header: "Signed", type: "date", value: (r) => r.day },
    ],
    rows,
  };
}

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const rows: Row[] = [
  { name: '神戸市, "Kobe"', n: 1, day: "1973-06-24" },
  { name: '=HYPERLINK("http://evil")', n: -2, day: "2001-01-02" },
  { name: "@SUM(A1)", n: 3, day: "2002-03-04" },
];

describe("csvStream", () => {
  it("writes UTF-8 with a BOM, quotes as RFC 4180 and neutralises formulas", async () => {
    let closed = false;
    const buf = await bytes(csvStream(table(rows), () => (closed = true)));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parse(buf.toString("utf8").slice(1)) as string[][];
    expect(parsed).toEqual([
      ["Name", "Count", "Signed"],
      ['神戸市, "Kobe"', "1", "1973-06-24"],
      ['\'=HYPERLINK("http://evil")', "-2", "2001-01-02"],
      ["'@SUM(A1)", "3", "2002-03-04"],
    ]);
    expect(closed).toBe(true);
  });
  it("streams many rows in batches", async () => {
    const many = Array.from({ length: 2345 }, (_, i) => ({ name: `n${i}`, n: i, day: "2020-01-01" }));
    const text = (await bytes(csvStream(table(many)))).toString("utf8");
    expect(text.trim().split("\r\n")).toHaveLength(2346);
  });
});

describe("xlsxStream", () => {
  it("reads back with typed cells, a frozen header and neutralised formulas", async () => {
    const buf = await bytes(xlsxStream([table(rows)]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Pairs");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.getRow(1).values).toEqual([undefined, "Name", "Count", "Signed"]);
    expect(sheet?.getCell("A2").value).toBe('神戸市, "Kobe"');
    expect(sheet?.getCell("B3").value).toBe(-2);
    expect(sheet?.getCell("C2").value).toEqual(new Date("1973-06-24T00:00:00Z"));
    expect(sheet?.getCell("A3").value).toBe('\'=HYPERLINK("http://evil")');
    expect(sheet?.getCell("A3").formula).toBeUndefined();
  });
});

describe("changes", () => {
  type Change = { label: string; n: number; points: number };
  const changes: ExportTable<Change> = {
    name: "Change",
    columns: [
      { key: "label", header: "Status", type: "string", value: (r) => r.label },
      { key: "n", header: "Change", type: "number", signed: true, value: (r) => r.n },
      { key: "points", header: "Change (points)", type: "percent", signed: true, value: (r) => r.points },
    ],
    rows: [
      { label: "up", n: 3, points: 3.1 },
      { label: "down", n: -2, points: -33.3 },
      { label: "same", n: 0, points: 0 },
    ],
  };

  it("writes a rise with its sign in CSV, as the page shows it", async () => {
    const text = (await bytes(csvStream(changes))).toString("utf8").replace(/^\uFEFF/, "");
    expect(text.split("\r\n").slice(1, 4)).toEqual(["up,+3,+3.1", "down,-2,-33.3", "same,0,0.0"]);
  });

  it("keeps numbers in XLSX, formatted with the sign of a rise", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bytes(xlsxStream([changes as ExportTable]))) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell("B2").value).toBe(3);
    expect(sheet.getCell("B2").numFmt).toBe("+General;-General;General");
    expect(sheet.getCell("C3").value).toBe(-33.3);
    expect(sheet.getCell("C3").numFmt).toBe("+0.0;-0.0;0.0");
  });
});

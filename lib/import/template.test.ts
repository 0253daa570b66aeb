import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "./read/read-table";
import { buildTemplate } from "./template";

const HEADERS = ["友好城市（中文名）", "缔结时间", "国家", "Notes on the partnership and its history", "x".repeat(80)];
const EXAMPLE = [["天津市", "2013-05-01", "日本", "=not a formula", ""]];

describe("buildTemplate", () => {
  it("writes a CSV as UTF-8 with a byte-order mark and CRLF line ends", async () => {
    const bytes = await buildTemplate("csv", HEADERS, EXAMPLE);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toBe(
      `\uFEFF友好城市（中文名）,缔结时间,国家,Notes on the partnership and its history,${"x".repeat(80)}\r\n天津市,2013-05-01,日本,'=not a formula,\r\n`,
    );
  });

  it("writes an XLSX with a bold, frozen header row and columns as wide as their texts", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildTemplate("xlsx", HEADERS)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Nine wide characters take the room of eighteen Latin ones; a short header gets the least width, a long one a wide column up to a limit.
    expect(sheet.getColumn(1).width).toBe(18 + 2);
    expect(sheet.getColumn(3).width).toBe(10 + 2);
    expect(sheet.getColumn(4).width).toBe(HEADERS[3]!.length + 2);
    expect(sheet.getColumn(5).width).toBe(50);
    expect(sheet.rowCount).toBe(1);
  });

  it.each(["csv", "xlsx"] as const)("reads back through the importer unchanged (%s)", async (format) => {
    const table = await readTable({ name: `template.${format}`, bytes: await buildTemplate(format, HEADERS, EXAMPLE) });
    expect(table.headers).toEqual(HEADERS);
    expect(table.rows).toEqual(EXAMPLE);
  });
});

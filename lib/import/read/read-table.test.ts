import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { xlsBytes, xlsxBytes } from "@/test/fixtures/import/workbooks";
import { IMPORT_LIMITS, ImportFileError } from "./errors";
import { readTable } from "./read-table";

const csv = (text: string, name = "file.csv") => ({ name, bytes: Buffer.from(text) });

async function refusal(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe("readTable: CSV", () => {
  it("reads a GBK file with Chinese headers and names, its encoding and delimiter detected", async () => {
    const text = "友好城市,缔结时间,国家\r\n天津市,2013年5月1日,日本\r\n神户市,1973-06-24,日本\r\n仁川广域市,1993/12/7,韩国\r\n";
    const table = await readTable({ name: "友好城市.csv", bytes: iconv.encode(text, "gbk") });
    expect(table).toMatchObject({ format: "csv", encoding: "gb18030", delimiter: ",", sheets: [], sheet: null, headerRow: 1 });
    expect(table.headers).toEqual(["友好城市", "缔结时间", "国家"]);
    expect(table.rows).toEqual([
      ["天津市", "2013年5月1日", "日本"],
      ["神户市", "1973-06-24", "日本"],
      ["仁川广域市", "1993/12/7", "韩国"],
    ]);
    expect(table.rowNumbers).toEqual([2, 3, 4]);
  });

  it.each([
    ["big5", "友好城市\t締結時間\t國家\n臺北市\t2013-05-01\t日本\n高雄市\t1993-12-07\t韓國\n", "\t", "臺北市"],
    ["shift_jis", "友好都市;提携日;国\n神戸市;1973-06-24;日本\n横浜市;1973-11-22;日本\n", ";", "神戸市"],
    ["euc-kr", "자매도시,체결일,국가\n인천광역시,1993-12-07,대한민국\n부산광역시,1993-08-24,대한민국\n", ",", "인천광역시"],
  ])("reads a %s file", async (encoding, text, delimiter, firstCity) => {
    const table = await readTable({ name: "x.txt", bytes: iconv.encode(text, encoding) });
    expect(table).toMatchObject({ encoding, delimiter });
    expect(table.rows[0]?.[0]).toBe(firstCity);
  });

  it("drops a UTF-8 byte-order mark, and reads UTF-16 with its mark", async () => {
    const text = "城市,国家\n天津市,中国\n";
    const withMark = await readTable({ name: "a.csv", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    expect(withMark.headers).toEqual(["城市", "国家"]);
    const utf16 = await readTable({ name: "a.csv", bytes: iconv.encode(text, "utf-16le", { addBOM: true }) });
    expect(utf16).toMatchObject({ encoding: "utf-16le", headers: ["城市", "国家"], rows: [["天津市", "中国"]] });
  });

  it("uses the encoding and delimiter chosen over the detected ones", async () => {
    const bytes = iconv.encode("城市;国家,省份\n天津市;中国,天津\n", "gbk");
    const table = await readTable({ name: "a.csv", bytes }, { encoding: "gb18030", delimiter: "," });
    expect(table).toMatchObject({ encoding: "gb18030", delimiter: ",", headers: ["城市;国家", "省份"] });
  });

  it("honours quotes: delimiters and line breaks inside a quoted cell, doubled quotes", async () => {
    const table = await readTable(csv('city,note\r\n"Tianjin, China","line one\r\nline ""two"""\r\nKobe,x\r\n'));
    expect(table.rows).toEqual([
      ["Tianjin, China", 'line one\r\nline "two"'],
      ["Kobe", "x"],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it("skips blank rows but keeps the file's row numbers; trims cells; pads short rows", async () => {
    const table = await readTable(csv("\n  \ncity , country, year\n\n Berat ,Albania\n,,\nAmasya,Turkey,2014\n"));
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(["city", "country", "year"]);
    expect(table.rows).toEqual([
      ["Berat", "Albania", ""],
      ["Amasya", "Turkey", "2014"],
    ]);
    expect(table.rowNumbers).toEqual([5, 7]);
  });

  it("names a column with data but no header 'Column N', and drops empty cells past the headers", async () => {
    const table = await readTable(csv("city,,country\nBerat,x,Albania,,\nAmasya,,Turkey,,extra\n"));
    expect(table.headers).toEqual(["city", "Column 2", "country", "Column 4", "Column 5"]);
    expect(table.rows).toEqual([
      ["Berat", "x", "Albania", "", ""],
      ["Amasya", "", "Turkey", "", "extra"],
    ]);
  });

  it("takes the header row given, and the rows after it", async () => {
    const table = await readTable(csv("Partnerships of Tianjin\n\ncity,country\nBerat,Albania\n"), { headerRow: 3 });
    expect(table).toMatchObject({ headerRow: 3, headers: ["city", "country"], rows: [["Berat", "Albania"]], rowNumbers: [4] });
    expect((await refusal(readTable(csv("a\n\nb\n"), { headerRow: 2 }))).code).toBe("noHeaderRow");
    expect((await refusal(readTable(csv("a\nb\n"), { headerRow: 9 }))).code).toBe("noHeaderRow");
  });

  it("removes the apostrophe our exports put before formula-like text, so an export re-imports unchanged", async () => {
    const table = await readTable(csv("note,sum,user,plain\n'=1+2,'-5,'@home,'quoted\n"));
    expect(table.rows[0]).toEqual(["=1+2", "-5", "@home", "'quoted"]);
  });

  it("reads the whole world file: 25,917 pairs under 8 headers", async () => {
    const bytes = readFileSync(`${__dirname}/../../../test/fixtures/import/twin-cities-world.csv`);
    const table = await readTable({ name: "twin-cities-world.csv", bytes });
    expect(table.headers).toEqual(["city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2"]);
    expect(table.rows).toHaveLength(25_917);
    expect(table.rows[0]).toEqual(["Berat", "Albania", "40.7022", "19.9583", "Amasya", "Turkey", "40.65", "35.8331"]);
    expect(table.rowNumbers.at(-1)).toBe(25_918);
    expect(table.rows.every((row) => row.length === 8)).toBe(true);
  });
});

const TITLED_SHEET = [
  ["友好城市一览 (2024)"],
  ["友好城市", "缔结时间", "国家", "人数", "合计", "备注", "有效"],
  [
    "天津市",
    new Date(Date.UTC(2013, 4, 1)),
    "日本",
    2013,
    { formula: "D3*2", result: 4026 },
    { richText: [{ text: "港口" }, { text: "城市", font: { bold: true } }] },
    true,
  ],
  [null, null, null, null, null, null, null],
  [
    "神户市",
    new Date(Date.UTC(1973, 5, 24)),
    "日本",
    0.5,
    { formula: "0.1+0.2", result: 0.30000000000000004 },
    { text: "链接", hyperlink: "https://example.org" },
    false,
  ],
];

describe("readTable: XLSX", () => {
  it("reads the first sheet by default and lists every sheet", async () => {
    const bytes = await xlsxBytes({ Partnerships: [["city"], ["Berat"]], 第二页: [["城市"], ["天津市"]] });
    const table = await readTable({ name: "book.xlsx", bytes });
    expect(table).toMatchObject({
      format: "xlsx",
      encoding: null,
      delimiter: null,
      sheets: ["Partnerships", "第二页"],
      sheet: "Partnerships",
    });
    expect(table.rows).toEqual([["Berat"]]);
  });

  it("reads a chosen sheet with a title row above its header: dates, numbers, formulas, rich text, links, booleans as text", async () => {
    const bytes = await xlsxBytes({ 说明: [["请填写第二页"]], 友好城市: TITLED_SHEET });
    const table = await readTable({ name: "book.xlsx", bytes }, { sheet: "友好城市", headerRow: 2 });
    expect(table).toMatchObject({ sheet: "友好城市", headerRow: 2 });
    expect(table.headers).toEqual(["友好城市", "缔结时间", "国家", "人数", "合计", "备注", "有效"]);
    expect(table.rows).toEqual([
      ["天津市", "2013-05-01", "日本", "2013", "4026", "港口城市", "TRUE"],
      ["神户市", "1973-06-24", "日本", "0.5", "0.3", "链接", "FALSE"],
    ]);
    expect(table.rowNumbers).toEqual([3, 5]);
  });

  it("skips a lone title above the table when no header row is given", async () => {
    const table = await readTable({ name: "b.xlsx", bytes: await xlsxBytes({ S: TITLED_SHEET }) });
    expect(table.headerRow).toBe(2);
    expect(table.headers[0]).toBe("友好城市");
  });

  it("writes large and small numbers without an exponent", async () => {
    const bytes = await xlsxBytes({ S: [["n"], [1e21], [1e-7], [13800138000], [-42.25]] });
    expect((await readTable({ name: "n.xlsx", bytes })).rows.flat()).toEqual([
      "1000000000000000000000",
      "0.0000001",
      "13800138000",
      "-42.25",
    ]);
  });

  it("refuses a sheet that is not there", async () => {
    const bytes = await xlsxBytes({ S: [["a"]] });
    expect(await refusal(readTable({ name: "b.xlsx", bytes }, { sheet: "T" }))).toMatchObject({ code: "noSheet", details: { sheet: "T" } });
  });

  it("refuses a zip that is not a workbook as unreadable", async () => {
    const ods = xlsBytes({ S: [["a"]] }, "ods");
    expect((await refusal(readTable({ name: "b.xlsx", bytes: ods }))).code).toBe("unreadable");
  });
});

describe("readTable: XLS", () => {
  it("reads an old binary workbook: sheets, header row, dates, numbers, booleans", async () => {
    const bytes = xlsBytes({
      Notes: [["see next sheet"]],
      友好城市: [
        ["友好城市一览"],
        ["友好城市", "缔结时间", "国家", "人数", "有效"],
        ["天津市", new Date(Date.UTC(2013, 4, 1)), "日本", 2013, true],
        [],
        ["神戸市", new Date(Date.UTC(1973, 5, 24)), "日本", 0.5, false],
      ],
    });
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const table = await readTable({ name: "old.xls", bytes }, { sheet: "友好城市", headerRow: 2 });
    expect(table).toMatchObject({ format: "xls", sheets: ["Notes", "友好城市"], sheet: "友好城市", headerRow: 2 });
    expect(table.rows).toEqual([
      ["天津市", "2013-05-01", "日本", "2013", "TRUE"],
      ["神戸市", "1973-06-24", "日本", "0.5", "FALSE"],
    ]);
    expect(table.rowNumbers).toEqual([3, 5]);
  });
});

describe("readTable: limits and hostile files", () => {
  it("refuses an empty file, or one with nothing but blank rows", async () => {
    expect((await refusal(readTable({ name: "a.csv", bytes: new Uint8Array() }))).code).toBe("empty");
    expect((await refusal(readTable(csv(" \n,,\n\n")))).code).toBe("empty");
  });

  it("refuses a file over 20 MB before reading it", async () => {
    const error = await refusal(readTable({ name: "a.csv", bytes: new Uint8Array(IMPORT_LIMITS.fileBytes + 1).fill(0x41) }));
    expect(error).toMatchObject({ code: "tooLarge", details: { limit: IMPORT_LIMITS.fileBytes } });
  });

  it("refuses more than 100,000 data rows, and takes exactly 100,000", async () => {
    const rows = (n: number) => csv(`a\n${"1\n".repeat(n)}`);
    expect((await readTable(rows(IMPORT_LIMITS.dataRows))).rows).toHaveLength(IMPORT_LIMITS.dataRows);
    expect((await refusal(readTable(rows(IMPORT_LIMITS.dataRows + 1)))).code).toBe("tooManyRows");
  });

  it("refuses more than 200 columns", async () => {
    expect((await readTable(csv(`${"h,".repeat(199)}h\n`))).headers).toHaveLength(200);
    expect((await refusal(readTable(csv(`h\n${"x,".repeat(200)}x\n`)))).code).toBe("tooManyColumns");
  });

  it("refuses a cell over 10,000 characters, naming its row and column", async () => {
    expect((await readTable(csv(`a,b\n1,${"x".repeat(IMPORT_LIMITS.cellChars)}\n`))).rows[0]?.[1]).toHaveLength(IMPORT_LIMITS.cellChars);
    const error = await refusal(readTable(csv(`a,b\n\n1,${"x".repeat(IMPORT_LIMITS.cellChars + 1)}\n`)));
    expect(error).toMatchObject({ code: "cellTooLong", details: { row: 3, column: 2 } });
  });

  it("refuses a file of another kind, and a file named as a workbook that is not one", async () => {
    expect((await refusal(readTable({ name: "photo.png", bytes: Buffer.from("\x89PNG....") }))).code).toBe("unsupported");
    expect((await refusal(readTable(csv("a,b\n1,2\n", "book.xlsx")))).code).toBe("unreadable");
    expect((await refusal(readTable(csv("a,b\n", "a.csv"), { encoding: "no-such-encoding" }))).code).toBe("unsupported");
  });

  it("refuses an unclosed quote as unreadable", async () => {
    expect((await refusal(readTable(csv('a,b\n1,"two\n3,4\n')))).code).toBe("unreadable");
  });

  it("throws nothing but ImportFileError on garbage, damaged or truncated workbooks", async () => {
    let seed = 12;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 256;
    const garbage = (n: number) => Uint8Array.from({ length: n }, random);
    const xlsx = await xlsxBytes({ S: TITLED_SHEET });
    const xls = xlsBytes({
      S: [
        ["a", "b"],
        [1, "x"],
      ],
    });
    const damaged = (bytes: Uint8Array, at: number) => {
      const copy = bytes.slice();
      for (let i = at; i < Math.min(copy.length, at + 64); i++) copy[i] = random();
      return copy;
    };
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const name of ["g.csv", "g.xlsx", "g.xls", "g"]) for (const n of [1, 7, 300, 5000]) files.push({ name, bytes: garbage(n) });
    files.push({ name: "pk.xlsx", bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...garbage(500)]) });
    files.push({ name: "ole.xls", bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...garbage(2000)]) });
    for (const at of [30, 500, Math.floor(xlsx.length / 2), xlsx.length - 40]) files.push({ name: "d.xlsx", bytes: damaged(xlsx, at) });
    for (const cut of [100, Math.floor(xlsx.length / 2), xlsx.length - 10]) files.push({ name: "t.xlsx", bytes: xlsx.subarray(0, cut) });
    for (const at of [0x200, 0x600, Math.floor(xls.length / 2)]) files.push({ name: "d.xls", bytes: damaged(xls, at) });
    for (const cut of [600, Math.floor(xls.length / 2)]) files.push({ name: "t.xls", bytes: xls.subarray(0, cut) });
    for (const file of files) {
      const error = await readTable(file).then(
        () => null,
        (e: unknown) => e,
      );
      if (error !== null) expect(error, file.name).toBeInstanceOf(ImportFileError);
    }
  });
});

import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { test, expect } from "../support/fixtures";
import { EN, count, e2eDb, localityId } from "./e2e-db";

function csvRows(body: Buffer): string[][] {
  const text = body.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parse(text.slice(1)) as string[][];
}

/** The document's Info title: an indirect PDF string, UTF-16BE after a byte-order mark when not ASCII. */
function pdfTitle(pdf: string): string {
  const ref = /\/Title (\d+) 0 R/.exec(pdf)?.[1];
  const literal = new RegExp(`\\n${ref} 0 obj\\n\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(pdf)?.[1] ?? "";
  const raw = literal.replace(/\\([0-7]{1,3}|.)/g, (_, e: string) =>
    /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" }[e] ?? e),
  );
  const buf = Buffer.from(raw, "latin1");
  if (buf[0] !== 0xfe || buf[1] !== 0xff) return raw;
  return buf.subarray(2).swap16().toString("utf16le");
}

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

test("a list export has every filtered row, not one page (CSV round-trips)", async ({ as }) => {
  const page = await as("admin");
  const res = await page.request.get("/partnerships/export?country=JP&pageSize=10&page=2&format=csv", EN);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toContain(".csv");
  const rows = csvRows(await res.body());
  expect(rows[0]?.slice(0, 3)).toEqual(["ID", "Our locality", "Our locality (romanised)"]);
  expect(rows.length - 1).toBe(
    count(
      "select count(*) as n from partnerships ps join localities p on p.id = ps.partner_locality_id where ps.archived_at is null and p.country_code = 'JP'",
    ),
  );
});

test("the activity list exports as XLSX that reads back typed", async ({ as }) => {
  const page = await as("province");
  const res = await page.request.get("/activities/export?province=SD&from=2024-01-01&to=2024-12-31&format=xlsx", EN);
  expect(res.status()).toBe(200);
  const sheet = (await workbook(await res.body())).worksheets[0];
  expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const expected = count(
    "select count(*) as n from activities a join localities o on o.id = a.organiser_locality_id where a.archived_at is null and o.province_code = 'SD' and coalesce(a.end_date, a.start_date) >= '2024-01-01' and a.start_date <= '2024-12-31'",
  );
  expect((sheet?.actualRowCount ?? 0) - 1).toBe(expected);
  expect(sheet?.getCell("D2").value).toBeInstanceOf(Date);
  expect(typeof sheet?.getCell("A2").value).toBe("number");
});

test("a formula in a partner's name comes out neutralised in CSV and XLSX", async ({ as }) => {
  const unique = `e2e${Date.now()}`;
  const payload = `=HYPERLINK("http://example.invalid/${unique}","x")`;
  const db = e2eDb();
  const partner = db
    .prepare(
      "insert into localities (country_code, name_local, name_romanised, search_key, level, created_at, updated_at) values ('JP', ?, ?, ?, 'city', 0, 0)",
    )
    .run(payload, unique, unique).lastInsertRowid;
  db.prepare(
    "insert into partnerships (our_locality_id, partner_locality_id, type, level, signed_on, created_at, updated_at) values (?, ?, 'sister', 'city', '2020-01-01', 0, 0)",
  ).run(localityId("天津市"), partner);
  db.close();
  const page = await as("city");
  const csv = csvRows(await (await page.request.get(`/partnerships/export?q=${unique}&format=csv`, EN)).body());
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain(`'${payload}`);
  const sheet = (await workbook(await (await page.request.get(`/partnerships/export?q=${unique}&format=xlsx`, EN)).body())).worksheets[0];
  const cells = (sheet?.getRow(2).values as unknown[]).filter((v) => typeof v === "string");
  expect(cells).toContain(`'${payload}`);
  expect(sheet?.getRow(2).getCell(6).formula).toBeUndefined();
});

test("the activity report downloads as XLSX, PDF and CSV", async ({ as }) => {
  const page = await as("city");
  await page.goto("/reports?from=2025&to=2025");
  await expect(page.getByTestId("report-title")).toHaveText("Friendship-city activity report: Tianjin, 2025");
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Workbook (XLSX)" }).click();
  const xlsxPath = await (await xlsxDownload).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  // The summary, the registry's and the log's tables (e2e/reports/registry-tables.spec.ts), then the records.
  const sheets = wb.worksheets.map((s) => s.name);
  expect(sheets[0]).toBe("Summary");
  expect(sheets).toContain("Partnerships by partner country");
  expect(sheets.slice(-3)).toEqual(["Partnerships", "Activities", "Delegations"]);
  const tianjin = localityId("天津市");
  expect((wb.getWorksheet("Partnerships")?.actualRowCount ?? 0) - 1).toBe(
    count(
      "select count(*) as n from partnerships where archived_at is null and (our_locality_id = ? or partner_locality_id = ?)",
      tianjin,
      tianjin,
    ),
  );

  const pdf = await page.request.get(`/reports/activity?scope=locality&locality=${tianjin}&from=2025&to=2025&format=pdf`, EN);
  expect(pdf.status()).toBe(200);
  const bytes = (await pdf.body()).toString("latin1");
  expect(bytes.startsWith("%PDF-")).toBe(true);
  const pages = Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(bytes)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(bytes).toContain("/MediaBox [0 0 595.28 841.89]");
  expect(pdfTitle(bytes)).toBe("Friendship-city activity report: Tianjin, 2025");
  expect(bytes).toMatch(/NotoSansSC/);

  const csv = csvRows(
    await (
      await page.request.get(`/reports/activity?scope=locality&locality=${tianjin}&from=2025&to=2025&format=csv&table=activities`, EN)
    ).body(),
  );
  // The report counts an activity in the period it starts in (its summary counts the same rows).
  expect(csv.length - 1).toBe(
    count(
      "select count(*) as n from activities where archived_at is null and organiser_locality_id = ? and start_date between '2025-01-01' and '2025-12-31'",
      tianjin,
    ),
  );
});

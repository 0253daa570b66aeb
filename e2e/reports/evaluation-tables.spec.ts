import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { openSeededResults } from "../evaluations/helpers";
import { EN, count, gb } from "./e2e-db";

const TABLES = ["status", "country", "side", "trend", "purposes", "category", "effect"];

/** "1,863" (en-GB) → 1863. */
const num = (text: string) => Number(text.replace(/[^\d.]/g, ""));

async function answered(page: Page): Promise<number> {
  const text = (await page.getByTestId("answered").innerText()).trim();
  expect(text).toMatch(/^[\d,]+ approved answers?$/);
  return num(text);
}

/** Opens a chart's table (behind its disclosure) and gives it. */
async function openTable(page: Page, id: string) {
  const card = page.getByTestId(`chart-${id}`);
  // The disclosure stays open when the filters change the page in place.
  if ((await card.locator("details").getAttribute("open")) === null) await card.getByText("Show the numbers as a table").click();
  const table = page.getByTestId(`chart-table-${id}`);
  await expect(table).toBeVisible();
  return table;
}

test("the results show every table of the report; a scope narrows them, a number clicks through to its records, the XLSX says the same", async ({
  as,
}) => {
  const page = await as("admin");
  await openSeededResults(page);
  const campaignId = Number(/campaigns\/(\d+)\/results/.exec(page.url())?.[1]);
  const total = await answered(page);
  expect(total).toBe(
    count("select count(*) as n from evaluations where campaign_id = ? and state = 'approved' and archived_at is null", campaignId),
  );
  for (const id of TABLES) await expect(page.getByTestId(`chart-${id}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Effect of bilateral political tension" })).toBeVisible();

  // Single-choice tables: a "not answered" row, and the totals row is the number of answers with 100.0%.
  for (const id of ["status", "trend", "effect"]) {
    const table = await openTable(page, id);
    await expect(table.locator("tbody tr").last()).toContainText("Not answered");
    await expect(table.locator("tfoot tr")).toHaveText(new RegExp(`Total \\(answers\\)\\s*${gb(total)}\\s*100\\.0%`));
  }
  // Purposes: the base is the respondents, said in the note; the shares of respondents add up to more than 100%.
  await expect(page.getByTestId("chart-purposes")).toContainText(/Base: the [\d,]+ respondents who answered the question/);

  // Narrowed to Shandong: fewer answers, and the tables follow them.
  await page.getByLabel("Province").selectOption({ label: "Shandong" });
  await expect(page).toHaveURL(/province=SD/);
  await expect(page.getByTestId("answered")).not.toHaveText(`${gb(total)} approved answers`);
  const shandong = await answered(page);
  expect(shandong).toBeGreaterThan(0);
  expect(shandong).toBeLessThan(total);
  const status = await openTable(page, "status");
  await expect(status.locator("tfoot tr")).toContainText(gb(shandong));

  // A number clicks through to the list of exactly those evaluations.
  const good = status.locator("tbody tr").filter({ hasText: /^Good/ });
  const goodCount = num(await good.locator("td").first().innerText());
  expect(goodCount).toBeGreaterThan(0);
  await good.locator("td").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/evaluations\?.*status=good/);
  await expect(page.getByTestId("row-count")).toHaveText(new RegExp(`^${gb(goodCount)} rows?( ·|$)`));
  await page.goBack();

  // The XLSX holds every table under the page's names, with the page's figures.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^XLSX/ }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await (await download).path())!);
  expect(wb.worksheets.map((s) => s.name)).toHaveLength(TABLES.length);
  const sheet = wb.worksheets[0]!;
  const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
  const goodRow = rows.find((r) => r[1] === "Good");
  expect(goodRow?.[2]).toBe(goodCount);
  expect(rows.at(-1)?.slice(1, 4)).toEqual(["Total (answers)", shandong, 100]);
});

test("comparing two campaigns shows both side by side with the change", async ({ as }) => {
  const page = await as("admin");
  await openSeededResults(page);
  const compare = page.getByLabel("Compare with");
  const other = await compare.locator("option").nth(1).getAttribute("value");
  await compare.selectOption(other!);
  await expect(page).toHaveURL(new RegExp(`compare=${other}`));
  await expect(page.getByTestId("compare-answered")).toBeVisible();
  const table = await openTable(page, "status");
  await expect(table.locator("thead")).toContainText("Change (points) · Share (%)");
  // The exports carry the comparison too: the PDF draws it, the CSV starts with the status table's title.
  const query = new URL(page.url()).searchParams;
  const campaignId = /campaigns\/(\d+)\/results/.exec(page.url())?.[1];
  const pdf = await page.request.get(`/reports/evaluations?campaign=${campaignId}&compare=${query.get("compare")}&format=pdf`, EN);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const csv = await (
    await page.request.get(`/reports/evaluations?campaign=${campaignId}&compare=${query.get("compare")}&format=csv`, EN)
  ).text();
  expect(
    csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .slice(0, 2),
  ).toEqual(["Status of the partnerships", expect.stringContaining("Change (points) · Share (%)")]);
});

test("a province administrator cannot open another province's results, nor city staff another scope's export", async ({ as }) => {
  const province = await as("province");
  await openSeededResults(province);
  const results = province.url().split("?")[0]!;
  const campaignId = /campaigns\/(\d+)\/results/.exec(results)?.[1];
  await expect(province.getByLabel("Province").locator("option", { hasText: "Tianjin" })).toHaveCount(0);
  await province.goto(`${results}?province=TJ`);
  await expect(province).toHaveURL(/\/forbidden/);
  const city = await as("city");
  const refused = await city.request.get(`/reports/evaluations?campaign=${campaignId}&province=SD&format=xlsx`, EN);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toBe("You cannot see the results of this scope.");
  const viewer = await as("viewer");
  expect((await viewer.request.get(`/reports/evaluations?campaign=${campaignId}&format=csv`, EN)).status()).toBe(403);
});

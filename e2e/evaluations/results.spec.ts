import type { Page } from "@playwright/test";
import { largestRemainderPercentages } from "../../lib/domain/percentages";
import { test, expect } from "../support/fixtures";
import { openSeededResults } from "./helpers";

/** "1,863" (en-GB) → 1863. */
const num = (text: string) => Number(text.replace(/[^\d.]/g, ""));
/** A share as the page writes it: one decimal and a percent sign (en-GB). */
const pct = (n: number) => `${n.toFixed(1)}%`;

/** The text of every cell of a chart's table (opened from its disclosure), row by row, and of its totals row. */
async function bodyCells(page: Page, id: string): Promise<{ body: string[][]; foot: string[] }> {
  const card = page.getByTestId(`chart-${id}`);
  // The disclosure stays open when the filters change the page in place.
  if ((await card.locator("details").getAttribute("open")) === null) await card.getByText("Show the numbers as a table").click();
  const table = page.getByTestId(`chart-table-${id}`);
  await expect(table).toBeVisible();
  const cells = (selector: string) =>
    table.locator(selector).evaluateAll((rows) => rows.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? "").trim())));
  return { body: await cells("tbody tr"), foot: (await cells("tfoot tr"))[0] ?? [] };
}

/** A results table (answer, count, share) and its totals row. */
async function percentTable(page: Page, id: string) {
  const { body, foot } = await bodyCells(page, id);
  return {
    rows: body.map(([label = "", count = "", share = ""]) => ({ label, count: num(count), share })),
    totalCount: num(foot[1] ?? ""),
    totalShare: foot[2],
  };
}

async function answered(page: Page): Promise<number> {
  const text = (await page.getByTestId("answered").innerText()).trim();
  expect(text).toMatch(/^[\d,]+ approved answers?$/);
  return num(text);
}

/** Each share is the count's largest-remainder share of the table's total (lib/domain/percentages.ts). */
function expectShares(rows: { count: number; share: string | undefined }[]) {
  expect(rows.map((r) => r.share)).toEqual(largestRemainderPercentages(rows.map((r) => r.count)).map(pct));
}

test("the results of a closed campaign show the report's tables: counts that add up to the answers, and their shares", async ({ as }) => {
  const page = await as("admin");
  await openSeededResults(page);
  const resultsPath = new URL(page.url()).pathname;

  // Every single-choice table has a row for every answer, "not answered" included: its total is the number of answers.
  const total = await answered(page);
  expect(total).toBeGreaterThan(0);
  const status = await percentTable(page, "status");
  expect(status.rows.map((r) => r.label)).toEqual(["Very good", "Good", "Maintaining contact", "Suspended", "Not answered"]);
  expect(status.rows.reduce((s, r) => s + r.count, 0)).toBe(total);
  expect(status.totalCount).toBe(total);
  expect(status.totalShare).toBe("100.0%");
  expectShares(status.rows);

  // The countries split the same answers (the last column is each country's answers).
  const countries = await bodyCells(page, "country");
  expect(countries.body.reduce((s, c) => s + num(c.at(-1) ?? ""), 0)).toBe(total);

  for (const id of ["trend", "category", "effect"]) {
    const table = await percentTable(page, id);
    expect(table.totalCount, id).toBe(total);
    expect(table.totalShare, id).toBe("100.0%");
    expectShares(table.rows);
  }
  // Purposes are a multiple choice: shares of the respondents, who are the totals row.
  const purposes = await percentTable(page, "purposes");
  expect(purposes.totalCount).toBeLessThanOrEqual(total);
  expect(purposes.rows.reduce((s, r) => s + r.count, 0)).toBeGreaterThanOrEqual(purposes.totalCount);

  // Narrowed to the west: fewer answers, and the tables follow them.
  await page.getByLabel("Region").selectOption({ label: "West" });
  await expect(page).toHaveURL(/region=west/);
  await expect(page.getByTestId("answered")).not.toHaveText(`${total.toLocaleString("en-GB")} approved answers`);
  const west = await answered(page);
  expect(west).toBeGreaterThan(0);
  expect(west).toBeLessThan(total);
  const westStatus = await percentTable(page, "status");
  expect(westStatus.totalCount).toBe(west);
  expectShares(westStatus.rows);

  // The three regions split the nation's answers exactly.
  const byRegion = [west];
  for (const region of ["east", "central"]) {
    await page.goto(`${resultsPath}?region=${region}`);
    byRegion.push(await answered(page));
  }
  expect(byRegion.reduce((s, n) => s + n, 0)).toBe(total);
});

test("the campaign page shows progress by province and the index formula is documented", async ({ as }) => {
  const page = await as("province");
  await page.goto("/evaluations/campaigns");
  await page.getByRole("link", { name: "2025年度友好城市交往评估", exact: true }).click();
  await expect(page.getByTestId("progress-table")).toContainText("Shandong");
  await expect(page.getByTestId("progress-table")).not.toContainText("Tianjin");
  await page.goto("/evaluations/index-formula");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the interaction index is computed");
  await expect(page.getByRole("table")).toContainText("Frequency");
});

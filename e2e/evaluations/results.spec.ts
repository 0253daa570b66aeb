import type { Page } from "@playwright/test";
import { largestRemainderPercentages } from "../../lib/domain/percentages";
import { test, expect } from "../support/fixtures";
import { openSeededResults } from "./helpers";

/** "1,863" (en-GB) → 1863. */
const num = (text: string) => Number(text.replace(/[^\d.]/g, ""));
/** A share as the page writes it: one decimal and a percent sign (en-GB). */
const pct = (n: number) => `${n.toFixed(1)}%`;

/** The text of every cell of a table's body, row by row. */
async function bodyCells(page: Page, id: string): Promise<string[][]> {
  const table = page.getByTestId(`table-${id}`);
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? "").trim())));
}

/** A results table (value, count, share) and its total row. */
async function percentTable(page: Page, id: string) {
  const cells = await bodyCells(page, id);
  const total = cells.at(-1) ?? [];
  return {
    rows: cells.slice(0, -1).map(([label = "", count = "", share = ""]) => ({ label, count: num(count), share })),
    totalCount: num(total[1] ?? ""),
    totalShare: total[2],
  };
}

/** A status matrix: per row, its answers and each status as "count (share%)". */
async function statusMatrix(page: Page, id: string) {
  return (await bodyCells(page, id)).map(([label = "", total = "", ...statuses]) => ({
    label,
    total: num(total),
    statuses: statuses.map((s) => {
      const m = /^([\d,]+)\s*\(([\d.]+%)\)$/.exec(s);
      return { count: num(m?.[1] ?? "NaN"), share: m?.[2] };
    }),
  }));
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

  // The seeded campaign is closed and fully answered: every approved answer has a status and a trend.
  const total = await answered(page);
  expect(total).toBeGreaterThan(0);
  const status = await percentTable(page, "status");
  expect(status.rows.map((r) => r.label)).toEqual(["Very good", "Good", "Maintaining contact", "Suspended"]);
  expect(status.rows.reduce((s, r) => s + r.count, 0)).toBe(total);
  expect(status.totalCount).toBe(total);
  expect(status.totalShare).toBe("100.0%");
  expectShares(status.rows);

  // Our side repeats the status table; the countries split the same answers.
  const side = await statusMatrix(page, "side");
  expect(side[0]?.total).toBe(total);
  expect(side[0]?.statuses).toEqual(status.rows.map((r) => ({ count: r.count, share: r.share })));
  const countries = await statusMatrix(page, "country");
  expect(countries.reduce((s, c) => s + c.total, 0)).toBe(total);
  for (const country of countries) {
    expect(
      country.statuses.reduce((s, x) => s + x.count, 0),
      country.label,
    ).toBe(country.total);
    expectShares(country.statuses);
  }

  const trend = await percentTable(page, "trend");
  expect(trend.totalCount).toBe(total);
  expectShares(trend.rows);
  // Purposes are a multiple choice: the note gives the number of choices, which the table adds up to.
  const purposes = await percentTable(page, "purposes");
  const note = await page.getByText(/^A multiple choice: shares of the [\d,]+ choices made\.$/).innerText();
  const choices = num(/([\d,]+) choices/.exec(note)?.[1] ?? "NaN");
  expect(purposes.totalCount).toBe(choices);
  expect(choices).toBeGreaterThanOrEqual(total);
  expectShares(purposes.rows);
  // Not every pair had an activity that year: the most frequent category is answered at most once per answer.
  const category = await percentTable(page, "category");
  expect(category.totalCount).toBeLessThanOrEqual(total);
  expectShares(category.rows);
  for (const table of [trend, purposes, category]) expect(table.totalShare).toBe("100.0%");

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

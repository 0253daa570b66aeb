import type { Locator } from "@playwright/test";
import { test, expect } from "../support/fixtures";

/** The visible text of every tick label drawn in a chart. */
async function tickTexts(chart: Locator): Promise<string[]> {
  await expect(chart.locator(".recharts-cartesian-axis-tick-value").first()).toBeVisible();
  return chart.locator(".recharts-cartesian-axis-tick-value").allTextContents();
}

test("count axes show whole, non-negative numbers only", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/");
  for (const id of ["status", "by-country", "campaigns", "delegations"]) {
    // Category labels ("121 other countries", years) are not counts: only the number axis is read.
    const numbers = (await tickTexts(page.getByTestId(`chart-canvas-${id}`))).filter(
      (t) => /^[-−]?[\d.,]+$/.test(t) && !/^(19|20)\d\d$/.test(t),
    );
    expect(numbers.length, id).toBeGreaterThan(0);
    for (const text of numbers) expect(text, `${id}: ${text}`).toMatch(/^\d{1,3}(,\d{3})*$/);
  }
  // The change from the year before is said in words, not drawn below zero.
  await expect(page.getByTestId("chart-status").getByText(/Change: /)).toBeVisible();
});

test("every province has its own readable line in the province chart", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/");
  const chart = page.getByTestId("chart-canvas-by-province");
  // recharts 3 draws tick labels in their own layer, after the axis lines.
  const labels = chart.locator(".recharts-yAxis-tick-labels text");
  await expect(labels.first()).toBeVisible();
  const card = page.getByTestId("chart-by-province");
  await card.getByText("Show the numbers as a table").click();
  const provinces = await card.getByRole("rowheader").count();
  await expect(labels).toHaveCount(provinces);
  const boxes = (await Promise.all((await labels.all()).map((l) => l.boundingBox()))).map((b) => b!).sort((a, b) => a.y - b.y);
  for (let i = 1; i < boxes.length; i++)
    expect(boxes[i]!.y, `label ${i} overlaps the one above`).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
});

test("the country chart is sorted bars with the remaining countries last", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/");
  const card = page.getByTestId("chart-by-country");
  await expect(card.locator(".recharts-pie-sector")).toHaveCount(0);
  await card.getByText("Show the numbers as a table").click();
  // The body's rows; the totals row (all partnerships, 100.0%) follows in the table's footer.
  const rows = card.locator("tbody").getByRole("row");
  await expect(rows.first().getByRole("rowheader")).toHaveText("Japan");
  await expect(rows.last().getByRole("rowheader")).toHaveText(/other countries$/);
  await expect(card.locator("tfoot").getByRole("rowheader")).toHaveText("Total");
  await expect(card.locator("tfoot")).toContainText("100.0%");
});

test("a city's dashboard leaves out charts of a single value and shows its whole partnership table", async ({ as }) => {
  const page = await as("city");
  await page.goto("/");
  await expect(page.getByTestId("chart-by-country")).toBeVisible();
  await expect(page.getByTestId("chart-by-province")).toHaveCount(0);
  await expect(page.getByTestId("chart-by-region")).toHaveCount(0);
  // No fixed-height scroll box: the table's last row ends inside its card.
  const own = page.getByRole("region", { name: "Our partnerships" });
  const table = own.getByRole("table");
  const [box, last] = await Promise.all([own.boundingBox(), table.getByRole("row").last().boundingBox()]);
  expect(last!.y + last!.height).toBeLessThanOrEqual(box!.y + box!.height);
  const scroll = await table.evaluate((t) => t.parentElement!.scrollHeight - t.parentElement!.clientHeight);
  expect(scroll).toBeLessThanOrEqual(1);
});

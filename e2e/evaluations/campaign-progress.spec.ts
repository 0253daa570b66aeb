import { test, expect } from "../support/fixtures";
import { count } from "../reports/e2e-db";

// The demo's national 2025 campaign: some 1,900 evaluations in every province.
const campaignId = () => count("select id as n from evaluation_campaigns where year = 2025 order by id limit 1");

test("a national campaign's progress is a bar per province that opens onto its localities", async ({ as }) => {
  const page = await as("admin");
  await page.goto(`/evaluations/campaigns/${campaignId()}`);
  const progress = page.getByTestId("progress-table");
  await expect(progress.getByRole("progressbar", { name: /^Shandong: \d+% submitted or approved$/ })).toBeVisible();
  // One line per province, not a row per locality: the page stays short.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);

  const localities = page.getByRole("table", { name: "Localities of Shandong" });
  await expect(localities).toBeHidden();
  await progress.locator("summary").filter({ hasText: "Shandong" }).click();
  await expect(localities).toBeVisible();
  await expect(localities.getByRole("rowheader", { name: "Qingdao", exact: true })).toBeVisible();
});

test("a province administrator sees their own province, already open", async ({ as }) => {
  const page = await as("province");
  await page.goto(`/evaluations/campaigns/${campaignId()}`);
  const progress = page.getByTestId("progress-table");
  await expect(progress.getByRole("progressbar")).toHaveCount(1);
  await expect(page.getByRole("table", { name: "Localities of Shandong" })).toBeVisible();
  await expect(progress).not.toContainText("Tianjin");
});

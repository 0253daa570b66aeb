import { test, expect } from "../support/fixtures";
import { openSeededResults } from "./helpers";

test("a province administrator sees the campaign results of their province only", async ({ as }) => {
  const page = await as("province");
  await openSeededResults(page);
  const results = page.url().split("?")[0]!;
  // Only their province is offered, and asking for another by URL is refused.
  await expect(page.getByLabel("Province").locator("option", { hasText: "Shandong" })).toHaveCount(1);
  await expect(page.getByLabel("Province").locator("option", { hasText: "Tianjin" })).toHaveCount(0);
  await page.goto(`${results}?province=TJ`);
  await expect(page).toHaveURL(/\/forbidden/);

  // The national administrator sees Tianjin's answers at the same address.
  const admin = await as("admin");
  await admin.goto(`${results}?province=TJ`);
  await expect(admin.getByTestId("chart-status")).toBeVisible();
});

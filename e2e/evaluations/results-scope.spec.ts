import { test, expect } from "../support/fixtures";

test("a province administrator sees the campaign results of their province only", async ({ as }) => {
  const page = await as("province");
  await page.goto("/evaluations/campaigns");
  await page
    .getByRole("row")
    .filter({ hasText: "2025年度友好城市交往评估" })
    .getByRole("link", { name: /Results/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Results");
  const results = page.url().split("?")[0]!;
  // Only their province is offered, and asking for another by URL finds nothing of it.
  await expect(page.getByLabel("Province").locator("option", { hasText: "Shandong" })).toHaveCount(1);
  await expect(page.getByLabel("Province").locator("option", { hasText: "Tianjin" })).toHaveCount(0);
  await page.goto(`${results}?province=TJ`);
  await expect(page.getByText("No approved answer matches these filters.")).toBeVisible();

  // The national administrator sees Tianjin's answers at the same address.
  const admin = await as("admin");
  await admin.goto(`${results}?province=TJ`);
  await expect(admin.getByTestId("table-status")).toBeVisible();
});

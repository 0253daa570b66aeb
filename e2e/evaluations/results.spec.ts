import { test, expect } from "../support/fixtures";

test("the results of a closed campaign show the report's tables, each summing to 100.0%", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/evaluations/campaigns");
  await page.getByRole("row").filter({ hasText: "2025年度友好城市交往评估" }).getByRole("link", { name: /Results/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Results");
  for (const id of ["status", "trend", "purposes", "category"]) {
    await expect(page.getByTestId(`table-${id}`).getByRole("row").last()).toContainText("100.0%");
  }
  await page.getByLabel("Region").selectOption({ label: "West" });
  await expect(page).toHaveURL(/region=west/);
  await expect(page.getByTestId("answered")).toBeVisible();
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

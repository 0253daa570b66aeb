import { test, expect } from "../support/fixtures";

test.describe("registry search", () => {
  for (const q of ["Kobe", "kōbe", "神戸", "tianjin kobe"]) {
    test(`finds Tianjin–Kobe by "${q}"`, async ({ as }) => {
      const page = await as("viewer");
      await page.goto("/partnerships");
      await page.getByLabel("Search either side's name").fill(q);
      await page.getByLabel("Search either side's name").press("Enter");
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, "(\\+|%20)")}`));
      const row = page.getByRole("row").filter({ hasText: "神戸市" });
      await expect(row.first()).toContainText("天津市");
      await row
        .first()
        .getByRole("link", { name: /神戸市/ })
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tianjin – Kobe");
      await expect(page.getByTestId("anniversary")).toContainText(/anniversary/);
    });
  }

  test("says what to do when nothing matches", async ({ as }) => {
    const page = await as("viewer");
    await page.goto("/partnerships?q=zzqqxxnomatch");
    await expect(page.getByText("No partnership matches these filters.")).toBeVisible();
    await expect(page.getByTestId("row-count")).toContainText("No rows");
  });

  test("ignores a malformed address instead of failing", async ({ as }) => {
    const page = await as("viewer");
    const response = await page.goto("/partnerships?country=%3Cscript%3E&region=north&signedFrom=abc&sort=drop&page=-4&pageSize=9999");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Partnerships" })).toBeVisible();
  });
});

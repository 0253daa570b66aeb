import { test, expect } from "../support/fixtures";

// Chinese staff find and read foreign partners by their Chinese names (lib/domain/locality-name.ts).
test("in Chinese, the activity picker finds 神户 and names it 神户市 first", async ({ as }) => {
  const page = await as("city", "zh-CN");
  await page.goto("/activities/new");
  await page.getByRole("combobox", { name: "友好城市" }).fill("神户");
  await expect(page.getByRole("option", { name: "天津市 – 神户市（神戸市 · Kobe）" })).toBeVisible();
});

test("in English, the activity list names partners romanised first", async ({ as }) => {
  const page = await as("viewer");
  await page.goto(`/activities?q=${encodeURIComponent("神户")}&scope=all`);
  await expect(
    page
      .getByRole("table")
      .getByRole("listitem")
      .filter({ hasText: /^Kobe \(神戸市\)$/ })
      .first(),
  ).toBeVisible();
});

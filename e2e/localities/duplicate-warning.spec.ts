import { test, expect } from "../support/fixtures";

test("a new locality with the name of one already listed is warned about, with a link, and can still be saved", async ({ as }) => {
  const page = await as("admin", "zh-CN");
  await page.goto("/localities/new");
  await page.getByRole("combobox", { name: "国家" }).selectOption({ label: "日本" });
  await page.getByRole("textbox", { name: "本地文字名称" }).fill("神戸市");

  const warning = page.getByTestId("locality-duplicates");
  await expect(warning).toContainText("名录中可能已有此地方");
  const existing = warning.getByRole("link", { name: /神戸市/ }).first();
  await expect(existing).toHaveAttribute("href", /\/localities\/\d+$/);

  // Another script of the same name warns too; a different name does not.
  await page.getByRole("textbox", { name: "本地文字名称" }).fill("");
  await page.getByRole("textbox", { name: "罗马字名称" }).fill("Kobe");
  await expect(warning.getByRole("link", { name: /Kobe/ }).first()).toBeVisible();
  const unique = `Zz Nowhere ${Date.now()}`;
  await page.getByRole("textbox", { name: "罗马字名称" }).fill(unique);
  await expect(page.getByTestId("locality-duplicates")).toHaveCount(0);

  // The warning never blocks the save (a place no other spec picks, so that its twin disturbs none).
  await page.getByRole("textbox", { name: "本地文字名称" }).fill("串間市");
  await expect(warning.getByRole("link", { name: /串間市/ }).first()).toBeVisible();
  await page.getByRole("combobox", { name: "级别" }).selectOption("city");
  await page.getByRole("button", { name: "保存地方" }).click();
  await expect(page).toHaveURL(/\/localities\/\d+\?saved=1$/);
});

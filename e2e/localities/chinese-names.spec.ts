import { test, expect } from "../support/fixtures";
import { unique } from "../partnerships/helpers";

test.describe("foreign places by their Chinese names", () => {
  test("in Chinese, 神户 finds 天津–神户 and the list names it 神户市 first", async ({ as }) => {
    const page = await as("viewer", "zh-CN");
    await page.goto(`/partnerships?q=${encodeURIComponent("神户")}`);
    const row = page.getByRole("row").filter({ hasText: "天津市" }).filter({ hasText: "神户市" });
    await expect(row.first()).toBeVisible();
    // The Chinese name first, the local script and romanised name beside it.
    await expect(row.first().getByRole("link", { name: /^神户市/ })).toContainText("神戸市 · Kobe");
    await row
      .first()
      .getByRole("link", { name: /^神户市/ })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("天津市 – 神户市");
  });

  test("pinyin finds it too", async ({ as }) => {
    const page = await as("viewer", "zh-CN");
    await page.goto("/partnerships?q=shenhu");
    await expect(page.getByRole("row").filter({ hasText: "天津市" }).filter({ hasText: "神户市" }).first()).toBeVisible();
  });

  test("in English the romanised name comes first", async ({ as }) => {
    const page = await as("viewer");
    await page.goto(`/partnerships?q=${encodeURIComponent("神户")}`);
    const row = page.getByRole("row").filter({ hasText: "Tianjin" }).filter({ hasText: "Kobe" });
    await expect(row.first().getByRole("link", { name: /^Kobe/ })).toBeVisible();
  });

  test("a place without a Chinese name is listed for completion until one is added", async ({ as }) => {
    const page = await as("admin");
    const name = unique("Minato");
    await page.goto("/localities/new");
    await page.getByLabel("Name in local script").fill(`${name}町`);
    await page.getByLabel("Romanised name").fill(name);
    await page.getByLabel("Country").selectOption({ label: "Japan" });
    await page.getByRole("button", { name: "Save locality" }).click();
    await page.waitForURL(/\/localities\/\d+\?saved=1/);

    await page.goto("/admin");
    await page.getByRole("link", { name: "Chinese names to complete" }).click();
    await page.getByLabel("Country").selectOption({ value: "JP" });
    await expect(page).toHaveURL(/country=JP/);
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toBeVisible();
    await row.getByRole("link", { name: `Add the Chinese name of ${name}` }).click();
    await page.waitForURL(/\/localities\/\d+\/edit/);
    await page.getByRole("textbox", { name: "Chinese name" }).fill(`港${name}町`);
    await page.getByRole("button", { name: "Save locality" }).click();
    await page.waitForURL(/\/localities\/\d+\?saved=1/);

    await page.goto("/admin/chinese-names?country=JP");
    await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  });
});

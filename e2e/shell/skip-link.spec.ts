import { test, expect } from "../support/fixtures";

for (const locale of ["en-GB", "zh-CN"]) {
  test(`the skip link is the first stop and moves focus to the main content (${locale})`, async ({ as }) => {
    const page = await as("city", locale);
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: locale === "zh-CN" ? "跳到主要内容" : "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("header, nav")), "the next stop is after the menu").toBe(false);
  });
}

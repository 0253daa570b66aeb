import { test, expect } from "../support/fixtures";
import { pageOverflow } from "../support/layout";

for (const locale of ["en-GB", "zh-CN"]) {
  test(`at 360 px the page does not scroll sideways and the menu opens (${locale})`, async ({ as }) => {
    const page = await as("admin", locale);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    const nav = page.getByRole("navigation", { name: locale === "zh-CN" ? "主导航" : "Main navigation" });
    await expect(nav).toBeHidden();
    await page.getByText(locale === "zh-CN" ? "菜单" : "Menu", { exact: true }).click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link")).toHaveCount(12);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    await nav.getByRole("link", { name: locale === "zh-CN" ? "经验共享" : "Sharing" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/sharing");
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  });
}

test("at 360 px the header keeps name, language and sign-out within the screen", async ({ as }) => {
  const page = await as("province");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const banner = page.getByRole("banner");
  for (const target of [
    banner.getByTestId("viewer-name"),
    banner.getByRole("button", { name: "Sign out" }),
    banner.getByRole("button", { name: "English" }),
  ]) {
    const box = await target.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  }
});

test("the menu opens with the keyboard", async ({ as }) => {
  const page = await as("viewer");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const menu = page.getByText("Menu", { exact: true });
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
});

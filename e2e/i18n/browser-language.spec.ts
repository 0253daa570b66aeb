import { test, expect } from "../support/fixtures";

const CASES = [
  { locale: "zh-CN", lang: "zh-CN", signIn: "登录友城通", dashboard: "概览", nav: "主导航", partnerships: "友好城市" },
  { locale: "en-GB", lang: "en", signIn: "Sign in to Amity", dashboard: "Dashboard", nav: "Main navigation", partnerships: "Partnerships" },
];

for (const c of CASES) {
  test(`with no cookie the sign-in page follows the browser (${c.locale})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: c.locale });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", c.lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.signIn);
    await context.close();
  });

  test(`with no cookie the signed-in shell follows the browser (${c.locale})`, async ({ as }) => {
    const page = await as("city", c.locale);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", c.lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.dashboard);
    await expect(page.getByRole("navigation", { name: c.nav }).getByRole("link", { name: c.partnerships })).toBeVisible();
  });
}

test("an unknown language cookie falls back to the browser's language", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  await context.addCookies([{ name: "amity_locale", value: "<fr>", url: baseURL! }]);
  const page = await context.newPage();
  const response = await page.goto("/sign-in");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
  await context.close();
});

import type { Browser } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { createTestUser, signIn } from "../auth/test-users";

test("the language switch changes the interface and is remembered across loads and sign-ins", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await context.newPage();
  const user = createTestUser("viewer");
  await signIn(page, user.email, user.password);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");

  await page.getByRole("button", { name: "简体中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("概览");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("button", { name: "简体中文" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "友好城市" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("概览");
  await page.goto("/sharing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("谁在合作");

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录友城通");
  await signIn(page, user.email, user.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("概览");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await context.close();
});

test("the language can be chosen before signing in", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录友城通");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
  await expect(page.getByLabel("Email")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
  await context.close();
});

/** A new user who chose Chinese while signed in, on a browser that is then closed. */
async function userWhoChoseChinese(browser: Browser, baseURL: string | undefined) {
  const user = createTestUser("viewer");
  const first = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await first.newPage();
  await signIn(page, user.email, user.password);
  await page.getByRole("button", { name: "简体中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("概览");
  await first.close();
  return user;
}

test("on a new browser, the interface takes the language the user chose when signed in", async ({ browser, baseURL }) => {
  const user = await userWhoChoseChinese(browser, baseURL);
  const second = await browser.newContext({ baseURL, locale: "en-GB" });
  const other = await second.newPage();
  await signIn(other, user.email, user.password);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("概览");
  await expect(other.locator("html")).toHaveAttribute("lang", "zh-CN");
  await second.close();
});

test("a language chosen on this browser before signing in is kept over the saved one", async ({ browser, baseURL }) => {
  const user = await userWhoChoseChinese(browser, baseURL);
  const second = await browser.newContext({ baseURL, locale: "zh-CN" });
  const other = await second.newPage();
  await other.goto("/sign-in");
  await other.getByRole("button", { name: "English" }).click();
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
  await signIn(other, user.email, user.password);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await second.close();
});

import type { Browser } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { createUserDirectly, unique, USERS_ACTIONS } from "../admin/helpers";

const REQUIRED = "Choose your own password first: the one you signed in with was set by an administrator.";

async function signInWithGivenPassword(browser: Browser, baseURL: string | undefined, email: string, password: string, locale = "en-GB") {
  const context = await browser.newContext({ baseURL, locale });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel(/email|邮箱/i).fill(email);
  await page.getByLabel(/password|密码/i).fill(password);
  await page.getByRole("button", { name: /^(sign in|登录)$/i }).click();
  return page;
}

test("a user whose password an administrator set must choose their own before anything else", async ({ as, browser, baseURL }) => {
  test.slow(); // three sign-ins and a password change
  const admin = await as("admin");
  const user = await createUserDirectly(admin, "national_admin");
  const page = await signInWithGivenPassword(browser, baseURL, user.email, user.password);

  await expect(page).toHaveURL((url) => url.pathname === "/change-password", { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Choose your own password" })).toBeVisible();
  for (const path of ["/", "/partnerships", "/account", "/admin/users"]) {
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === "/change-password");
  }

  // Actions are refused too, not only pages.
  const email = `${unique("blocked")}@e2e.test`;
  const answer = await callServerAction(
    page,
    { file: USERS_ACTIONS, name: "createUserAction" },
    { name: "Blocked", email, role: "viewer", provinceCode: "", localityId: null, password: "a-long-enough-passphrase" },
  );
  expect(answer.result).toEqual({ ok: false, error: REQUIRED, fieldErrors: {} });

  // The same password again, or a commonly breached one, is not accepted.
  await page.getByLabel("Current password").fill(user.password);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(user.password);
  await page.getByLabel("Repeat the new password").fill(user.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The new password must differ from the current one.");
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("qwertyuiop123");
  await page.getByLabel("Repeat the new password").fill("qwertyuiop123");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("This password is one of the most commonly used");

  const own = `${user.password}-mine`;
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(own);
  await page.getByLabel("Repeat the new password").fill(own);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/partnerships");
  await expect(page).toHaveURL((url) => url.pathname === "/partnerships");

  // Next time, straight in.
  const again = await signInWithGivenPassword(browser, baseURL, user.email, own);
  await expect(again.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: 30_000 });
  await page.context().close();
  await again.context().close();
});

test("the change-password page speaks Chinese too, and lets the user sign out", async ({ as, browser, baseURL }) => {
  const admin = await as("admin");
  const user = await createUserDirectly(admin);
  const page = await signInWithGivenPassword(browser, baseURL, user.email, user.password, "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "设置您自己的密码" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("signedOut") === "1");
  await page.context().close();
});

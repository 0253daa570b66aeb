import { expect, test, type Browser, type Page } from "@playwright/test";
import { callServerAction } from "../support/server-action";

export const USERS_ACTIONS = "app/(app)/admin/users/actions.ts";

/** Something unique to this run and test, for names and emails. */
export function unique(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export type NewUser = { id: number; name: string; email: string; password: string };

/**
 * Creates a user through the administrator's own server action (quick set-up for tests about
 * something else). The password is the administrator's: signing in needs signInFirstTime.
 */
export async function createUserDirectly(admin: Page, role: "viewer" | "national_admin" = "viewer"): Promise<NewUser> {
  const key = unique("e2e");
  const user = { name: `E2E ${key}`, email: `${key}@e2e.test`, password: `pw-${key}` };
  const answer = await callServerAction(
    admin,
    { file: USERS_ACTIONS, name: "createUserAction" },
    { ...user, role, provinceCode: "", localityId: null },
  );
  const result = answer.result as { ok: boolean; data?: { id: number } };
  expect(result, answer.text).toMatchObject({ ok: true });
  return { ...user, id: result.data?.id ?? 0 };
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "en-GB" });
  return context.newPage();
}

async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form in a new browser context and returns its page, on the dashboard. */
export async function signIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await freshPage(browser);
  await submitSignIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  return page;
}

/**
 * First sign-in of an account whose password an administrator set: the user is sent to choose their
 * own, does, and lands on the dashboard. Answers the page and the password now in force.
 */
export async function signInFirstTime(browser: Browser, email: string, given: string): Promise<{ page: Page; password: string }> {
  const page = await freshPage(browser);
  await submitSignIn(page, email, given);
  await expect(page.getByRole("heading", { level: 1, name: "Choose your own password" })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === "/change-password");
  const password = `${given}-own`;
  await page.getByLabel("Current password").fill(given);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(password);
  await page.getByLabel("Repeat the new password").fill(password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  return { page, password };
}

/** Tries to sign in and expects the form's refusal. */
export async function expectSignInRefused(browser: Browser, email: string, password: string): Promise<void> {
  const page = await freshPage(browser);
  await submitSignIn(page, email, password);
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right" })).toHaveText(
    "The email or password is not right, or the account is deactivated.",
  );
  await expect(page).toHaveURL(/\/sign-in/);
  await page.context().close();
}

/** Expects a signed-in page's session to have ended: the next visit lands on sign-in. */
export async function expectSessionEnded(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Amity" })).toBeVisible();
}

import { test, expect } from "../support/fixtures";
import { ACCOUNTS, DEMO_PASSWORD } from "../support/accounts";
import { recordServerErrors, SIGN_IN_TIMEOUT, submitSignIn } from "./test-users";

// Raw query strings: a browser drops tab and newlines from a URL, so "/\t/evil.test" would become
// "//evil.test", another site.
const hostile = ["/%09/evil.test", "/%0a/evil.test", "/%0d/evil.test", "/%0D%0A/evil.test", "%2F%2Fevil.test", "/%5Cevil.test"];

// safeRedirectPath's own unit test (lib/domain/safe-redirect.test.ts) takes every hostile form; here the
// real sign-in once, and a signed-in visitor through all of them on one page.
test(`after sign-in, callbackUrl=${hostile[0]} lands on the dashboard`, async ({ page, baseURL }) => {
  const serverErrors = recordServerErrors(page);
  await page.goto(`/sign-in?callbackUrl=${hostile[0]}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
  await submitSignIn(page, ACCOUNTS.viewer.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(`${baseURL}/`, { timeout: SIGN_IN_TIMEOUT });
  expect(serverErrors).toEqual([]);
});

test("a signed-in visitor to /sign-in with a hostile callbackUrl stays on this site", async ({ as, baseURL }) => {
  const page = await as("city");
  const serverErrors = recordServerErrors(page);
  for (const raw of hostile) {
    const response = await page.goto(`/sign-in?callbackUrl=${raw}`);
    expect(response?.status(), raw).toBeLessThan(500);
    await expect(page, raw).toHaveURL(`${baseURL}/`);
    await expect(page.getByTestId("viewer-name")).toBeVisible();
  }
  expect(serverErrors).toEqual([]);
});

test("a return address with non-ASCII characters is kept, encoded, and never gives a server error", async ({ as }) => {
  const page = await as("city");
  const serverErrors = recordServerErrors(page);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/partnerships?q=天津")}`);
  await expect(page).toHaveURL((url) => url.pathname === "/partnerships" && url.searchParams.get("q") === "天津");
  await page.goto("/sign-in?callbackUrl=/%E5%A4%A9%0a%E6%B4%A5");
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await page.goto("/sign-in?callbackUrl=/x%25ZZ%25FF");
  await expect(page).toHaveURL((url) => url.pathname === "/");
  expect(serverErrors).toEqual([]);
});

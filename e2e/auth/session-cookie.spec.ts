import { test, expect } from "../support/fixtures";
import { createTestUser, recordServerErrors, setUserActive, signIn, signInError } from "./test-users";

const SESSION_COOKIE = "authjs.session-token";

const garbage = [
  "garbage",
  "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..AAAA.BBBB.CCCC",
  "<script>alert(1)</script>",
  "x".repeat(3000),
];

for (const value of garbage) {
  test(`a forged session cookie (${value.slice(0, 24)}…) does not give access`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-GB" });
    await context.addCookies([{ name: SESSION_COOKIE, value: encodeURIComponent(value), url: baseURL! }]);
    const page = await context.newPage();
    const serverErrors = recordServerErrors(page);
    await page.goto("/partnerships?country=JP");
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
    await expect(page.getByTestId("viewer-name")).toHaveCount(0);
    expect(serverErrors).toEqual([]);
    await context.close();
  });
}

test("the session of a deactivated account stops working at once", async ({ page }) => {
  const user = createTestUser("viewer");
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("viewer-name")).toHaveText(user.name);

  setUserActive(user.id, false);
  await page.goto("/partnerships");
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  await expect(page.getByTestId("viewer-name")).toHaveCount(0);

  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  await expect(page.getByLabel(/email/i)).toBeVisible();
});

test("a deactivated account cannot sign in again", async ({ page }) => {
  const user = createTestUser("viewer");
  setUserActive(user.id, false);
  await page.goto("/sign-in");
  await page.getByLabel(/email/i).fill(user.email);
  await page.getByLabel(/password/i).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(signInError(page)).toHaveText("The email or password is not right, or the account is deactivated.");
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
});

import { test, expect } from "../support/fixtures";
import { createTestUser, recordServerErrors, signIn } from "./test-users";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token/;

test("a copy of the session cookie taken before sign-out no longer works after it", async ({ browser, baseURL }) => {
  const user = createTestUser("viewer");
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("viewer-name")).toHaveText(user.name);
  const copied = (await context.cookies()).filter((c) => SESSION_COOKIE.test(c.name));
  expect(copied.length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("signedOut") === "1");

  // The attacker's browser: the cookie as it was, replayed.
  const replay = await browser.newContext({ baseURL, locale: "en-GB" });
  await replay.addCookies(copied);
  const stolen = await replay.newPage();
  const serverErrors = recordServerErrors(stolen);
  await stolen.goto("/partnerships");
  await expect(stolen).toHaveURL((url) => url.pathname === "/sign-in");
  await expect(stolen.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
  await expect(stolen.getByTestId("viewer-name")).toHaveCount(0);
  expect(serverErrors).toEqual([]);
  await replay.close();
  await context.close();
});

test("signing out on one browser ends the account's sessions on the others too", async ({ browser, baseURL }) => {
  const user = createTestUser("viewer");
  const office = await browser.newContext({ baseURL, locale: "en-GB" });
  const home = await browser.newContext({ baseURL, locale: "en-GB" });
  const atOffice = await office.newPage();
  const atHome = await home.newPage();
  await signIn(atOffice, user.email, user.password);
  await signIn(atHome, user.email, user.password);

  await atOffice.getByRole("button", { name: "Sign out" }).click();
  await expect(atOffice).toHaveURL((url) => url.pathname === "/sign-in");
  await atHome.goto("/activities");
  await expect(atHome).toHaveURL((url) => url.pathname === "/sign-in");
  await office.close();
  await home.close();
});

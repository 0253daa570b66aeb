import { test, expect } from "../support/fixtures";
import { ACCOUNTS, DEMO_PASSWORD, type AccountKey } from "../support/accounts";
import { createTestUser, signIn } from "./test-users";

const NAMES: Record<AccountKey, string> = {
  admin: "王静 Wang Jing",
  province: "李明 Li Ming",
  city: "张伟 Zhang Wei",
  viewer: "陈晓 Chen Xiao",
};

// Signing out ends every session of the account (its session generation is raised), so the demo
// accounts, whose sessions the other tests share, only sign in here; a throw-away account signs out.
for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
  test(`${key} signs in with the demo password`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "en-GB" });
    const page = await context.newPage();
    await signIn(page, ACCOUNTS[key].email, DEMO_PASSWORD);
    await expect(page).toHaveURL((url) => url.pathname === "/");
    await expect(page.getByTestId("viewer-name")).toHaveText(NAMES[key]);
    await context.close();
  });
}

test("signing out returns to sign-in and the app is closed again", async ({ page }) => {
  const user = createTestUser("viewer");
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("viewer-name")).toHaveText(user.name);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("signedOut") === "1");
  await expect(page.getByRole("status")).toHaveText("You have signed out.");

  await page.goto("/");
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
});

test("a signed-in visitor to the sign-in page is sent on", async ({ as }) => {
  const page = await as("city");
  await page.goto("/sign-in");
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByTestId("viewer-name")).toHaveText(NAMES.city);
});

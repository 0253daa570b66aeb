import { test, expect } from "../support/fixtures";
import { ACCOUNTS, DEMO_PASSWORD } from "../support/accounts";
import { SIGN_IN_TIMEOUT, submitSignIn } from "./test-users";

test("an anonymous deep link goes to sign-in and back to the same address", async ({ page }) => {
  await page.goto("/partnerships?country=JP");
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("callbackUrl") === "/partnerships?country=JP");

  await submitSignIn(page, ACCOUNTS.city.email, DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === "/partnerships" && url.search === "?country=JP", { timeout: SIGN_IN_TIMEOUT });
  await expect(page.getByRole("main")).toBeVisible();
});

for (const hostile of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"]) {
  test(`a foreign return address (${hostile}) is replaced by the dashboard`, async ({ page, baseURL }) => {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(hostile)}`);
    await submitSignIn(page, ACCOUNTS.viewer.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(`${baseURL}/`, { timeout: SIGN_IN_TIMEOUT });
  });
}

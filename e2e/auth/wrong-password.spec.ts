import { test, expect } from "../support/fixtures";
import { createTestUser, expectStillSignedOut, recordServerErrors, signInError, submitSignIn } from "./test-users";

const cases = [
  { locale: "en-GB", message: "The email or password is not right, or the account is deactivated." },
  { locale: "zh-CN", message: "邮箱或密码不正确，或账户已停用。" },
];

for (const { locale, message } of cases) {
  test(`a wrong password is refused with a translated message (${locale})`, async ({ browser, baseURL }) => {
    // A throw-away account: failures count towards a lock (brute-force.spec.ts), and the demo accounts are shared.
    const user = createTestUser("national_admin");
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    const serverErrors = recordServerErrors(page);
    await page.goto("/sign-in");
    await submitSignIn(page, user.email, "not-the-password");

    await expect(signInError(page)).toHaveText(message);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
    await expect(page.getByLabel(/email|邮箱/i)).toHaveValue(user.email);
    await expect(page.getByLabel(/password|密码/i)).toHaveValue("");
    await expect(page.getByLabel(/password|密码/i)).toHaveAttribute("aria-invalid", "true");
    expect(await page.content()).not.toContain("not-the-password");

    await expectStillSignedOut(page, serverErrors);
    await context.close();
  });
}

test("an unknown email gets the same message as a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  await submitSignIn(page, "nobody@amity.test", "whatever-password");
  await expect(signInError(page)).toHaveText("The email or password is not right, or the account is deactivated.");
});

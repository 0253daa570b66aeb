import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { createTestUser, expectStillSignedOut, recordServerErrors, signInError, submitSignIn } from "./test-users";

const cases = [
  {
    locale: "en-GB",
    wrong: "The email or password is not right, or the account is deactivated.",
    locked: /^Too many attempts\. Try again in 1[45] minutes\.$/,
  },
  { locale: "zh-CN", wrong: "邮箱或密码不正确，或账户已停用。", locked: /^尝试次数过多。请在 1[45] 分钟后再试。$/ },
];

/** Submits the form and waits for the server's answer (the message may read the same as before). */
async function attempt(page: Page, email: string, password: string): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in");
  await submitSignIn(page, email, password);
  await answered;
  // React resets the form once the action's answer is rendered; typing the next attempt before that
  // would be wiped, and an empty password is refused without being counted (seen on a busy machine).
  await expect(page.getByLabel(/password|密码/i)).toHaveValue("");
}

let counter = 0;
/** An address of the documentation range for this test alone, so that its failures do not count against other tests'. */
function ownAddress(): string {
  counter += 1;
  return `203.0.113.${((Date.now() + process.pid * 7 + counter) % 250) + 1}`;
}

for (const { locale, wrong, locked } of cases) {
  test(`an account is locked after 5 wrong passwords, the right one is then refused too, and the wait is shown (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.slow(); // seven sign-in attempts, each hashing a password
    const user = createTestUser("viewer");
    const context = await browser.newContext({ baseURL, locale, extraHTTPHeaders: { "x-forwarded-for": ownAddress() } });
    const page = await context.newPage();
    const serverErrors = recordServerErrors(page);
    await page.goto("/sign-in");

    for (let i = 1; i <= 4; i += 1) {
      await attempt(page, user.email, `wrong-password-${i}`);
      await expect(signInError(page)).toHaveText(wrong);
    }
    for (let i = 5; i <= 6; i += 1) {
      await attempt(page, user.email, `wrong-password-${i}`);
      await expect(signInError(page)).toHaveText(locked);
    }

    await attempt(page, user.email, user.password);
    await expect(signInError(page)).toHaveText(locked);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
    await expectStillSignedOut(page, serverErrors);
    await context.close();
  });
}

test("the lock is per account: another account signs in from the same address", async ({ browser, baseURL }) => {
  const locked = createTestUser("viewer");
  const other = createTestUser("viewer");
  const context = await browser.newContext({ baseURL, locale: "en-GB", extraHTTPHeaders: { "x-forwarded-for": ownAddress() } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  // Each answer is read before the next attempt: a submit while the last one is pending would be dropped.
  for (let i = 1; i <= 4; i += 1) {
    await attempt(page, locked.email, `wrong-password-${i}`);
    await expect(signInError(page)).toHaveText(/^The email or password is not right/);
  }
  await attempt(page, locked.email, "wrong-password-5");
  await expect(signInError(page)).toHaveText(/^Too many attempts/);

  await submitSignIn(page, other.email, other.password);
  await expect(page.getByTestId("viewer-name")).toHaveText(other.name, { timeout: 30_000 });
  await context.close();
});

import { test, expect } from "../support/fixtures";
import { ACCOUNTS } from "../support/accounts";
import { recordServerErrors, signInError, submitSignIn } from "./test-users";

const WRONG = "The email or password is not right, or the account is deactivated.";

const inputs: { what: string; email: string; password: string }[] = [
  { what: "a script tag as email", email: `<script>window.__pwned = 1</script>@x.test`, password: "secret-password" },
  { what: "a script tag as password", email: ACCOUNTS.admin.email, password: `"><img src=x onerror="window.__pwned=1">` },
  { what: "a 20,000-character email", email: `${"a".repeat(20_000)}@amity.test`, password: "secret-password" },
  { what: "a 100,000-character password", email: ACCOUNTS.admin.email, password: "p".repeat(100_000) },
  { what: "SQL in the email", email: `admin@amity.test' OR '1'='1`, password: "' OR 1=1 --" },
  { what: "control and RTL characters", email: "\u202eadmin@amity.test\u0000", password: "\u0000\u202e" },
  { what: "empty fields", email: "", password: "" },
];

for (const { what, email, password } of inputs) {
  test(`sign-in refuses ${what} cleanly`, async ({ page }) => {
    const serverErrors = recordServerErrors(page);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto("/sign-in");
    await submitSignIn(page, email, password);

    await expect(signInError(page)).toHaveText(WRONG);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
    await expect(page.getByLabel(/password/i)).toHaveValue("");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("main script, main img").count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(serverErrors).toEqual([]);
  });
}

test("a hostile return address in the sign-in form is not rendered as markup", async ({ page }) => {
  const serverErrors = recordServerErrors(page);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent('/"><script>window.__pwned=1</script>')}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Amity");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(serverErrors).toEqual([]);
});

import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";

test("without a session the account page sends to sign-in and the password action changes nothing", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);

  const answer = await callServerAction(
    page,
    { file: "app/(app)/account/actions.ts", name: "changePasswordAction" },
    { currentPassword: "amity-demo-2026", newPassword: "hijacked-password", confirmPassword: "hijacked-password" },
  );
  expect(answer.result).not.toMatchObject({ ok: true });
  await context.close();
});

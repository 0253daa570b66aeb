import { test, expect } from "../support/fixtures";
import { expectSessionEnded, expectSignInRefused, signIn, signInFirstTime, unique } from "./helpers";

test("an administrator creates a user who signs in; deactivation, reactivation and a password reset take effect", async ({
  as,
  browser,
}) => {
  test.slow(); // five sign-ins, two password changes and three administrator actions in one story
  const admin = await as("admin");
  const key = unique("life");
  const name = `E2E Lifecycle ${key}`;
  const email = `${key}@e2e.test`;
  const password = `first-${key}`;

  await admin.goto("/admin/users/new");
  await admin.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await admin.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await admin.getByRole("combobox", { name: "Role", exact: true }).selectOption("city_staff");
  await admin.getByRole("combobox", { name: "Locality" }).fill("tianjin");
  await admin
    .getByRole("option", { name: /^Tianjin/ })
    .first()
    .click();
  await admin.getByLabel("Initial password").fill(password);
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The account was created." })).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Edit user: ${name}`);

  // The administrator chose this password: the user chooses their own before anything else.
  const { page: first, password: own } = await signInFirstTime(browser, email, password);
  await expect(first.getByTestId("viewer-name")).toHaveText(name);
  await expect(first.getByTestId("viewer-role")).toContainText("City staff · Tianjin");
  await expectSignInRefused(browser, email, password);

  await admin.reload();
  await admin.getByRole("button", { name: "Deactivate account" }).click();
  await expect(admin.getByTestId("account-status")).toHaveText("This account is deactivated: its owner cannot sign in.");
  await expectSessionEnded(first);
  await expectSignInRefused(browser, email, own);

  await admin.getByRole("button", { name: "Reactivate account" }).click();
  await expect(admin.getByTestId("account-status")).toHaveText("This account is active.");
  // Reactivation does not bring back the session of before the deactivation.
  await expectSessionEnded(first);
  const second = await signIn(browser, email, own);

  await admin.getByRole("button", { name: "Reset password" }).click();
  const shown = admin.getByTestId("temporary-password");
  await expect(shown).toContainText(`New temporary password for ${name}:`);
  const temporary = (await shown.locator(".font-mono").textContent())?.trim() ?? "";
  expect(temporary).toMatch(/^[A-Za-z2-9]{16}$/);

  await expectSessionEnded(second);
  await expectSignInRefused(browser, email, own);
  const { page: third } = await signInFirstTime(browser, email, temporary);
  await expect(third.getByTestId("viewer-name")).toHaveText(name);
  for (const page of [first, second, third]) await page.context().close();
});

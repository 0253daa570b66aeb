import { test, expect } from "../support/fixtures";
import { createUserDirectly, expectSignInRefused, signIn, signInFirstTime } from "../admin/helpers";

test("the account page shows the profile, refuses a wrong current password, and changes it with the right one", async ({ as, browser }) => {
  const admin = await as("admin");
  const created = await createUserDirectly(admin);
  const { page, password } = await signInFirstTime(browser, created.email, created.password);
  const user = { ...created, password };
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  const profile = page.getByRole("region", { name: "Profile" });
  await expect(profile.getByRole("definition")).toContainText([user.name, user.email, "Viewer", "Nationwide"]);
  await expect(page.getByLabel("Preferred language")).toHaveValue("en");

  const newPassword = `${user.password}-new`;
  await page.getByLabel("Current password").fill(user.password);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("password1234");
  await page.getByLabel("Repeat the new password").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("This password is one of the most commonly used");

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(newPassword);
  await page.getByLabel("Repeat the new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("The current password is not right.");
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("Repeat the new password").fill(`${newPassword}x`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(summary).toContainText("The two passwords do not match.");

  await page.getByLabel("Repeat the new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");

  // This session goes on; the old password no longer opens the account, the new one does.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expectSignInRefused(browser, user.email, user.password);
  const again = await signIn(browser, user.email, newPassword);
  await expect(again.getByTestId("viewer-name")).toHaveText(user.name);

  await admin.goto(`/admin/audit?entity=user&entityId=${user.id}&action=change_password`);
  // The first change replaced the administrator's password; the second is this one.
  await expect(admin.getByTestId("audit-entry")).toHaveCount(2);
  await page.context().close();
  await again.context().close();
});

test("each demo role sees its own role and scope on the account page", async ({ as }) => {
  const city = await as("city");
  await city.goto("/account");
  await expect(city.getByRole("region", { name: "Profile" }).getByRole("definition")).toContainText([
    "张伟 Zhang Wei",
    "tianjin@amity.test",
    "City staff",
    "天津市",
  ]);
  const province = await as("province", "zh-CN");
  await province.goto("/account");
  await expect(province.getByRole("heading", { level: 1, name: "我的账号" })).toBeVisible();
  await expect(province.getByRole("region", { name: "个人资料" }).getByRole("definition")).toContainText([
    "李明 Li Ming",
    "shandong@amity.test",
    "省级管理员",
    "山东省",
  ]);
});

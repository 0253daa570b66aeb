import { test, expect } from "../support/fixtures";

test("adding members flags nothing before the save, and every click lands", async ({ as }) => {
  const page = await as("city", "zh-CN");
  await page.goto("/delegations/new");
  const add = page.getByRole("button", { name: "添加成员" });

  await add.click();
  const first = page.getByRole("textbox", { name: "成员 1：姓名" });
  await expect(first).toBeFocused();
  // Nothing typed yet: no error box, no field error.
  await expect(page.getByRole("alert").filter({ hasText: "提交有误" })).toHaveCount(0);
  await expect(page.getByText("此项为必填项")).toHaveCount(0);

  // Leaving the blank row for the button again must neither flag it nor move the button away from the click.
  await add.click();
  await expect(page.getByRole("textbox", { name: "成员 2：姓名" })).toBeVisible();
  await expect(page.getByText("此项为必填项")).toHaveCount(0);

  // The save reports the blank rows, in the summary and beside each field.
  await page.getByRole("button", { name: "保存代表团" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "提交有误" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /成员 1：姓名/ })).toBeVisible();
  await expect(first).toHaveAttribute("aria-invalid", "true");
});

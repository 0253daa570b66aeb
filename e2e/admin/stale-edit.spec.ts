import { test, expect } from "../support/fixtures";
import { createUserDirectly } from "./helpers";

test("a save based on an older version is refused, says what changed, and keeps the first save", async ({ as }) => {
  const first = await as("admin");
  const target = await createUserDirectly(first);
  const second = await as("admin");
  await first.goto(`/admin/users/${target.id}`);
  await second.goto(`/admin/users/${target.id}`);

  await first.getByRole("textbox", { name: "Name", exact: true }).fill(`${target.name} (first)`);
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await second.getByRole("textbox", { name: "Name", exact: true }).fill(`${target.name} (second)`);
  await second.getByRole("button", { name: "Save" }).click();
  const notice = second.getByTestId("stale-notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Someone else changed this record");
  await expect(notice).toContainText("王静 Wang Jing saved a newer version");
  await expect(notice.getByRole("term")).toHaveText(["Name"]);
  await expect(notice.getByRole("definition")).toHaveText([`${target.name} (first)`]);

  const check = await as("admin");
  await check.goto(`/admin/users/${target.id}`);
  await expect(check.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(`${target.name} (first)`);

  await notice.getByRole("button", { name: "Load the newer version" }).click();
  await expect(second.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(`${target.name} (first)`);
});

import { test, expect } from "../support/fixtures";
import { createUserDirectly } from "./helpers";

test("an edit appears in the audit log with its values before and after", async ({ as }) => {
  const admin = await as("admin");
  const target = await createUserDirectly(admin);
  await admin.goto(`/admin/users/${target.id}`);
  await admin.waitForLoadState("networkidle");
  // Filled until it holds: if the form hydrates during the first fill, react-hook-form writes the
  // default value back into the field halfway through it.
  const name = admin.getByRole("textbox", { name: "Name", exact: true });
  await expect(async () => {
    await name.fill(`${target.name} renamed`);
    await expect(name).toHaveValue(`${target.name} renamed`, { timeout: 1_000 });
  }).toPass();
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await admin.goto("/admin/audit");
  await admin.getByLabel("Record type").selectOption("user");
  await admin.getByLabel("Record id").fill(String(target.id));
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin).toHaveURL(new RegExp(`entityId=${target.id}`));
  const entries = admin.getByTestId("audit-entry");
  await expect(entries).toHaveCount(2);
  // Entries name the record (as it is now), not its id.
  await expect(entries.nth(1)).toContainText(`Created · User: ${target.name} renamed`);

  const update = entries.first();
  await expect(update).toContainText(`Updated · User: ${target.name} renamed`);
  await expect(update.getByRole("link", { name: `${target.name} renamed` })).toHaveAttribute("href", `/admin/users/${target.id}`);
  await expect(update).toContainText("by 王静 Wang Jing");
  await update.getByText("Show changes").click();
  const row = update.getByRole("row", { name: /Name/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText(target.name);
  await expect(row.getByRole("cell").nth(1)).toHaveText(`${target.name} renamed`);
  await expect(update.getByRole("rowheader")).toHaveText(["Name"]);

  await admin.getByLabel("Action", { exact: true }).selectOption("create");
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Created");
});

test("the audit log pages in the URL and shrugs off malformed parameters", async ({ as }) => {
  const admin = await as("admin");
  for (let i = 0; i < 3; i += 1) await createUserDirectly(admin);
  await admin.goto("/admin/audit?entity=user&action=create&pageSize=10");
  await expect(admin.getByTestId("row-count")).toContainText("Page 1 of");
  const total = Number((await admin.getByTestId("row-count").textContent())?.match(/(\d+) rows/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(3);

  await admin.goto("/admin/audit?entity=user&action=create&pageSize=10&page=99999");
  await expect(admin.getByTestId("audit-entry")).toHaveCount(0);
  await expect(admin.getByRole("link", { name: "Newer entries" })).toBeVisible();

  const response = await admin.goto("/admin/audit?page=-2&pageSize=7&entityId=abc&from=2026-02-31&action=%3Cscript%3E&user=1e99");
  expect(response?.status()).toBe(200);
  await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(admin.getByLabel("Record id")).toHaveValue("");
});

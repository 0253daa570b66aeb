import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { createUserDirectly, unique, USERS_ACTIONS } from "./helpers";

const FORBIDDEN = "You are not allowed to do this.";

for (const account of ["viewer", "city"] as const) {
  test(`${account} opening the administration by URL gets the forbidden page`, async ({ as }) => {
    const page = await as(account);
    for (const path of ["/admin", "/admin/users", "/admin/users/new", "/admin/users/1", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot open this page");
    }
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Administration" })).toHaveCount(0);
  });
}

test("city staff calling an administrator's server action directly are refused and nothing changes", async ({ as }) => {
  const city = await as("city");
  const email = `${unique("intruder")}@e2e.test`;
  const answer = await callServerAction(
    city,
    { file: USERS_ACTIONS, name: "createUserAction" },
    { name: "Intruder", email, role: "national_admin", provinceCode: "", localityId: null, password: "intruder-password" },
  );
  expect(answer.result).toEqual({ ok: false, error: FORBIDDEN, fieldErrors: {} });

  const admin = await as("admin");
  const target = await createUserDirectly(admin);
  const reset = await callServerAction(city, { file: USERS_ACTIONS, name: "resetPasswordAction" }, { id: target.id, version: 1 });
  expect(reset.result).toMatchObject({ ok: false, error: FORBIDDEN });
  expect(reset.text).not.toContain("temporaryPassword");

  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expect(admin.getByText("No user matches these filters.")).toBeVisible();
  await admin.goto("/admin/audit?entity=user&entityId=" + target.id);
  await expect(admin.getByTestId("audit-entry")).toHaveCount(1);
});

test("a province administrator sees only their province's users and cannot give the national administrator role", async ({ as }) => {
  const province = await as("province");
  await province.goto("/admin/users?pageSize=100");
  const table = province.getByRole("table", { name: "Users" });
  await expect(table).toBeVisible();
  await expect(table).toContainText("shandong@amity.test");
  await expect(table).not.toContainText("tianjin@amity.test");
  await expect(table).not.toContainText("admin@amity.test");
  await expect(province.getByRole("combobox", { name: "Province", exact: true })).toHaveCount(0);

  await province.goto("/admin/users/new");
  const roles = province.getByRole("combobox", { name: "Role", exact: true }).getByRole("option");
  await expect(roles).toHaveText(["City staff", "Viewer"]);

  const escalate = await callServerAction(
    province,
    { file: USERS_ACTIONS, name: "createUserAction" },
    {
      name: "Escalation",
      email: `${unique("escalate")}@e2e.test`,
      role: "national_admin",
      provinceCode: "",
      localityId: null,
      password: "escalate-password",
    },
  );
  expect(escalate.result).toMatchObject({ ok: false, error: FORBIDDEN });

  const admin = await as("admin");
  const outsider = await createUserDirectly(admin);
  await province.goto(`/admin/users/${outsider.id}`);
  await expect(province.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  const edit = await callServerAction(
    province,
    { file: USERS_ACTIONS, name: "updateUserAction" },
    { id: outsider.id, version: 1, name: "Taken over", email: outsider.email, role: "viewer", provinceCode: "SD", localityId: null },
  );
  expect(edit.result).toMatchObject({ ok: false, error: FORBIDDEN });
});

test("malformed or hostile input to an action is refused with a translated message, never a server error", async ({ as }) => {
  const admin = await as("admin");
  const answer = await callServerAction(
    admin,
    { file: USERS_ACTIONS, name: "createUserAction" },
    { name: "<script>alert(1)</script>".repeat(20), email: "not-an-email", role: "root", provinceCode: { $ne: 1 }, localityId: "1 OR 1=1" },
  );
  expect(answer.status).toBe(200);
  expect(answer.result).toMatchObject({
    ok: false,
    error: "Some answers need correcting.",
    fieldErrors: {
      name: "Enter at most 100 characters.",
      email: "Enter an email address such as name@example.org.",
      role: "Choose one of the options offered.",
    },
  });
  const garbage = await callServerAction(admin, { file: USERS_ACTIONS, name: "deactivateUserAction" }, "garbage");
  expect(garbage.result).toMatchObject({ ok: false, error: "Some answers need correcting." });
});

import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { e2eDb, localityId } from "../reports/e2e-db";
import { unique } from "../activities/demo-data";

const sidebar = (page: Page) => page.getByRole("navigation", { name: "Saved views" });

async function saveView(page: Page, name: string, share = false) {
  await page.getByRole("button", { name: "Save view" }).click();
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  if (share) await page.getByRole("checkbox", { name: "Share with my city's colleagues" }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved “${name}”.` })).toBeVisible();
}

test("a filtered list saved under a name shows in the sidebar and opens with its filters; other offices do not see it", async ({ as }) => {
  const page = await as("city");
  const name = unique("Japan, whole country");
  await page.goto("/activities?country=JP&scope=all&page=2");
  await saveView(page, name);
  const link = sidebar(page).getByRole("link", { name: new RegExp(name) });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "/activities?country=JP&scope=all");

  await page.goto("/partnerships");
  await sidebar(page)
    .getByRole("link", { name: new RegExp(name) })
    .click();
  await expect(page).toHaveURL(/\/activities\?country=JP&scope=all$/);
  await expect(page.getByRole("combobox", { name: "Partner country" })).toHaveValue("JP");
  await expect(page.getByRole("group", { name: "Show" }).getByRole("link", { name: "Whole country" })).toHaveAttribute(
    "aria-current",
    "true",
  );

  for (const other of ["province", "viewer", "admin"] as const) {
    const someone = await as(other);
    await someone.goto("/");
    await expect(sidebar(someone)).toBeVisible();
    await expect(sidebar(someone).getByRole("link", { name: new RegExp(name) })).toHaveCount(0);
  }
});

test("the list's remembered scope is saved with the view", async ({ as }) => {
  const page = await as("city");
  const name = unique("Tianjin delegations");
  await page.goto("/delegations?direction=incoming");
  await saveView(page, name);
  await expect(sidebar(page).getByRole("link", { name: new RegExp(name) })).toHaveAttribute(
    "href",
    "/delegations?direction=incoming&scope=mine",
  );
});

test("a view shared in Tianjin's office shows to its colleagues, marked with who shared it; a private one does not", async ({ as }) => {
  // The demo has one Tianjin account: the colleague's views are planted in the database.
  const shared = unique("Colleague shared");
  const kept = unique("Colleague private");
  const db = e2eDb();
  try {
    const colleague = db
      .prepare(
        "insert into users (email, name, password_hash, role, locality_id, province_code, created_at, updated_at) values (?, '刘洋 Liu Yang', 'x', 'city_staff', ?, 'TJ', 0, 0)",
      )
      .run(`${unique("colleague").replace(/\s/g, "")}@amity.test`, localityId("天津市")).lastInsertRowid;
    const insert = db.prepare(
      "insert into saved_views (owner_id, list, name, query, shared, office_locality_id, version, created_at, updated_at) values (?, 'partnerships', ?, 'country=KR', ?, ?, 1, 0, 0)",
    );
    insert.run(colleague, shared, 1, localityId("天津市"));
    insert.run(colleague, kept, 0, null);
  } finally {
    db.close();
  }
  const page = await as("city");
  await page.goto("/");
  await expect(sidebar(page).getByRole("link", { name: new RegExp(shared) })).toContainText("shared by 刘洋 Liu Yang");
  await expect(sidebar(page).getByRole("link", { name: new RegExp(kept) })).toHaveCount(0);
  const province = await as("province");
  await province.goto("/");
  await expect(sidebar(province).getByRole("link", { name: new RegExp(shared) })).toHaveCount(0);
  // Seen, not changed: it is listed under the office's views, without controls.
  await page.goto("/saved-views");
  await expect(page.getByTestId("office-views").getByRole("link", { name: shared })).toBeVisible();
  await expect(page.getByTestId("own-views").getByText(shared)).toHaveCount(0);
});

test("one's own view is renamed, shared and archived from the management page", async ({ as }) => {
  const page = await as("city");
  const name = unique("To rename");
  await page.goto("/partnerships?country=JP");
  await saveView(page, name);
  await page.goto("/saved-views");
  await page
    .getByRole("button", { name: /^Rename or share/ })
    .filter({ hasText: name })
    .click();
  const renamed = `${name} (renamed)`;
  await page.getByRole("textbox", { name: "Name" }).fill(renamed);
  await page.getByRole("checkbox", { name: "Share with my city's colleagues" }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("own-views").getByRole("link", { name: renamed })).toBeVisible();
  await expect(page.getByTestId("own-views").getByText("Shared with the office").first()).toBeVisible();
  await expect(sidebar(page).getByRole("link", { name: new RegExp(renamed.replace(/[()]/g, "\\$&")) })).toBeVisible();

  await page
    .getByRole("button", { name: /^Archive/ })
    .filter({ hasText: renamed })
    .click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Archived “${renamed}”.` })).toBeVisible();
  await expect(sidebar(page).getByText(renamed)).toHaveCount(0);
});

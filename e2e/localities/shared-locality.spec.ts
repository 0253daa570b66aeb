import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { createWithNewPartner, unique } from "../partnerships/helpers";

const MERGE = { file: "app/(app)/localities/actions.ts", name: "mergeLocalitiesAction" };

test("a place abroad shared by two provinces is the nation's to rename or merge", async ({ as }) => {
  // Tianjin and a Shandong city both partner with one new place.
  const city = await as("city");
  const name = unique("Shared");
  await createWithNewPartner(city, name);
  const province = await as("province");
  await province.goto("/partnerships/new");
  await province.getByRole("combobox", { name: "Our locality" }).fill("青岛市");
  await province
    .getByRole("option", { name: /^Qingdao \(青岛市\)/ })
    .first()
    .click();
  await province.getByRole("combobox", { name: "Partner locality" }).fill(name);
  await province
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
  await province.getByLabel("Signing date").fill("2018-05-01");
  await province.getByRole("button", { name: "Register partnership" }).click();
  await province.waitForURL(/\/partnerships\/\d+\?created=1/);

  await province.goto(`/localities?q=${encodeURIComponent(name)}`);
  // English names the place romanised first, its local script beside.
  await province
    .getByRole("main")
    .getByRole("link", { name: new RegExp(`^${name}\\b.*${name}市`) })
    .first()
    .click();
  await province.waitForURL(/\/localities\/\d+$/);
  const id = Number(new URL(province.url()).pathname.split("/")[2]);
  await expect(province.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(province.getByRole("link", { name: "Merge into another record" })).toHaveCount(0);
  for (const page of [province, city]) {
    await page.goto(`/localities/${id}/edit`);
    await expect(page).toHaveURL(/\/forbidden/);
  }
  await province.goto(`/localities/${id}/merge`);
  await expect(province).toHaveURL(/\/forbidden/);

  // Merging it into a record the administrator has just made is refused when called directly.
  await province.goto("/localities/new");
  await province.getByLabel("Name in local script").fill(`${name}し`);
  await province.getByLabel("Romanised name").fill(`${name} City`);
  await province.getByLabel("Country").selectOption({ label: "Japan" });
  await province.getByRole("button", { name: "Save locality" }).click();
  await province.waitForURL(/\/localities\/\d+\?saved=1/);
  const fresh = Number(new URL(province.url()).pathname.split("/")[2]);
  const forged = await callServerAction(province, MERGE, { sourceId: id, targetId: fresh, sourceVersion: 1, targetVersion: 1 });
  expect(forged.result).toMatchObject({ ok: false });
  await city.goto(`/localities/${id}`);
  await expect(city.getByTestId("merged-notice")).toHaveCount(0);

  // The national administrator may.
  const admin = await as("admin");
  await admin.goto(`/localities/${id}`);
  await expect(admin.getByRole("link", { name: "Edit" })).toBeVisible();
});

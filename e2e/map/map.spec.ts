import { test, expect } from "../support/fixtures";
import { count, localityId } from "../reports/e2e-db";

test("the map shows the known pair Tianjin–Kobe, listed beside it", async ({ as }) => {
  const page = await as("city");
  await page.goto("/map");
  await expect(page.getByRole("heading", { level: 1, name: "Map" })).toBeVisible();
  const id = count(
    "select ps.id as n from partnerships ps join localities p on p.id = ps.partner_locality_id where ps.our_locality_id = ? and p.name_local = '神戸市'",
    localityId("天津市"),
  );
  const line = page.getByTestId(`pair-${id}`);
  await expect(line).toHaveAttribute("d", /^M/);
  await expect(page.getByTestId("pair-list").getByRole("link", { name: /Tianjin – Kobe/ })).toBeVisible();
  const before = await page.locator("svg[role=img] > g").getAttribute("transform");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page.locator("svg[role=img] > g")).not.toHaveAttribute("transform", before ?? "");
});

test("the map takes the dashboard's filters", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/map?country=KR");
  const korea = count(
    "select count(*) as n from partnerships ps join localities p on p.id = ps.partner_locality_id where ps.archived_at is null and p.country_code = 'KR'",
  );
  await expect(page.getByRole("heading", { name: `Partnerships (${korea})` })).toBeVisible();
});

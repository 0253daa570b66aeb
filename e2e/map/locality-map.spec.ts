import { test, expect } from "../support/fixtures";
import type { Page } from "@playwright/test";
import { count, localityId } from "../reports/e2e-db";
import { expectMatchesDatabase } from "../support/matches-database";

const heading = (page: Page) => (n: number) => page.getByRole("heading", { name: `友好城市（${n.toLocaleString("zh-CN")}）` });

test("the map is in the main navigation and opens on the viewer's own locality", async ({ as }) => {
  const page = await as("city", "zh-CN");
  await page.goto("/");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "地图" }).click();
  await expect(page).toHaveURL(/\/map/);
  await expect(page.getByRole("group", { name: "显示范围" }).getByRole("link", { name: "我的城市" })).toHaveAttribute(
    "aria-current",
    "true",
  );
  // Other journeys add and archive partnerships in parallel: compare the heading with the database as it
  // stands when the page was drawn, reloading until the two agree.
  await expectMatchesDatabase(page, heading(page), () =>
    count("select count(*) as n from partnerships where archived_at is null and our_locality_id = ?", localityId("天津市")),
  );
  await page.getByRole("group", { name: "显示范围" }).getByRole("link", { name: "全国" }).click();
  await expect(page).toHaveURL(/scope=all/);
  await expectMatchesDatabase(page, heading(page), () =>
    count(
      "select count(*) as n from partnerships ps join localities o on o.id = ps.our_locality_id where ps.archived_at is null and o.country_code = 'CN'",
    ),
  );
});

test("a locality's page shows its partners on a small map, framed on them", async ({ as }) => {
  const page = await as("viewer");
  const tianjin = localityId("天津市");
  const kobe = count(
    "select ps.id as n from partnerships ps join localities p on p.id = ps.partner_locality_id where ps.our_locality_id = ? and p.name_local = '神戸市'",
    tianjin,
  );
  await page.goto(`/localities/${tianjin}`);
  const section = page.getByRole("region", { name: "Partners on the map" });
  await expect(section).toBeVisible();
  await expect(section.getByTestId(`pair-${kobe}`)).toHaveAttribute("d", /^M/);
  // Framed on its pairs, not the whole world; zoom buttons still work, and no tiles are fetched.
  const frame = section.locator("svg[role=img] > g");
  await expect(frame).not.toHaveAttribute("transform", "translate(0 0) scale(1)");
  const before = await frame.getAttribute("transform");
  await section.getByRole("button", { name: "Zoom in" }).click();
  await expect(frame).not.toHaveAttribute("transform", before ?? "");
});

test("a partner abroad shows its Chinese partners on its page's map", async ({ as }) => {
  const page = await as("city");
  const kobe = count("select id as n from localities where name_local = '神戸市' and country_code = 'JP'");
  await page.goto(`/localities/${kobe}`);
  const section = page.getByRole("region", { name: "Partners on the map" });
  await expect(section.getByRole("img", { name: /Map of \d+ partnerships? of this locality/ })).toBeVisible();
});

import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { EN, count, localityId } from "../reports/e2e-db";
import { expectMatchesDatabase } from "../support/matches-database";

const zh = (n: number) => `共 ${n.toLocaleString("zh-CN")} 条`;
/** The list's "共 n 条" line showing n rows. */
const rowCount = (page: Page) => (n: number) => page.getByTestId("row-count").filter({ hasText: zh(n) });

test("city staff open Activities on Tianjin's own; 全国 shows the country; the choice is remembered", async ({ as }) => {
  const page = await as("city", "zh-CN");
  const tianjin = () =>
    count("select count(*) as n from activities where archived_at is null and organiser_locality_id = ?", localityId("天津市"));
  const national = () => count("select count(*) as n from activities where archived_at is null");
  expect(national()).toBeGreaterThan(tianjin());

  await page.goto("/activities");
  const scope = page.getByRole("group", { name: "显示范围" });
  await expect(scope.getByRole("link", { name: "我的城市" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText("仅显示天津市。")).toBeVisible();
  await expectMatchesDatabase(page, rowCount(page), tianjin);

  await scope.getByRole("link", { name: "全国" }).click();
  await expect(page).toHaveURL(/scope=all/);
  await expect(scope.getByRole("link", { name: "全国" })).toHaveAttribute("aria-current", "true");
  await expectMatchesDatabase(page, rowCount(page), national);

  // The next visit, without scope= in the address, keeps the last choice.
  await page.goto("/activities");
  await expect(scope.getByRole("link", { name: "全国" })).toHaveAttribute("aria-current", "true");
  await expectMatchesDatabase(page, rowCount(page), national);

  // …and back.
  await scope.getByRole("link", { name: "我的城市" }).click();
  await expect(page).toHaveURL(/scope=mine/);
  await page.goto("/activities");
  await expectMatchesDatabase(page, rowCount(page), tianjin);
});

test("a province administrator's switch reads 本省 / 全国 and opens on the province", async ({ as }) => {
  const page = await as("province", "zh-CN");
  const shandong = () =>
    count(
      "select count(*) as n from delegations d join localities o on o.id = d.our_locality_id where d.archived_at is null and o.province_code = 'SD'",
    );
  await page.goto("/delegations?scope=mine");
  await expect(page.getByRole("group", { name: "显示范围" }).getByRole("link", { name: "本省" })).toHaveAttribute("aria-current", "true");
  await expectMatchesDatabase(page, rowCount(page), shandong);
});

test("national administrators and readers see no switch: the whole country", async ({ as }) => {
  for (const account of ["admin", "viewer"] as const) {
    const page = await as(account, "zh-CN");
    await page.goto("/activities");
    await expect(page.getByRole("group", { name: "显示范围" })).toHaveCount(0);
    await expectMatchesDatabase(page, rowCount(page), () => count("select count(*) as n from activities where archived_at is null"));
  }
});

test("the export holds the rows the list shows: the same scope, remembered or in the address", async ({ as }) => {
  const page = await as("city");
  const tianjin = () =>
    count("select count(*) as n from activities where archived_at is null and organiser_locality_id = ?", localityId("天津市"));
  const rows = async (query: string) =>
    (parse((await (await page.request.get(`/activities/export?${query}format=csv`, EN)).body()).toString("utf8").slice(1)) as string[][])
      .length - 1;
  // Tests running beside this one log Tianjin activities: the file holds Tianjin's count as it was
  // somewhere between the moment before the request and the moment after.
  for (const query of ["scope=mine&", ""]) {
    const before = tianjin();
    const n = await rows(query);
    expect(n).toBeGreaterThanOrEqual(before);
    expect(n).toBeLessThanOrEqual(tianjin());
  }
});

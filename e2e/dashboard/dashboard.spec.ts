import { test, expect } from "../support/fixtures";
import { count, gb, localityId } from "../reports/e2e-db";

const ACTIVE =
  "select count(*) as n from partnerships ps join localities o on o.id = ps.our_locality_id left join provinces pr on pr.code = o.province_code where ps.archived_at is null";

test("the national dashboard's numbers match a hand count", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  // Tests running beside this one register partnerships: count and page are compared at one moment.
  await expect(async () => {
    const expected = gb(count(ACTIVE));
    await page.reload();
    await expect(page.getByTestId("tile-partnerships").getByRole("definition")).toHaveText(expected, { timeout: 2_000 });
  }).toPass();
  const region = page.getByTestId("chart-by-region");
  await region.getByText("Show the numbers as a table").click();
  const east = region.getByRole("row", { name: /^East/ });
  await expect(east.getByRole("cell").first()).toHaveText(gb(count(`${ACTIVE} and pr.region = 'east'`)));
  const japan = count(`${ACTIVE} and ps.partner_locality_id in (select id from localities where country_code = 'JP')`);
  const byCountry = page.getByTestId("chart-by-country");
  await byCountry.getByText("Show the numbers as a table").click();
  await expect(
    byCountry
      .getByRole("row", { name: /^Japan/ })
      .getByRole("cell")
      .first(),
  ).toHaveText(gb(japan));
});

test("a province administrator and city staff see their own scope", async ({ as }) => {
  const province = await as("province");
  await province.goto("/");
  await expect(province.getByText("Your province")).toBeVisible();
  await expect(province.getByTestId("tile-partnerships").getByRole("definition")).toHaveText(
    gb(count(`${ACTIVE} and o.province_code = 'SD'`)),
  );

  const city = await as("city");
  await city.goto("/");
  const tianjin = localityId("天津市");
  await expect(city.getByTestId("tile-partnerships").getByRole("definition")).toHaveText(gb(count(`${ACTIVE} and o.id = ?`, tianjin)));
  const own = city.getByRole("region", { name: "Our partnerships" });
  await expect(own.getByRole("link", { name: /神戸市/ })).toBeVisible();
  await expect(city.getByRole("heading", { name: /Dormant partnerships/ })).toBeVisible();
  await expect(city.getByRole("heading", { name: /Evaluations due/ })).toBeVisible();
});

test("a viewer sees the national dashboard without the reports link", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/");
  await expect(page.getByTestId("tile-partnerships").getByRole("definition")).toHaveText(gb(count(ACTIVE)));
  await expect(page.getByRole("link", { name: "Reports and exports" })).toHaveCount(0);
});

test("clicking a chart bar opens the partnership list filtered to it", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/?region=east");
  // Countries are sorted bars, largest first: the first bar is Japan.
  await page.getByTestId("chart-by-country").locator(".recharts-bar-rectangle").first().click();
  await expect(page).toHaveURL(/\/partnerships\?.*country=JP/);
  await expect(page).toHaveURL(/region=east/);
});

test("filters live in the URL and a malformed one is ignored", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/?country=<script>&from=abc&region=north");
  await expect(page.getByTestId("tile-partnerships")).toBeVisible();
  await page.getByLabel("Partner country", { exact: true }).selectOption("KR");
  await expect(page).toHaveURL(/country=KR/);
  const korea = count(`${ACTIVE} and ps.partner_locality_id in (select id from localities where country_code = 'KR')`);
  // One country has one value: its chart would only repeat it, so it is left out; the regions add up to it.
  await expect(page.getByTestId("chart-by-country")).toHaveCount(0);
  const region = page.getByTestId("chart-by-region");
  await region.getByText("Show the numbers as a table").click();
  const cells = await region
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") })
    .evaluateAll((rows) => rows.map((r) => Number(r.querySelector("td")?.textContent?.replace(/,/g, "") ?? 0)));
  expect(cells.reduce((a, b) => a + b, 0)).toBe(korea);
});

test("a chart's numbers download as CSV with a BOM", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/");
  const download = page.waitForEvent("download");
  await page.getByTestId("chart-by-region").getByRole("button", { name: /^CSV/ }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of file) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split("\r\n");
  expect(lines[0]).toBe("Region,Partnerships,Share");
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["East", "Central", "West"]);
});

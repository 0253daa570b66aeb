import * as XLSX from "@e965/xlsx";
import { test, expect } from "../support/fixtures";
import { EN, e2eDb, localityId } from "./e2e-db";

/*
 * The reports page's registry and log tables (issue 14, part B). The test plants its own delegations and
 * activities in Tianjin in a year nothing else uses (2096), so the numbers are known whatever runs beside it:
 * two incoming bureau-level delegations and a cancelled one (not counted), three youth activities.
 */
const YEAR = 2096;
/** The export test's own year, so that the two tests never plant into each other's counts. */
const EXPORT_YEAR = 2095;

function plant(year: number, unique: string) {
  const db = e2eDb();
  const tianjin = localityId("天津市");
  const del = db.prepare(
    "insert into delegations (direction, our_locality_id, leader_name, leader_rank, start_date, status, created_at, updated_at) values (?, ?, ?, 'bureau', ?, ?, 0, 0)",
  );
  del.run("incoming", tianjin, `${unique} a`, `${year}-04-01`, "planned");
  del.run("incoming", tianjin, `${unique} b`, `${year}-05-01`, "planned");
  del.run("incoming", tianjin, `${unique} called off`, `${year}-06-01`, "cancelled");
  const act = db.prepare(
    "insert into activities (title, category, start_date, location, organiser_locality_id, created_at, updated_at) values (?, 'youth', ?, 'here', ?, 0, 0)",
  );
  for (const day of ["03-01", "03-02", "03-03"]) act.run(`${unique} ${day}`, `${year}-${day}`, tianjin);
  db.close();
  return tianjin;
}

/** Plants the year's records once (a retry finds them there already). */
function plantOnce(year: number) {
  const db = e2eDb();
  const planted = (
    db.prepare("select count(*) as n from delegations where start_date between ? and ?").get(`${year}-01-01`, `${year}-12-31`) as {
      n: number;
    }
  ).n;
  db.close();
  if (!planted) plant(year, `registry-${year}`);
}

test("the national admin sees the tables, and a number clicks through to a list of as many records", async ({ as }) => {
  plantOnce(YEAR);
  const page = await as("admin");
  await page.goto(`/reports?scope=nation&from=${YEAR}&to=${YEAR}`);
  for (const title of [
    "Partnerships by partner country",
    "Cumulative partnerships by year",
    "New partnerships per year by partner country",
    "Partnerships by province",
    "Partnerships by region",
    "Activities by category and year",
    "Delegations by direction and leader's rank",
  ])
    await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();

  const card = page.getByTestId("chart-delegations-by-rank");
  await card.getByText("Show the numbers as a table").click();
  const bureau = card.getByRole("row", { name: /^Bureau/ });
  const incoming = bureau.getByRole("cell").first();
  await expect(incoming).toHaveText("2");
  await expect(card.locator("tfoot")).toContainText("Total");

  const activities = page.getByTestId("chart-activities-by-category");
  await activities.getByText("Show the numbers as a table").click();
  await expect(
    activities
      .getByRole("row", { name: /^Youth/ })
      .getByRole("cell")
      .first(),
  ).toHaveText("3");

  await incoming.getByRole("link").click();
  await expect(page).toHaveURL(/\/delegations\?.*rank=bureau/);
  await expect(page.getByTestId("row-count")).toHaveText(/^2 rows/);
  // The list says how it is narrowed beyond its visible filters.
  await expect(page.getByText(/^Narrowed as the statistics count: started 2096-01-01 – 2096-12-31; leader's rank: Bureau/)).toBeVisible();
});

test("the workbook writes the page's tables under the page's names, with the known figures", async ({ as }) => {
  plantOnce(EXPORT_YEAR);
  const page = await as("admin");
  const res = await page.request.get(`/reports/activity?scope=nation&from=${EXPORT_YEAR}&to=${EXPORT_YEAR}&format=xlsx`, EN);
  expect(res.status()).toBe(200);
  const wb = XLSX.read(await res.body());
  const name = wb.SheetNames.find((n) => n.startsWith("Delegations by direction"));
  expect(name).toBeDefined();
  const grid = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name!]!, { header: 1 });
  expect(grid[0]).toEqual(["Leader's rank", "Incoming", "Outgoing", "Total"]);
  expect(grid.find((r) => String(r[0]).startsWith("Bureau"))?.slice(1)).toEqual([2, 0, 2]);
  expect(wb.SheetNames).toContain("Partnerships by region");

  const csv = await page.request.get(
    `/reports/activity?scope=nation&from=${EXPORT_YEAR}&to=${EXPORT_YEAR}&format=csv&chart=activities-by-category`,
    EN,
  );
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split("\r\n")).toContain("Youth exchanges,3");
});

test("the tables carry the report's own names in Chinese", async ({ as }) => {
  const page = await as("admin", "zh-CN");
  await page.goto(`/reports?scope=nation&from=${YEAR}&to=${YEAR}`);
  for (const title of ["与各国家友好城市数量占比", "友好城市数量逐年累计", "各省份友好城市数量", "代表团数量（按来访出访、团长级别）"])
    await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
});

test("city staff cannot have the nation's tables; a viewer cannot open the page", async ({ as }) => {
  const city = await as("city");
  const refused = await city.request.get(`/reports/activity?scope=nation&from=${YEAR}&to=${YEAR}&format=csv&chart=by-country`, EN);
  expect(refused.status()).toBe(403);
  const viewer = await as("viewer");
  await viewer.goto("/reports");
  await expect(viewer).toHaveURL(/\/forbidden/);
});

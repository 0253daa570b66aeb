import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import iconv from "iconv-lite";
import { test, expect } from "../support/fixtures";
import { unique } from "../activities/demo-data";
import { xlsxBytes } from "../../test/fixtures/import/workbooks";

async function upload(page: Page, kind: RegExp, name: string, mimeType: string, buffer: Buffer) {
  await page.goto("/imports");
  await page.getByRole("radio", { name: kind }).check();
  await page.getByLabel("Spreadsheet (CSV, XLSX or XLS, up to 20 MB)").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Upload and map columns" }).click();
  await expect(page.getByRole("heading", { name: "2. Columns" })).toBeVisible();
}

async function preview(page: Page) {
  await page.getByRole("button", { name: /Save and preview|Apply and preview again/ }).click();
  await expect(page.getByTestId("outcome-filter")).toBeVisible();
}

test("an administrator imports an XLSX with Chinese headers: maps, previews two bad rows with their reasons, imports the rest, finds it in the registry, and undoes it", async ({
  as,
}) => {
  const page = await as("admin");
  const partner = unique("Amity-e2e");
  const bytes = await xlsxBytes({
    友城: [
      ["友好城市一览"],
      ["中方城市", "省份", "外方城市", "国家", "缔结时间", "类型"],
      ["天津市", "天津", partner, "日本", "2019年5月1日", "友好城市"],
      ["天津市", "天津", "墨尔本", "Narnia", "2019-05-01", ""],
      ["新建城市", "", "Busan", "韩国", "", ""],
    ],
  });
  await upload(page, /^Partnerships/, "友城.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer.from(bytes));
  await expect(page.getByRole("combobox", { name: "Partner city", exact: true })).toHaveValue("2");
  await expect(page.getByRole("combobox", { name: "Date signed" })).toHaveValue("4");
  await preview(page);
  await expect(page.getByTestId("count-create")).toContainText("1");
  await expect(page.getByTestId("count-fail")).toContainText("2");
  await page.getByTestId("count-fail").click();
  const rows = page.getByTestId("preview-rows").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("“Narnia” is not recognised");
  await expect(rows.nth(1)).toContainText("A new Chinese city needs its province");
  // The draft page (reading, mapping, unrecognised values, preview, commit) passes the same scan as every page.
  const scan = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    scan.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`),
  ).toEqual([]);

  const importButton = page.getByRole("button", { name: "Import 1 row" });
  await expect(importButton).toBeDisabled();
  await page.getByRole("checkbox", { name: /Leave out the 2 rows/ }).check();
  await importButton.click();
  await expect(page.getByRole("heading", { name: "Undo this import" })).toBeVisible();
  // Written: the rows now say what the import did, no longer that nothing has been written.
  await expect(page.getByRole("heading", { name: "Rows of the file" })).toBeVisible();
  await expect(page.getByText("nothing has been written yet")).toHaveCount(0);

  await page.goto(`/partnerships?q=${encodeURIComponent(partner)}&scope=all`);
  await expect(page.getByRole("link", { name: new RegExp(partner) }).first()).toBeVisible();

  await page.goto("/imports");
  await page.getByTestId("import-history").getByRole("link", { name: "友城.xlsx" }).first().click();
  await page.getByRole("checkbox", { name: /Undo: archive what it created/ }).check();
  await page.getByRole("button", { name: "Undo this import" }).click();
  // The page then shows the import as undone (the panel's passing "undone" message goes with the panel).
  await expect(page.getByText(/Undone by .+ on /)).toBeVisible();
  await page.goto(`/partnerships?q=${encodeURIComponent(partner)}&scope=all`);
  await expect(page.getByRole("link", { name: new RegExp(partner) })).toHaveCount(0);
});

test("a city's staff member importing a GBK CSV is refused the rows of another locality, row by row", async ({ as }) => {
  const page = await as("city");
  const csv = ["中方城市,外方城市,国家", `天津市,${unique("Amity-e2e")},日本`, "青岛市,Incheon,韩国"].join("\r\n");
  await upload(page, /^Partnerships/, "gbk.csv", "text/csv", iconv.encode(csv, "gbk"));
  await expect(page.getByRole("combobox", { name: "Text encoding" })).toHaveValue("gb18030");
  await preview(page);
  await expect(page.getByTestId("count-create")).toContainText("1");
  await page.getByTestId("count-fail").click();
  await expect(page.getByTestId("preview-rows").locator("tbody tr")).toHaveText([/is outside the places you manage/]);

  // Not imported after all: the draft is discarded and leaves the history.
  await page.getByRole("button", { name: "Discard this draft" }).click();
  await page.getByRole("button", { name: "Discard this draft" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/imports");
  await expect(page.getByText("No imports yet.")).toBeVisible();
});

test("a year of past evaluation answers becomes that year's closed, imported campaign, and its results tables count them", async ({
  as,
}) => {
  const page = await as("admin");
  const csv = [
    "友好城市,年份,交往状态,交往趋势,缔结目的",
    "天津市–Melbourne,2016,很好,快速增加,扩大对外交流、经贸合作",
    "天津市–Sarajevo,2016,保持联系,基本不变,填补地区空白",
  ].join("\n");
  await upload(page, /^Past evaluation answers/, "2016年度评估.csv", "text/csv", Buffer.from(csv));
  await preview(page);
  await expect(page.getByTestId("count-create")).toContainText("2");
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("heading", { name: "Undo this import" })).toBeVisible();

  await page.goto("/evaluations/campaigns");
  await page
    .getByRole("row")
    .filter({ hasText: "2016 evaluation (imported)" })
    .getByRole("link", { name: /Results/ })
    .click();
  await expect(page.getByTestId("answered")).toHaveText("2 approved answers");
  await page.getByTestId("chart-status").getByText("Show the numbers as a table").click();
  const status = page.getByTestId("chart-table-status").locator("tbody tr");
  await expect(status.filter({ hasText: "Very good" })).toContainText("1");
  await expect(status.filter({ hasText: "Maintaining contact" })).toContainText("1");
});

test("a viewer cannot open the import section", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/imports");
  await expect(page).toHaveURL(/\/forbidden/);
});

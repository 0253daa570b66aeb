import ExcelJS from "exceljs";
import { test, expect } from "../support/fixtures";
import { count, e2eDb, gb, localityId } from "./e2e-db";
import { pdfLines } from "./pdf-text";

/*
 * The activity report's summary counts the rows its tables hold, and says what it leaves out.
 * The test plants its own exchanges in Tianjin in a year nothing else uses (2097): one activity
 * in the year, one that began the year before and runs into it, one incoming delegation and one
 * cancelled one.
 */
const YEAR = 2097;

function plant(unique: string) {
  const db = e2eDb();
  const tianjin = localityId("天津市");
  const act = db.prepare(
    "insert into activities (title, category, start_date, end_date, location, organiser_locality_id, created_at, updated_at) values (?, 'youth', ?, ?, 'here', ?, 0, 0)",
  );
  act.run(`${unique} in the year`, `${YEAR}-03-01`, null, tianjin);
  act.run(`${unique} began before`, `${YEAR - 1}-12-30`, `${YEAR}-01-02`, tianjin);
  const del = db.prepare(
    "insert into delegations (direction, our_locality_id, leader_name, leader_rank, start_date, status, created_at, updated_at) values (?, ?, ?, 'bureau', ?, ?, 0, 0)",
  );
  del.run("incoming", tianjin, `${unique} visiting`, `${YEAR}-06-01`, "completed");
  del.run("outgoing", tianjin, `${unique} called off`, `${YEAR}-05-05`, "cancelled");
  db.close();
  return tianjin;
}

/** The Summary sheet as label → number (or null). */
function summary(wb: ExcelJS.Workbook): Map<string, number | null> {
  const out = new Map<string, number | null>();
  wb.getWorksheet("Summary")?.eachRow((row, n) => {
    if (n > 1)
      out.set(String(row.getCell(1).value ?? ""), typeof row.getCell(2).value === "number" ? (row.getCell(2).value as number) : null);
  });
  return out;
}

const rowsOf = (wb: ExcelJS.Workbook, sheet: string) => (wb.getWorksheet(sheet)?.actualRowCount ?? 1) - 1;
const columnTexts = (wb: ExcelJS.Workbook, sheet: string) => {
  const texts: string[] = [];
  wb.getWorksheet(sheet)?.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
  return texts;
};

test("the report's totals equal its tables' rows, and what is left out is said", async ({ as }) => {
  const unique = `adds-up-${Date.now()}`;
  const tianjin = plant(unique);
  const cancelled = count(
    `select count(*) as n from delegations where archived_at is null and our_locality_id = ? and status = 'cancelled' and start_date between '${YEAR}-01-01' and '${YEAR}-12-31'`,
    tianjin,
  );
  const before = count(
    `select count(*) as n from activities where archived_at is null and organiser_locality_id = ? and start_date < '${YEAR}-01-01' and coalesce(end_date, start_date) >= '${YEAR}-01-01'`,
    tianjin,
  );

  const page = await as("city");
  await page.goto(`/reports?from=${YEAR}&to=${YEAR}`);
  const notes = page.getByRole("region", { name: "How these numbers are counted" });
  await expect(notes.getByText(`Cancelled delegations are not counted: ${gb(cancelled)}`)).toBeVisible();
  await expect(notes.getByText(new RegExp(`^Activities that started before ${YEAR}-01-01 .*: ${gb(before)}$`))).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Workbook (XLSX)" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await download).path());
  const totals = summary(wb);
  expect(totals.get("Activities in the period")).toBe(rowsOf(wb, "Activities"));
  expect((totals.get("Incoming delegations") ?? 0) + (totals.get("Outgoing delegations") ?? 0)).toBe(rowsOf(wb, "Delegations"));
  expect(totals.get("Active partnerships")).toBe(rowsOf(wb, "Partnerships"));
  expect(totals.has(`Cancelled delegations are not counted: ${gb(cancelled)}`)).toBe(true);
  // The rows are the ones the rule picks: started in the year, not cancelled.
  const activities = columnTexts(wb, "Activities");
  expect(activities).toContain(`${unique} in the year`);
  expect(activities).not.toContain(`${unique} began before`);
  const delegations = columnTexts(wb, "Delegations");
  expect(delegations).toContain(`${unique} visiting`);
  expect(delegations).not.toContain(`${unique} called off`);

  // The PDF prints the same sentence.
  const pdf = await page.request.get(`/reports/activity?scope=locality&locality=${tianjin}&from=${YEAR}&to=${YEAR}&format=pdf`, {
    headers: { "Accept-Language": "en-GB" },
  });
  expect(pdfLines(await pdf.body()).join("\n")).toContain(`Cancelled delegations are not counted: ${gb(cancelled)}`);
});

test("the same notes in Chinese", async ({ as }) => {
  const unique = `adds-up-zh-${Date.now()}`;
  const tianjin = plant(unique);
  const cancelled = count(
    `select count(*) as n from delegations where archived_at is null and our_locality_id = ? and status = 'cancelled' and start_date between '${YEAR}-01-01' and '${YEAR}-12-31'`,
    tianjin,
  );
  const page = await as("city", "zh-CN");
  await page.goto(`/reports?from=${YEAR}&to=${YEAR}`);
  await expect(
    page.getByRole("region", { name: "统计口径" }).getByText(`已取消的代表团未计入：${cancelled.toLocaleString("zh-CN")} 个`),
  ).toBeVisible();
});

import ExcelJS from "exceljs";
import { test, expect } from "../support/fixtures";
import { count, e2eDb, localityId } from "./e2e-db";
import { pdfLines } from "./pdf-text";

/*
 * A year in which only one of Tianjin's partnerships has a recorded status: the report's status
 * chart is titled as partial and says how many answered, on the page, in the workbook and in the
 * PDF. The test records that one status in a year no other data uses (2098).
 */
const YEAR = 2098;

test("a status year with few answers is labelled as partial, with how many answered", async ({ as }) => {
  const tianjin = localityId("天津市");
  const db = e2eDb();
  const one = (
    db.prepare("select id from partnerships where our_locality_id = ? and archived_at is null order by id limit 1").get(tianjin) as {
      id: number;
    }
  ).id;
  db.prepare(
    "insert or ignore into partnership_status_history (partnership_id, year, status, source, recorded_at) values (?, ?, 'very_good', 'manual', 0)",
  ).run(one, YEAR);
  db.close();
  // The report's partnerships: Tianjin's, on either side, not archived (as its table lists them).
  const total = count(
    "select count(*) as n from partnerships where archived_at is null and (our_locality_id = ? or partner_locality_id = ?)",
    tianjin,
    tianjin,
  );
  const answered = count(
    "select count(*) as n from partnership_status_history h join partnerships p on p.id = h.partnership_id where h.year = ? and p.archived_at is null and (p.our_locality_id = ? or p.partner_locality_id = ?)",
    YEAR,
    tianjin,
    tianjin,
  );
  expect(answered).toBeLessThan(total);
  // Other tests add Tianjin partnerships meanwhile, so the total may grow after it is counted here.
  const coverageLine = new RegExp(`^${YEAR}: ${answered} of [\\d,]+ answered$`);

  const page = await as("city");
  await page.goto(`/reports?from=${YEAR}&to=${YEAR}`);
  const chart = page.getByRole("region", { name: `Status of partnerships in ${YEAR} (partial)` });
  await expect(chart.getByText(coverageLine)).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Workbook (XLSX)" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await download).path());
  const labels: string[] = [];
  wb.getWorksheet("Summary")?.eachRow((row) => void labels.push(String(row.getCell(1).value ?? "")));
  expect(labels).toContain(`Status of partnerships in ${YEAR} (partial)`);
  expect(
    labels.some((l) => coverageLine.test(l)),
    labels.join(" | "),
  ).toBe(true);

  const pdf = await page.request.get(`/reports/activity?scope=locality&locality=${tianjin}&from=${YEAR}&to=${YEAR}&format=pdf`, {
    headers: { "Accept-Language": "en-GB" },
  });
  expect(pdfLines(await pdf.body()).some((l) => coverageLine.test(l.trim()))).toBe(true);

  const zh = await as("city", "zh-CN");
  await zh.goto(`/reports?from=${YEAR}&to=${YEAR}`);
  await expect(zh.getByText(new RegExp(`^${YEAR} 年：[\\d,]+ 个中已答 ${answered} 个$`))).toBeVisible();
});

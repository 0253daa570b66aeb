import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "../support/fixtures";
import { docxParagraphs } from "../../test/docx-text";
import { EN, count } from "./e2e-db";

/** The text of a PDF as poppler reads it (the fonts' own ToUnicode maps), whitespace collapsed. */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "amity-e2e-annual-")), "report.pdf");
  fs.writeFileSync(file, pdf);
  return execFileSync("pdftotext", [file, "-"]).toString("utf8").replace(/\s+/g, " ");
}

/** Approved answers of the closed 2025 campaign in a province (or the nation). */
function answers2025(province?: string): number {
  return count(
    `select count(*) as n from evaluations e join evaluation_campaigns c on c.id = e.campaign_id join localities o on o.id = e.locality_id
     where c.year = 2025 and e.state = 'approved' and e.archived_at is null and c.archived_at is null and o.country_code = 'CN'
     ${province ? "and o.province_code = ?" : ""}`,
    ...(province ? [province] : []),
  );
}

test("the national administrator previews the annual report and downloads its PDF", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/reports");
  await page.getByRole("link", { name: /Annual report|年度发展报告/ }).click();
  await expect(page).toHaveURL(/\/reports\/annual/);
  await page.goto("/reports/annual?year=2025&scope=nation&lang=en");
  await expect(page.getByTestId("annual-title")).toHaveText("Sister-city partnerships of China: annual development report 2025");
  await expect(page.getByRole("heading", { name: "3. Status of exchanges" })).toBeVisible();
  const n = answers2025();
  const figure = `${n.toLocaleString("en")} approved evaluations were received for 2025.`;
  await expect(page.getByText(figure)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF" }).click()]);
  const file = await download.path();
  const text = pdfText(fs.readFileSync(file));
  for (const heading of [
    "1. Overview",
    "2. Growth of the registry",
    "3. Status of exchanges",
    "5. Purposes of the partnerships",
    "8. Regional balance",
  ])
    expect(text).toContain(heading);
  expect(text).toContain(figure);

  const res = await page.request.get("/reports/annual/file?year=2025&scope=nation&lang=zh-CN&format=pdf", EN);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const zh = pdfText(await res.body()).replace(/ /g, "");
  expect(zh).toContain("三、友好城市交往状况");
  expect(zh).toContain(`2025年度共收回已审核的有效评估问卷${n.toLocaleString("zh-CN")}份。`);

  // The Word document: real headings, the same figure, editable.
  const [word] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download Word (DOCX)" }).click()]);
  expect(word.suggestedFilename()).toMatch(/\.docx$/);
  const paragraphs = docxParagraphs(fs.readFileSync(await word.path()));
  expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toContain("3. Status of exchanges");
  expect(paragraphs.map((p) => p.text)).toContain(figure);
  const docx = await page.request.get("/reports/annual/file?year=2025&scope=nation&lang=en&format=docx", EN);
  expect(docx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
});

test("a province administrator gets their province's report, and no other", async ({ as }) => {
  const page = await as("province");
  await page.goto("/reports/annual?lang=en");
  await expect(page.getByTestId("annual-title")).toContainText("Shandong");
  const res = await page.request.get("/reports/annual/file?year=2025&scope=province&province=SD&lang=en&format=pdf", EN);
  expect(res.status()).toBe(200);
  const text = pdfText(await res.body());
  expect(text).toContain("Sister-city partnerships of Shandong: annual development report 2025");
  expect(text).toContain(`${answers2025("SD").toLocaleString("en")} approved evaluations were received for 2025.`);
  const docx = await page.request.get("/reports/annual/file?year=2025&scope=province&province=SD&lang=en&format=docx", EN);
  expect(docx.status()).toBe(200);
  expect(docxParagraphs(await docx.body()).find((p) => p.style === "Title")?.text).toContain("Shandong");
  const nation = await page.request.get("/reports/annual/file?year=2025&scope=nation&lang=en&format=pdf", EN);
  expect(nation.status()).toBe(403);
  expect(await nation.text()).toBe("You may not write a report for this scope.");
  const bad = await page.request.get("/reports/annual/file?year=abc&scope=province&province=SD&lang=en&format=pdf", EN);
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("The report's settings are not valid");
});

test("a viewer may not open the annual report nor download it", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/reports/annual");
  await expect(page).toHaveURL(/\/forbidden/);
  const res = await page.request.get("/reports/annual/file?year=2025&scope=nation&lang=en&format=pdf", EN);
  expect(res.status()).toBe(403);
});

test("the scope menu shows the one menu its scope needs, and the report follows it", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/reports/annual?year=2025&scope=nation&lang=en");
  await expect(page.getByLabel("Province", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Region", { exact: true })).toHaveCount(0);
  await page.getByLabel("Scope").selectOption("province");
  await page.getByLabel("Province", { exact: true }).selectOption("SD");
  await expect(page.getByLabel("Region", { exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page).toHaveURL(/scope=province/);
  await expect(page.getByTestId("annual-title")).toHaveText("Sister-city partnerships of Shandong: annual development report 2025");
});

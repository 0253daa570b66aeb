import { test, expect } from "../support/fixtures";
import { EN, localityId } from "./e2e-db";

test("a viewer may not open reports or export", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/forbidden/);
  for (const list of ["partnerships", "activities", "delegations", "localities"]) {
    const res = await page.request.get(`/${list}/export?format=csv`, EN);
    expect(res.status()).toBe(403);
    expect(await res.text()).toBe("You are not allowed to do this.");
  }
  expect((await page.request.get("/reports/activity?format=pdf", EN)).status()).toBe(403);
});

test("city staff cannot report on the nation or another locality", async ({ as }) => {
  const page = await as("city");
  expect((await page.request.get("/reports/activity?scope=nation&format=csv", EN)).status()).toBe(403);
  const jinan = localityId("济南市");
  expect((await page.request.get(`/reports/activity?scope=locality&locality=${jinan}&format=xlsx`, EN)).status()).toBe(403);
  await page.goto("/reports?scope=nation");
  await expect(page.getByRole("alert").filter({ hasText: "You can only report on your own locality or province" })).toBeVisible();
  await expect(page.getByTestId("report-title")).toContainText("Tianjin");
});

test("a bad format or a malformed parameter gets a clear answer, never a 500", async ({ as }) => {
  const page = await as("admin");
  const bad = await page.request.get("/partnerships/export?format=exe", EN);
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toBe("Choose a download format: CSV, XLSX or PDF.");
  expect((await page.request.get("/partnerships/export?format=csv&country=%00%27--&signedFrom=abc&sort=drop", EN)).status()).toBe(200);
  expect((await page.request.get("/reports/activity?format=csv&from=99999&locality=-1", EN)).status()).toBe(200);
  await page.goto("/reports?scope=<b>&from=x");
  await expect(page.getByTestId("report-title")).toBeVisible();
});

test("signed-out requests to an export are refused", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const res = await context.request.get("/partnerships/export?format=csv", { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(res.status());
  await context.close();
});

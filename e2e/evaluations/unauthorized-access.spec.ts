import { test, expect } from "../support/fixtures";

test("a viewer cannot open the evaluation section", async ({ as }) => {
  const page = await as("viewer");
  for (const path of ["/evaluations", "/evaluations/review", "/evaluations/campaigns", "/evaluations/campaigns/new"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/forbidden$/);
  }
});

test("city staff cannot manage campaigns or review", async ({ as }) => {
  const page = await as("city");
  for (const path of ["/evaluations/campaigns", "/evaluations/campaigns/new", "/evaluations/review", "/evaluations/campaigns/1/results"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/forbidden$/);
  }
  const csv = await page.request.get("/evaluations/campaigns/1/overdue");
  expect(csv.status()).toBe(403);
});

test("a province administrator cannot create a campaign", async ({ as }) => {
  const page = await as("province");
  await page.goto("/evaluations/campaigns");
  await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(0);
  await page.goto("/evaluations/campaigns/new");
  await expect(page).toHaveURL(/\/forbidden$/);
});

test("malformed addresses give a not-found page, never an error", async ({ as }) => {
  const page = await as("admin");
  for (const path of ["/evaluations/abc", "/evaluations/99999999", "/evaluations/1e3/review", "/evaluations/campaigns/-1"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  const response = await page.goto("/evaluations?page=-4&sort=drop%20table&state=<script>");
  expect(response?.status()).toBe(200);
});

test("an unknown partner token shows a plain refusal without signing in", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const base = test.info().project.use.baseURL;
  await page.goto(`${base}/partner/not-a-real-token`);
  await expect(page.getByRole("alert").filter({ hasText: "This link is not valid." })).toBeVisible();
  await context.close();
});

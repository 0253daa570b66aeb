import { test, expect } from "../support/fixtures";
import { recordViolations } from "../support/csp";
import { partnershipId, unique } from "../activities/demo-data";

/*
 * Issue 9, hole 6: every page's strict policy, its nonce on every script and the absence of any
 * violation are checked by the page scan (e2e/a11y/accessibility.spec.ts) on the same page load as
 * the accessibility check. Here: what the policy must not break, and what it must not reuse.
 */

test("each request gets its own nonce", async ({ as }) => {
  const page = await as("viewer");
  const first = (await page.goto("/partnerships"))?.headers()["content-security-policy"];
  const second = (await page.goto("/partnerships"))?.headers()["content-security-policy"];
  expect(first).toBeTruthy();
  expect(second).not.toBe(first);
});

test("the dashboard's charts, the map and a client-side navigation work under the policy", async ({ as }) => {
  const page = await as("admin");
  const violations = recordViolations(page);
  await page.goto("/");
  // recharts drew its bars, and its click handler (script) navigates.
  const sector = page.getByTestId("chart-by-country").locator(".recharts-bar-rectangle").first();
  await expect(sector).toBeVisible();
  await sector.click();
  await expect(page).toHaveURL(/\/partnerships\?.*country=/);

  await page.goto("/map");
  await expect(page.locator("svg[role=img] path[d^='M']").first()).toBeVisible();
  const before = await page.locator("svg[role=img] > g").getAttribute("transform");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page.locator("svg[role=img] > g")).not.toHaveAttribute("transform", before ?? "");

  // A link followed by the client router loads further scripts ('strict-dynamic').
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Partnerships" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partnerships" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("report downloads still arrive as files", async ({ as }) => {
  const page = await as("admin");
  const violations = recordViolations(page);
  await page.goto("/reports");
  for (const [name, extension] of [
    ["Printable report (PDF)", /\.pdf$/],
    ["Workbook (XLSX)", /\.xlsx$/],
  ] as const) {
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name }).click();
    expect((await downloading).suggestedFilename()).toMatch(extension);
  }
  const csv = await page.request.get("/partnerships/export?format=csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(violations).toEqual([]);
});

test("an attachment keeps its own sandboxed policy, not the page's", async ({ as }) => {
  const page = await as("city");
  await page.goto(`/activities/new?partnership=${partnershipId("Tianjin", "Kobe")}`);
  await page.getByRole("textbox", { name: "Title" }).fill(unique("CSP attachment"));
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(page).toHaveURL(/\/activities\/\d+\?saved=1$/);
  await page
    .getByLabel("Add a file")
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("<script>alert(1)</script>") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "File uploaded." })).toBeVisible();
  const href = await page.getByRole("link", { name: /^Download / }).getAttribute("href");
  const file = await page.request.get(href ?? "");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  expect(file.headers()["content-security-policy"]).not.toContain("nonce-");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment;/);
});

import type { Page, Response } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { A11Y_PAGES } from "../support/pages";
import { partnershipId, unique } from "../activities/demo-data";

/**
 * Issue 9, hole 6: every page carries a strict Content-Security-Policy with a fresh nonce, and the
 * app still works under it: the browser reports no violation on any page, and the script-driven
 * parts (charts, the map, downloads) still run.
 */

/** Collects what the browser says about the policy: console messages and violation events. */
function recordViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  // Injected by the test runner, so not itself subject to the page's policy.
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return violations;
}

function expectStrictHeaders(response: Response | null, path: string): string {
  const headers = response?.headers() ?? {};
  const policy = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=_-]{16,})'/.exec(policy)?.[1];
  expect(nonce, `${path}: a nonce in ${policy}`).toBeTruthy();
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(policy, path).toContain("'strict-dynamic'");
  expect(policy, path).not.toContain("unsafe-eval");
  expect(policy, path).toContain("object-src 'none'");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["referrer-policy"], path).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers["permissions-policy"], path).toContain("camera=()");
  // Served over plain http here: no HSTS.
  expect(headers["strict-transport-security"], path).toBeUndefined();
  return nonce ?? "";
}

const seen = new Set<string>();
for (const { path, account } of A11Y_PAGES) {
  if (seen.has(`${account} ${path}`)) continue;
  seen.add(`${account} ${path}`);
  test(`${path} as ${account} is served with a nonce policy and breaks none of it`, async ({ as, browser, baseURL }) => {
    test.setTimeout(60_000);
    const page = account === "anonymous" ? await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage() : await as(account);
    const violations = recordViolations(page);
    const response = await page.goto(path);
    expect(response?.status(), `${path} answered`).toBeLessThan(400);
    const nonce = expectStrictHeaders(response, path);
    await page.waitForLoadState("load");
    // Next put this request's nonce on every script it rendered into the page.
    const scripts = (await response?.text())?.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(
      scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)),
      path,
    ).toEqual([]);
    expect(violations).toEqual([]);
    if (account === "anonymous") await page.context().close();
  });
}

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

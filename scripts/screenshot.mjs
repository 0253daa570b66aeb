// Developer tool: signs in as a demo account and saves full-page screenshots.
// node scripts/screenshot.mjs <baseURL> <email|-> <outDir> <locale> <path> [path…]
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const [baseURL, email, outDir, locale, ...paths] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
});
const width = Number(process.env.WIDTH ?? 1280);
const context = await browser.newContext({ baseURL, locale, viewport: { width, height: 900 } });
const page = await context.newPage();
if (email && email !== "-") {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(process.env.PASSWORD ?? "amity-demo-2026");
  await page.locator("#password").press("Enter");
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
}
for (const p of paths) {
  await page.goto(p);
  await page.waitForLoadState("load");
  // Lists stream in after their loading skeleton.
  await page
    .locator("[aria-busy='true']")
    .waitFor({ state: "detached", timeout: 30_000 })
    .catch(() => {});
  const file = path.join(outDir, `${p.replace(/[^a-z0-9]+/gi, "_") || "root"}-${locale}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();

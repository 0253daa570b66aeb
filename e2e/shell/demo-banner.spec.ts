import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { pageOverflow } from "../support/layout";

// The e2e server runs on a demo database (scripts/seed.ts marks it), so every page carries the banner.
const TEXT: Record<string, string> = {
  "en-GB": "Demonstration data — not for real records",
  "zh-CN": "演示数据——请勿用于真实记录",
};

function banner(page: Page, locale: string) {
  return page.getByRole("note").filter({ hasText: TEXT[locale] });
}

for (const locale of ["en-GB", "zh-CN"]) {
  test(`the sign-in page says the data is for demonstration (${locale})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(banner(page, locale)).toBeVisible();
    await context.close();
  });

  test(`the dashboard says the data is for demonstration (${locale})`, async ({ as }) => {
    const page = await as("city", locale);
    await page.goto("/");
    await expect(banner(page, locale)).toBeVisible();
    await expect(page.getByRole("main").getByRole("note").filter({ hasText: TEXT[locale] })).toHaveCount(0);
  });
}

test("the partner's page says the data is for demonstration", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/partner/not-a-real-link");
  await expect(banner(page, "en-GB")).toBeVisible();
  await context.close();
});

for (const account of ["admin", "anonymous"] as const) {
  test(`on a 360 px phone the banner fits the screen above the header, covering nothing (${account})`, async ({ as, browser, baseURL }) => {
    const page =
      account === "anonymous" ? await (await browser.newContext({ baseURL, locale: "zh-CN" })).newPage() : await as(account, "zh-CN");
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(account === "anonymous" ? "/sign-in" : "/");
    const note = banner(page, "zh-CN");
    await expect(note).toBeVisible();
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const header = (await page.getByRole("banner").boundingBox())!;
    expect(box.y + box.height, "the header starts below the banner").toBeLessThanOrEqual(header.y + 0.5);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(await note.evaluate((el) => getComputedStyle(el).position), "in the flow of the page, never over it").toBe("static");
    if (account === "anonymous") await page.context().close();
  });
}

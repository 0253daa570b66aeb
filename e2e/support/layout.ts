import type { Page } from "@playwright/test";

/** How far the page scrolls sideways (0 or less: it fits the viewport). */
export async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Journeys running beside this one add and archive records, so a count read from the database may differ
 * from the one the page drew a moment earlier. Expect the page to show the database's count as it stands,
 * reloading until the two agree (or the expectation times out).
 */
export async function expectMatchesDatabase(page: Page, shown: (count: number) => Locator, fromDatabase: () => number) {
  await expect
    .poll(async () => {
      if (await shown(fromDatabase()).isVisible()) return true;
      await page.reload();
      return false;
    })
    .toBe(true);
}

import { test as base, type Page } from "@playwright/test";
import { storageStatePath, type AccountKey } from "./accounts";

/** `as(role)` gives a page signed in as that demo account, in its own browser context. */
export const test = base.extend<{ as: (account: AccountKey, locale?: string) => Promise<Page> }>({
  as: async ({ browser, baseURL }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (account, locale = "en-GB") => {
      const context = await browser.newContext({ baseURL, storageState: storageStatePath(account), locale });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from "@playwright/test";

import { chromium, type FullConfig } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, storageStatePath, type AccountKey } from "./accounts";

/** Signs in once per role through the real form and keeps each session for the tests. */
export default async function globalSetup(config: FullConfig) {
  const project = config.projects[0];
  if (!project) throw new Error("no Playwright project");
  const { baseURL, launchOptions } = project.use;
  const browser = await chromium.launch(launchOptions);
  for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
    const context = await browser.newContext({ baseURL, locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel(/email|邮箱/i).fill(ACCOUNTS[key].email);
    await page.getByLabel(/password|密码/i).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /sign in|登录/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await context.storageState({ path: storageStatePath(key) });
    await context.close();
  }
  await browser.close();
}

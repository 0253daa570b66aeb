import { expect, type Page } from "@playwright/test";

/** A name no other test uses. */
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Creates a partner locality through the picker's dialog, then registers the partnership; returns its id. */
export async function createWithNewPartner(page: Page, romanised: string, opts: { ours?: string } = {}): Promise<number> {
  await page.goto("/partnerships/new");
  if (opts.ours) {
    await page.getByRole("combobox", { name: "Our locality" }).fill(opts.ours);
    await page.getByRole("listbox").getByRole("option").first().click();
  }
  await page.getByRole("combobox", { name: "Partner locality" }).fill(romanised);
  await expect(page.getByText(`No locality matches “${romanised}”.`)).toBeVisible();
  await page.getByRole("button", { name: /create a new locality/i }).click();
  const dialog = page.getByRole("dialog", { name: "New locality" });
  await dialog.getByLabel("Name in local script").fill(`${romanised}市`);
  await expect(dialog.getByLabel("Romanised name")).toHaveValue(romanised);
  await dialog.getByLabel("Country").selectOption({ label: "Japan" });
  await dialog.getByRole("button", { name: "Create and choose" }).click();
  await expect(page.getByTestId("picked-partner")).toContainText(romanised);
  await page.getByLabel("Signing date").fill("2016-04-01");
  await page.getByRole("button", { name: "Register partnership" }).click();
  await page.waitForURL(/\/partnerships\/\d+\?created=1/);
  return Number(new URL(page.url()).pathname.split("/")[2]);
}

/** The first partnership of a locality found by `q` in the whole country's registry (the list opens on the viewer's own locality). */
export async function firstPartnershipOf(page: Page, q: string): Promise<number> {
  await page.goto(`/partnerships?q=${encodeURIComponent(q)}&sort=ours&scope=all`);
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await page.waitForURL(/\/partnerships\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/")[2]);
}

import { test, expect } from "../support/fixtures";
import { unique } from "../partnerships/helpers";
import type { Page } from "@playwright/test";

async function createLocality(page: Page, romanised: string, local: string): Promise<number> {
  await page.goto("/localities/new");
  await page.getByLabel("Name in local script").fill(local);
  await page.getByLabel("Romanised name").fill(romanised);
  await page.getByLabel("Country").selectOption({ label: "Japan" });
  await page.getByRole("button", { name: "Save locality" }).click();
  await page.waitForURL(/\/localities\/\d+\?saved=1/);
  return Number(new URL(page.url()).pathname.split("/")[2]);
}

test("an administrator merges two records of one place; the partnership moves and the merge is followed", async ({ as }) => {
  const page = await as("admin");
  const name = unique("Umi");
  const keep = await createLocality(page, name, `${name}市`);
  const dup = await createLocality(page, `${name} City`, `${name}し`);

  await page.goto("/partnerships/new");
  await page.getByRole("combobox", { name: "Our locality" }).fill("天津市");
  await page
    .getByRole("option", { name: /^Tianjin \(天津市\)/ })
    .first()
    .click();
  await page.getByRole("combobox", { name: "Partner locality" }).fill(`${name} City`);
  await page.getByRole("option", { name: new RegExp(`${name} City`) }).click();
  await page.getByRole("button", { name: "Register partnership" }).click();
  await page.waitForURL(/\/partnerships\/\d+\?created=1/);
  const partnership = new URL(page.url()).pathname;

  await page.goto(`/localities/${dup}`);
  await page.getByRole("link", { name: "Merge into another record" }).click();
  await page.getByRole("combobox", { name: "Record to keep" }).fill(`${name}市`);
  await page.getByRole("option", { name: new RegExp(`${name}市`) }).click();
  await expect(page.getByTestId("merge-summary")).toBeVisible();
  await page.getByRole("button", { name: "Merge" }).click();
  await page.waitForURL(`/localities/${keep}?merged=1`);
  await expect(page.getByRole("region", { name: /1 partnership/ }).getByRole("link", { name: /天津市/ })).toBeVisible();

  await page.goto(`/localities/${dup}`);
  await expect(page.getByTestId("merged-notice")).toContainText(`${name}市`);
  await page.goto(`${partnership}/history`);
  await expect(page.getByTestId("history-entry").first()).toContainText("Merged");
});

test("the directory finds a place by either script", async ({ as }) => {
  const page = await as("viewer");
  for (const q of ["神戸", "kobe"]) {
    await page.goto(`/localities?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("link", { name: "Kobe 神戸市", exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "Kobe 神戸市", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kobe");
  await expect(page.getByText("Coordinates")).toBeVisible();
});

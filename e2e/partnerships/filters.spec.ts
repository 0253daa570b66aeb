import { test, expect } from "../support/fixtures";

test("filters by partner country and region, and the address is a link to share", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/partnerships");
  await page.getByRole("combobox", { name: "Partner country" }).selectOption({ label: "Japan" });
  await expect(page).toHaveURL(/country=JP/);
  await page.getByRole("combobox", { name: "Region" }).selectOption({ label: "West" });
  await expect(page).toHaveURL(/region=west/);
  const count = (await page.getByTestId("row-count").textContent()) ?? "";
  expect(count).toMatch(/\d+ rows?/);
  const countries = await page.getByRole("row").locator("td:nth-child(3)").allTextContents();
  expect(countries.length).toBeGreaterThan(0);
  expect(new Set(countries)).toEqual(new Set(["Japan"]));

  const other = await as("viewer");
  await other.goto(page.url().replace(/^https?:\/\/[^/]+/, ""));
  await expect(other.getByRole("combobox", { name: "Partner country" })).toHaveValue("JP");
  await expect(other.getByRole("combobox", { name: "Region" })).toHaveValue("west");
  await expect(other.getByTestId("row-count")).toHaveText(count);
});

test("sorts on the server and keeps the sort in the address", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/partnerships?country=JP");
  await page
    .getByRole("columnheader", { name: /Signed on/ })
    .getByRole("button")
    .click();
  await expect(page).toHaveURL(/sort=signedOn/);
  await expect(page.getByRole("row").nth(1)).toContainText("1973");
});

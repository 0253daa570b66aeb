import { test, expect } from "../support/fixtures";
import { createWithNewPartner, unique } from "../partnerships/helpers";

test("a contact the staff added is found, filtered by side, exported, and lists the activity they took part in", async ({ as }) => {
  const page = await as("city");
  const partnershipId = await createWithNewPartner(page, unique("Contactmachi"));
  const person = unique("Yamada");
  const title = unique("Sister-school visit");

  await page.goto(`/partnerships/${partnershipId}/contacts/new`);
  await page.getByRole("radio", { name: "Partner side" }).check();
  await page.getByLabel("Person").fill(person);
  await page.getByLabel("Office").fill("International Exchange Division");
  await page.getByLabel("Email").fill(`${person.toLowerCase()}@city.example.jp`);
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The contact is saved." })).toBeVisible();

  await page.goto(`/activities/new?partnership=${partnershipId}`);
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByRole("combobox", { name: "Category" }).selectOption({ label: "Youth exchanges" });
  await page.getByText(/^More details/).click();
  await page
    .getByRole("group", { name: "Registry contacts who took part" })
    .getByRole("checkbox", { name: new RegExp(person) })
    .check();
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(page).toHaveURL(/\/activities\/\d+\?saved=1$/);
  // The activity's page names the contact who took part, linked to the contact's page.
  await expect(page.getByRole("definition").getByRole("link", { name: person })).toHaveAttribute("href", /^\/contacts\/\d+$/);

  await page.goto("/contacts");
  await expect(page.getByTestId("scope-switch").getByRole("link", { name: "My city" })).toHaveAttribute("aria-current", "true");
  await page.getByRole("searchbox", { name: "Search" }).fill(person);
  await expect(page).toHaveURL(new RegExp(`q=${person}`));
  const table = page.getByRole("table", { name: "Contacts" });
  await expect(table.getByRole("link", { name: person, exact: true })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(person) })).toContainText("1 activity");

  await page.getByRole("region", { name: "Search and filter contacts" }).getByLabel("Side").selectOption({ label: "Our side" });
  await expect(page).toHaveURL(/side=ours/);
  await expect(page.getByText(`No contact matches “${person}”.`)).toBeVisible();
  await page.getByRole("region", { name: "Search and filter contacts" }).getByLabel("Side").selectOption({ label: "Partner side" });
  await expect(table.getByRole("link", { name: person, exact: true })).toBeVisible();

  const csv = await page.request.get(`/contacts/export?q=${encodeURIComponent(person)}&side=partner&format=csv`);
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body).toContain(person);
  expect(body).toContain("International Exchange Division");

  await table.getByRole("link", { name: person, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person);
  await expect(page.getByRole("region", { name: /Activities/ }).getByRole("link", { name: title })).toBeVisible();
});

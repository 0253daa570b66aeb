import { test, expect } from "../support/fixtures";
import { firstPartnershipOf, unique } from "../partnerships/helpers";

test("another city's staff see the office to contact but not the person's details, which its province's administrators see", async ({
  as,
}) => {
  const shandong = await as("province");
  const id = await firstPartnershipOf(shandong, "青岛市");
  const person = unique("王芳");
  const office = unique("青岛市外办亚洲处");
  const email = `${person.replace(/\W/g, "").toLowerCase() || "wang"}-${Date.now()}@qingdao.example.cn`;
  await shandong.goto(`/partnerships/${id}/contacts/new`);
  await shandong.getByRole("radio", { name: "Our side" }).check();
  await shandong.getByLabel("Person").fill(person);
  await shandong.getByLabel("Office").fill(office);
  await shandong.getByLabel("Role").fill("Division director");
  await shandong.getByLabel("Email").fill(email);
  await shandong.getByLabel("Phone").fill("+86 532 8591 0000");
  await shandong.getByRole("button", { name: "Save contact" }).click();
  await expect(shandong.getByRole("status").filter({ hasText: "The contact is saved." })).toBeVisible();
  // The province's administrators: the person, how to reach them, and the edit link.
  const theirs = shandong.getByRole("region", { name: "Contacts" });
  await expect(theirs.getByText(person)).toBeVisible();
  await expect(theirs.getByRole("link", { name: email })).toBeVisible();
  await expect(theirs.getByRole("link", { name: `Edit contact ${person}` })).toBeVisible();

  // Tianjin's staff: the office and role only, no edit.
  const tianjin = await as("city");
  await tianjin.goto(`/partnerships/${id}`);
  const contacts = tianjin.getByRole("region", { name: "Contacts" });
  await expect(contacts.getByText(office)).toBeVisible();
  await expect(contacts.getByText("Division director")).toBeVisible();
  await expect(contacts.getByText(/seen only by this partnership’s own office|seen only by this partnership's own office/)).toBeVisible();
  await expect(tianjin.getByText(person)).toHaveCount(0);
  await expect(tianjin.getByText(email)).toHaveCount(0);
  await expect(tianjin.getByText("+86 532 8591 0000")).toHaveCount(0);
  await expect(tianjin.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  await expect(tianjin.getByRole("link", { name: "Add a contact" })).toHaveCount(0);

  // The directory: the office's row without the person; a search by the email or the name finds nothing.
  await tianjin.goto(`/contacts?scope=all&q=${encodeURIComponent(office)}`);
  const table = tianjin.getByRole("table", { name: "Contacts" });
  await expect(table.getByRole("row", { name: new RegExp(office) })).toContainText("Name not shown");
  await expect(table.getByText(email)).toHaveCount(0);
  await tianjin.goto(`/contacts?scope=all&q=${encodeURIComponent(email)}`);
  await expect(tianjin.getByText(`No contact matches “${email}”.`)).toBeVisible();
  await tianjin.goto(`/contacts?scope=all&q=${encodeURIComponent(person)}`);
  await expect(tianjin.getByText(`No contact matches “${person}”.`)).toBeVisible();
  // Nor the export.
  const csv = await tianjin.request.get(`/contacts/export?scope=all&q=${encodeURIComponent(office)}&format=csv`);
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body).toContain(office);
  expect(body).not.toContain(email);
  expect(body).not.toContain(person);

  // The partnership's own province still reads it all in the directory.
  await shandong.goto(`/contacts?scope=all&q=${encodeURIComponent(email)}`);
  await expect(shandong.getByRole("table", { name: "Contacts" }).getByRole("link", { name: person, exact: true })).toBeVisible();
});

test("who works with a place abroad: found typed in Chinese and in its romanised name, with our partners and the office to contact", async ({
  as,
}) => {
  const page = await as("city", "zh-CN");
  await page.goto("/sharing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("谁在合作");
  await page.getByRole("searchbox", { name: "外国城市、州（县）或国家" }).fill("神户");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/q=/);
  const results = page.getByTestId("who-results");
  await results.getByRole("link", { name: /^神户市/ }).click();
  await expect(page).toHaveURL(/locality=\d+/);
  const panel = page.getByTestId("who-works-with");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("谁已与神户市");
  await expect(panel.getByRole("table").first().getByRole("link", { name: "天津市" })).toBeVisible();
  await expect(panel.getByText("兵庫県").first()).toBeVisible();
  await expect(page.getByTestId("country-partners").getByRole("link", { name: "与日本的全部友好关系" })).toHaveAttribute(
    "href",
    "/partnerships?country=JP&scope=all",
  );

  const en = await as("viewer");
  await en.goto(`/sharing?q=Kobe`);
  await expect(en.getByRole("heading", { level: 1 })).toHaveText("Who works with whom");
  await en.getByTestId("who-results").getByRole("link", { name: /^Kobe/ }).click();
  await expect(
    en
      .getByTestId("who-works-with")
      .getByRole("link", { name: /^Tianjin/ })
      .first(),
  ).toBeVisible();
  // The same answer on the place's own page.
  await en.getByRole("link", { name: /^Open the page of Kobe/ }).click();
  await expect(
    en
      .getByRole("region", { name: "Who already works with it" })
      .getByRole("link", { name: /^Tianjin/ })
      .first(),
  ).toBeVisible();
});

test("coverage of a country marks the provinces with none, and a province shows its partner countries", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/sharing/coverage");
  await page.getByLabel("Country", { exact: true }).selectOption("JP");
  await page.getByRole("form", { name: "Choose a country" }).getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/country=JP/);
  const coverage = page.getByTestId("country-coverage");
  await expect(coverage.getByTestId("coverage-XZ")).toContainText("None");
  await expect(coverage.getByTestId("coverage-SD")).not.toContainText("None");
  await expect(coverage.getByRole("link", { name: "List Partnerships of Shandong with Japan" })).toHaveAttribute(
    "href",
    "/partnerships?country=JP&province=SD&scope=all",
  );
  await coverage.getByRole("link", { name: "Shandong", exact: true }).click();
  await expect(page).toHaveURL(/province=SD/);
  await expect(page.getByTestId("province-coverage").getByRole("link", { name: "Japan", exact: true })).toBeVisible();
});

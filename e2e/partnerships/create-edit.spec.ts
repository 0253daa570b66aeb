import { test, expect } from "../support/fixtures";
import { createWithNewPartner, unique } from "./helpers";

test("city staff create a partnership with a new partner locality, then edit it", async ({ as }) => {
  const page = await as("city");
  const name = unique("Hanamachi");
  const id = await createWithNewPartner(page, name);
  await expect(page.getByRole("status").filter({ hasText: "The partnership is registered." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tianjin – ${name}`);

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Notes").fill("Agreement renewed in 2026.");
  await page.getByLabel("Where the agreement is kept").fill("FAO archive, cabinet 3");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(`/partnerships/${id}?saved=1`);
  await expect(page.getByText("Agreement renewed in 2026.")).toBeVisible();
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("history-entry").first()).toContainText("FAO archive, cabinet 3");
});

test("the duplicate guard points to the existing pair, and the form shows errors in a summary", async ({ as }) => {
  const page = await as("city");
  await page.goto("/partnerships/new");
  await page.getByRole("button", { name: "Register partnership" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Partner locality/ })).toBeVisible();
  await page.getByRole("combobox", { name: "Partner locality" }).fill("神戸");
  await page
    .getByRole("option", { name: /神戸市/ })
    .first()
    .click();
  await expect(page.getByTestId("duplicate-notice")).toContainText("This pair is already registered.");
  await page.getByRole("link", { name: "Open the existing partnership" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tianjin – Kobe");
});

test("a concurrent edit from a second browser is refused and shows the newer values", async ({ as }) => {
  const first = await as("city");
  const id = await createWithNewPartner(first, unique("Futari"));
  const second = await as("admin");
  await first.goto(`/partnerships/${id}/edit`);
  await second.goto(`/partnerships/${id}/edit`);
  await first.getByLabel("Signatories").fill("Mayor Zhang and Mayor Sato");
  await first.getByRole("button", { name: "Save changes" }).click();
  await first.waitForURL(`/partnerships/${id}?saved=1`);

  await second.getByLabel("Signatories").fill("Someone else");
  await second.getByRole("button", { name: "Save changes" }).click();
  const notice = second.getByTestId("stale-notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Mayor Zhang and Mayor Sato");
  await expect(second.getByRole("alert").filter({ hasText: "Nothing was overwritten" })).toBeVisible();
  await second.goto(`/partnerships/${id}`);
  await expect(second.getByText("Mayor Zhang and Mayor Sato")).toBeVisible();
});

test("archive and restore", async ({ as }) => {
  const page = await as("city");
  const id = await createWithNewPartner(page, unique("Kiroku"));
  await page.getByRole("button", { name: "Archive" }).click();
  await page.getByRole("button", { name: "Yes, archive" }).click();
  await page.waitForURL(`/partnerships/${id}?archived=1`);
  await expect(page.getByTestId("archived-notice")).toBeVisible();
  await page.getByRole("button", { name: "Restore" }).click();
  await page.waitForURL(`/partnerships/${id}?restored=1`);
  await expect(page.getByTestId("archived-notice")).toHaveCount(0);
});

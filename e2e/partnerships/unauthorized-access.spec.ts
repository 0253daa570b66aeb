import { test, expect } from "../support/fixtures";
import { createWithNewPartner, firstPartnershipOf, unique } from "./helpers";

test("city staff cannot edit another locality's partnership by URL", async ({ as }) => {
  const page = await as("city");
  const qingdao = await firstPartnershipOf(page, "青岛市");
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByText("You can read this partnership.")).toBeVisible();
  await page.goto(`/partnerships/${qingdao}/edit`);
  await expect(page).toHaveURL(/\/forbidden/);
});

test("city staff cannot edit another locality's partnership by calling the server action", async ({ as }) => {
  const page = await as("city");
  const admin = await as("admin");
  const qingdao = await firstPartnershipOf(admin, "青岛市");
  const own = await createWithNewPartner(page, unique("Tamper"));
  await page.goto(`/partnerships/${own}/edit`);
  // Rewrite the action call of the user's own form so that it targets the other locality's record.
  await page.route(`**/partnerships/${own}/edit`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const body = (request.postData() ?? "").replace(`"id":${own}`, `"id":${qingdao}`);
    return route.continue({ postData: body });
  });
  await page.getByLabel("Notes").fill("tampered");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You are not allowed to do this." })).toBeVisible();
  await admin.goto(`/partnerships/${qingdao}`);
  await expect(admin.getByText("tampered")).toHaveCount(0);
});

test("a viewer can read the registry but not create or edit", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/partnerships");
  await expect(page.getByRole("link", { name: "New partnership" })).toHaveCount(0);
  await page.goto("/partnerships/new");
  await expect(page).toHaveURL(/\/forbidden/);
  await page.goto("/partnerships/999999999");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { openCampaign } from "./helpers";

const UPDATE = { file: "app/(app)/evaluations/campaigns/actions.ts", name: "updateCampaignAction" };

test("an administrator extends the deadline of an open campaign; its year and scope stay fixed", async ({ as }) => {
  const page = await as("admin");
  const title = `Deadline test ${Date.now()}`;
  // A year and a scope no other test evaluates, so this campaign takes no evaluation from theirs.
  const url = await openCampaign(page, { title, provinces: ["Sichuan"], countries: ["Australia"], year: 2027 });
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveAttribute("href", `${new URL(url).pathname}/edit`);
  await page.goto(`${url}/edit`);
  await page.waitForLoadState("networkidle"); // hydrated: the form does not rewrite its defaults mid-fill
  await expect(page.getByRole("heading", { level: 1, name: "Edit the campaign" })).toBeVisible();
  await expect(page.getByLabel("Year evaluated")).toHaveCount(0);
  const fixed = page.getByRole("region", { name: "Fixed since the campaign opened" });
  await expect(fixed).toContainText("2027");
  await expect(fixed).toContainText("Sichuan");
  await page.getByLabel("Closes on").fill("2027-01-31");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(/\/evaluations\/campaigns\/\d+\?saved=1$/);
  await expect(page.getByRole("status")).toHaveText("Campaign saved.");
  await expect(page.getByText("January 1, 2026 – January 31, 2027")).toBeVisible();

  // A crafted request cannot change what the open campaign's evaluations were made from.
  const id = Number(new URL(url).pathname.split("/").pop());
  const crafted = await callServerAction(page, UPDATE, {
    id,
    version: 3,
    title,
    year: 2020,
    opensOn: "2026-01-01",
    closesOn: "2027-01-31",
    scopeProvinces: ["SC"],
    scopeCountries: ["AU"],
    instructions: "",
  });
  expect(crafted.result).toMatchObject({ ok: false });
  await page.reload();
  await expect(page.getByText("January 1, 2026 – January 31, 2027")).toBeVisible();
});

test("a province administrator can neither open the edit page nor call the action", async ({ as }) => {
  const page = await as("province");
  await page.goto("/evaluations/campaigns/3/edit");
  await expect(page).toHaveURL(/\/forbidden$/);
  await page.goto("/evaluations/review");
  const crafted = await callServerAction(page, UPDATE, {
    id: 3,
    version: 1,
    title: "Hijacked",
    year: 2025,
    opensOn: "2026-01-10",
    closesOn: "2026-03-31",
    scopeProvinces: [],
    scopeCountries: [],
    instructions: "",
  });
  expect(crafted.result).toMatchObject({ ok: false, error: "You are not allowed to do this." });
  const admin = await as("admin");
  await admin.goto("/evaluations/campaigns/3");
  await expect(admin.getByRole("heading", { level: 1 })).not.toHaveText("Hijacked");
});

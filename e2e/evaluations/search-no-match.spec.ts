import { test, expect } from "../support/fixtures";
import { openCampaign } from "./helpers";

// A year no other spec evaluates, so that Tianjin has open evaluations of this campaign's own.
const title = `E2E search no match ${Date.now()}`;

test("a search matching nothing says so while a campaign is open, and offers to clear it", async ({ as }) => {
  const admin = await as("admin");
  await openCampaign(admin, { title, provinces: ["Tianjin"], countries: ["Japan"], year: 2031 });

  const page = await as("city");
  const q = `zz-no-such-place-${Date.now()}`;
  await page.goto(`/evaluations?q=${encodeURIComponent(q)}`);
  await expect(page.getByText(`No evaluation matches “${q}”.`)).toBeVisible();
  await expect(page.getByText(/Open campaigns hold \d+ evaluations? for your office/)).toBeVisible();
  await expect(page.getByText("no open campaign asks your office")).toHaveCount(0);

  await page.getByRole("link", { name: "Clear the search and filter" }).click();
  await expect(page.getByRole("searchbox", { name: "Search by locality" })).toHaveValue("");
  // The list is back (this campaign's rows may be on a later page beside other open campaigns).
  await expect(page.getByText(`No evaluation matches`)).toHaveCount(0);
  await expect(
    page
      .getByRole("row")
      .filter({ has: page.getByRole("link") })
      .first(),
  ).toBeVisible();
});

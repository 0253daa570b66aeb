import { test, expect } from "../support/fixtures";

test("city staff cannot move their own locality into another province, even by rewriting the form's request", async ({ as }) => {
  const page = await as("city");
  await page.goto("/localities?q=tianjin&side=ours&level=province");
  await page.getByRole("link", { name: "Tianjin 天津市", exact: true }).click();
  await page.waitForURL(/\/localities\/\d+$/);
  const id = new URL(page.url()).pathname.split("/")[2];
  await page.goto(`/localities/${id}/edit`);
  // The form offers no other province; the request is rewritten as an attacker would.
  await expect(page.getByLabel("Province").locator("option", { hasText: "Shandong" })).toHaveCount(0);
  await page.route(`**/localities/${id}/edit`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    return route.continue({ postData: (request.postData() ?? "").replace('"provinceCode":"TJ"', '"provinceCode":"SD"') });
  });
  const marker = `moved ${Date.now()}`;
  await page.getByLabel("Notes").fill(marker);
  await page.getByRole("button", { name: "Save locality" }).click();
  await expect(page.getByText("Only a national administrator can move a locality to another country or province.").first()).toBeVisible();

  // Nothing was written.
  await page.unrouteAll();
  await page.goto(`/localities/${id}/edit`);
  await expect(page.getByLabel("Notes")).not.toHaveValue(marker);
  await expect(page.getByLabel("Province")).toHaveValue("TJ");
});

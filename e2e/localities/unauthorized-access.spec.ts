import { test, expect } from "../support/fixtures";

test("city staff and viewers cannot merge localities; viewers cannot edit them", async ({ as }) => {
  const city = await as("city");
  await city.goto("/localities?q=kobe");
  await city.getByRole("link", { name: "Kobe 神戸市", exact: true }).click();
  await city.waitForURL(/\/localities\/\d+$/);
  const id = new URL(city.url()).pathname.split("/")[2];
  await expect(city.getByRole("link", { name: "Merge into another record" })).toHaveCount(0);
  await city.goto(`/localities/${id}/merge`);
  await expect(city).toHaveURL(/\/forbidden/);

  const viewer = await as("viewer");
  await viewer.goto(`/localities/${id}/edit`);
  await expect(viewer).toHaveURL(/\/forbidden/);
  await viewer.goto("/localities/new");
  await expect(viewer).toHaveURL(/\/forbidden/);
});

test("province administrators cannot edit a locality of another province", async ({ as }) => {
  const page = await as("province");
  await page.goto("/localities?q=tianjin&side=ours&level=province");
  await page.getByRole("link", { name: "Tianjin 天津市", exact: true }).click();
  await page.waitForURL(/\/localities\/\d+$/);
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  const id = new URL(page.url()).pathname.split("/")[2];
  await page.goto(`/localities/${id}/edit`);
  await expect(page).toHaveURL(/\/forbidden/);
});

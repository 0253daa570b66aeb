import { test, expect } from "../support/fixtures";
import type { AccountKey } from "../support/accounts";

const REFUSED: [AccountKey, string][] = [
  ["viewer", "/evaluations"],
  ["viewer", "/reports"],
  ["viewer", "/admin"],
  ["city", "/admin"],
];

for (const [account, path] of REFUSED) {
  test(`${account} opening ${path} by its address gets the forbidden page`, async ({ as }) => {
    const page = await as(account);
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(500);
    await expect(page).toHaveURL((url) => url.pathname === "/forbidden");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot open this page");
    await expect(page.getByRole("link", { name: "Go to the dashboard" })).toBeVisible();
  });
}

test("the forbidden page speaks Chinese to a Chinese browser", async ({ as }) => {
  const page = await as("viewer", "zh-CN");
  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("您无权打开此页面");
});

const PERMITTED: [AccountKey, string][] = [
  ["admin", "/evaluations"],
  ["admin", "/reports"],
  ["admin", "/admin"],
  ["province", "/admin"],
  ["city", "/evaluations"],
  ["city", "/reports"],
];

for (const [account, path] of PERMITTED) {
  test(`${account} may open ${path}`, async ({ as }) => {
    const page = await as(account);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL((url) => url.pathname.startsWith(path));
    await expect(page.getByRole("heading", { level: 1 }).first()).not.toHaveText("You cannot open this page");
  });
}

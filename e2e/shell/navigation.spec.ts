import { test, expect } from "../support/fixtures";
import type { AccountKey } from "../support/accounts";

// Menu order and roles follow components/shell/nav-items.ts (NAV_SECTIONS and each section's capability in lib/auth/permissions.ts).
const ALL = [
  "Dashboard",
  "Partnerships",
  "Activities",
  "Delegations",
  "Evaluations",
  "Localities",
  "Contacts",
  "Map",
  "Reports",
  "Import",
  "Sharing",
  "Administration",
];
const without = (...names: string[]) => ALL.filter((name) => !names.includes(name));

const EXPECTED: Record<AccountKey, string[]> = {
  admin: ALL,
  province: ALL,
  city: without("Administration"),
  viewer: without("Evaluations", "Reports", "Import", "Administration"),
};

for (const [account, entries] of Object.entries(EXPECTED) as [AccountKey, string[]][]) {
  test(`${account} sees exactly its navigation entries`, async ({ as }) => {
    const page = await as(account);
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link")).toHaveText(entries);
    await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  });
}

test("the menu marks the section being viewed", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await nav.getByRole("link", { name: "Sharing" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sharing");
  await expect(nav.getByRole("link", { name: "Sharing" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current", "page");
});

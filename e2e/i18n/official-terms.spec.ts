import { test, expect } from "../support/fixtures";

test.describe("the terms officials use", () => {
  test("Tianjin's level reads 直辖市", async ({ as }) => {
    const page = await as("viewer", "zh-CN");
    await page.goto(`/localities?q=${encodeURIComponent("天津市")}&country=CN`);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "天津市", exact: true }) });
    await expect(row).toContainText("直辖市");
    await row.getByRole("link", { name: "天津市", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("天津市");
    await expect(page.getByText("直辖市", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("省/县（日）/道/州")).toHaveCount(0);
  });

  test("a delegation's leader is ranked in protocol grades", async ({ as }) => {
    const page = await as("city", "zh-CN");
    await page.goto("/delegations/new");
    const rank = page.getByRole("combobox", { name: "团长级别" });
    await expect(rank.getByRole("option")).toHaveText(["省部级", "厅局级", "县处级", "其他"]);
    await rank.selectOption({ label: "厅局级" });
    await expect(rank).toHaveValue("bureau");
  });
});

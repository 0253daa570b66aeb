import { test, expect } from "../support/fixtures";
import type { AccountKey } from "../support/accounts";

const HEADERS: { account: AccountKey; locale: string; name: string; role: string }[] = [
  { account: "admin", locale: "en-GB", name: "王静 Wang Jing", role: "National administrator" },
  { account: "province", locale: "en-GB", name: "李明 Li Ming", role: "Province administrator · Shandong" },
  { account: "city", locale: "en-GB", name: "张伟 Zhang Wei", role: "City staff · Tianjin" },
  { account: "viewer", locale: "en-GB", name: "陈晓 Chen Xiao", role: "Viewer" },
  { account: "province", locale: "zh-CN", name: "李明 Li Ming", role: "省级管理员 · 山东省" },
  { account: "city", locale: "zh-CN", name: "张伟 Zhang Wei", role: "市级工作人员 · 天津市" },
];

for (const { account, locale, name, role } of HEADERS) {
  test(`the header shows ${account}'s name, role and scope (${locale})`, async ({ as }) => {
    const page = await as(account, locale);
    await page.goto("/");
    const banner = page.getByRole("banner");
    await expect(banner.getByTestId("viewer-name")).toHaveText(name);
    await expect(banner.getByTestId("viewer-role")).toHaveText(role);
    await expect(banner.getByRole("button", { name: locale === "zh-CN" ? "退出登录" : "Sign out" })).toBeVisible();
  });
}

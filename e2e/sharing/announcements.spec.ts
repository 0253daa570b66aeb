import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { unique } from "../activities/demo-data";

const panel = (page: Page, name = "Announcements") => page.getByRole("region", { name });

async function post(page: Page, title: string) {
  await page.goto("/sharing/announcements");
  await page.getByRole("link", { name: "New announcement" }).click();
  await expect(page).toHaveURL(/\/sharing\/announcements\/new$/);
  await page.getByRole("textbox", { name: /^Title/ }).fill(title);
  await page.getByRole("textbox", { name: /^Text/ }).fill("All offices: the **training course** starts next month.\n\n- Room 2");
  await expect(page.getByRole("combobox", { name: /^Audience/ })).toHaveValue("all");
  await page.getByRole("button", { name: "Post the announcement" }).click();
  await expect(page).toHaveURL(/\/sharing\/announcements\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("article strong", { hasText: "training course" })).toBeVisible();
  await expect(page.getByText(/Read by 0 of \d+/)).toBeVisible();
}

test("an announcement to everyone reaches a city's dashboard until dismissed, stays in the list, and its author sees it read", async ({
  as,
}) => {
  const admin = await as("admin");
  const title = unique("Training course notice");
  await post(admin, title);
  const own = admin.url();

  const city = await as("city");
  await city.goto("/");
  const announcements = panel(city);
  await expect(announcements.getByRole("heading", { level: 2, name: "Announcements" })).toBeVisible();
  await expect(announcements.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(announcements.getByText("training course starts next month")).toBeVisible();
  await announcements.getByRole("button", { name: `Dismiss “${title}”` }).click();
  await expect(city.getByRole("link", { name: title })).toHaveCount(0);
  await city.reload();
  await expect(city.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(city.getByRole("link", { name: title })).toHaveCount(0);

  await city.goto("/sharing/announcements");
  const current = city.getByRole("region", { name: "Current and upcoming" });
  await expect(current.getByRole("link", { name: title })).toBeVisible();
  await expect(current.getByText(/Read by/)).toHaveCount(0);

  await admin.goto(own);
  await expect(admin.getByText(/Read by 1 of \d+/)).toBeVisible();
});

test("city staff cannot post an announcement: no button, and the form's page refuses", async ({ as }) => {
  const city = await as("city");
  await city.goto("/sharing/announcements");
  await expect(city.getByRole("heading", { level: 1, name: "Announcements" })).toBeVisible();
  await expect(city.getByRole("link", { name: "New announcement" })).toHaveCount(0);
  await city.goto("/sharing/announcements/new");
  await expect(city).toHaveURL(/\/forbidden/);
});

test("in Chinese: a province's announcement reaches its own people only, and the list keeps past ones", async ({ as }) => {
  const shandong = await as("province", "zh-CN");
  await shandong.goto("/sharing/announcements");
  await expect(shandong.getByRole("heading", { level: 1, name: "通知公告" })).toBeVisible();
  await expect(shandong.getByRole("link", { name: /山东省友城年度统计报送提醒/ })).toBeVisible();
  await expect(shandong.getByText(/人中已读 \d+ 人/).first()).toBeVisible();
  await expect(shandong.getByRole("region", { name: "往期通知" }).getByRole("link", { name: /上半年友城交流总结/ })).toBeVisible();
  await shandong.getByRole("link", { name: "发布通知" }).click();
  await expect(shandong.getByRole("combobox", { name: /^发送范围/ }).getByRole("option")).toHaveText(["山东省"]);

  const city = await as("city", "zh-CN");
  await city.goto("/sharing/announcements");
  await expect(city.getByRole("heading", { level: 1, name: "通知公告" })).toBeVisible();
  await expect(city.getByRole("link", { name: /友好城市工作培训班通知/ })).toBeVisible();
  await expect(city.getByRole("link", { name: /山东省友城年度统计报送提醒/ })).toHaveCount(0);
});

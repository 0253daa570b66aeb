import { test, expect } from "../support/fixtures";
import type { Page } from "@playwright/test";

const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Tianjin's staff post a request for a partner in Japan; returns the post's id. */
async function postRequest(page: Page, title: string): Promise<number> {
  await page.goto("/sharing/board");
  await page.getByRole("link", { name: "Post a request" }).click();
  await expect(page.getByTestId("picked-seeker")).toContainText("Tianjin");
  await page.getByLabel("Country").selectOption({ label: "Japan" });
  await page.getByRole("checkbox", { name: "Youth exchanges" }).check();
  await page.getByRole("checkbox", { name: "Lay a foundation for economic and trade cooperation" }).check();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Port cities, youth camps every summer.");
  await page.getByRole("button", { name: "Post the request" }).click();
  await page.waitForURL(/\/sharing\/board\/\d+\?created=1/);
  return Number(new URL(page.url()).pathname.split("/")[3]);
}

test("a city posts a request and sees matches; a province responds; the city is told, reads it and marks the post found", async ({
  as,
}) => {
  const tianjin = await as("city");
  const title = unique("Tianjin seeks Japan");
  const id = await postRequest(tianjin, title);
  await expect(tianjin.getByRole("status").filter({ hasText: "The request is posted." })).toBeVisible();
  await expect(tianjin.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(tianjin.getByText("Youth exchanges")).toBeVisible();
  // Matches: Japanese localities Tianjin has no partnership with, with ours that can introduce.
  await expect(tianjin.getByRole("heading", { name: "Localities in Japan without a partnership with Tianjin" })).toBeVisible();
  const matches = tianjin.getByTestId("matches").getByRole("listitem");
  await expect(matches.first()).toBeVisible();
  expect(await matches.count()).toBeLessThanOrEqual(20);
  await expect(matches.first()).toContainText("Our localities that already work with it");
  // Chiba is already Tianjin's partner: never proposed.
  await expect(tianjin.getByTestId("matches")).not.toContainText("Chiba");
  await expect(tianjin.getByRole("heading", { name: "Localities in the same province with a partner in Japan" })).toBeVisible();
  // The author does not respond to their own post.
  await expect(tianjin.getByRole("button", { name: "Send the response" })).toHaveCount(0);
  await expect(tianjin.getByRole("heading", { name: "Responses" })).toBeVisible();

  const shandong = await as("province");
  await shandong.goto("/sharing/board?side=ours&country=JP");
  await shandong.getByRole("link", { name: title }).click();
  await expect(shandong.getByRole("button", { name: "Mark as found" })).toHaveCount(0);
  await shandong.getByLabel("Message").fill("Qingdao has worked with Shimonoseki for decades: we can introduce you.");
  await shandong.getByRole("button", { name: "Send the response" }).click();
  await expect(shandong.getByRole("status").filter({ hasText: "Your response was sent." })).toBeVisible();
  await expect(shandong.getByTestId("responses")).toContainText("we can introduce you");

  await tianjin.goto("/");
  const notice = tianjin.getByTestId("responses-notice");
  await expect(notice).toContainText("new response");
  await notice.getByRole("link", { name: new RegExp(title) }).click();
  await tianjin.waitForURL(`/sharing/board/${id}`);
  const responses = tianjin.getByTestId("responses");
  await expect(responses).toContainText("Li Ming");
  await expect(responses).toContainText("Shandong administration");
  await expect(responses).toContainText("Qingdao has worked with Shimonoseki");
  await expect(responses.getByText("New", { exact: true })).toBeVisible();

  await tianjin.getByRole("button", { name: "Mark as found" }).click();
  await expect(tianjin.getByText("Partner found", { exact: true })).toBeVisible();
  await expect(tianjin.getByRole("button", { name: "Reopen" })).toBeVisible();
  // Read: the dashboard no longer announces it.
  await tianjin.goto("/");
  await expect(tianjin.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(tianjin.getByTestId("responses-notice").getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  // Found: no more responses.
  await shandong.goto(`/sharing/board/${id}`);
  await expect(shandong.getByText("This post is no longer open for responses.")).toBeVisible();
  await expect(shandong.getByRole("button", { name: "Send the response" })).toHaveCount(0);
});

test("the board in Chinese: a foreign city recorded nationally seeks a partner in Sichuan", async ({ as }) => {
  const page = await as("city", "zh-CN");
  await page.goto("/sharing/board?side=foreign");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("寻友平台");
  await page.getByRole("link", { name: /科隆市寻求四川省友好城市/ }).click();
  await page.waitForURL(/\/sharing\/board\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("科隆市");
  await expect(page.getByText("外方寻求中国友城")).toBeVisible();
  await expect(page.getByRole("heading", { name: "意向地区的我方地方" })).toBeVisible();
  await expect(page.getByTestId("matches").getByRole("listitem").first()).toContainText("友城");
  await expect(page.getByRole("button", { name: "发送回应" })).toBeVisible();
});

test("a reader sees the board but cannot post or respond, and the new page refuses them", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/sharing/board");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partner-seeking board");
  await expect(page.getByRole("link", { name: "Post a request" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Record a foreign locality's request" })).toHaveCount(0);
  await page.getByRole("list", { name: "Partner-seeking posts" }).getByRole("link").first().click();
  await page.waitForURL(/\/sharing\/board\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send the response" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark as found" })).toHaveCount(0);
  await page.goto("/sharing/board/new");
  await expect(page).toHaveURL(/\/forbidden/);
});

import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { preferEnglish, unique } from "../activities/demo-data";
import { count, e2eDb, localityId } from "../reports/e2e-db";

const ACTIONS = "app/(app)/sharing/cases/actions.ts";
const HOSTILE_BODY = [
  "## What we did",
  "",
  "<script>window.__x=1</script>",
  "",
  '<img src="x" onerror="window.__x=2">',
  "",
  "Read [the programme](javascript:alert(1)) or [our site](https://example.org).",
].join("\n");

/** Fills the new-case form and publishes it; returns the case's id from the page it lands on. */
async function publishCase(page: Page, title: string): Promise<number> {
  await page.goto("/sharing/cases/new");
  await page.getByRole("textbox", { name: /^Title/ }).fill(title);
  await page.getByRole("textbox", { name: /^Summary/ }).fill("Pupils of both cities built robots together.");
  await page.getByRole("textbox", { name: /^The case/ }).fill(HOSTILE_BODY);
  await page.getByRole("combobox", { name: /^Category/ }).selectOption("youth");
  await page.getByRole("combobox", { name: /^Language/ }).selectOption("en");
  await page.getByRole("textbox", { name: "Tags" }).fill("youth, robotics");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page).toHaveURL(/\/sharing\/cases\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

test("a city publishes a case whose Markdown holds a script: it is rendered inert; an administrator features it first", async ({ as }) => {
  const city = await as("city");
  await preferEnglish(city);
  const title = unique("Robotics camp with Kobe");
  const id = await publishCase(city, title);

  const body = city.getByTestId("case-body");
  await expect(body.getByRole("heading", { name: "What we did" })).toBeVisible();
  await expect(body.locator("script")).toHaveCount(0);
  await expect(city.locator("[onerror]")).toHaveCount(0);
  const link = body.getByText("the programme");
  await expect(link).toBeVisible();
  expect((await link.getAttribute("href")) ?? "").not.toMatch(/javascript:/i);
  await expect(body.getByRole("link", { name: "our site" })).toHaveAttribute("href", "https://example.org");
  expect(await city.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  // The history shows the creation.
  await expect(city.getByTestId("history-entry").first()).toContainText("Created");

  // Searching for a word of the body finds it (folded: any case).
  await city.goto(`/sharing/cases?q=${encodeURIComponent("ROBOTICS")}&language=en`);
  await expect(city.getByRole("link", { name: title })).toBeVisible();

  const admin = await as("admin");
  await preferEnglish(admin);
  await admin.goto(`/sharing/cases/${id}`);
  await admin.getByRole("button", { name: "Feature", exact: true }).click();
  await expect(admin.getByRole("button", { name: "Stop featuring" })).toBeVisible();
  await admin.goto("/sharing/cases");
  const first = admin.getByTestId("case-card").first();
  await expect(first.getByRole("link", { name: title })).toBeVisible();
  await expect(first.getByText("Featured", { exact: true })).toBeVisible();
  expect(count("select count(*) as n from audit_log where entity_type = 'case' and entity_id = ? and action = 'feature'", id)).toBe(1);
});

test("an administrator hides a case with a reason its author sees; readers no longer find it", async ({ as }) => {
  const city = await as("city");
  await preferEnglish(city);
  const title = unique("Case to hide");
  const id = await publishCase(city, title);

  const admin = await as("admin");
  await preferEnglish(admin);
  await admin.goto(`/sharing/cases/${id}`);
  await admin.getByText("Hide…").click();
  await admin.getByRole("textbox", { name: "Reason for hiding" }).fill("Names a private person");
  await admin.getByRole("button", { name: "Hide the case" }).click();
  await expect(admin.getByRole("button", { name: "Show again" })).toBeVisible();

  await city.goto(`/sharing/cases?q=${encodeURIComponent(title)}`);
  await expect(city.getByTestId("hidden-reason")).toContainText("Names a private person");

  const viewer = await as("viewer");
  await preferEnglish(viewer);
  await viewer.goto(`/sharing/cases?q=${encodeURIComponent(title)}`);
  await expect(viewer.getByText("No case matches.", { exact: false })).toBeVisible();
  const response = await viewer.goto(`/sharing/cases/${id}`);
  expect(response?.status()).toBe(404);
});

test("a reader gets no 'new case' button and is refused the form; an office outside the case's scope cannot edit it", async ({ as }) => {
  const city = await as("city");
  await preferEnglish(city);
  const id = await publishCase(city, unique("Tianjin's own case"));

  const viewer = await as("viewer");
  await preferEnglish(viewer);
  await viewer.goto("/sharing/cases");
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Experience library");
  await expect(viewer.getByRole("link", { name: "New case", exact: true })).toHaveCount(0);
  await viewer.goto("/sharing/cases/new");
  await expect(viewer).toHaveURL(/\/forbidden$/);
  await viewer.goto(`/sharing/cases/${id}`);
  await expect(viewer.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await viewer.goto(`/sharing/cases/${id}/edit`);
  await expect(viewer).toHaveURL(/\/forbidden$/);

  // Shandong's administrators answer for Shandong, not for Tianjin's case.
  const shandong = await as("province");
  await preferEnglish(shandong);
  await shandong.goto(`/sharing/cases/${id}`);
  await expect(shandong.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(shandong.getByRole("button", { name: "Feature", exact: true })).toHaveCount(0);
  await shandong.goto(`/sharing/cases/${id}/edit`);
  await expect(shandong).toHaveURL(/\/forbidden$/);
  const answer = await callServerAction(shandong, { file: ACTIONS, name: "featureCaseAction" }, { id, version: 1 });
  expect(answer.result).toMatchObject({ ok: false, error: "You are not allowed to do this." });
});

test("an activity of Tianjin is written up as a case in one click: the form is prefilled", async ({ as }) => {
  const activityId = count(
    "select id as n from activities where organiser_locality_id = ? and archived_at is null order by id limit 1",
    localityId("天津市"),
  );
  // The demo's activities carry no description: this test gives its activity one.
  const description = unique("Forty pupils took part in the robotics camp.");
  const db = e2eDb();
  db.prepare("update activities set description = ? where id = ?").run(description, activityId);
  const activityTitle = (db.prepare("select title from activities where id = ?").get(activityId) as { title: string }).title;
  db.close();

  const city = await as("city");
  await preferEnglish(city);
  await city.goto(`/activities/${activityId}`);
  await city.getByRole("link", { name: "Write up as a case" }).click();
  await expect(city).toHaveURL(new RegExp(`/sharing/cases/new\\?activity=${activityId}$`));
  await expect(city.getByRole("textbox", { name: /^Title/ })).toHaveValue(activityTitle);
  await expect(city.getByRole("textbox", { name: /^The case/ })).toHaveValue(description);
  await expect(
    city
      .getByRole("list", { name: /^Partnerships:/ })
      .getByRole("listitem")
      .first(),
  ).toBeVisible();
  // The activity itself is linked, with its date.
  await expect(city.getByText(`${activityTitle} (`, { exact: false })).toBeVisible();
});

test("in Chinese, the library finds the featured demo case by a Chinese word", async ({ as }) => {
  const page = await as("viewer", "zh-CN");
  await page.goto(`/sharing/cases?q=${encodeURIComponent("接力棒")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("经验案例库");
  const card = page.getByTestId("case-card").first();
  await expect(card).toContainText("天津与神户");
  await expect(card.getByText("精选", { exact: true })).toBeVisible();
});

import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { partnershipId, preferEnglish, unique } from "./demo-data";

const ACTIONS = "app/(app)/activities/actions.ts";

test("city staff cannot log an activity for another locality's partnership", async ({ as }) => {
  const page = await as("city");
  await preferEnglish(page);
  const qingdaoDaegu = partnershipId("Qingdao", "Daegu");
  await page.goto(`/activities/new?partnership=${qingdaoDaegu}`);
  await expect(page.getByRole("alert").filter({ hasText: "You cannot log activities for that partnership" })).toBeVisible();
  await expect(page.getByText("None chosen yet.")).toBeVisible();

  await page.getByRole("combobox", { name: "Partnerships" }).fill("Daegu");
  await expect(page.getByRole("option", { name: "No partnership matches." })).toBeVisible();

  const title = unique("Forged");
  const answer = await callServerAction(
    page,
    { file: ACTIONS, name: "createActivityAction" },
    {
      title,
      category: "youth",
      startDate: "2025-05-01",
      location: "here",
      partnershipIds: [qingdaoDaegu],
    },
  );
  expect(answer.result).toMatchObject({ ok: false, error: "You are not allowed to do this." });
  expect((answer.result as { fieldErrors: Record<string, string> }).fieldErrors.partnershipIds).toContain("your own locality or province");
  await page.goto(`/activities?q=${encodeURIComponent(title)}`);
  await expect(page.getByText("No activity matches these filters.")).toBeVisible();
});

test("a viewer reads activities but cannot log or change them", async ({ as }) => {
  const page = await as("viewer");
  await preferEnglish(page);
  await page.goto("/activities");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exchange activities");
  await expect(page.getByRole("link", { name: "Log activity" })).toHaveCount(0);
  await page.goto("/activities/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot open this page");
  const answer = await callServerAction(
    page,
    { file: ACTIONS, name: "createActivityAction" },
    {
      title: "Viewer's",
      category: "youth",
      startDate: "2025-05-01",
      location: "here",
      partnershipIds: [partnershipId("Tianjin", "Kobe")],
    },
  );
  expect(answer.result).toMatchObject({ ok: false, error: "You are not allowed to do this." });
});

test("a malformed list URL falls back to defaults instead of failing", async ({ as }) => {
  const page = await as("viewer");
  const response = await page.goto("/activities?page=-4&sort=drop%20table&from=2025-99-99&category=%3Cscript%3E&country=zz&pageSize=9999");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("row-count")).toContainText("Page 1");
  const missing = await page.goto("/activities/99999999");
  expect(missing?.status()).toBe(404);
  const bad = await page.goto("/activities/abc");
  expect(bad?.status()).toBe(404);
});

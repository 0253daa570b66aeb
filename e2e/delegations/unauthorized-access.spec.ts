import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { partnershipId, preferEnglish, unique } from "../activities/demo-data";

const ACTIONS = "app/(app)/delegations/actions.ts";

test("city staff cannot record a delegation for another locality's partnership", async ({ as }) => {
  const page = await as("city");
  await preferEnglish(page);
  const answer = await callServerAction(
    page,
    { file: ACTIONS, name: "createDelegationAction" },
    {
      direction: "incoming",
      partnershipIds: [partnershipId("Qingdao", "Shimonoseki")],
      leaderName: unique("Forged"),
      leaderRank: "other",
      startDate: "2025-05-01",
      status: "planned",
      members: [],
      itinerary: [],
      activityIds: [],
    },
  );
  expect(answer.result).toMatchObject({ ok: false, error: "You are not allowed to do this." });
});

test("a viewer reads delegations and the calendar but cannot create delegations", async ({ as }) => {
  const page = await as("viewer");
  await page.goto("/delegations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delegations");
  await expect(page.getByRole("link", { name: "New delegation" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exchange calendar");
  await page.goto("/delegations/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot open this page");
  await page.goto("/calendar?month=2099-13&kind=%3Cx%3E");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exchange calendar");
});

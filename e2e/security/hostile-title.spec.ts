import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { partnershipId, unique } from "../activities/demo-data";

/**
 * Issue 9, hole 9: a title that would display in another order than it is stored (a bidi
 * override), or that is only invisible characters, is refused with a clear message, in the form
 * (the same schema runs in the browser) and by the action itself; NUL is silently dropped.
 */
const BIDI =
  "Remove the hidden text-direction characters (often copied along with text from another program): they make the text appear in another order than it is saved.";

test("an activity title with a bidi override or only zero-width spaces is refused with a clear message", async ({ as }) => {
  const page = await as("city");
  await page.goto(`/activities/new?partnership=${partnershipId("Tianjin", "Kobe")}`);
  const title = page.getByRole("textbox", { name: "Title" });
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });

  await title.fill(`Invoice \u202Efdp.exe ${unique("")}`);
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(summary).toContainText(`Title: ${BIDI}`);
  await expect(page).toHaveURL(/\/activities\/new/);

  await title.fill("\u200B\u200B");
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(summary).toContainText("Title: This field is required.");
  await expect(page).toHaveURL(/\/activities\/new/);

  // A clean title saves, with a NUL and invisible ends dropped.
  const clean = unique("Clean title");
  await title.fill(`\u200B${clean}\u0000 `);
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(page).toHaveURL(/\/activities\/\d+\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(clean);
});

test("the action itself refuses what a forged request sends past the form", async ({ as }) => {
  const page = await as("city");
  await page.goto("/activities/new");
  const activity = {
    category: "youth",
    startDate: "2025-07-01",
    endDate: "",
    location: "here",
    partnershipIds: [partnershipId("Tianjin", "Kobe")],
    organiserLocalityId: "",
    participantsPartner: "",
    costAmount: "",
    costCurrency: "",
    tags: "",
  };
  const create = (over: Record<string, unknown>) =>
    callServerAction(
      page,
      { file: "app/(app)/activities/actions.ts", name: "createActivityAction" },
      { ...activity, title: unique("Forged"), participantsOurs: "", ...over },
    );

  const bidi = await create({ title: `\u202E${unique("evil")}` });
  expect(bidi.result).toMatchObject({ ok: false, fieldErrors: { title: BIDI } });
  const broken = await create({ title: `${unique("broken")}\uD800` });
  expect(broken.result).toMatchObject({
    ok: false,
    fieldErrors: { title: "This text contains a broken character that cannot be saved. Retype the text around it." },
  });
  for (const count of ["0x10", [], true, "1e3"]) {
    const answer = await create({ participantsOurs: count });
    expect(answer.result, JSON.stringify(count)).toMatchObject({
      ok: false,
      fieldErrors: { participantsOurs: "Enter a whole number in digits, such as 12." },
    });
  }
});

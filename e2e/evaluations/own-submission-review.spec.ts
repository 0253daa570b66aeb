import { test, expect } from "../support/fixtures";
import { callServerAction } from "../support/server-action";
import { approveEvaluation, openCampaign } from "./helpers";

test.describe.configure({ mode: "serial" });

// A year no other spec evaluates (2023–2025 are the demo's, 2026 and 2027 other specs'), so this campaign has evaluations of its own.
const title = `E2E own review ${Date.now()}`;
const REVIEW = { file: "app/(app)/evaluations/actions.ts", name: "reviewEvaluationAction" };
let evaluationUrl = "";

test("a province administrator who submitted an evaluation cannot approve it; a national administrator can", async ({ as }) => {
  const admin = await as("admin");
  await openCampaign(admin, { title, provinces: ["Shandong"], countries: [], year: 2028 });

  const province = await as("province");
  await province.goto("/evaluations?pageSize=100");
  await province.getByRole("row").filter({ hasText: title }).first().getByRole("link").first().click();
  await province.waitForURL(/\/evaluations\/\d+$/);
  evaluationUrl = province.url();
  await province
    .getByRole("group", { name: /Status of the partnership/ })
    .getByLabel("Good", { exact: true })
    .check();
  await province.getByLabel("Fill a regional gap in partnerships").check();
  await province.getByRole("group", { name: "Effect of bilateral political tension" }).getByLabel("Unaffected").check();
  await province.getByRole("button", { name: "Submit for review" }).click();
  await expect(province.getByRole("status").filter({ hasText: "Submitted on" })).toBeVisible();

  // The review page says why, and offers no decision.
  await province.goto(`${evaluationUrl}/review`);
  await expect(
    province.getByText("You submitted this evaluation, so you cannot review it yourself. A national administrator can review it instead."),
  ).toBeVisible();
  await expect(province.getByRole("button", { name: "Record the decision" })).toHaveCount(0);

  // Calling the action directly is refused too, with the same message.
  const id = Number(new URL(evaluationUrl).pathname.split("/")[2]);
  const forged = await callServerAction(province, REVIEW, { id, version: 2, decision: "approve", comment: "" });
  expect(forged.result).toMatchObject({ ok: false, error: expect.stringContaining("cannot review it yourself") });

  await approveEvaluation(admin, evaluationUrl, 2028);
});

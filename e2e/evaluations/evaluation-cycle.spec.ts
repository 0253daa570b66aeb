import { test, expect } from "../support/fixtures";
import { approveEvaluation, openCampaign, openMyEvaluation } from "./helpers";

test.describe.configure({ mode: "serial" });

const title = `E2E cycle ${Date.now()}`;
let evaluationUrl = "";

test("an administrator opens a campaign for 2026 with a scope", async ({ as }) => {
  const page = await as("admin");
  const url = await openCampaign(page, { title, provinces: ["Tianjin", "Shandong"], countries: ["Japan"] });
  await page.goto(url);
  await expect(page.getByTestId("progress-table")).toContainText("Tianjin");
  await expect(page.getByTestId("progress-table")).toContainText("Shandong");
});

test("city staff see the evaluation with its deadline, save a draft and submit", async ({ as }) => {
  const page = await as("city");
  await page.goto("/evaluations");
  await expect(page.getByRole("row").filter({ hasText: title }).first()).toContainText(/Dec 31, 2026|31 Dec 2026/);
  await openMyEvaluation(page, "Kobe", title);
  evaluationUrl = page.url();
  await expect(page.getByRole("heading", { name: "Facts from the log" })).toBeVisible();
  await expect(page.getByTestId("facts-table")).toContainText("2026");
  // Submitting an incomplete form is refused with a summary, and nothing is saved.
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await page
    .getByRole("group", { name: /Status of the partnership/ })
    .getByLabel("Suspended")
    .check();
  await page.getByLabel("Widen the locality's external exchanges").check();
  await page.getByLabel("Achievements").fill("A youth football exchange <script>alert(1)</script>");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Achievements")).toHaveValue("A youth football exchange <script>alert(1)</script>");
  await page.getByRole("group", { name: "Effect of bilateral political tension" }).getByLabel("Unaffected").check();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted on" })).toBeVisible();
  await expect(page.getByTestId("answers")).toContainText("Suspended");
});

test("a reviewer returns it with a comment, the city resubmits, approval updates the registry", async ({ as }) => {
  const admin = await as("admin");
  await admin.goto(`${evaluationUrl}/review`);
  await expect(admin.getByTestId("flags")).toBeVisible();
  await admin.getByLabel("Return to the locality").check();
  await admin.getByRole("button", { name: "Record the decision" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Comment" })).toBeVisible();
  await admin.getByLabel("Comment").fill("Please add your plans for 2027.");
  await admin.getByRole("button", { name: "Record the decision" }).click();
  await expect(admin.getByText("Returned to the locality with your comment.")).toBeVisible();

  const city = await as("city");
  await city.goto(evaluationUrl);
  await expect(city.getByRole("main").getByRole("note")).toContainText("Please add your plans for 2027.");
  await city.getByLabel("Plans").fill("A delegation to Kobe in spring 2027.");
  await city.getByRole("button", { name: "Submit for review" }).click();
  await expect(city.getByRole("status").filter({ hasText: "Submitted on" })).toBeVisible();

  await approveEvaluation(admin, evaluationUrl, 2026);
  await expect(admin.getByTestId("registry-status")).toContainText("Suspended");
});

test("a province administrator reviews their province and cannot review another's", async ({ as }) => {
  const admin = await as("admin");
  // The national administrator answers one Shandong evaluation of this campaign (scope: Tianjin and Shandong).
  await admin.goto("/evaluations?pageSize=100");
  const row = admin.getByRole("row").filter({ hasText: title }).filter({ hasNotText: "Tianjin" }).first();
  await row.getByRole("link").first().click();
  await admin.waitForURL(/\/evaluations\/\d+$/);
  const sdUrl = admin.url();
  await admin
    .getByRole("group", { name: /Status of the partnership/ })
    .getByLabel("Good", { exact: true })
    .check();
  await admin.getByLabel("Fill a regional gap in partnerships").check();
  await admin.getByRole("group", { name: "Effect of bilateral political tension" }).getByLabel("Unaffected").check();
  await admin.getByRole("button", { name: "Submit for review" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Submitted on" })).toBeVisible();

  const province = await as("province");
  await province.goto("/evaluations/review");
  await expect(province.getByRole("table")).toBeVisible();
  await province.goto(`${sdUrl}/review`);
  await province.getByLabel("Return to the locality").check();
  await province.getByLabel("Comment").fill("Say which exchanges happened.");
  await province.getByRole("button", { name: "Record the decision" }).click();
  await expect(province.getByText("Returned to the locality with your comment.")).toBeVisible();
  await province.goto(`${evaluationUrl}/review`);
  await expect(province).toHaveURL(/\/forbidden$/);
});

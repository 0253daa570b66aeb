import { expect, type Page } from "@playwright/test";

/** An administrator creates and opens a campaign (for 2026 unless told) through the UI; returns its page URL. */
export async function openCampaign(
  page: Page,
  opts: { title: string; provinces: string[]; countries: string[]; year?: number },
): Promise<string> {
  await page.goto("/evaluations/campaigns/new");
  await page.getByLabel("Title").fill(opts.title);
  await page.getByLabel("Year evaluated").fill(String(opts.year ?? 2026));
  await page.getByLabel("Opens on").fill("2026-01-01");
  await page.getByLabel("Closes on").fill("2026-12-31");
  const provinces = page.getByRole("group", { name: "Provinces in scope" });
  for (const name of opts.provinces) await provinces.getByLabel(name, { exact: true }).check();
  const countries = page.getByRole("group", { name: "Partner countries in scope" });
  for (const name of opts.countries) await countries.getByLabel(name, { exact: true }).check();
  await page.getByRole("button", { name: "Save draft campaign" }).click();
  await page.waitForURL(/\/evaluations\/campaigns\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: opts.title })).toBeVisible();
  await page.getByRole("button", { name: "Open the campaign" }).click();
  await page.getByRole("button", { name: "Yes, open it" }).click();
  await expect(page.getByRole("status")).toContainText(/Campaign opened: \d+ evaluations? created/);
  return page.url();
}

/** City staff open their evaluation of a partner (searched by its romanised name) in the given campaign. */
export async function openMyEvaluation(page: Page, partner: string, campaignTitle: string) {
  await page.goto(`/evaluations?q=${encodeURIComponent(partner)}`);
  const row = page.getByRole("row").filter({ hasText: campaignTitle }).filter({ hasText: partner });
  await row.getByRole("link").first().click();
  await page.waitForURL(/\/evaluations\/\d+$/);
}

/** Opens the results of the seeded, closed 2025 campaign from the campaign list. */
export async function openSeededResults(page: Page) {
  await page.goto("/evaluations/campaigns");
  await page
    .getByRole("row")
    .filter({ hasText: "2025年度友好城市交往评估" })
    .getByRole("link", { name: /Results/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Results");
}

/** On an evaluation's page, creates a partner link in a language; returns the link. */
export async function createPartnerLink(page: Page, language: string): Promise<string> {
  await page.getByLabel("Language of the questionnaire").selectOption({ label: language });
  await page.getByRole("button", { name: "Create a link" }).click();
  return page.getByLabel("Link for the partner").inputValue();
}

/** An administrator approves an evaluation on its review page; the status of its year is then recorded. */
export async function approveEvaluation(admin: Page, evaluationUrl: string, year: number) {
  await admin.goto(`${evaluationUrl}/review`);
  await admin.getByLabel("Approve").check();
  await admin.getByRole("button", { name: "Record the decision" }).click();
  await expect(admin.getByText(`Approved. The partnership's status for ${year} is now recorded.`)).toBeVisible();
}

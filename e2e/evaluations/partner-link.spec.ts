import path from "node:path";
import Database from "better-sqlite3";
import { test, expect } from "../support/fixtures";
import { createPartnerLink, openCampaign, openMyEvaluation } from "./helpers";

test.describe.configure({ mode: "serial" });

const title = `E2E partner ${Date.now()}`;
const dbFile = () => path.join(process.cwd(), process.env.AMITY_E2E_DIR ?? ".e2e", "data", "amity.db");

async function createLink(page: import("@playwright/test").Page, language: string): Promise<string> {
  const url = await createPartnerLink(page, language);
  expect(url).toMatch(/\/partner\/[A-Za-z0-9_-]{43}$/);
  return url;
}

test("a partner link works once in Japanese, expires, can be revoked, and reaches nothing else", async ({ as, browser }) => {
  const admin = await as("admin");
  await openCampaign(admin, { title, provinces: ["Tianjin"], countries: ["South Korea"] });

  const city = await as("city");
  await openMyEvaluation(city, "Incheon", title);
  const evaluationUrl = city.url();
  const link = await createLink(city, "Japanese (日本語)");

  const anonymous = await browser.newContext({ locale: "ja-JP" });
  const partner = await anonymous.newPage();
  await partner.goto(link);
  await expect(partner.getByRole("heading", { level: 1, name: "友好都市交流アンケート" })).toBeVisible();
  // A Japanese page names a Korean partner in romanised form (its Hangul is not the reader's script).
  await expect(partner.getByText(/Incheonと天津市/)).toBeVisible();
  await expect(partner.getByRole("navigation")).toHaveCount(0);
  await partner.getByLabel("良好", { exact: true }).check();
  await partner.getByLabel("やや増加").check();
  await partner.getByLabel("ご意見・ご提案").fill("来年もよろしくお願いします。");
  await partner.getByRole("button", { name: "回答を送信する" }).click();
  await expect(partner.getByText("ご回答ありがとうございました")).toBeVisible();
  // Once only.
  await partner.goto(link);
  await expect(partner.getByRole("alert").filter({ hasText: "このリンクからはすでに回答が送信されています。" })).toBeVisible();

  // The answer is stored beside ours, on this evaluation only.
  await city.goto(evaluationUrl);
  await expect(city.getByTestId("partner-link").first()).toContainText("来年もよろしくお願いします。");

  // Expiry: a second link whose time has run out (the clock moved by editing its expiry) is refused.
  const second = await createLink(city, "Korean (한국어)");
  const db = new Database(dbFile());
  db.prepare("update partner_links set expires_at = ? where answered_at is null and revoked_at is null").run(Date.now() - 1000);
  db.close();
  await partner.goto(second);
  await expect(partner.getByRole("alert").filter({ hasText: "이 링크는 유효 기간이 지났습니다." })).toBeVisible();

  // Revocation.
  await city.reload();
  const third = await createLink(city, "English");
  await city.reload();
  await city.getByRole("button", { name: "Revoke" }).first().click();
  await expect(city.getByText("Link revoked.")).toBeVisible();
  await partner.goto(third);
  await expect(partner.getByRole("alert").filter({ hasText: "This link has been withdrawn." })).toBeVisible();

  // The token reaches nothing else: not the app, not another path, not a tampered token.
  const token = link.split("/partner/")[1]!;
  await partner.goto(`${new URL(link).origin}/evaluations`);
  await expect(partner).toHaveURL(/\/sign-in/);
  await partner.goto(`${new URL(link).origin}/partner/${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`);
  await expect(partner.getByRole("alert").filter({ hasText: "This link is not valid." })).toBeVisible();
  await anonymous.close();
});

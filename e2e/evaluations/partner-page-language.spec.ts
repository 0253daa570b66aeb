import { test, expect } from "../support/fixtures";
import { createPartnerLink, openCampaign, openMyEvaluation } from "./helpers";

const title = `E2E partner language ${Date.now()}`;

test("the partner page is in its link's language: names in that language's usual form, its own lang, and who sent it", async ({
  as,
  browser,
}) => {
  const admin = await as("admin");
  await openCampaign(admin, { title, provinces: ["Tianjin"], countries: ["Japan"], year: 2034 });
  const city = await as("city");
  await openMyEvaluation(city, "Kobe", title);

  // Japanese: the partner in its own script, our side in kanji, and the document says it is Japanese.
  const japanese = await createPartnerLink(city, "Japanese (日本語)");
  const context = await browser.newContext({ locale: "ja-JP" });
  const partner = await context.newPage();
  await partner.goto(japanese);
  await expect(partner.locator("html")).toHaveAttribute("lang", "ja");
  await expect(partner.getByText(/神戸市と天津市の友好都市関係/)).toBeVisible();
  const sender = partner.getByRole("region", { name: "送信元" });
  await expect(sender).toContainText("天津市外事弁公室");
  await expect(sender.getByRole("link", { name: "tianjin@amity.test" })).toHaveAttribute("href", "mailto:tianjin@amity.test");

  // English (a new link replaces the first): romanised names only.
  await city.reload();
  const english = await createPartnerLink(city, "English");
  await partner.goto(english);
  await expect(partner.locator("html")).toHaveAttribute("lang", "en");
  await expect(partner.getByText("Please tell us how the partnership between Kobe and Tianjin stood in 2034.")).toBeVisible();
  await expect(partner.getByRole("main")).not.toContainText("神戸市");
  await expect(partner.getByRole("region", { name: "Sent by" })).toContainText("Foreign Affairs Office of Tianjin");
  await expect(partner.getByRole("region", { name: "Sent by" })).toContainText("Contact:");

  // The replaced Japanese link still says whom to ask for a new one.
  await partner.goto(japanese);
  await expect(partner.getByRole("alert").filter({ hasText: "このリンクは取り消されました。" })).toBeVisible();
  await expect(partner.getByRole("region", { name: "送信元" })).toContainText("tianjin@amity.test");
  await context.close();
});

import { test, expect } from "../support/fixtures";

/** Numbers of four or more digits that are not grouped, leaving out years (1900–2099). */
function ungroupedNumbers(text: string): string[] {
  return (text.match(/(?<![\d,.])\d{4,}(?![\d,.])/g) ?? []).filter((n) => !/^(19|20)\d\d$/.test(n));
}

for (const locale of ["en-GB", "zh-CN"]) {
  test(`the headline numbers of the dashboard are formatted for the language (${locale})`, async ({ as }) => {
    const page = await as("admin", locale);
    await page.goto("/");
    const headline = page.getByRole("main").locator("dl").first();
    await expect(headline.getByRole("definition").first()).toBeVisible();
    const text = await headline.innerText();
    const grouped = text.match(/\d{1,3}(?:,\d{3})+/g) ?? [];
    expect(grouped.length, "a national dashboard has counts in the thousands").toBeGreaterThan(0);
    for (const shown of grouped) {
      const value = Number(shown.replace(/,/g, ""));
      expect(shown).toBe(new Intl.NumberFormat(locale === "zh-CN" ? "zh-CN" : "en").format(value));
    }
    expect(ungroupedNumbers(text)).toEqual([]);
  });
}

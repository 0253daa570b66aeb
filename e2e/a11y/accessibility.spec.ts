import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import { test, expect } from "../support/fixtures";
import { A11Y_PAGES } from "../support/pages";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);
const LOCALES = ["zh-CN", "en-GB"];

/** One line per failing node: rule, impact, element and what is wrong with it. */
function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `[${v.impact}] ${v.id}: ${v.help}\n    at ${node.target.join(" ")}\n    ${(node.failureSummary ?? "").replace(/\n/g, "\n    ")}`,
      ),
    )
    .join("\n");
}

A11Y_PAGES.forEach(({ path, account, bothLocales }, i) => {
  for (const locale of bothLocales ? LOCALES : [LOCALES[i % 2]]) {
    test(`${path} as ${account} (${locale}) has no serious accessibility violations`, async ({ as, browser, baseURL }) => {
      // The map draws thousands of SVG paths; axe needs longer than the default there.
      test.setTimeout(150_000);
      const page = account === "anonymous" ? await (await browser.newContext({ baseURL, locale })).newPage() : await as(account, locale);
      const response = await page.goto(path);
      expect(response?.status(), `${path} answered`).toBeLessThan(400);
      await page.waitForLoadState("load");
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
      expect(describeViolations(blocking), `${blocking.length} serious or critical rule(s) failed`).toBe("");
      if (account === "anonymous") await page.context().close();
    });
  }
});

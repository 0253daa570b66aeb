import AxeBuilder from "@axe-core/playwright";
import type { Result } from "axe-core";
import { test, expect } from "../support/fixtures";
import { A11Y_PAGES } from "../support/pages";
import { expectNonceOnEveryScript, expectStrictHeaders, recordViolations } from "../support/csp";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);
const LOCALES = ["zh-CN", "en-GB"];
const UNSEEN_DRAWINGS = ["[data-testid^='chart-canvas-']", "svg[role='img'] > g"] as const;

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
    // One load, two checks: accessibility, and the strict nonce policy that nothing on the page breaks.
    test(`${path} as ${account} (${locale}) has no serious accessibility violations and keeps a strict nonce policy`, async ({
      as,
      browser,
      baseURL,
    }) => {
      // The map draws thousands of SVG paths; axe needs longer than the default there.
      test.setTimeout(150_000);
      const page = account === "anonymous" ? await (await browser.newContext({ baseURL, locale })).newPage() : await as(account, locale);
      const violations = recordViolations(page);
      const response = await page.goto(path);
      expect(response?.status(), `${path} answered`).toBeLessThan(400);
      const nonce = expectStrictHeaders(response, path);
      await page.waitForLoadState("load");
      // A list streams in after its loading skeleton (which can finish after "load"): scan the page, not the skeleton.
      await expect(page.locator("[aria-busy='true']")).toHaveCount(0);
      await expectNonceOnEveryScript(response, nonce, path);
      // Chart drawings are aria-hidden (each chart's table says the same) and the map's geometry is one
      // role="img" with its own name: their thousands of shapes are out of the assistive tree, so
      // axe skips walking them (the map scan took 30 s); the chart cards and the map element stay in.
      // Legacy mode runs axe once in the page: the default runs it per frame, then again in a new blank
      // page to merge the frames' results, which doubled a small page's scan; Amity's pages have no frames.
      const results = await new AxeBuilder({ page })
        .setLegacyMode(true)
        .withTags(TAGS)
        .exclude(UNSEEN_DRAWINGS[0])
        .exclude(UNSEEN_DRAWINGS[1])
        .analyze();
      const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
      expect(describeViolations(blocking), `${blocking.length} serious or critical rule(s) failed`).toBe("");
      expect(violations, "Content-Security-Policy violations").toEqual([]);
      if (account === "anonymous") await page.context().close();
    });
  }
});

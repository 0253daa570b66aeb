import { expect, type Page, type Response } from "@playwright/test";

/**
 * Issue 9, hole 6: every page carries a strict Content-Security-Policy with a fresh nonce, and the
 * app still works under it. The page scan (e2e/a11y/accessibility.spec.ts) checks both on every page
 * with the same load; e2e/security/headers.spec.ts checks what script does under the policy.
 */

/** Collects what the browser says about the policy: console messages and violation events. */
export function recordViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  // Injected by the test runner, so not itself subject to the page's policy.
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return violations;
}

/** The strict headers every page is served with; returns the page's nonce. */
export function expectStrictHeaders(response: Response | null, path: string): string {
  const headers = response?.headers() ?? {};
  const policy = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=_-]{16,})'/.exec(policy)?.[1];
  expect(nonce, `${path}: a nonce in ${policy}`).toBeTruthy();
  expect(policy, path).toContain("frame-ancestors 'none'");
  expect(policy, path).toContain("'strict-dynamic'");
  expect(policy, path).not.toContain("unsafe-eval");
  expect(policy, path).toContain("object-src 'none'");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["referrer-policy"], path).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers["permissions-policy"], path).toContain("camera=()");
  // Served over plain http here: no HSTS.
  expect(headers["strict-transport-security"], path).toBeUndefined();
  return nonce ?? "";
}

/** Next put this request's nonce on every script it rendered into the page. */
export async function expectNonceOnEveryScript(response: Response | null, nonce: string, path: string): Promise<void> {
  const scripts = (await response?.text())?.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, path).toBeGreaterThan(0);
  expect(
    scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)),
    path,
  ).toEqual([]);
}

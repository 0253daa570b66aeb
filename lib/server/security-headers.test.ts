import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isHttpsRequest, securityHeaders } from "./security-headers";

const nonce = "q83vEjRWeJC0q83vEjRWeA==";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe("contentSecurityPolicy", () => {
  it("allows scripts only by this request's nonce, and what they load", () => {
    const scripts = directives(contentSecurityPolicy({ nonce, production: true, https: false })).get("script-src");
    expect(scripts).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  });

  it("never allows eval or inline scripts in production; development may eval (React's overlays)", () => {
    const production = contentSecurityPolicy({ nonce, production: true, https: true });
    expect(production).not.toContain("unsafe-eval");
    expect(directives(production).get("script-src")).not.toContain("'unsafe-inline'");
    expect(contentSecurityPolicy({ nonce, production: false, https: false })).toContain("'unsafe-eval'");
  });

  it("cannot be framed, posts forms and fetches only to itself, and loads no plugins", () => {
    const policy = directives(contentSecurityPolicy({ nonce, production: true, https: false }));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("upgrades insecure requests only over HTTPS", () => {
    expect(contentSecurityPolicy({ nonce, production: true, https: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce, production: true, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it.each(["", "short", "abc'; script-src *", "a b c d e f g h i j k"])("refuses a nonce like %j", (bad) => {
    expect(() => contentSecurityPolicy({ nonce: bad, production: true, https: false })).toThrow();
  });
});

describe("securityHeaders", () => {
  it("sends the fixed headers on every page", () => {
    const headers = securityHeaders({ nonce, production: true, https: false });
    expect(headers["Content-Security-Policy"]).toContain(`'nonce-${nonce}'`);
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Permissions-Policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it("sends no page policy with an answer that sets its own", () => {
    const headers = securityHeaders({ nonce: null, production: true, https: false });
    expect(headers).not.toHaveProperty("Content-Security-Policy");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ nonce, production: true, https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce, production: true, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{7,}/);
  });

  it("sends no Referer from a page that carries a secret in its address", () => {
    expect(securityHeaders({ nonce, production: true, https: false, referrer: "no-referrer" })["Referrer-Policy"]).toBe("no-referrer");
  });
});

describe("createNonce", () => {
  it("is fresh each time and usable in the policy", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(() => contentSecurityPolicy({ nonce: n, production: true, https: false })).not.toThrow();
  });
});

describe("isHttpsRequest", () => {
  it.each([
    ["http://localhost:3000/", null, false],
    ["https://amity.example/", null, true],
    ["http://internal:3000/", "https", true],
    ["http://internal:3000/", "HTTPS, http", true],
    ["http://internal:3000/", "http", false],
    ["https://amity.example/", "http", false],
  ])("%s forwarded as %s → %s", (url, proto, expected) => {
    expect(isHttpsRequest(new URL(url), proto)).toBe(expected);
  });
});

import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

/** Stands in for next-auth's wrapper as it behaves: it runs the callback, then re-issues the session cookie. */
const session = vi.hoisted(() => ({ signedIn: false }));
vi.mock("@/lib/auth/auth", () => ({
  auth: (callback: (req: NextRequest & { auth: unknown }) => Response | undefined) => async (req: NextRequest) => {
    const res = callback(Object.assign(req, { auth: session.signedIn ? { uid: 1 } : null })) ?? new Response(null);
    const out = new Response(res.body, res);
    out.headers.append("set-cookie", "authjs.session-token=renewed; Path=/; HttpOnly");
    return out;
  },
}));

const { default: proxy } = await import("../proxy");

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(new URL(path, "http://localhost:3000"), {
    method: init.method ?? "GET",
    headers: { host: "localhost:3000", ...init.headers },
  });
}

const run = (req: NextRequest) => proxy(req, { params: Promise.resolve({}) });

/** The request headers the proxy hands on to the page (Next's override protocol). */
function forwardedHeader(res: Response, name: string): string | null {
  return res.headers.get(`x-middleware-request-${name.toLowerCase()}`);
}

beforeEach(() => {
  session.signedIn = false;
});

describe("proxy: security headers", () => {
  it.each(["/sign-in", "/partner/abc", "/", "/partnerships", "/map"])("%s gets a fresh nonce policy, also handed to Next", async (path) => {
    session.signedIn = true;
    const res = await run(request(path));
    const policy = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(forwardedHeader(res, "content-security-policy")).toBe(policy);
    expect(forwardedHeader(res, "x-nonce")).toBe(nonce);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("strict-transport-security")).toBeNull();
    const again = await run(request(path));
    expect(again.headers.get("content-security-policy")).not.toBe(policy);
  });

  it("sends HSTS when the browser came over HTTPS", async () => {
    const res = await run(request("/sign-in", { headers: { "x-forwarded-proto": "https" } }));
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=/);
  });

  it("sends no Referer from the partner form, whose address holds its token", async () => {
    expect((await run(request("/partner/abc"))).headers.get("referrer-policy")).toBe("no-referrer");
    expect((await run(request("/sign-in"))).headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("leaves the policy of /api answers (a sandboxed attachment) to them", async () => {
    session.signedIn = true;
    const res = await run(request("/api/attachments/1"));
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("also covers the redirect of an anonymous visitor", async () => {
    const res = await run(request("/partnerships?q=x"));
    expect(res.status).toBe(307);
    expect(new URL(res.headers.get("location") ?? "").searchParams.get("callbackUrl")).toBe("/partnerships?q=x");
    expect(res.headers.get("content-security-policy")).toContain("'nonce-");
  });
});

describe("proxy: who is sent to sign-in", () => {
  it.each(["/sign-in", "/sign-in?callbackUrl=/map", "/partner/abc", "/api/auth/session", "/feeds/calendar/abc.ics"])(
    "lets anyone open %s",
    async (path) => {
      const res = await run(request(path));
      expect(res.status).toBe(200);
      expect(res.headers.get("x-middleware-next")).toBe("1");
    },
  );

  it("never writes the session cookie (a request in flight cannot undo a sign-out)", async () => {
    session.signedIn = true;
    const res = await run(request("/partnerships"));
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token"))).toBe(false);
  });
});

describe("proxy: cross-site posts", () => {
  const action = { "next-action": "abc123", "content-type": "text/plain;charset=UTF-8" };

  it("answers a server action from another site with a clear 403", async () => {
    const res = await run(request("/partnerships/1", { method: "POST", headers: { ...action, origin: "https://evil.test" } }));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "forbidden origin" });
  });

  it("refuses a form posted from another site before the page's script ran", async () => {
    const res = await run(
      request("/partnerships/new", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x", origin: "https://evil.test" },
      }),
    );
    expect(res.status).toBe(403);
  });

  it("refuses a post through a proxy whose forwarded host is not the origin", async () => {
    const headers = { ...action, origin: "http://localhost:3000", "x-forwarded-host": "amity.example" };
    expect((await run(request("/", { method: "POST", headers }))).status).toBe(403);
  });

  it("lets a same-site action through untouched, signed in or not (the action checks itself)", async () => {
    const res = await run(request("/partnerships/1", { method: "POST", headers: { ...action, origin: "http://localhost:3000" } }));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("leaves a post without Origin to Next's own rule", async () => {
    expect((await run(request("/", { method: "POST", headers: action }))).status).toBe(200);
  });

  it("leaves /api posts to their route handlers' own check", async () => {
    session.signedIn = true;
    const res = await run(request("/api/attachments", { method: "POST", headers: { origin: "https://evil.test" } }));
    expect(res.status).toBe(200);
  });
});

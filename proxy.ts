import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { isSameOrigin } from "@/lib/server/same-origin";
import { createNonce, isHttpsRequest, securityHeaders } from "@/lib/server/security-headers";
import { PATH_HEADER } from "@/lib/i18n/path-header";

/**
 * Three jobs, none of them authorisation (every page, action and route handler checks the viewer
 * itself): refuse a cross-site post, put the security headers on every answer, and send anonymous
 * visitors to sign-in.
 */
export default async function proxy(req: NextRequest, event: Parameters<ReturnType<typeof signedInOnly>>[1]) {
  const path = req.nextUrl.pathname;
  if (isCrossSitePost(req, path)) return forbiddenOrigin();
  const headers = securityHeaders({
    // Route handlers under /api answer JSON and files with a policy of their own (an attachment is
    // sandboxed); the proxy's headers would replace theirs, since Next keeps the first one set.
    nonce: path.startsWith("/api/") ? null : createNonce(),
    production: process.env.NODE_ENV === "production",
    https: isHttpsRequest(req.nextUrl, req.headers.get("x-forwarded-proto")),
    referrer: path.startsWith("/partner/") || path.startsWith("/feeds/") ? "no-referrer" : undefined,
  });
  const forwarded = withNonce(req.headers, headers);
  forwarded.set(PATH_HEADER, path); // the root layout's <html lang> on a partner page (db/loaders/document-language.ts)
  const forward = NextResponse.next({ request: { headers: forwarded } });
  const res = isServerAction(req) || isPublic(path) ? forward : await signedInOnly(forward)(req, event);
  return finish(res ?? forward, headers);
}

/** Pages anyone may open; the rest send an anonymous visitor to sign-in. A calendar feed's token is its credential. */
function isPublic(path: string): boolean {
  return /^\/(sign-in|partner\/|api\/auth|feeds\/calendar\/)/.test(path);
}

/**
 * Server actions are left alone: they authenticate themselves (defineAction),
 * and the auth wrapper would re-issue the session cookie on their response,
 * which undoes the cookie deletion of signing out (nextauthjs/next-auth#12909).
 */
function isServerAction(req: NextRequest): boolean {
  return req.method === "POST" && req.headers.has("next-action");
}

/**
 * A page only takes a post as a server action (called by script, or as a form before the page's
 * script has loaded). From another site, Next's own check throws and answers 500; this answers a
 * clear 403 first. Without an Origin header (not a browser, so no forged cross-site post) Next's
 * rule stands. Route handlers under /api check the origin themselves (defineRoute).
 */
function isCrossSitePost(req: NextRequest, path: string): boolean {
  if (req.method === "GET" || req.method === "HEAD" || path.startsWith("/api/")) return false;
  const origin = req.headers.get("origin");
  if (origin === null) return false;
  return !isSameOrigin(origin, req.headers.get("host"), req.headers.get("x-forwarded-host"));
}

function forbiddenOrigin(): Response {
  return Response.json(
    { error: "forbidden origin" },
    { status: 403, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } },
  );
}

/** Next reads the nonce back from the request's policy and puts it on its own scripts. */
function withNonce(requestHeaders: Headers, security: Record<string, string>): Headers {
  const headers = new Headers(requestHeaders);
  const policy = security["Content-Security-Policy"];
  if (policy) {
    headers.set("Content-Security-Policy", policy);
    headers.set("x-nonce", /'nonce-([^']+)'/.exec(policy)?.[1] ?? "");
  }
  return headers;
}

function signedInOnly(forward: Response) {
  return auth((req) => {
    if (req.auth) return forward;
    const url = new URL("/sign-in", req.nextUrl.origin);
    const back = req.nextUrl.pathname + req.nextUrl.search;
    if (back !== "/") url.searchParams.set("callbackUrl", back);
    return NextResponse.redirect(url);
  });
}

/**
 * Sets the security headers, and drops the session cookie. The auth wrapper re-issues that cookie on
 * every request (a sliding expiry). A request in flight while the user signs out (a link prefetch,
 * say) would then write the cookie back after the sign-out deleted it, and the user would stay
 * signed in. So the proxy never writes that cookie: a session lasts a fixed 12 hours from sign-in
 * (lib/auth/auth.ts), and only sign-in and sign-out set it.
 */
function finish(res: Response, security: Record<string, string>): Response {
  const headers = new Headers(res.headers);
  headers.delete("set-cookie");
  for (const cookie of res.headers.getSetCookie()) if (!isSessionCookie(cookie)) headers.append("set-cookie", cookie);
  for (const [name, value] of Object.entries(security)) headers.set(name, value);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

function isSessionCookie(setCookie: string): boolean {
  const name = setCookie.slice(0, setCookie.indexOf("="));
  return /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name);
}

export const config = {
  // Every page, including sign-in and the partner form, needs the security headers; only Next's
  // build output (hashed, immutable files) skips the proxy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

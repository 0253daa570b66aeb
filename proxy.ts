import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";

/**
 * Only sends anonymous visitors to sign-in. Authorisation is not done here:
 * every page, action and route handler checks the viewer itself.
 */
const redirectAnonymous = auth((req) => {
  if (req.auth) return;
  const url = new URL("/sign-in", req.nextUrl.origin);
  const back = req.nextUrl.pathname + req.nextUrl.search;
  if (back !== "/") url.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(url);
});

/**
 * Server actions are left alone: they authenticate themselves (defineAction),
 * and the auth wrapper would re-issue the session cookie on their response,
 * which undoes the cookie deletion of signing out (nextauthjs/next-auth#12909).
 */
export default async function proxy(req: NextRequest, event: Parameters<typeof redirectAnonymous>[1]) {
  if (req.method === "POST" && req.headers.has("next-action")) return NextResponse.next();
  const res = await redirectAnonymous(req, event);
  return res ? withoutSessionCookie(res) : res;
}

/**
 * The auth wrapper also re-issues the session cookie on every request (a sliding expiry). A request
 * in flight while the user signs out (a link prefetch, say) would then write the cookie back after
 * the sign-out deleted it, and the user would stay signed in. So the proxy never writes that cookie:
 * a session lasts a fixed 12 hours from sign-in (lib/auth/auth.ts), and only sign-in and sign-out set it.
 */
function withoutSessionCookie(res: Response): Response {
  const cookies = res.headers.getSetCookie();
  if (!cookies.some(isSessionCookie)) return res;
  const headers = new Headers(res.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies) if (!isSessionCookie(cookie)) headers.append("set-cookie", cookie);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

function isSessionCookie(setCookie: string): boolean {
  const name = setCookie.slice(0, setCookie.indexOf("="));
  return /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name);
}

export const config = {
  matcher: ["/((?!sign-in|partner/|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

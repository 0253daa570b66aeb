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
export default function proxy(req: NextRequest, event: Parameters<typeof redirectAnonymous>[1]) {
  if (req.method === "POST" && req.headers.has("next-action")) return NextResponse.next();
  return redirectAnonymous(req, event);
}

export const config = {
  matcher: ["/((?!sign-in|partner/|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

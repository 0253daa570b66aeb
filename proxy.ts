import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/auth";

/**
 * Only sends anonymous visitors to sign-in. Authorisation is not done here:
 * every page, action and route handler checks the viewer itself.
 */
export default auth((req) => {
  if (req.auth) return;
  const url = new URL("/sign-in", req.nextUrl.origin);
  const back = req.nextUrl.pathname + req.nextUrl.search;
  if (back !== "/") url.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(url);
});

export const config = {
  matcher: ["/((?!sign-in|partner/|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

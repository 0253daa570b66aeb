const BASE = "http://amity.invalid";
const MAX_LENGTH = 2000;

/**
 * C0 and C1 control characters and the backslash. A browser drops tab and newlines from a URL, so
 * "/\t/evil.test" becomes "//evil.test", another site; it reads a backslash as a slash the same way.
 */
function hasUnsafeCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x5c) return true;
  }
  return false;
}

/** A stray "%" or an escape that is not UTF-8 ("%FF") makes the server's own decoding fail. */
function isWellEncoded(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A same-site path to return to after sign-in; anything else becomes the dashboard. The candidate is
 * parsed as a browser would (URL against a placeholder origin) and kept only if it stays on that
 * origin; the answer is the parsed, percent-encoded form, so non-ASCII never reaches a Location
 * header raw. Never throws.
 */
export function safeRedirectPath(candidate: string | null | undefined): string {
  if (typeof candidate !== "string" || candidate.length > MAX_LENGTH) return "/";
  if (!candidate.startsWith("/") || candidate.startsWith("//") || hasUnsafeCharacter(candidate)) return "/";
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Percent-encoding can still spell a second slash or a backslash that a later decoding would honour.
  if (path.startsWith("//") || /^\/%(2f|5c)/i.test(path)) return "/";
  if (path.startsWith("/sign-in") || path === "/api" || path.startsWith("/api/")) return "/";
  return isWellEncoded(path) ? path : "/";
}

/**
 * Whether a request's `Origin` names this very site, compared as Next compares it for server
 * actions: the origin's host (with port) against `X-Forwarded-Host` when a proxy set one, else
 * `Host`. Pure, so the proxy (server actions) and route handlers share one rule.
 *
 * Fails closed: a missing, `null` (sandboxed or privacy-stripped) or unparsable Origin, or a
 * missing Host, is not the same origin. Callers that want to let Origin-less requests through
 * (as Next does for server actions, for clients that send none) decide that themselves.
 */
export function isSameOrigin(
  originHeader: string | null | undefined,
  hostHeader: string | null | undefined,
  forwardedHost?: string | null,
): boolean {
  const origin = parseOrigin(originHeader);
  if (!origin) return false;
  // A chain of proxies lists hosts left to right; the first is the one the browser addressed.
  const claimed = forwardedHost?.split(",")[0]?.trim() || hostHeader?.trim();
  if (!claimed) return false;
  const host = parseHost(claimed, origin.protocol);
  return host !== null && host === origin.host;
}

function parseOrigin(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url;
  } catch {
    return null;
  }
}

/**
 * Reads a Host header with the origin's scheme, so `example.org:443` equals `https://example.org`
 * (URL drops the default port) and letter case does not matter. Anything beyond a host and port
 * (a path, credentials) is not a Host header and matches nothing.
 */
function parseHost(value: string, protocol: string): string | null {
  if (/[/\\@?#\s]/.test(value)) return null;
  try {
    return new URL(`${protocol}//${value}`).host;
  } catch {
    return null;
  }
}

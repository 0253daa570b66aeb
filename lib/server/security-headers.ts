/**
 * The security headers of every page (issue 9, hole 6), built by one pure function so the proxy
 * only decides the request's facts (nonce, production, HTTPS) and a unit test can read the result.
 */
export type SecurityContext = {
  /**
   * Fresh for every request (createNonce): Next reads it back from the CSP request header. Null for
   * answers that set a policy of their own (file downloads): no page policy is sent with them.
   */
  nonce: string | null;
  /** React's development build needs eval for its error overlays; the production build does not. */
  production: boolean;
  /** Whether the browser reached us over HTTPS (directly or through a TLS-terminating proxy). */
  https: boolean;
  /** Pages that carry a secret in their address (partner links) send no Referer at all. */
  referrer?: "no-referrer" | "strict-origin-when-cross-origin";
};

/**
 * Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic'; 'self'
 * is the fallback for browsers without it). Styles allow inline attributes: React renders the
 * chart, map and progress-bar geometry as `style="…"`, which a nonce cannot cover (and a nonce in
 * style-src would switch 'unsafe-inline' off). Inline styles cannot run code.
 */
export function contentSecurityPolicy({ nonce, production, https }: SecurityContext & { nonce: string }): string {
  // The form Next itself reads back from the request's policy (get-script-nonce-from-header).
  if (!/^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce)) throw new Error("a CSP nonce must be long random base64");
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over HTTPS: on plain http (a local run) it would send the page's own requests to https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(context: SecurityContext): Record<string, string> {
  const { nonce } = context;
  return {
    ...(nonce === null ? {} : { "Content-Security-Policy": contentSecurityPolicy({ ...context, nonce }) }),
    "Referrer-Policy": context.referrer ?? "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    // Older browsers ignore frame-ancestors.
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    // Sent over plain http it would be ignored at best, and pin a local run to https at worst. No
    // includeSubDomains: an office may still serve other hosts under its domain over plain http.
    ...(context.https ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  };
}

/** 128 random bits, base64: unguessable, and only characters Next accepts in a nonce. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** HTTPS as the browser saw it: a proxy that ends TLS says so in X-Forwarded-Proto (first hop first). */
export function isHttpsRequest(url: URL, forwardedProto: string | null): boolean {
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return proto ? proto === "https" : url.protocol === "https:";
}

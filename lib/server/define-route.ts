import "server-only";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import type { Db } from "@/db/connection";
import { getViewer, type SessionViewer } from "@/lib/auth/session";
import { hasCapability, type Capability } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";
import type { RootTranslator } from "@/lib/i18n/translate-message";
import { consumeLimit } from "./rate-limit";
import { isSameOrigin } from "./same-origin";

type Params = Record<string, string | string[] | undefined>;

export type RouteContext = {
  viewer: SessionViewer;
  db: Db;
  req: Request;
  params: Params;
  t: RootTranslator;
  /** A refusal in the route's format, its message a translation key from the root. */
  refuse: (status: number, key: string, values?: Record<string, string | number>) => Response;
};

export type RouteHandler = (req: Request, ctx?: { params: Promise<Params> }) => Promise<Response>;

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The status an expected error answers with; its message comes from errors.<code>. */
const STATUS_OF: Record<string, number> = {
  signedOut: 401,
  forbidden: 403,
  foreignOrigin: 403,
  notFound: 404,
  stale: 409,
  exportRateLimited: 429,
};

/**
 * The one way to write a route handler, as defineAction is for server actions:
 * a write from another site is refused, then the viewer is authenticated, the
 * role's capability checked and (for exports) the rate limit applied before the
 * handler runs. The handler checks the record's scope and answers a Response;
 * an AppError it throws becomes a translated 4xx, anything else a logged 500
 * that says nothing of its cause.
 */
export function defineRoute(opts: {
  capability: Capability;
  rateLimit?: "export";
  /** Refuse a request whose Origin is another site; on by default for POST, PUT, PATCH and DELETE. */
  sameOrigin?: boolean;
  /** How refusals are written: plain text (downloads, the default) or `{ ok: false, error }` JSON (fetch callers). */
  errorFormat?: "text" | "json";
  /**
   * Who asks, for a route whose URL is its own credential (a calendar feed's token) instead of the
   * session: the user it opens, or null, answered 404 like a record that does not exist.
   */
  viewerFrom?: (ctx: { db: Db; params: Params }) => SessionViewer | null;
  handler: (ctx: RouteContext) => Promise<Response> | Response;
}): RouteHandler {
  return async (req, ctx) => {
    const t = (await getTranslations()) as unknown as RootTranslator;
    const refuse: RouteContext["refuse"] = (status, key, values) =>
      respond(opts.errorFormat ?? "text", status, t.has(key) ? t(key, values) : t("errors.unexpected"));
    const checkOrigin = opts.sameOrigin ?? WRITE_METHODS.has(req.method.toUpperCase());
    if (checkOrigin && isForeign(req)) return refuse(403, "errors.foreignOrigin");
    try {
      const params = ((await ctx?.params) ?? {}) as Params;
      const viewer = opts.viewerFrom ? opts.viewerFrom({ db: getDb(), params }) : await getViewer();
      if (!viewer) return opts.viewerFrom ? refuse(404, "errors.notFound") : refuse(401, "errors.signedOut");
      if (!hasCapability(viewer, opts.capability)) return refuse(403, "errors.forbidden");
      if (viewer.mustChangePassword) return refuse(403, "errors.passwordChangeRequired");
      if (opts.rateLimit) {
        const limit = await consumeLimit(opts.rateLimit, String(viewer.id));
        if (!limit.ok) {
          const response = refuse(429, "errors.exportRateLimited", { seconds: limit.retryAfterSeconds });
          response.headers.set("Retry-After", String(limit.retryAfterSeconds));
          return response;
        }
      }
      return await opts.handler({ viewer, db: getDb(), req, params, t, refuse });
    } catch (error) {
      if (error instanceof AppError) return refuse(STATUS_OF[error.code] ?? 400, `errors.${error.code}`, error.params);
      console.error("[route]", req.method, safePath(req.url), error);
      return refuse(500, "errors.unexpected");
    }
  };
}

/**
 * A browser names the page's site in `Origin` on every cross-site write; one that
 * names another site is a forged request. A request without Origin comes from a
 * client that is not a browser page (it holds no one else's cookies), as Next
 * treats server actions.
 */
function isForeign(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (origin === null) return req.headers.get("sec-fetch-site") === "cross-site";
  return !isSameOrigin(origin, req.headers.get("host"), req.headers.get("x-forwarded-host"));
}

function respond(format: "text" | "json", status: number, message: string): Response {
  const headers = { "Cache-Control": "no-store" };
  if (format === "json") return Response.json({ ok: false, error: message }, { status, headers });
  return new Response(message, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

/** The path alone for the log: query strings may carry search terms. */
function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "?";
  }
}

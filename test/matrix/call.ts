import type { Viewer } from "@/lib/auth/viewer";
import { judgeAction, judgeResponse, type Refusal, type Row } from "./judge";
import type { Scope, World } from "./world";

type Arrange<T> = (w: World, scope: Scope, viewer: Viewer | null) => T;

/** Calls an action with the input the case arranged, and judges its result. */
export const act =
  (arrange: Arrange<unknown>, extraRefusals?: Refusal): Row["run"] =>
  async (call, w, scope, viewer) =>
    judgeAction(await call(arrange(w, scope, viewer)), { extraRefusals });

/** Calls a search action; "hidden" when the arranged record is not among the options it answers. */
export const search =
  (arrange: Arrange<{ input: unknown; id: number }>): Row["run"] =>
  async (call, w, scope, viewer) => {
    const { input, id } = arrange(w, scope, viewer);
    return judgeAction(await call(input), { sees: (data) => (data as { id: number }[]).some((o) => o.id === id) });
  };

/** Calls a route handler with the request (and URL params) the case arranged. */
export const request =
  (arrange: Arrange<{ req: Request; params?: Record<string, string> }>): Row["run"] =>
  async (call, w, scope, viewer) => {
    const { req, params = {} } = arrange(w, scope, viewer);
    return judgeResponse((await call(req, { params: Promise.resolve(params) })) as Response);
  };

export const ORIGIN = "http://amity.test";

/** A request as the browser sends it from the site itself. */
export function siteRequest(pathAndQuery: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  headers.set("host", "amity.test");
  if (init.method && init.method !== "GET") headers.set("origin", headers.get("origin") ?? ORIGIN);
  return new Request(`${ORIGIN}${pathAndQuery}`, { ...init, headers });
}

/** A record's current version, for forms sent at the version the page showed. */
export function versionOf(w: World, table: string, id: number): number {
  return w.db.$client.prepare(`select version from "${table}" where id = ?`).pluck().get(id) as number;
}

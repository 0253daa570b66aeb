import { loadImport, type ImportRow } from "@/db/imports/drafts";
import type { RouteContext } from "@/lib/server/define-route";
import { importIdSchema } from "@/lib/validation/import";

const MAX_JSON = 512 * 1024;

/** A request's JSON body, or null when it is not JSON or too large (the schema then refuses it). */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (text.length > MAX_JSON) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A route on one of the viewer's draft imports: the id from the path parsed and the draft loaded (or refused) first. */
export function onDraft(handler: (ctx: RouteContext & { id: number; draft: ImportRow }) => Promise<Response>) {
  return async (ctx: RouteContext): Promise<Response> => {
    const id = importIdSchema.safeParse(ctx.params.id);
    if (!id.success) return ctx.refuse(404, "errors.notFound");
    return handler({ ...ctx, id: id.data, draft: loadImport(ctx.db, ctx.viewer, id.data, { draft: true }) });
  };
}

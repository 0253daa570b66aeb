import { loadImport, saveDraftSettings } from "@/db/imports/drafts";
import { previewImport } from "@/db/imports/run";
import { defineRoute } from "@/lib/server/define-route";
import { progressResponse } from "@/lib/server/progress-stream";
import { importSettingsSchema } from "@/lib/validation/import";
import { importIdSchema, readJson } from "../../request";

export const runtime = "nodejs";

/**
 * Saves how the viewer's draft is read and mapped, then checks every row without writing anything,
 * streaming progress (NDJSON) and ending with the counts. The preview itself is kept on the draft.
 */
export const POST = defineRoute({
  capability: "records.edit",
  errorFormat: "json",
  handler: async ({ viewer, db, req, params, refuse, t }) => {
    const id = importIdSchema.safeParse(params.id);
    if (!id.success) return refuse(404, "errors.notFound");
    const draft = loadImport(db, viewer, id.data, { draft: true });
    const input = importSettingsSchema(draft.kind).safeParse(await readJson(req));
    if (!input.success) return refuse(400, "errors.invalidInput");
    const { version, ...settings } = input.data;
    saveDraftSettings(db, viewer, id.data, version, settings as Parameters<typeof saveDraftSettings>[4]);
    return progressResponse(t, async (report) => {
      const preview = await previewImport(db, viewer, id.data, report);
      return preview.counts;
    });
  },
});

import { saveDraftSettings } from "@/db/imports/drafts";
import { previewImport } from "@/db/imports/run";
import { progressResponse } from "@/lib/server/progress-stream";
import { importSettingsSchema } from "@/lib/validation/import";
import { defineRoute } from "@/lib/server/define-route";
import { onDraft, readJson } from "../../request";

export const runtime = "nodejs";

/**
 * Saves how the viewer's draft is read and mapped, then checks every row without writing anything,
 * streaming progress (NDJSON) and ending with the counts. The preview itself is kept on the draft.
 */
export const POST = defineRoute({
  capability: "records.edit",
  errorFormat: "json",
  handler: onDraft(async ({ viewer, db, req, refuse, t, id, draft }) => {
    const input = importSettingsSchema(draft.kind).safeParse(await readJson(req));
    if (!input.success) return refuse(400, "errors.invalidInput");
    const { version, ...settings } = input.data;
    saveDraftSettings(db, viewer, id, version, settings as Parameters<typeof saveDraftSettings>[4]);
    return progressResponse(t, async (report) => (await previewImport(db, viewer, id, report)).counts);
  }),
});

import { getTranslations } from "next-intl/server";
import { loadImport } from "@/db/imports/drafts";
import { commitImport } from "@/db/imports/run";
import { defineRoute } from "@/lib/server/define-route";
import { progressResponse } from "@/lib/server/progress-stream";
import { commitImportSchema } from "@/lib/validation/import";
import { importIdSchema, readJson } from "../../request";

export const runtime = "nodejs";

/** Writes the viewer's previewed draft in one transaction, streaming progress (NDJSON); ends with the counts. */
export const POST = defineRoute({
  capability: "records.edit",
  errorFormat: "json",
  handler: async ({ viewer, db, req, params, refuse, t }) => {
    const id = importIdSchema.safeParse(params.id);
    if (!id.success) return refuse(404, "errors.notFound");
    loadImport(db, viewer, id.data, { draft: true });
    const input = commitImportSchema.safeParse(await readJson(req));
    if (!input.success) return refuse(400, "errors.invalidInput");
    const ti = await getTranslations("imports");
    return progressResponse(t, async (report) => {
      const result = await commitImport(db, viewer, id.data, { ...input.data, campaignTitle: (year) => ti("campaignTitle", { year: String(year) }) }, report);
      return result.counts;
    });
  },
});

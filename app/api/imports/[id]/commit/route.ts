import { getTranslations } from "next-intl/server";
import { commitImport } from "@/db/imports/run";
import { progressResponse } from "@/lib/server/progress-stream";
import { commitImportSchema } from "@/lib/validation/import";
import { defineRoute } from "@/lib/server/define-route";
import { onDraft, readJson } from "../../request";

export const runtime = "nodejs";

/** Writes the viewer's previewed draft in one transaction, streaming progress (NDJSON); ends with the counts. */
export const POST = defineRoute({
  capability: "records.edit",
  errorFormat: "json",
  handler: onDraft(async ({ viewer, db, req, refuse, t, id }) => {
    const input = commitImportSchema.safeParse(await readJson(req));
    if (!input.success) return refuse(400, "errors.invalidInput");
    const ti = await getTranslations("imports");
    const campaignTitle = (year: number) => ti("campaignTitle", { year: String(year) });
    return progressResponse(t, async (report) => (await commitImport(db, viewer, id, { ...input.data, campaignTitle }, report)).counts);
  }),
});

import { getTranslations } from "next-intl/server";
import { IMPORT_FIELDS } from "@/lib/import/fields";
import { buildTemplate } from "@/lib/import/template";
import { defineRoute } from "@/lib/server/define-route";
import { templateSchema } from "@/lib/validation/import";

export const runtime = "nodejs";

/** A blank file of a kind, with its headers in the interface language, which the import maps back without help. */
export const GET = defineRoute({
  capability: "records.edit",
  handler: async ({ req, refuse }) => {
    const url = new URL(req.url);
    const input = templateSchema.safeParse({ kind: url.searchParams.get("kind"), format: url.searchParams.get("format") });
    if (!input.success) return refuse(400, "errors.invalidInput");
    const t = await getTranslations("imports");
    const headers = IMPORT_FIELDS[input.data.kind].map((f) => t(`fields.${f.key}`));
    const body = await buildTemplate(input.data.format, headers);
    const name = `amity-${input.data.kind}-template.${input.data.format}`;
    const type =
      input.data.format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
    });
  },
});

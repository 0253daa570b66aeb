import { createDraft } from "@/db/imports/drafts";
import { initialMapping } from "@/db/imports/initial-mapping";
import { ImportFileError, IMPORT_LIMITS } from "@/lib/import/read/errors";
import { readTable } from "@/lib/import/read/read-table";
import { defineRoute } from "@/lib/server/define-route";
import { importKindSchema } from "@/lib/validation/import";
import { tableInfoOf } from "@/lib/import/table-info";

export const runtime = "nodejs";

const MULTIPART_SLACK = 64 * 1024;

/**
 * Uploads a spreadsheet as a draft import: from this site, by someone who may edit records, at most
 * 20 MB, readable as CSV, XLSX or XLS. The file is read once here to detect its encoding, separator
 * or sheet and guess the mapping; nothing is written to the registry. Answers `{ ok, id }` JSON.
 */
export const POST = defineRoute({
  capability: "records.edit",
  errorFormat: "json",
  handler: async ({ viewer, db, req, refuse }) => {
    if (Number(req.headers.get("content-length") ?? "0") - MULTIPART_SLACK > IMPORT_LIMITS.fileBytes)
      return refuse(413, "errors.importFile.tooLarge");
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      return refuse(400, "errors.importFile.unreadable");
    }
    const kind = importKindSchema.safeParse(form.get("kind"));
    const file = form.get("file");
    if (!kind.success) return refuse(400, "errors.invalidInput");
    if (!(file instanceof File) || file.size === 0) return refuse(400, "errors.importFile.empty");
    if (file.size > IMPORT_LIMITS.fileBytes) return refuse(413, "errors.importFile.tooLarge");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = file.name.replace(/[\u0000-\u001f\u007f/\\]/g, "").slice(-200) || "import";
    try {
      const table = await readTable({ name: fileName, bytes }, {});
      const options = {
        encoding: table.encoding ?? undefined,
        delimiter: table.delimiter ?? undefined,
        sheet: table.sheet ?? undefined,
        headerRow: table.headerRow,
      };
      const mapping = initialMapping(db, viewer.id, kind.data, table.headers);
      const id = createDraft(db, viewer, { kind: kind.data, fileName, bytes, options, mapping, tableInfo: tableInfoOf(table) });
      return Response.json({ ok: true, id });
    } catch (error) {
      if (error instanceof ImportFileError) return refuse(400, `errors.importFile.${error.code}`);
      throw error;
    }
  },
});

import { contactExportQuery, contactExportSelection } from "@/db/queries/exports/contacts";
import { contactColumns } from "@/lib/exports/columns/contacts";
import { listExport } from "@/lib/exports/list-export";
import { decideListScope } from "@/lib/domain/list-scope";
import { defineRoute } from "@/lib/server/define-route";
import { contactListSchema } from "@/lib/validation/contact-list";

export const dynamic = "force-dynamic";

/** /contacts/export?<the directory's params>&format=csv|xlsx: the rows the directory shows, over all its pages. */
export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: (ctx) =>
    listExport({
      schema: contactListSchema,
      // The same scope as the directory, so that the file matches the list.
      query: (db, params) => contactExportQuery(db, { ...params, within: decideListScope(ctx.viewer, params, undefined).within }),
      selection: contactExportSelection,
      columns: contactColumns,
      fileKey: "contacts",
    })(ctx),
});

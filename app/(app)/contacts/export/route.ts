import { contactExportQuery, contactExportSelection } from "@/db/queries/exports/contacts";
import { contactColumns } from "@/lib/exports/columns/contacts";
import { listExport } from "@/lib/server/list-export";
import { decideListScope } from "@/lib/domain/list-scope";
import { defineRoute } from "@/lib/server/define-route";
import { rememberedScope } from "@/lib/server/list-scope";
import { contactListSchema } from "@/lib/validation/contact-list";

export const dynamic = "force-dynamic";

/** /contacts/export?<the directory's params>&format=csv|xlsx: the rows the directory shows, over all its pages. */
export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  // The same scope as the directory (the URL's, else the remembered choice, else the role's default), so that the file matches the list.
  handler: async (ctx) => {
    const remembered = await rememberedScope("contacts");
    return listExport({
      schema: contactListSchema,
      query: (db, params) =>
        contactExportQuery(db, { ...params, within: decideListScope(ctx.viewer, params, remembered).within, reader: ctx.viewer }),
      // Personal details of the viewer's own office's contacts only, as the directory shows them (issue 13).
      selection: contactExportSelection(ctx.viewer),
      columns: contactColumns,
      fileKey: "contacts",
    })(ctx);
  },
});

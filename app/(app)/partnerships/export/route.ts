import { partnershipExportQuery, partnershipExportSelection } from "@/db/queries/exports/partnerships";
import { partnershipColumns } from "@/lib/exports/columns/registry";
import { listExport } from "@/lib/server/list-export";
import { decideListScope } from "@/lib/domain/list-scope";
import { defineRoute } from "@/lib/server/define-route";
import { rememberedScope } from "@/lib/server/list-scope";
import { partnershipListSchema } from "@/lib/validation/partnership-list";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  // The same scope as the list ("my city / whole country"): the URL's, else the remembered choice, else the role's default.
  handler: async (ctx) => {
    const remembered = await rememberedScope("partnerships");
    return listExport({
      schema: partnershipListSchema,
      query: (db, params, list) =>
        partnershipExportQuery(db, { ...params, within: decideListScope(ctx.viewer, params, remembered).within }, list),
      selection: partnershipExportSelection,
      columns: partnershipColumns,
      fileKey: "partnerships",
    })(ctx);
  },
});

import { delegationExportQuery, delegationExportSelection } from "@/db/queries/exports/delegations";
import { delegationColumns } from "@/lib/exports/columns/exchanges";
import { listExport } from "@/lib/server/list-export";
import { decideListScope } from "@/lib/domain/list-scope";
import { defineRoute } from "@/lib/server/define-route";
import { rememberedScope } from "@/lib/server/list-scope";
import { delegationListSchema } from "@/lib/validation/delegation-list";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  // The same scope as the list ("my city / whole country"): the URL's, else the remembered choice, else the role's default.
  handler: async (ctx) => {
    const remembered = await rememberedScope("delegations");
    return listExport({
      schema: delegationListSchema,
      query: (db, params) => delegationExportQuery(db, { ...params, within: decideListScope(ctx.viewer, params, remembered).within }),
      selection: delegationExportSelection,
      columns: delegationColumns,
      fileKey: "delegations",
    })(ctx);
  },
});

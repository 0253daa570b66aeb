import { activityExportQuery, activityExportSelection } from "@/db/queries/exports/activities";
import { activityColumns } from "@/lib/exports/columns/exchanges";
import { listExport } from "@/lib/server/list-export";
import { decideListScope } from "@/lib/domain/list-scope";
import { defineRoute } from "@/lib/server/define-route";
import { rememberedScope } from "@/lib/server/list-scope";
import { activityListSchema } from "@/lib/validation/activity-list";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  // The same scope as the list ("my city / whole country"): the URL's, else the remembered choice, else the role's default.
  handler: async (ctx) => {
    const remembered = await rememberedScope("activities");
    return listExport({
      schema: activityListSchema,
      query: (db, params) => activityExportQuery(db, { ...params, within: decideListScope(ctx.viewer, params, remembered).within }),
      selection: activityExportSelection,
      columns: activityColumns,
      fileKey: "activities",
    })(ctx);
  },
});

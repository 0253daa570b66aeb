import { activityExportQuery, activityExportSelection } from "@/db/queries/exports/activities";
import { activityColumns } from "@/lib/exports/columns/exchanges";
import { listExport } from "@/lib/exports/list-export";
import { defineRoute } from "@/lib/server/define-route";
import { activityListSchema } from "@/lib/validation/activity-list";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: listExport({
    schema: activityListSchema,
    query: activityExportQuery,
    selection: activityExportSelection,
    columns: activityColumns,
    fileKey: "activities",
  }),
});

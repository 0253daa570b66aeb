import { activityExportQuery, activityExportSelection } from "@/db/queries/exports/activities";
import { activityColumns } from "@/lib/exports/columns/exchanges";
import { listExportHandler } from "@/lib/exports/list-export";
import { activityListSchema } from "@/lib/validation/activity-list";

export const dynamic = "force-dynamic";

export const GET = listExportHandler({
  schema: activityListSchema,
  query: activityExportQuery,
  selection: activityExportSelection,
  columns: activityColumns,
  fileKey: "activities",
});

import { delegationExportQuery, delegationExportSelection } from "@/db/queries/exports/delegations";
import { delegationColumns } from "@/lib/exports/columns/exchanges";
import { listExport } from "@/lib/exports/list-export";
import { defineRoute } from "@/lib/server/define-route";
import { delegationListSchema } from "@/lib/validation/delegation-list";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: listExport({
    schema: delegationListSchema,
    query: delegationExportQuery,
    selection: delegationExportSelection,
    columns: delegationColumns,
    fileKey: "delegations",
  }),
});

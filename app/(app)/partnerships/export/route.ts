import { partnershipExportQuery, partnershipExportSelection } from "@/db/queries/exports/partnerships";
import { partnershipColumns } from "@/lib/exports/columns/registry";
import { listExport } from "@/lib/exports/list-export";
import { defineRoute } from "@/lib/server/define-route";
import { partnershipListSchema } from "@/lib/validation/partnership-list";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: listExport({
    schema: partnershipListSchema,
    query: partnershipExportQuery,
    selection: partnershipExportSelection,
    columns: partnershipColumns,
    fileKey: "partnerships",
  }),
});

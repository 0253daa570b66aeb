import { localityExportQuery, localityExportSelection } from "@/db/queries/exports/localities";
import { localityColumns } from "@/lib/exports/columns/registry";
import { listExport } from "@/lib/server/list-export";
import { defineRoute } from "@/lib/server/define-route";
import { localityListSchema } from "@/lib/validation/locality-list";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  capability: "reports.export",
  rateLimit: "export",
  handler: listExport({
    schema: localityListSchema,
    query: localityExportQuery,
    selection: localityExportSelection,
    columns: localityColumns,
    fileKey: "localities",
  }),
});

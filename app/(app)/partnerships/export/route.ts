import { partnershipExportQuery, partnershipExportSelection } from "@/db/queries/exports/partnerships";
import { partnershipColumns } from "@/lib/exports/columns/registry";
import { listExportHandler } from "@/lib/exports/list-export";
import { partnershipListSchema } from "@/lib/validation/partnership-list";

export const dynamic = "force-dynamic";

export const GET = listExportHandler({
  schema: partnershipListSchema,
  query: partnershipExportQuery,
  selection: partnershipExportSelection,
  columns: partnershipColumns,
  fileKey: "partnerships",
});

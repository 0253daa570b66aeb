import { delegationExportQuery, delegationExportSelection } from "@/db/queries/exports/delegations";
import { delegationColumns } from "@/lib/exports/columns/exchanges";
import { listExportHandler } from "@/lib/exports/list-export";
import { delegationListSchema } from "@/lib/validation/delegation-list";

export const dynamic = "force-dynamic";

export const GET = listExportHandler({
  schema: delegationListSchema,
  query: delegationExportQuery,
  selection: delegationExportSelection,
  columns: delegationColumns,
  fileKey: "delegations",
});

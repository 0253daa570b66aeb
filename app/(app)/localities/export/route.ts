import { localityExportQuery, localityExportSelection } from "@/db/queries/exports/localities";
import { localityColumns } from "@/lib/exports/columns/registry";
import { listExportHandler } from "@/lib/exports/list-export";
import { localityListSchema } from "@/lib/validation/locality-list";

export const dynamic = "force-dynamic";

export const GET = listExportHandler({
  schema: localityListSchema,
  query: localityExportQuery,
  selection: localityExportSelection,
  columns: localityColumns,
  fileKey: "localities",
});

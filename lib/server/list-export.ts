import "server-only";
import type { z } from "zod";
import type { Db } from "@/db/connection";
import { iterateRows, openExportReader, type BuiltQuery } from "@/db/queries/exports/reader";
import { today } from "@/lib/domain/clock";
import type { Locale } from "@/lib/domain/enums";
import type { RouteContext } from "@/lib/server/define-route";
import { parseListParams } from "@/lib/validation/list-params";
import type { Labels } from "@/lib/exports/columns/labels";
import { csvStream } from "@/lib/exports/csv";
import { exportLabels } from "@/lib/exports/labels";
import { downloadResponse, textResponse } from "@/lib/exports/response";
import type { ExportColumn } from "@/lib/exports/table";
import { xlsxStream } from "@/lib/exports/xlsx";

/** What a list's order and computed columns depend on besides its URL: the language and the day. */
export type ListContext = { locale: Locale; today: string };

type ListExport<S extends z.ZodType, R> = {
  /** The list's own URL schema: the export accepts exactly the list's parameters. */
  schema: S;
  /** The list's own query for these params, in the viewer's language, as of today (both decide its order and its columns). */
  query: (db: Db, params: z.output<S>, ctx: ListContext) => BuiltQuery;
  selection: Record<string, unknown>;
  columns: (labels: Labels) => ExportColumn<R>[];
  /** reports.files.<fileKey> names the download and the sheet. */
  fileKey: string;
};

/**
 * The defineRoute handler of `/<list>/export?<the list's params>&format=csv|xlsx`:
 * every row the list would show over all its pages, streamed from a
 * read-only connection. Bad formats answer in words, not a 500.
 */
export function listExport<S extends z.ZodType, R>(spec: ListExport<S, R>) {
  return async function exportList({ req, db }: Pick<RouteContext, "req" | "db">): Promise<Response> {
    const labels = await exportLabels();
    const url = new URL(req.url);
    const format = url.searchParams.get("format") ?? "csv";
    if (format !== "csv" && format !== "xlsx") return textResponse(400, labels.t("reports.badFormat"));
    const raw: Record<string, string> = {};
    for (const [key, value] of url.searchParams) if (!(key in raw)) raw[key] = value;
    const params = parseListParams(spec.schema, raw);
    const day = today();
    const query = spec.query(db, params, { locale: labels.zh ? "zh-CN" : "en", today: day });
    const reader = openExportReader();
    const name = labels.t(`reports.files.${spec.fileKey}`);
    const table = { name, columns: spec.columns(labels), rows: iterateRows(reader, query, spec.selection) as Iterable<R> };
    const close = () => reader.open && reader.close();
    const body = format === "csv" ? csvStream(table, close) : xlsxStream([table], close);
    return downloadResponse(body, `${name}-${day}`, format);
  };
}

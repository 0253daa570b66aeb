import { REGISTRY_TABLE_IDS, REPORT_SCOPES, REPORT_TABLES } from "@/lib/domain/statistics-report";
import { FIRST_STAT_YEAR, LAST_STAT_YEAR } from "@/lib/domain/statistics-filters";
import { firstValues, optionalEnum, optionalInt } from "./list-params";
import { optionalProvince } from "./partnership-list";
import { z } from "./zod";

/** The activity report's URL: a scope, a period in whole years. Anything malformed is ignored. */
export const reportParamsSchema = z.object({
  scope: optionalEnum(REPORT_SCOPES),
  province: optionalProvince,
  locality: optionalInt(1, 2_000_000_000),
  from: optionalInt(FIRST_STAT_YEAR, LAST_STAT_YEAR),
  to: optionalInt(FIRST_STAT_YEAR, LAST_STAT_YEAR),
  table: optionalEnum(REPORT_TABLES),
  /** One of the registry's tables as CSV (format=csv). */
  chart: optionalEnum(REGISTRY_TABLE_IDS),
});
export type ReportParams = z.output<typeof reportParamsSchema>;

export function parseReportParams(params: Record<string, string | string[] | undefined>): ReportParams {
  const result = reportParamsSchema.safeParse(firstValues(params));
  return result.success ? result.data : {};
}

import { scopeContains, statisticsScope, type ViewerScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { ReportParams } from "@/lib/validation/report-params";

export const REPORT_SCOPES = ["nation", "province", "locality"] as const;
export const REPORT_TABLES = ["partnerships", "activities", "delegations"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
/** The registry's and the log's tables (db/reports/registry-tables.ts), by their ChartSpec id: each a CSV of its own. */
export const REGISTRY_TABLE_IDS = [
  "by-country",
  "cumulative",
  "new-per-year",
  "by-province",
  "by-region",
  "activities-by-category",
  "delegations-by-rank",
] as const;
export type RegistryTableId = (typeof REGISTRY_TABLE_IDS)[number];

export type ReportScope = { kind: "nation" } | { kind: "province"; provinceCode: string } | { kind: "locality"; localityId: number };

/**
 * The scope asked for, if the viewer may report on it: national administrators
 * (and viewers, who cannot export) anything; a province administrator their
 * province or a locality in it; city staff their own locality. `allowed` is
 * false (and the viewer's own scope is used) otherwise.
 */
export function resolveReportScope(
  viewer: Viewer,
  params: ReportParams,
  provinceOfLocality: (id: number) => string | null | undefined,
): { scope: ReportScope; allowed: boolean } {
  const mine = statisticsScope(viewer);
  const own: ReportScope = mine.kind === "locality" ? { kind: "locality", localityId: mine.localityId } : mine;
  const wanted: ReportScope | null =
    params.scope === "nation"
      ? { kind: "nation" }
      : params.scope === "province" && params.province
        ? { kind: "province", provinceCode: params.province }
        : params.scope === "locality" && params.locality
          ? { kind: "locality", localityId: params.locality }
          : params.scope === undefined
            ? own
            : null;
  if (!wanted) return { scope: own, allowed: false };
  const inner: ViewerScope =
    wanted.kind === "locality" ? { ...wanted, provinceCode: provinceOfLocality(wanted.localityId) ?? null } : wanted;
  return scopeContains(mine, inner) ? { scope: wanted, allowed: true } : { scope: own, allowed: false };
}

/** The period: the given years, or the current year; reversed ranges swapped. */
export function reportPeriod(params: ReportParams, currentYear: number): { from: number; to: number } {
  const from = params.from ?? params.to ?? currentYear;
  const to = params.to ?? Math.max(from, currentYear);
  return from <= to ? { from, to } : { from: to, to: from };
}

/**
 * Whether a year's recorded statuses are too few to stand for the whole registry: under 90 %
 * of the partnerships answered (a campaign still open, say). Such a year's chart is titled as
 * partial and shown beside the year before; a complete year still says how many answered.
 */
export function isPartialYear(answered: number, total: number): boolean {
  return total > 0 && answered < total * 0.9;
}

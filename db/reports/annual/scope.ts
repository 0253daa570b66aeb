import type { StatScope } from "@/db/queries/statistics-scope";
import type { Region } from "@/lib/domain/enums";
import type { StatFilters } from "@/lib/domain/statistics-filters";

/** Whose annual report: the nation, one of the three regions, a province or one locality. */
export type AnnualScope =
  | { kind: "nation" }
  | { kind: "region"; region: Region }
  | { kind: "province"; provinceCode: string }
  | { kind: "locality"; localityId: number };

/** The scope as the statistics queries take it: a region is the nation narrowed by the region filter. */
export function statScopeOf(scope: AnnualScope): { scope: StatScope; filters: Pick<StatFilters, "region"> } {
  return scope.kind === "region" ? { scope: { kind: "nation" }, filters: { region: scope.region } } : { scope, filters: {} };
}

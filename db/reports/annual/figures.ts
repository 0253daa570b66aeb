import "server-only";
import type { ChartSpec } from "@/components/charts/chart-types";
import type { DbOrTx } from "@/db/connection";
import {
  campaignIdsOfYear,
  getAnniversaries,
  getLargestDelegations,
  getStatusChanges,
  previousAnsweredYear,
  type Anniversary,
  type LargeDelegation,
  type StatusChanges,
} from "@/db/queries/annual-report";
import type { PartnershipStats } from "@/db/queries/statistics";
import { campaignsTables } from "@/db/reports/evaluation-tables";
import { activitiesTable, delegationsTable, registryStock } from "@/db/reports/registry-tables";
import type { Viewer } from "@/lib/auth/viewer";
import { annualLabels, type AnnualLanguage } from "@/lib/i18n/annual-report";
import type { ResultsScopeFilters } from "@/lib/validation/evaluation-answers";
import { statScopeOf, type AnnualScope } from "./scope";

/** How many rows a list of the report prints at most. */
export const LIST_LIMIT = { changes: 30, anniversaries: 20, delegations: 5 } as const;

/** The registry's years a report draws: the ten up to its own. */
const REGISTRY_YEARS = 10;
/** The exchange log's years a report draws: the five up to its own (the questionnaire's "five years"). */
const EXCHANGE_YEARS = 5;

/** A year's evaluation tables: those of the results page (db/reports/evaluation-tables.ts), over the year's campaigns. */
export type YearTables = { year: number; answered: number; tables: ChartSpec[] };

/**
 * Everything the annual report counts for a year and scope. Every table is built by the same function as
 * the reports page's (registry, exchange log) or the results page's (evaluations), so they always agree.
 */
export type AnnualFigures = {
  year: number;
  /** The stock at the end of the year (undated partnerships included and said so), with its tables. */
  registry: { stats: PartnershipStats; tables: ChartSpec[] };
  /** Activities by category over the five years up to the report's; delegations of the year by rank and direction. */
  activities: ChartSpec;
  delegations: ChartSpec;
  answers: YearTables;
  /** The latest earlier year with approved answers in scope. */
  previous: YearTables | null;
  changes: StatusChanges;
  anniversaries: { count: number; rows: Anniversary[] };
  largest: LargeDelegation[];
};

/** The scope as the results tables' filters name it. */
function resultsFilters(scope: AnnualScope): ResultsScopeFilters {
  if (scope.kind === "region") return { region: scope.region };
  if (scope.kind === "province") return { province: scope.provinceCode };
  if (scope.kind === "locality") return { locality: scope.localityId };
  return {};
}

export function annualFigures(db: DbOrTx, viewer: Viewer, scope: AnnualScope, year: number, lang: AnnualLanguage): AnnualFigures {
  const w = statScopeOf(scope);
  const l = annualLabels(lang);
  const filters = resultsFilters(scope);
  const yearTables = (y: number): YearTables => ({ year: y, ...campaignsTables(db, viewer, campaignIdsOfYear(db, y), filters, l) });
  const before = previousAnsweredYear(db, w, year);
  return {
    year,
    registry: registryStock(db, w.scope, { from: year - REGISTRY_YEARS + 1, to: year }, l, w.filters, { stockAtEnd: true }),
    activities: activitiesTable(db, w.scope, { from: year - EXCHANGE_YEARS + 1, to: year }, l, w.filters),
    delegations: delegationsTable(db, w.scope, { from: year, to: year }, l, w.filters),
    answers: yearTables(year),
    previous: before === null ? null : yearTables(before),
    changes: getStatusChanges(db, w, year, LIST_LIMIT.changes),
    anniversaries: getAnniversaries(db, w, year, LIST_LIMIT.anniversaries),
    largest: getLargestDelegations(db, w, year, LIST_LIMIT.delegations),
  };
}

import "server-only";
import type { DbOrTx } from "@/db/connection";
import {
  getAnniversaries,
  getLargestDelegations,
  getStatusChanges,
  getYearAnswers,
  previousAnsweredYear,
  type Anniversary,
  type LargeDelegation,
  type StatusChanges,
  type YearAnswers,
} from "@/db/queries/annual-report";
import { getPartnershipStats, type PartnershipStats } from "@/db/queries/statistics";
import { getExchangeStats, type ExchangeStats } from "@/db/queries/statistics-exchanges";
import { thisYear } from "@/lib/domain/clock";
import { statScopeOf, type AnnualScope } from "./scope";

/** How many rows a list of the report prints at most. */
export const LIST_LIMIT = { changes: 30, anniversaries: 20, delegations: 5 } as const;

/** Everything the annual report counts for a year and scope, read once (each query grouped or limited). */
export type AnnualFigures = {
  year: number;
  registry: PartnershipStats;
  /** Activities and delegations of the five years up to the report's. */
  exchanges: ExchangeStats;
  answers: YearAnswers;
  previous: { year: number; answers: YearAnswers } | null;
  changes: StatusChanges;
  anniversaries: { count: number; rows: Anniversary[] };
  delegations: LargeDelegation[];
};

export function annualFigures(db: DbOrTx, scope: AnnualScope, year: number): AnnualFigures {
  const w = statScopeOf(scope);
  const before = previousAnsweredYear(db, w, year);
  return {
    year,
    registry: getPartnershipStats(db, w.scope, { ...w.filters, to: year }, thisYear()),
    exchanges: getExchangeStats(db, w.scope, { ...w.filters, from: year - 4, to: year }),
    answers: getYearAnswers(db, w, year),
    previous: before === null ? null : { year: before, answers: getYearAnswers(db, w, before) },
    changes: getStatusChanges(db, w, year, LIST_LIMIT.changes),
    anniversaries: getAnniversaries(db, w, year, LIST_LIMIT.anniversaries),
    delegations: getLargestDelegations(db, w, year, LIST_LIMIT.delegations),
  };
}

import type { ExchangeStats } from "@/db/queries/statistics-exchanges";
import { ACTIVITY_CATEGORIES, DELEGATION_DIRECTIONS, LEADER_RANKS, type DelegationDirection, type LeaderRank } from "@/lib/domain/enums";
import { activitiesHref, delegationsHref } from "@/lib/domain/statistics-links";
import { PALETTE, type ChartSpec } from "@/components/charts/chart-types";
import type { ChartContext } from "./chart-context";
import { columnTotals } from "./partnership-charts";

/** The years of a period, first to last. */
function yearsOf(period: { from: number; to: number }): number[] {
  const years: number[] = [];
  for (let y = period.from; y <= period.to; y++) years.push(y);
  return years;
}

/** Activities by category (every category, rows) and the year they started (columns), with row and column totals. */
export function activitiesMatrix(stats: ExchangeStats["activities"], period: { from: number; to: number }, ctx: ChartContext): ChartSpec {
  const { t, link } = ctx;
  const series = yearsOf(period).map((y, i) => ({ key: String(y), label: String(y), color: PALETTE[i % PALETTE.length] ?? "#0072B2" }));
  const rows = ACTIVITY_CATEGORIES.map((c) => ({
    key: c,
    label: ctx.enumLabel("activityCategory", c),
    values: Object.fromEntries(series.map((s) => [s.key, stats.find((r) => r.category === c && String(r.year) === s.key)?.count ?? 0])),
    href: activitiesHref(link, undefined, { category: c }),
    hrefs: Object.fromEntries(series.map((s) => [s.key, activitiesHref(link, Number(s.key), { category: c })])),
  }));
  return {
    id: "activities-by-category",
    title: t("chartActivitiesByCategory"),
    description: t("chartActivitiesByCategoryHint"),
    kind: "stacked",
    categoryLabel: t("category"),
    series,
    rows,
    totalLabel: t("total"),
    footer: columnTotals(t("total"), series, rows),
  };
}

/** Delegations by the leader's rank (rows) and direction (columns), cancelled ones left out, with totals. */
export function delegationsMatrix(
  stats: { direction: DelegationDirection; rank: LeaderRank; count: number }[],
  ctx: ChartContext,
): ChartSpec {
  const { t, link } = ctx;
  const series = DELEGATION_DIRECTIONS.map((d, i) => ({
    key: d,
    label: ctx.enumLabel("delegationDirection", d),
    color: PALETTE[i] ?? "#0072B2",
  }));
  const rows = LEADER_RANKS.map((rank) => ({
    key: rank,
    label: ctx.enumLabel("leaderRank", rank),
    values: Object.fromEntries(DELEGATION_DIRECTIONS.map((d) => [d, stats.find((r) => r.rank === rank && r.direction === d)?.count ?? 0])),
    href: delegationsHref(link, undefined, { rank }),
    hrefs: Object.fromEntries(DELEGATION_DIRECTIONS.map((d) => [d, delegationsHref(link, undefined, { rank, direction: d })])),
  }));
  return {
    id: "delegations-by-rank",
    title: t("chartDelegationsByRank"),
    description: t("chartDelegationsHint"),
    kind: "grouped",
    categoryLabel: t("leaderRank"),
    series,
    rows,
    totalLabel: t("total"),
    footer: columnTotals(t("total"), series, rows),
  };
}

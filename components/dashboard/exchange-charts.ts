import type { CampaignCompletion, ExchangeStats } from "@/db/queries/statistics-exchanges";
import { ACTIVITY_CATEGORIES, DELEGATION_DIRECTIONS } from "@/lib/domain/enums";
import { activitiesHref, delegationsHref } from "@/lib/domain/statistics-links";
import { PALETTE, type ChartSpec } from "@/components/charts/chart-types";
import type { ChartContext } from "./chart-context";

function years<T extends { year: number }>(rows: T[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

/** Activities per year by category, delegations per year by direction, and campaign completion. */
export function exchangeCharts(stats: ExchangeStats, campaigns: CampaignCompletion[], ctx: ChartContext): ChartSpec[] {
  const { t, link } = ctx;
  const categories = ACTIVITY_CATEGORIES.filter((c) => stats.activities.some((r) => r.category === c));
  const activityRows = years(stats.activities).map((year) => ({
    key: String(year),
    label: String(year),
    values: Object.fromEntries(categories.map((c) => [c, stats.activities.find((r) => r.year === year && r.category === c)?.count ?? 0])),
    href: activitiesHref(link, year),
    hrefs: Object.fromEntries(categories.map((c) => [c, activitiesHref(link, year, { category: c })])),
  }));
  const delegationRows = years(stats.delegations).map((year) => ({
    key: String(year),
    label: String(year),
    values: Object.fromEntries(
      DELEGATION_DIRECTIONS.map((d) => [d, stats.delegations.find((r) => r.year === year && r.direction === d)?.count ?? 0]),
    ),
    href: delegationsHref(link, year),
    hrefs: Object.fromEntries(DELEGATION_DIRECTIONS.map((d) => [d, delegationsHref(link, year, { direction: d })])),
  }));
  const campaignRows = campaigns.map((c) => {
    const done = (c.counts.submitted ?? 0) + (c.counts.approved ?? 0);
    return {
      key: String(c.id),
      label: `${c.year} · ${ctx.enumLabel("campaignState", c.state)}`,
      values: { done, open: c.total - done },
      href: `/evaluations?campaign=${c.id}`,
    };
  });
  return [
    {
      id: "activities",
      title: t("chartActivities"),
      kind: "stacked",
      categoryLabel: t("year"),
      series: categories.map((c) => ({
        key: c,
        label: ctx.enumLabel("activityCategory", c),
        color: PALETTE[ACTIVITY_CATEGORIES.indexOf(c) % PALETTE.length] ?? "#0072B2",
      })),
      rows: activityRows,
      totalLabel: t("total"),
    },
    {
      id: "delegations",
      title: t("chartDelegations"),
      description: t("chartDelegationsHint"),
      kind: "grouped",
      categoryLabel: t("year"),
      series: DELEGATION_DIRECTIONS.map((d, i) => ({
        key: d,
        label: ctx.enumLabel("delegationDirection", d),
        color: PALETTE[i] ?? "#0072B2",
      })),
      rows: delegationRows,
      totalLabel: t("total"),
    },
    {
      id: "campaigns",
      title: t("chartCampaigns"),
      description: t("chartCampaignsHint"),
      kind: "stacked",
      categoryLabel: t("campaign"),
      series: [
        { key: "done", label: t("evaluationsDone"), color: "#15803d" },
        { key: "open", label: t("evaluationsOpen"), color: "#b45309" },
      ],
      rows: campaignRows,
      totalLabel: t("total"),
    },
  ];
}

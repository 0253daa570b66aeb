import type { PartnershipStats } from "@/db/queries/statistics";
import { PARTNERSHIP_STATUSES, REGIONS } from "@/lib/domain/enums";
import { largestRemainderPercentages } from "@/lib/domain/percentages";
import { partnershipsHref } from "@/lib/domain/statistics-links";
import { topWithOthers } from "@/components/charts/chart-rules";
import { PALETTE, STATUS_COLORS, type ChartSpec } from "@/components/charts/chart-types";
import { localName, type ChartContext } from "./chart-context";

const TOP_COUNTRIES = 10;
/** Not in PALETTE: "others" never looks like one of the named categories. */
const OTHERS_COLOR = "#64748B";
const STACKED_COUNTRIES = 5;

/** The registry's charts (DOMAIN.md, "What the statistics must show"). */
export function partnershipCharts(stats: PartnershipStats, ctx: ChartContext): ChartSpec[] {
  const { t, link } = ctx;
  const count = { key: "count", label: t("count"), color: PALETTE[0] ?? "#0072B2" };
  // Sorted bars, largest first, with the long tail as one last row in its own colour: as a pie the
  // tail was the biggest slice and shared its grey with a named country.
  const { top, others } = topWithOthers(stats.byCountry, TOP_COUNTRIES, (r) => r.count);
  const countryRows = top.map((r) => ({
    key: r.code,
    label: localName(ctx, r),
    values: { count: r.count },
    href: partnershipsHref(link, { country: r.code }),
    color: count.color,
  }));
  if (others)
    countryRows.push({
      key: "other",
      label: t("otherCountries", { n: others.count }),
      values: { count: others.value },
      href: partnershipsHref(link),
      color: OTHERS_COLOR,
    });

  const stackCodes = stats.byCountry.slice(0, STACKED_COUNTRIES);
  const stackSet = new Set(stackCodes.map((c) => c.code));
  const newSeries = [
    ...stackCodes.map((c, i) => ({ key: c.code, label: localName(ctx, c), color: PALETTE[i] ?? "#0072B2" })),
    { key: "other", label: t("otherCountriesShort"), color: OTHERS_COLOR },
  ];
  const newRows = stats.cumulative.map(({ year }) => {
    const values: Record<string, number> = Object.fromEntries(newSeries.map((s) => [s.key, 0]));
    for (const r of stats.newByYearCountry)
      if (r.year === year)
        values[stackSet.has(r.code) ? r.code : "other"] = (values[stackSet.has(r.code) ? r.code : "other"] ?? 0) + r.count;
    const hrefs = Object.fromEntries(
      stackCodes.map((c) => [c.code, partnershipsHref(link, { country: c.code, signedFrom: year, signedTo: year })]),
    );
    return { key: String(year), label: String(year), values, href: partnershipsHref(link, { signedFrom: year, signedTo: year }), hrefs };
  });

  const statusRows = PARTNERSHIP_STATUSES.map((s) => ({
    key: s,
    label: ctx.enumLabel("partnershipStatus", s),
    values: {
      current: stats.status.current[s],
      previous: stats.status.previous[s],
      change: stats.status.current[s] - stats.status.previous[s],
    },
    href: partnershipsHref(link, { status: s }),
  }));
  const statusYear = stats.status.year;
  const signed = new Intl.NumberFormat(ctx.zh ? "zh-CN" : "en", { signDisplay: "exceptZero" });
  // The change from the year before, said in words under the title (and in the table), not drawn.
  const changes = statusRows.map((r) => `${r.label} ${signed.format(r.values.change)}`).join(ctx.zh ? "，" : ", ");

  return [
    {
      id: "by-country",
      title: t("chartByCountry"),
      description: t("chartByCountryHint", { total: stats.total, countries: stats.byCountry.length }),
      kind: "horizontal",
      categoryLabel: t("country"),
      series: [count],
      rows: countryRows,
      shares: largestRemainderPercentages(countryRows.map((r) => r.values.count)),
      shareLabel: t("share"),
    },
    {
      id: "cumulative",
      title: t("chartCumulative"),
      kind: "line",
      categoryLabel: t("year"),
      series: [{ ...count, label: t("cumulativeCount") }],
      rows: stats.cumulative.map((r) => ({
        key: String(r.year),
        label: String(r.year),
        values: { count: r.count },
        href: partnershipsHref(link, { signedFrom: undefined, signedTo: r.year }),
      })),
    },
    {
      id: "new-per-year",
      title: t("chartNewPerYear"),
      kind: "stacked",
      categoryLabel: t("year"),
      series: newSeries,
      rows: newRows,
      totalLabel: t("total"),
    },
    {
      id: "by-province",
      title: t("chartByProvince"),
      kind: "horizontal",
      categoryLabel: t("province"),
      series: [count],
      rows: stats.byProvince.map((r) => ({
        key: r.code,
        label: localName(ctx, r),
        values: { count: r.count },
        href: partnershipsHref(link, { province: r.code }),
      })),
    },
    {
      id: "by-region",
      title: t("chartByRegion"),
      kind: "pie",
      categoryLabel: t("region"),
      series: [count],
      rows: REGIONS.map((r, i) => ({
        key: r,
        label: ctx.enumLabel("region", r),
        values: { count: stats.byRegion.find((x) => x.region === r)?.count ?? 0 },
        href: partnershipsHref(link, { region: r }),
        color: PALETTE[i],
      })),
      shares: largestRemainderPercentages(REGIONS.map((r) => stats.byRegion.find((x) => x.region === r)?.count ?? 0)),
      shareLabel: t("share"),
    },
    {
      id: "status",
      title: statusYear ? t("chartStatus", { year: statusYear }) : t("chartStatusNone"),
      description: statusYear ? t("chartStatusHint", { year: statusYear, previous: statusYear - 1, changes }) : undefined,
      kind: "grouped",
      categoryLabel: t("status"),
      series: [
        { key: "previous", label: String(statusYear ? statusYear - 1 : ""), color: "#94a3b8" },
        { key: "current", label: String(statusYear ?? ""), color: STATUS_COLORS.good ?? "#1d5f98" },
        // Listed in the table and CSV only: drawn beside the counts it pulled the axis to −350.
        { key: "change", label: t("change"), color: "#E69F00", tableOnly: true, signed: true },
      ],
      rows: statusYear ? statusRows : [],
      shares: largestRemainderPercentages(statusRows.map((r) => r.values.current)),
      shareLabel: t("shareOfYear", { year: statusYear ?? "" }),
    },
  ];
}

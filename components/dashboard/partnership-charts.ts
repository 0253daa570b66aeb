import type { PartnershipStats } from "@/db/queries/statistics";
import { PARTNERSHIP_STATUSES, REGIONS } from "@/lib/domain/enums";
import { largestRemainderPercentages } from "@/lib/domain/percentages";
import { partnershipsHref } from "@/lib/domain/statistics-links";
import { topWithOthers } from "@/components/charts/chart-rules";
import { PALETTE, STATUS_COLORS, type ChartRow, type ChartSeries, type ChartSpec } from "@/components/charts/chart-types";
import { localName, type ChartContext } from "./chart-context";

const TOP_COUNTRIES = 10;
/** Not in PALETTE: "others" and "year unknown" never look like one of the named categories. */
const OTHERS_COLOR = "#64748B";
const STACKED_COUNTRIES = 5;
/** The key of the row of partnerships without a signing date. */
const UNDATED = "unknown";

/** Whether a table has a "year unknown" row: the dashboard shows it even alone, so that undated partnerships are never hidden. */
export function hasYearUnknown(spec: ChartSpec): boolean {
  return spec.rows.some((r) => r.key === UNDATED);
}

/** A totals row: each series summed over the rows. */
export function columnTotals(label: string, series: ChartSeries[], rows: ChartRow[]): ChartSpec["footer"] {
  return { label, values: Object.fromEntries(series.map((s) => [s.key, rows.reduce((n, r) => n + (r.values[s.key] ?? 0), 0)])) };
}

function undatedHref(ctx: ChartContext, extra: Record<string, string> = {}): string {
  return partnershipsHref(ctx.link, { signedFrom: undefined, signedTo: undefined, undated: "1", ...extra });
}

/** Partnerships by partner country: the largest ten, the rest as one row, with largest-remainder shares. */
export function byCountryChart(stats: PartnershipStats, ctx: ChartContext): ChartSpec {
  const { t, link } = ctx;
  const count = { key: "count", label: t("count"), color: PALETTE[0] ?? "#0072B2" };
  // Sorted bars, largest first, with the long tail as one last row in its own colour: as a pie the
  // tail was the biggest slice and shared its grey with a named country.
  const { top, others } = topWithOthers(stats.byCountry, TOP_COUNTRIES, (r) => r.count);
  const rows: ChartRow[] = top.map((r) => ({
    key: r.code,
    label: localName(ctx, r),
    values: { count: r.count },
    href: partnershipsHref(link, { country: r.code }),
    color: count.color,
  }));
  if (others)
    rows.push({
      key: "other",
      label: t("otherCountries", { n: others.count }),
      values: { count: others.value },
      color: OTHERS_COLOR,
    });
  return {
    id: "by-country",
    title: t("chartByCountry"),
    description: t("chartByCountryHint", { total: stats.total, countries: stats.byCountry.length }),
    kind: "horizontal",
    categoryLabel: t("country"),
    series: [count],
    rows,
    shares: largestRemainderPercentages(rows.map((r) => r.values.count ?? 0)),
    shareLabel: t("share"),
    footer: { label: t("total"), values: { count: stats.total }, share: stats.total ? 100 : undefined },
  };
}

/** Partnerships signed by the end of each year, and those without a signing date under "year unknown". */
export function cumulativeChart(stats: PartnershipStats, ctx: ChartContext): ChartSpec {
  const { t, link } = ctx;
  const rows: ChartRow[] = stats.cumulative.map((r) => ({
    key: String(r.year),
    label: String(r.year),
    values: { count: r.count },
    href: partnershipsHref(link, { signedFrom: undefined, signedTo: r.year }),
  }));
  if (stats.undated)
    rows.push({ key: UNDATED, label: t("yearUnknown"), values: { count: stats.undated }, href: undatedHref(ctx), color: OTHERS_COLOR });
  return {
    id: "cumulative",
    title: t("chartCumulative"),
    description: stats.undated ? t("undatedHint", { n: stats.undated }) : undefined,
    kind: "bar",
    categoryLabel: t("year"),
    series: [{ key: "count", label: t("cumulativeCount"), color: PALETTE[0] ?? "#0072B2" }],
    rows,
  };
}

/** New partnerships per year, the five largest partner countries stacked and the rest as one; undated last. */
export function newPerYearChart(stats: PartnershipStats, ctx: ChartContext): ChartSpec {
  const { t, link } = ctx;
  const stackCodes = stats.byCountry.slice(0, STACKED_COUNTRIES);
  const stackSet = new Set(stackCodes.map((c) => c.code));
  const series: ChartSeries[] = [
    ...stackCodes.map((c, i) => ({ key: c.code, label: localName(ctx, c), color: PALETTE[i] ?? "#0072B2" })),
    { key: "other", label: t("otherCountriesShort"), color: OTHERS_COLOR },
  ];
  const stack = (counts: { code: string; count: number }[]) => {
    const values: Record<string, number> = Object.fromEntries(series.map((s) => [s.key, 0]));
    for (const r of counts) {
      const key = stackSet.has(r.code) ? r.code : "other";
      values[key] = (values[key] ?? 0) + r.count;
    }
    return values;
  };
  const rows: ChartRow[] = stats.cumulative.map(({ year }) => ({
    key: String(year),
    label: String(year),
    values: stack(stats.newByYearCountry.filter((r) => r.year === year)),
    href: partnershipsHref(link, { signedFrom: year, signedTo: year }),
    hrefs: Object.fromEntries(
      stackCodes.map((c) => [c.code, partnershipsHref(link, { country: c.code, signedFrom: year, signedTo: year })]),
    ),
  }));
  if (stats.undated)
    rows.push({
      key: UNDATED,
      label: t("yearUnknown"),
      values: stack(stats.undatedByCountry),
      href: undatedHref(ctx),
      hrefs: Object.fromEntries(stackCodes.map((c) => [c.code, undatedHref(ctx, { country: c.code })])),
    });
  return {
    id: "new-per-year",
    title: t("chartNewPerYear"),
    description: stats.undated ? t("undatedHint", { n: stats.undated }) : undefined,
    kind: "stacked",
    categoryLabel: t("year"),
    series,
    rows,
    totalLabel: t("total"),
    footer: rows.length ? columnTotals(t("total"), series, rows) : undefined,
  };
}

/** Partnerships by our side's province. */
export function byProvinceChart(stats: PartnershipStats, ctx: ChartContext): ChartSpec {
  const { t, link } = ctx;
  const rows = stats.byProvince.map((r) => ({
    key: r.code,
    label: localName(ctx, r),
    values: { count: r.count },
    href: partnershipsHref(link, { province: r.code }),
  }));
  return {
    id: "by-province",
    title: t("chartByProvince"),
    kind: "horizontal",
    categoryLabel: t("province"),
    series: [{ key: "count", label: t("count"), color: PALETTE[0] ?? "#0072B2" }],
    rows,
    shares: largestRemainderPercentages(rows.map((r) => r.values.count)),
    shareLabel: t("share"),
  };
}

/** Partnerships by our side's region (East, Central, West). */
export function byRegionChart(stats: PartnershipStats, ctx: ChartContext): ChartSpec {
  const { t, link } = ctx;
  const counts = REGIONS.map((r) => stats.byRegion.find((x) => x.region === r)?.count ?? 0);
  return {
    id: "by-region",
    title: t("chartByRegion"),
    kind: "pie",
    categoryLabel: t("region"),
    series: [{ key: "count", label: t("count"), color: PALETTE[0] ?? "#0072B2" }],
    rows: REGIONS.map((r, i) => ({
      key: r,
      label: ctx.enumLabel("region", r),
      values: { count: counts[i] ?? 0 },
      href: partnershipsHref(link, { region: r }),
      color: PALETTE[i],
    })),
    shares: largestRemainderPercentages(counts),
    shareLabel: t("share"),
  };
}

/** The registry's tables (DOMAIN.md, "What the statistics must show"): one definition for the dashboard, the reports and their exports. */
export function registryCharts(stats: PartnershipStats, ctx: ChartContext): ChartSpec[] {
  return [
    byCountryChart(stats, ctx),
    cumulativeChart(stats, ctx),
    newPerYearChart(stats, ctx),
    byProvinceChart(stats, ctx),
    byRegionChart(stats, ctx),
  ];
}

/** The latest year's statuses beside the latest earlier year that has any (or alone, saying there is none). */
export function statusChart(stats: PartnershipStats, ctx: ChartContext): ChartSpec {
  const { t, link } = ctx;
  const { year, previousYear } = stats.status;
  const rows = PARTNERSHIP_STATUSES.map((s) => ({
    key: s,
    label: ctx.enumLabel("partnershipStatus", s),
    values: {
      current: stats.status.current[s],
      ...(previousYear !== null ? { previous: stats.status.previous[s], change: stats.status.current[s] - stats.status.previous[s] } : {}),
    },
    href: partnershipsHref(link, { status: s }),
  }));
  const signed = new Intl.NumberFormat(ctx.zh ? "zh-CN" : "en", { signDisplay: "exceptZero" });
  // The change from the earlier year, said in words under the title (and in the table), not drawn.
  const changes = rows.map((r) => `${r.label} ${signed.format(r.values.change ?? 0)}`).join(ctx.zh ? "，" : ", ");
  const description =
    year === null
      ? undefined
      : previousYear === null
        ? t("chartStatusNoEarlier", { year })
        : t("chartStatusHint", { year, previous: previousYear, changes });
  return {
    id: "status",
    title: year ? t("chartStatus", { year }) : t("chartStatusNone"),
    description,
    kind: "grouped",
    categoryLabel: t("status"),
    series: [
      ...(previousYear !== null ? [{ key: "previous", label: String(previousYear), color: "#94a3b8" }] : []),
      { key: "current", label: String(year ?? ""), color: STATUS_COLORS.good ?? "#1d5f98" },
      // Listed in the table and CSV only: drawn beside the counts it pulled the axis to −350.
      ...(previousYear !== null ? [{ key: "change", label: t("change"), color: "#E69F00", tableOnly: true, signed: true }] : []),
    ],
    rows: year ? rows : [],
    shares: largestRemainderPercentages(rows.map((r) => r.values.current)),
    shareLabel: t("shareOfYear", { year: year ?? "" }),
  };
}

/** The dashboard's registry charts and the status comparison. */
export function partnershipCharts(stats: PartnershipStats, ctx: ChartContext): ChartSpec[] {
  return [...registryCharts(stats, ctx), statusChart(stats, ctx)];
}

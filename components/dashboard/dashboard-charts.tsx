import { getLocale, getTranslations } from "next-intl/server";
import type { DashboardStats } from "@/db/loaders/dashboard-stats";
import { ChartCard } from "@/components/charts/chart-card";
import { comparesSeveralValues, isEmptyChart } from "@/components/charts/chart-rules";
import type { ChartSpec } from "@/components/charts/chart-types";
import type { StatFilters } from "@/lib/domain/statistics-filters";
import type { ChartContext } from "./chart-context";
import { exchangeCharts } from "./exchange-charts";
import { hasYearUnknown, partnershipCharts } from "./partnership-charts";

/** Every chart spec of the dashboard from its statistics (db/loaders/dashboard-stats.ts) for the filters. */
export async function buildDashboardCharts(stats: DashboardStats, filters: StatFilters, localityId: number | null): Promise<ChartSpec[]> {
  const [t, te, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("enums"), getLocale()]);
  const ctx: ChartContext = {
    t: (key, values) => t(key as never, values as never),
    enumLabel: (group, value) => te(`${group}.${value}` as never),
    zh: locale === "zh-CN",
    link: { filters, localityId },
  };
  const charts = [...partnershipCharts(stats.partnerships, ctx), ...exchangeCharts(stats.exchanges, stats.campaigns, ctx)];
  // A city's one-bar province chart or 100 % "East" donut only repeats a headline number: left out.
  // An empty chart stays, saying there is no data for these filters; so does one with undated partnerships
  // (a lone "year unknown" row says why no year is shown).
  return charts.filter((c) => isEmptyChart(c) || comparesSeveralValues(c) || hasYearUnknown(c));
}

const WIDE = new Set(["new-per-year", "activities", "by-province", "activities-by-category", "country"]);

/** Which charts take the whole width: the wide ones, and a half-width one that would sit alone in its row. */
export function fullWidthCharts(ids: string[]): Set<string> {
  const full = new Set<string>();
  let column = 0;
  ids.forEach((id, i) => {
    const next = ids[i + 1];
    if (WIDE.has(id) || (column === 0 && (next === undefined || WIDE.has(next)))) {
      full.add(id);
      column = 0;
    } else column = (column + 1) % 2;
  });
  return full;
}

export function ChartGrid({ charts }: { charts: ChartSpec[] }) {
  const full = fullWidthCharts(charts.map((c) => c.id));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {charts.map((spec) => (
        <ChartCard key={spec.id} spec={spec} className={full.has(spec.id) ? "lg:col-span-2" : undefined} />
      ))}
    </div>
  );
}

import type { ChartRow, ChartSeries, ChartSpec } from "@/components/charts/chart-types";

export type CompareLabels = { current: string; other: string; change: string; changePoints: string };

const OTHER = "~other";
const CHANGE = "~change";

/** Tenths, so that 50.4 − 47.3 is 3.1 and not 3.1000000000000014. */
const difference = (a: number, b: number) => Math.round((a - b) * 10) / 10;

/**
 * The same table for two campaigns side by side: for each series (kept by `keep`), the current campaign's
 * column, the other's, and the change (in points for shares; a table-only, signed column). Rows are the
 * union of both tables' rows, the current table's order first; each number keeps its own click-through.
 */
export function compareSpecs(
  current: ChartSpec,
  other: ChartSpec,
  l: CompareLabels,
  keep: (s: ChartSeries) => boolean = () => true,
): ChartSpec {
  const kept = current.series.filter(keep);
  const series = kept.flatMap((s): ChartSeries[] => [
    { ...s, label: `${s.label} · ${l.current}` },
    { ...s, key: s.key + OTHER, label: `${s.label} · ${l.other}`, color: `${s.color}99` },
    {
      key: s.key + CHANGE,
      label: `${s.format === "percent" ? l.changePoints : l.change} · ${s.label}`,
      color: s.color,
      tableOnly: true,
      signed: true,
    },
  ]);
  const merge = (a: Record<string, number> = {}, b: Record<string, number> = {}) =>
    Object.fromEntries(
      kept.flatMap((s) => {
        const x = a[s.key] ?? 0;
        const y = b[s.key] ?? 0;
        return [
          [s.key, x],
          [s.key + OTHER, y],
          [s.key + CHANGE, difference(x, y)],
        ];
      }),
    );
  const otherRows = new Map(other.rows.map((r) => [r.key, r]));
  const keys = [
    ...current.rows.map((r) => r.key),
    ...other.rows.filter((r) => !current.rows.some((c) => c.key === r.key)).map((r) => r.key),
  ];
  const currentRows = new Map(current.rows.map((r) => [r.key, r]));
  const rows = keys.map((key): ChartRow => {
    const a = currentRows.get(key);
    const b = otherRows.get(key);
    const hrefs: Record<string, string> = {};
    for (const s of kept) {
      const ha = a?.hrefs?.[s.key];
      const hb = b?.hrefs?.[s.key];
      if (ha) hrefs[s.key] = ha;
      if (hb) hrefs[s.key + OTHER] = hb;
    }
    return { key, label: (a ?? b)?.label ?? key, values: merge(a?.values, b?.values), href: a?.href ?? b?.href, hrefs };
  });
  return {
    ...current,
    kind: current.kind === "pie" || current.kind === "stacked" ? "grouped" : current.kind,
    series,
    rows,
    shares: undefined,
    shareLabel: undefined,
    totalLabel: undefined,
    footer: current.footer ? { label: current.footer.label, values: merge(current.footer.values, other.footer?.values) } : undefined,
  };
}

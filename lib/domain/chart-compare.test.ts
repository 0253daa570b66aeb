import { describe, expect, it } from "vitest";
import type { ChartSpec } from "@/components/charts/chart-types";
import { compareSpecs } from "./chart-compare";

const spec = (rows: [string, number, number][], total: number): ChartSpec => ({
  id: "status",
  title: "Status",
  kind: "horizontal",
  categoryLabel: "Answer",
  series: [
    { key: "count", label: "Count", color: "#000000" },
    { key: "percent", label: "Share", color: "#111111", format: "percent" },
  ],
  rows: rows.map(([key, count, percent]) => ({
    key,
    label: key,
    values: { count, percent },
    hrefs: { count: `/list?k=${key}&t=${total}` },
  })),
  footer: { label: "Total", values: { count: total, percent: 100 } },
});

describe("compareSpecs", () => {
  it("puts both campaigns side by side with the change, in points for shares", () => {
    const now = spec(
      [
        ["very_good", 67, 50.4],
        ["good", 66, 49.6],
      ],
      133,
    );
    const before = spec(
      [
        ["very_good", 60, 47.3],
        ["suspended", 67, 52.7],
      ],
      127,
    );
    const c = compareSpecs(now, before, { current: "2026", other: "2025", change: "Change", changePoints: "Change (points)" });
    expect(c.series.map((s) => s.label)).toEqual([
      "Count · 2026",
      "Count · 2025",
      "Change · Count",
      "Share · 2026",
      "Share · 2025",
      "Change (points) · Share",
    ]);
    expect(c.series.filter((s) => s.tableOnly).map((s) => s.key)).toEqual(["count~change", "percent~change"]);
    expect(c.rows.map((r) => r.key)).toEqual(["very_good", "good", "suspended"]);
    expect(c.rows[0]?.values).toEqual({
      count: 67,
      "count~other": 60,
      "count~change": 7,
      percent: 50.4,
      "percent~other": 47.3,
      "percent~change": 3.1,
    });
    // A row only the other campaign has: zero now, and it still clicks through to the other campaign's list.
    expect(c.rows[2]?.values).toMatchObject({ count: 0, "count~other": 67, "count~change": -67, "percent~change": -52.7 });
    expect(c.rows[2]?.hrefs).toEqual({ "count~other": "/list?k=suspended&t=127" });
    expect(c.rows[0]?.hrefs).toEqual({ count: "/list?k=very_good&t=133", "count~other": "/list?k=very_good&t=127" });
    expect(c.footer?.values).toMatchObject({ count: 133, "count~other": 127, "count~change": 6, "percent~change": 0 });
  });

  it("keeps only the series asked for", () => {
    const c = compareSpecs(
      spec([["a", 1, 100]], 1),
      spec([["a", 2, 100]], 2),
      { current: "A", other: "B", change: "Δ", changePoints: "Δ pt" },
      (s) => s.format === "percent",
    );
    expect(c.series.map((s) => s.key)).toEqual(["percent", "percent~other", "percent~change"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  axisLabelLines,
  categoryAxisWidth,
  comparesSeveralValues,
  horizontalChartHeight,
  isEmptyChart,
  topWithOthers,
} from "./chart-rules";
import type { ChartSpec } from "./chart-types";

const spec = (values: number[][], tableOnly = false): ChartSpec => ({
  id: "x",
  title: "x",
  kind: "grouped",
  categoryLabel: "c",
  series: [{ key: "a", label: "a", color: "#000" }, ...(values[0]!.length > 1 ? [{ key: "b", label: "b", color: "#000", tableOnly }] : [])],
  rows: values.map((v, i) => ({ key: String(i), label: String(i), values: { a: v[0]!, b: v[1] ?? 0 } })),
});

describe("topWithOthers", () => {
  const rows = [50, 40, 30, 20, 10, 5].map((n, i) => ({ code: `C${i}`, n }));
  it("keeps the first n and sums the rest into one others row", () => {
    const { top, others } = topWithOthers(rows, 3, (r) => r.n);
    expect(top.map((r) => r.n)).toEqual([50, 40, 30]);
    expect(others).toEqual({ count: 3, value: 35 });
  });
  it("names a single left-over row instead of calling it others", () => {
    expect(topWithOthers(rows, 5, (r) => r.n)).toEqual({ top: rows, others: null });
    expect(topWithOthers(rows.slice(0, 2), 10, (r) => r.n).others).toBeNull();
  });
});

describe("which charts the dashboard shows", () => {
  it("leaves out a chart with one non-zero number (a one-bar province chart, a 100 % donut)", () => {
    expect(comparesSeveralValues(spec([[27]]))).toBe(false);
    expect(comparesSeveralValues(spec([[27], [0], [0]]))).toBe(false);
    expect(comparesSeveralValues(spec([[27], [3]]))).toBe(true);
    expect(comparesSeveralValues(spec([[27, 4]]))).toBe(true);
  });
  it("does not count a table-only series (a change) as drawn", () => {
    expect(comparesSeveralValues(spec([[27, -350]], true))).toBe(false);
    expect(isEmptyChart(spec([[0, -3]], true))).toBe(true);
  });
  it("treats a chart of zeros or no rows as empty", () => {
    expect(isEmptyChart(spec([[0], [0]]))).toBe(true);
    expect(isEmptyChart({ ...spec([[1]]), rows: [] })).toBe(true);
    expect(isEmptyChart(spec([[1]]))).toBe(false);
  });
});

describe("horizontal bar chart geometry", () => {
  it("gives each of 31 provinces its own line", () => {
    expect(horizontalChartHeight(31)).toBeGreaterThanOrEqual(31 * 20 + 40);
    expect(horizontalChartHeight(3)).toBe(288);
  });
  it("sizes the label axis to the longest label, counting CJK characters as full width", () => {
    expect(categoryAxisWidth(["Inner Mongolia"])).toBeGreaterThan(categoryAxisWidth(["Tianjin"]));
    expect(categoryAxisWidth(["内蒙古"])).toBeGreaterThanOrEqual(3 * 12);
    expect(categoryAxisWidth(["x".repeat(200)])).toBe(200);
  });
  it("wraps a label too long for the axis onto two lines, and cuts only what two lines cannot hold", () => {
    expect(axisLabelLines("天津市", 200)).toEqual(["天津市"]);
    // 18 CJK characters at 12 px: 15 fit in 200 px, the rest go to the second line.
    expect(axisLabelLines("促进文化、科技、教育、体育、卫生交流", 200)).toEqual(["促进文化、科技、教育、体育、", "卫生交流"]);
    // English breaks at a space.
    const lines = axisLabelLines("Promote cultural, scientific, educational and sports exchanges", 200);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("Promote cultural,");
    expect(lines[1]!.endsWith("…")).toBe(true);
  });
});

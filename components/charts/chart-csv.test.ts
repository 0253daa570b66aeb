import { describe, expect, it } from "vitest";
import { chartToCsv } from "./chart-csv";
import type { ChartSpec } from "./chart-types";

describe("chart CSV", () => {
  it("writes the chart's numbers in the exports' format: BOM, CRLF, quoted, formula-safe, totals and shares", () => {
    const spec = {
      id: "by-country",
      categoryLabel: "Country, region",
      totalLabel: "Total",
      shareLabel: "Share %",
      series: [
        { key: "a", label: 'Sister "cities"', color: "#000" },
        { key: "b", label: "=Friendship", color: "#111" },
      ],
      rows: [
        { key: "jp", label: "日本", values: { a: 3, b: -1 } },
        { key: "x", label: "Two\nlines", values: { a: 1 } },
      ],
      shares: [75, 25],
    } as unknown as ChartSpec;
    expect(chartToCsv(spec)).toBe(
      '\uFEFF"Country, region","Sister ""cities""",\'=Friendship,Total,Share %\r\n日本,3,-1,2,75.0\r\n"Two\nlines",1,0,1,25.0\r\n',
    );
  });
});

import { describe, expect, it } from "vitest";
import { largestRemainderPercentages, percentTable } from "./percentages";

const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 10) / 10;

describe("largestRemainderPercentages", () => {
  it("matches hand counts of the report's Chinese-side answers and sums to 100.0", () => {
    // 67, 50, 13, 3 of 133: exact 50.376, 37.594, 9.774, 2.256; plain rounding would give 100.1.
    const shares = largestRemainderPercentages([67, 50, 13, 3]);
    expect(shares).toEqual([50.4, 37.6, 9.8, 2.2]);
    expect(sum(shares)).toBe(100);
  });

  it("gives thirds as 33.4, 33.3, 33.3 (the tie goes to the earlier row)", () => {
    expect(largestRemainderPercentages([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
  });

  it("keeps exact shares exact and zero rows at zero", () => {
    expect(largestRemainderPercentages([1, 0, 3])).toEqual([25, 0, 75]);
  });

  it("returns zeros for an empty table instead of dividing by zero", () => {
    expect(largestRemainderPercentages([0, 0])).toEqual([0, 0]);
    expect(largestRemainderPercentages([])).toEqual([]);
  });

  it("always sums to 100.0 on awkward totals", () => {
    for (const counts of [
      [1, 1, 1, 1, 1, 1, 1],
      [7, 11, 13, 17, 19],
      [999, 1, 1],
      [2, 3, 5, 7, 11, 13, 17, 19, 23, 29],
    ]) {
      expect(sum(largestRemainderPercentages(counts))).toBe(100);
    }
  });
});

describe("percentTable", () => {
  it("lists every key in order with its count, missing keys as zero", () => {
    const table = percentTable(
      ["a", "b", "c"] as const,
      new Map([
        ["c", 1],
        ["a", 3],
      ]),
    );
    expect(table).toEqual([
      { key: "a", count: 3, percent: 75 },
      { key: "b", count: 0, percent: 0 },
      { key: "c", count: 1, percent: 25 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { trendFromCounts } from "./trend";

describe("trendFromCounts", () => {
  it("reads the five-year series oldest first", () => {
    expect(trendFromCounts([0, 0, 1, 3, 4])).toBe("rising_fast");
    expect(trendFromCounts([2, 2, 2, 2, 3])).toBe("rising_slowly");
    expect(trendFromCounts([2, 2, 2, 2, 2])).toBe("about_same");
    expect(trendFromCounts([3, 3, 2, 2, 2])).toBe("falling_slowly");
    expect(trendFromCounts([4, 4, 1, 0, 0])).toBe("falling_fast");
  });

  it("treats no exchanges at all as unchanged", () => {
    expect(trendFromCounts([0, 0, 0, 0, 0])).toBe("about_same");
    expect(trendFromCounts([])).toBe("about_same");
  });
});

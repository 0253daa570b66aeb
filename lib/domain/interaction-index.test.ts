import { describe, expect, it } from "vitest";
import { computeInteractionIndex, emptyIndexInputs, INDEX_FORMULA } from "./interaction-index";

describe("computeInteractionIndex", () => {
  it("scores a year with nothing logged on length alone", () => {
    // Signed 1973, evaluated 2025: 52 years, capped at 100; the rest 0; total = 0.1 × 100.
    expect(computeInteractionIndex(emptyIndexInputs(2025, 1973))).toEqual({
      length: 100,
      breadth: 0,
      depth: 0,
      intensity: 0,
      frequency: 0,
      total: 10,
    });
  });

  it("scores a hand-made busy year with known answers", () => {
    // Signed 2005 → 20 years → 50. 3 categories of 5 → 60.
    // Depth: 1 ministerial-grade leader (40) + 1 division-grade leader (15) + 2 official visits (20) = 75.
    // Intensity: log10(1+99)/log10(501) = 2/2.6998 = 74.08 → 74. Frequency: 4 activities + 2 delegations = 6 → 100.
    // Total: 0.1×50 + 0.2×60 + 0.2×75 + 0.2×74.08 + 0.3×100 = 5 + 12 + 15 + 14.82 + 30 = 76.82 → 77.
    const index = computeInteractionIndex({
      year: 2025,
      signedYear: 2005,
      categories: 3,
      delegationsByRank: { ministerial: 1, division: 1 },
      officialVisits: 2,
      participants: 99,
      activities: 4,
      delegations: 2,
    });
    expect(index).toEqual({ length: 50, breadth: 60, depth: 75, intensity: 74, frequency: 100, total: 77 });
  });

  it("caps every dimension at 100", () => {
    const index = computeInteractionIndex({
      year: 2025,
      signedYear: 1900,
      categories: 10,
      delegationsByRank: { ministerial: 5 },
      officialVisits: 10,
      participants: 100_000,
      activities: 40,
      delegations: 10,
    });
    expect(index).toEqual({ length: 100, breadth: 100, depth: 100, intensity: 100, frequency: 100, total: 100 });
  });

  it("gives no length to an unknown or future signing date", () => {
    expect(computeInteractionIndex(emptyIndexInputs(2025, null)).length).toBe(0);
    expect(computeInteractionIndex(emptyIndexInputs(2025, 2030)).length).toBe(0);
  });

  it("has weights that sum to one", () => {
    const sum = Object.values(INDEX_FORMULA.weights).reduce((s, w) => s + w, 0);
    expect(sum).toBeCloseTo(1, 10);
  });
});

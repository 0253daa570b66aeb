import { describe, expect, it } from "vitest";
import { monthsBefore, nextAnniversary } from "./statistics-locality";

describe("monthsBefore", () => {
  it("goes back whole months, clamping to the month's last day", () => {
    expect(monthsBefore("2026-11-23", 24)).toBe("2024-11-23");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2024-03-31", 1)).toBe("2024-02-29");
  });
});

describe("nextAnniversary", () => {
  it("is this year's date when still ahead, else next year's", () => {
    expect(nextAnniversary("1973-06-24", "2026-05-01")).toEqual({ date: "2026-06-24", years: 53 });
    expect(nextAnniversary("1973-06-24", "2026-06-24")).toEqual({ date: "2026-06-24", years: 53 });
    expect(nextAnniversary("1973-06-24", "2026-06-25")).toEqual({ date: "2027-06-24", years: 54 });
  });
  it("keeps 29 February on 28 February in common years", () => {
    expect(nextAnniversary("2000-02-29", "2026-01-01")).toEqual({ date: "2026-02-28", years: 26 });
  });
  it("has none for an unknown or future date", () => {
    expect(nextAnniversary(null, "2026-01-01")).toBeNull();
    expect(nextAnniversary("2027-03-01", "2026-01-01")).toBeNull();
  });
});

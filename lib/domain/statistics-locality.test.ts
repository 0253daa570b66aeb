import { describe, expect, it } from "vitest";
import { nextAnniversary } from "./statistics-locality";

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

import { describe, expect, it } from "vitest";
import { anniversaryDate, isRoundAnniversary, nextRoundAnniversary, roundAnniversaryYears, yearsSince } from "./anniversary";

describe("round anniversaries", () => {
  it("counts 10, 15, 20, 25, 30, 40, 50, 60 … as round, and not 5, 35 or 45", () => {
    expect([10, 15, 20, 25, 30, 40, 50, 60, 100].every(isRoundAnniversary)).toBe(true);
    expect([0, 5, 11, 35, 45, 55, 65, 1].some(isRoundAnniversary)).toBe(false);
  });

  it("lists the round years in order", () => {
    expect(roundAnniversaryYears(60)).toEqual([10, 15, 20, 25, 30, 40, 50, 60]);
    expect(roundAnniversaryYears(9)).toEqual([]);
  });

  it("finds the 15th between the 10th and the 20th", () => {
    expect(nextRoundAnniversary("2012-04-01", "2026-11-29")).toMatchObject({ years: 15, date: "2027-04-01" });
  });

  it("finds Tianjin–Kobe's 60th (signed 1973-06-24) as the next after its 50th", () => {
    expect(nextRoundAnniversary("1973-06-24", "2026-11-23")).toEqual({ years: 60, date: "2033-06-24", inDays: 2405 });
    expect(nextRoundAnniversary("1973-06-24", "2023-06-24")).toEqual({ years: 50, date: "2023-06-24", inDays: 0 });
    expect(nextRoundAnniversary("1973-06-24", "2023-06-25")?.years).toBe(60);
  });

  it("includes the 25th between the 20th and the 30th", () => {
    expect(nextRoundAnniversary("2001-03-01", "2021-03-02")).toMatchObject({ years: 25, date: "2026-03-01" });
  });

  it("gives the first round one (10 years) for a partnership signed in the future or this year", () => {
    expect(nextRoundAnniversary("2027-05-01", "2026-11-23")).toMatchObject({ years: 10, date: "2037-05-01" });
  });

  it("moves 29 February to the 28th in common years", () => {
    expect(anniversaryDate("2000-02-29", 2010)).toBe("2010-02-28");
    expect(anniversaryDate("2000-02-29", 2020)).toBe("2020-02-29");
    expect(nextRoundAnniversary("2000-02-29", "2010-01-01")).toMatchObject({ years: 10, date: "2010-02-28" });
  });

  it("counts whole years since signing, and nothing for unknown dates", () => {
    expect(yearsSince("1973-06-24", "2026-06-23")).toBe(52);
    expect(yearsSince("1973-06-24", "2026-06-24")).toBe(53);
    expect(yearsSince("2030-01-01", "2026-06-24")).toBe(0);
    expect(yearsSince(null, "2026-06-24")).toBeNull();
    expect(nextRoundAnniversary(null, "2026-06-24")).toBeNull();
    expect(nextRoundAnniversary("not-a-date", "2026-06-24")).toBeNull();
  });
});

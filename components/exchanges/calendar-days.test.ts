import { describe, expect, it } from "vitest";
import { calendarWeeks, shiftMonth } from "./calendar-days";

describe("calendar weeks", () => {
  it("covers the month in whole Monday-first weeks and places multi-day items on each of their days", () => {
    const weeks = calendarWeeks("2026-11", [
      {
        kind: "activity",
        id: 1,
        title: "Forum",
        startDate: "2026-10-31",
        endDate: "2026-11-02",
        category: "other",
        place: "天津市",
        placeRomanised: "Tianjin",
        placeZh: "天津市",
      },
      {
        kind: "delegation",
        id: 2,
        title: "Kim",
        startDate: "2026-11-30",
        endDate: null,
        direction: "incoming",
        status: "planned",
        place: "天津市",
        placeRomanised: "Tianjin",
        placeZh: "天津市",
      },
    ]);
    expect(weeks[0]?.[0]?.iso).toBe("2026-10-26");
    expect(weeks.at(-1)?.at(-1)?.iso).toBe("2026-12-06");
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const days = weeks.flat();
    expect(days.filter((d) => d.items.some((i) => i.id === 1)).map((d) => d.iso)).toEqual(["2026-10-31", "2026-11-01", "2026-11-02"]);
    expect(days.find((d) => d.iso === "2026-11-30")?.items.map((i) => i.kind)).toEqual(["delegation"]);
    expect(days.find((d) => d.iso === "2026-11-01")?.inMonth).toBe(true);
  });

  it("moves across years", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
  });
});

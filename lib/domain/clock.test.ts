import { afterEach, describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  monthsBefore,
  now,
  setClockForTests,
  startOfDay,
  thisYear,
  today,
  twelveMonthsBefore,
} from "./clock";

afterEach(() => setClockForTests(null));

describe("the one clock", () => {
  it("gives China's date, not UTC's, from 00:00 to 08:00 China time", () => {
    // 2026-01-01 02:00 in Beijing is still 2025-12-31 in UTC.
    setClockForTests("2025-12-31T18:00:00Z");
    expect(today()).toBe("2026-01-01");
    expect(thisYear()).toBe(2026);
    setClockForTests("2025-12-31T15:59:59Z");
    expect(today()).toBe("2025-12-31");
    expect(thisYear()).toBe(2025);
  });

  it("follows the configured time zone", () => {
    setClockForTests("2025-12-31T18:00:00Z", "Europe/London");
    expect(today()).toBe("2025-12-31");
  });

  it("freezes and releases", () => {
    setClockForTests("2020-05-05T00:00:00Z");
    expect(now().toISOString()).toBe("2020-05-05T00:00:00.000Z");
    setClockForTests(null);
    expect(now().getUTCFullYear()).toBeGreaterThanOrEqual(2026);
  });

  it("counts 12 months before 29 February as 28 February", () => {
    expect(twelveMonthsBefore("2024-02-29")).toBe("2023-02-28");
    expect(twelveMonthsBefore("2026-11-23")).toBe("2025-11-23");
    expect(twelveMonthsBefore("2025-03-01")).toBe("2024-03-01");
  });

  it("goes back whole months, clamping to the month's last day", () => {
    expect(monthsBefore("2026-11-23", 24)).toBe("2024-11-23");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2024-03-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-12-01", 1)).toBe("2026-01-01");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
  });

  it("names the day of the week, Monday first", () => {
    expect(dayOfWeek("2026-01-05")).toBe(1);
    expect(dayOfWeek("2026-01-04")).toBe(7);
  });

  it("validates real calendar dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-02-30")).toBe(false);
    expect(isIsoDate("2025-2-3")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });

  it("adds and counts days across month and year ends", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2025-12-25", "2026-01-01")).toBe(7);
    expect(daysBetween("2026-01-01", "2025-12-25")).toBe(-7);
  });

  it("starts a day at China's midnight", () => {
    expect(startOfDay("2026-01-01").toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });
});

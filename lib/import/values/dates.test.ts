import { describe, expect, it } from "vitest";
import { guessDayMonthOrder, parseDate, parseYear } from "./dates";

const DAY: [string, string][] = [
  ["2013-05-01", "2013-05-01"],
  ["2013-5-1", "2013-05-01"],
  ["2013/5/1", "2013-05-01"],
  ["2013/05/01", "2013-05-01"],
  ["2013.5.1", "2013-05-01"],
  ["2013. 5. 1.", "2013-05-01"],
  ["2013年5月1日", "2013-05-01"],
  ["2013年5月1号", "2013-05-01"],
  ["2013 年 5 月 1 日", "2013-05-01"],
  ["２０１３年５月１日", "2013-05-01"],
  ["２０１３／５／１", "2013-05-01"],
  ["二〇一三年五月一日", "2013-05-01"],
  ["二〇一三年十二月三十一日", "2013-12-31"],
  ["2013년 5월 1일", "2013-05-01"],
  ["1 May 2013", "2013-05-01"],
  ["1st May 2013", "2013-05-01"],
  ["May 1, 2013", "2013-05-01"],
  ["May 1st, 2013", "2013-05-01"],
  ["Sept. 12, 2013", "2013-09-12"],
  ["1-May-2013", "2013-05-01"],
  ["1-May-13", "2013-05-01"],
  ["12-Oct-85", "1985-10-12"],
  ["01/05/2013", "2013-05-01"],
  ["13/5/2013", "2013-05-13"],
  ["5/13/2013", "2013-05-13"],
  ["01.05.2013", "2013-05-01"],
  ["41395", "2013-05-01"],
  ["41395.5", "2013-05-01"],
  ["25569", "1970-01-01"],
  ["2013-05-01 00:00:00", "2013-05-01"],
  ["2013-05-01T00:00:00Z", "2013-05-01"],
  ["2024-02-29", "2024-02-29"],
  ["2000-02-29", "2000-02-29"],
];

const MONTH: [string, string][] = [
  ["2013年5月", "2013-05-01"],
  ["2013-05", "2013-05-01"],
  ["2013/5", "2013-05-01"],
  ["May 2013", "2013-05-01"],
  ["December 1999", "1999-12-01"],
];

const YEAR: [string, string][] = [
  ["2013", "2013-01-01"],
  ["2013年", "2013-01-01"],
  ["２０１３年", "2013-01-01"],
  ["2013.0", "2013-01-01"],
];

describe("parseDate", () => {
  it.each(DAY)("%s → %s (day)", (text, iso) => expect(parseDate(text)).toEqual({ iso, precision: "day" }));
  it.each(MONTH)("%s → %s (month)", (text, iso) => expect(parseDate(text)).toEqual({ iso, precision: "month" }));
  it.each(YEAR)("%s → %s (year)", (text, iso) => expect(parseDate(text)).toEqual({ iso, precision: "year" }));

  it("refuses dates that do not exist and what is not a date", () => {
    for (const text of [
      "",
      "2013-02-30",
      "2013-13-01",
      "2023-02-29",
      "1900-02-29",
      "31/04/2013",
      "2013年2月30日",
      "12",
      "500",
      "1899",
      "2201",
      "9999",
      "130000",
      "Maybe 2013",
      "2013-05-01x",
      "Foo 1, 2013",
      "1/2/3",
    ]) {
      expect(parseDate(text), text).toBeNull();
    }
  });

  it("reads ambiguous day/month numbers in the order asked", () => {
    expect(parseDate("01/05/2013")?.iso).toBe("2013-05-01");
    expect(parseDate("01/05/2013", "mdy")?.iso).toBe("2013-01-05");
    // A number above 12 decides whatever the order.
    expect(parseDate("13/05/2013", "mdy")?.iso).toBe("2013-05-13");
    expect(parseDate("05/13/2013", "dmy")?.iso).toBe("2013-05-13");
  });
});

describe("guessDayMonthOrder", () => {
  it("is month-first only when a cell can only be month-first", () => {
    expect(guessDayMonthOrder(["5/1/2013", "5/13/2013"])).toBe("mdy");
    expect(guessDayMonthOrder(["5/1/2013", "13/5/2013"])).toBe("dmy");
    expect(guessDayMonthOrder(["5/1/2013", "2013-05-01"])).toBe("dmy");
    expect(guessDayMonthOrder(["5/13/2013", "31/1/2013"])).toBe("dmy");
  });
});

describe("parseYear", () => {
  it.each([
    ["2016", 2016],
    ["2016年", 2016],
    ["2016年度", 2016],
    ["FY2016", 2016],
    ["FY 2016", 2016],
    ["２０１６", 2016],
    ["2016-12-31", 2016],
    ["1900", 1900],
    ["2200", 2200],
  ] as const)("%s → %d", (text, year) => expect(parseYear(text)).toBe(year));

  it("refuses years out of range and non-years", () => {
    for (const text of ["1899", "2201", "16", "", "year", "20166"]) expect(parseYear(text), text).toBeNull();
  });
});

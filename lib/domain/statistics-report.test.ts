import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { parseReportParams } from "@/lib/validation/report-params";
import { isPartialYear, reportPeriod, resolveReportScope } from "./statistics-report";

const base = { id: 1, email: "x@y", name: "X" };
const admin: Viewer = { ...base, role: "national_admin", provinceCode: null, localityId: null };
const sd: Viewer = { ...base, role: "province_admin", provinceCode: "SD", localityId: null };
const tj: Viewer = { ...base, role: "city_staff", provinceCode: "TJ", localityId: 85 };
const provinceOf = (id: number) => ({ 85: "TJ", 90: "SD" })[id];

describe("resolveReportScope", () => {
  it("lets a national administrator report on any scope", () => {
    expect(resolveReportScope(admin, parseReportParams({ scope: "province", province: "tj" }), provinceOf)).toEqual({
      scope: { kind: "province", provinceCode: "TJ" },
      allowed: true,
    });
  });
  it("keeps a province administrator inside their province", () => {
    expect(resolveReportScope(sd, parseReportParams({ scope: "locality", locality: "90" }), provinceOf).allowed).toBe(true);
    expect(resolveReportScope(sd, parseReportParams({ scope: "locality", locality: "85" }), provinceOf)).toEqual({
      scope: { kind: "province", provinceCode: "SD" },
      allowed: false,
    });
    expect(resolveReportScope(sd, parseReportParams({ scope: "nation" }), provinceOf).allowed).toBe(false);
  });
  it("keeps city staff to their own locality", () => {
    expect(resolveReportScope(tj, parseReportParams({}), provinceOf)).toEqual({
      scope: { kind: "locality", localityId: 85 },
      allowed: true,
    });
    expect(resolveReportScope(tj, parseReportParams({ scope: "province", province: "TJ" }), provinceOf).allowed).toBe(false);
  });
  it("refuses an incomplete scope and ignores malformed values", () => {
    expect(resolveReportScope(admin, parseReportParams({ scope: "locality", locality: "abc" }), provinceOf).allowed).toBe(false);
    expect(parseReportParams({ scope: "<script>", from: "20x5", table: "users" })).toEqual({});
  });
});

describe("reportPeriod", () => {
  it("defaults to the current year and swaps a reversed range", () => {
    expect(reportPeriod({}, 2026)).toEqual({ from: 2026, to: 2026 });
    expect(reportPeriod({ from: 2025, to: 2020 }, 2026)).toEqual({ from: 2020, to: 2025 });
    expect(reportPeriod({ from: 2020 }, 2026)).toEqual({ from: 2020, to: 2026 });
  });
});

describe("isPartialYear", () => {
  it("calls a year partial while fewer than 90 % of the partnerships answered", () => {
    expect(isPartialYear(12, 1863)).toBe(true);
    expect(isPartialYear(1600, 1863)).toBe(true);
    expect(isPartialYear(1863, 1871)).toBe(false);
    expect(isPartialYear(0, 0)).toBe(false);
  });
});

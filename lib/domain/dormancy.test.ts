import { describe, expect, it } from "vitest";
import { DORMANT_MONTHS, isDormant, parseDormantMonths } from "./dormancy";

const today = "2026-11-23";

describe("isDormant", () => {
  it("is not dormant when signed yesterday, with no exchange yet", () => {
    expect(isDormant({ signedOn: "2026-11-22", lastExchange: null }, today)).toBe(false);
  });

  it("counts from the later of the signing and the last exchange", () => {
    expect(isDormant({ signedOn: "2025-06-01", lastExchange: "2020-01-01" }, today)).toBe(false);
    expect(isDormant({ signedOn: "1990-01-01", lastExchange: "2025-06-01" }, today)).toBe(false);
    expect(isDormant({ signedOn: "1990-01-01", lastExchange: "2024-11-22" }, today)).toBe(true);
    expect(isDormant({ signedOn: "2024-11-23", lastExchange: null }, today)).toBe(false);
    expect(isDormant({ signedOn: "2024-11-22", lastExchange: null }, today)).toBe(true);
  });

  it("is dormant with neither date known, and ignores a malformed date", () => {
    expect(isDormant({ signedOn: null, lastExchange: null }, today)).toBe(true);
    expect(isDormant({ signedOn: "1973", lastExchange: null }, today)).toBe(true);
  });
});

describe("the dormancy setting", () => {
  it("takes another threshold", () => {
    expect(isDormant({ signedOn: "1990-01-01", lastExchange: "2025-10-01" }, today, 18)).toBe(false);
    expect(isDormant({ signedOn: "1990-01-01", lastExchange: "2025-10-01" }, today, 6)).toBe(true);
  });

  it("reads the stored value, and falls back to 24 months for a missing or unreasonable one", () => {
    expect(parseDormantMonths("36")).toBe(36);
    expect([null, "", "abc", "0", "2", "12.5", "1000"].map(parseDormantMonths)).toEqual(Array(7).fill(DORMANT_MONTHS));
  });
});

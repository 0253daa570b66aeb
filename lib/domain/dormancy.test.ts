import { describe, expect, it } from "vitest";
import { isDormant } from "./dormancy";

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

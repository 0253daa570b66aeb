import { describe, expect, it } from "vitest";
import { disagreementFlags } from "./evaluation-flags";

describe("disagreementFlags", () => {
  it("flags 'very good' with no logged exchange in three years", () => {
    expect(disagreementFlags({ status: "very_good", eventsByYear: [5, 2, 0, 0, 0], indexTotal: 10 })).toEqual([
      "goodWithoutExchange",
      "veryGoodLowIndex",
    ]);
    expect(disagreementFlags({ status: "good", eventsByYear: [5, 2, 0, 0, 0], indexTotal: 10 })).toEqual(["goodWithoutExchange"]);
  });

  it("does not flag 'very good' backed by the log", () => {
    expect(disagreementFlags({ status: "very_good", eventsByYear: [1, 2, 3, 2, 4], indexTotal: 65 })).toEqual([]);
  });

  it("flags 'suspended' with frequent activity, and 'maintaining contact' with a high index", () => {
    expect(disagreementFlags({ status: "suspended", eventsByYear: [0, 0, 0, 1, 4], indexTotal: 40 })).toEqual(["suspendedButActive"]);
    expect(disagreementFlags({ status: "maintaining_contact", eventsByYear: [0, 0, 0, 1, 2], indexTotal: 70 })).toEqual([
      "contactOnlyButActive",
    ]);
  });

  it("accepts 'suspended' when nothing happens, and says nothing without a status", () => {
    expect(disagreementFlags({ status: "suspended", eventsByYear: [0, 0, 0, 0, 0], indexTotal: 10 })).toEqual([]);
    expect(disagreementFlags({ status: null, eventsByYear: [0, 0, 0, 0, 0], indexTotal: 0 })).toEqual([]);
  });
});

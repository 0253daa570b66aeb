import { describe, expect, it } from "vitest";
import { boardListSchema, partnerRequestSchema, partnerResponseSchema, updatePartnerRequestSchema } from "./partner-request";
import { parseListParams } from "./list-params";

const ours = {
  side: "ours",
  seekerLocalityId: 7,
  wantedCountryCode: "de",
  wantedProvinceCode: "",
  wantedRegion: "",
  wantedLevels: ["city"],
  purposes: ["economic_trade_foundation"],
  categories: ["youth"],
  title: "  Lanzhou seeks a German partner ",
  description: "",
  closesOn: "",
} as const;

const issues = (input: unknown) => partnerRequestSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("partner request schema", () => {
  it("cleans a post of ours: codes upper-cased, empty texts and dates null", () => {
    expect(partnerRequestSchema.parse(ours)).toMatchObject({
      wantedCountryCode: "DE",
      wantedProvinceCode: null,
      wantedRegion: null,
      title: "Lanzhou seeks a German partner",
      description: null,
      closesOn: null,
    });
  });

  it("accepts its own output again (the form parses, then the action)", () => {
    const once = partnerRequestSchema.parse(ours);
    expect(partnerRequestSchema.parse(once)).toEqual(once);
  });

  it("requires a country abroad for ours, and a province or region for a foreign seeker", () => {
    expect(issues({ ...ours, wantedCountryCode: "" })).toEqual([["wantedCountryCode", "validation.required"]]);
    expect(issues({ ...ours, wantedCountryCode: "CN" })).toEqual([["wantedCountryCode", "validation.invalidChoice"]]);
    const foreign = { ...ours, side: "foreign", wantedCountryCode: "" };
    expect(issues(foreign)).toEqual([["wantedProvinceCode", "validation.required"]]);
    expect(issues({ ...foreign, wantedRegion: "west" })).toEqual([]);
    expect(issues({ ...foreign, wantedProvinceCode: "SC" })).toEqual([]);
  });

  it("refuses unknown levels and fields, a false date, a blank title and unknown keys", () => {
    expect(issues({ ...ours, wantedLevels: ["planet"] })[0]?.[0]).toBe("wantedLevels.0");
    expect(issues({ ...ours, purposes: ["fun"] })[0]?.[0]).toBe("purposes.0");
    expect(issues({ ...ours, closesOn: "2026-02-30" })).toEqual([["closesOn", "validation.invalidDate"]]);
    expect(issues({ ...ours, title: " \u200b " })).toEqual([["title", "validation.required"]]);
    expect(issues({ ...ours, owner: 1 })[0]?.[1]).toBe("validation.unknownField");
  });

  it("edits carry the id and version; a response needs a message", () => {
    expect(updatePartnerRequestSchema.safeParse({ ...ours, id: 3 }).success).toBe(false);
    expect(updatePartnerRequestSchema.parse({ ...ours, id: 3, version: 2 })).toMatchObject({ id: 3, version: 2 });
    expect(partnerResponseSchema.safeParse({ requestId: 3, message: "  " }).success).toBe(false);
    expect(partnerResponseSchema.parse({ requestId: 3, message: "We know Essen well.\nCall us." }).message).toContain("\n");
  });

  it("reads the board's filters, ignoring anything malformed", () => {
    expect(
      parseListParams(boardListSchema, { side: "ours", country: "de", field: "c.youth", state: "found", province: "sc" }),
    ).toMatchObject({
      side: "ours",
      country: "DE",
      field: "c.youth",
      state: "found",
      province: "SC",
    });
    expect(parseListParams(boardListSchema, { side: "martians", field: "x.youth", state: "lost" })).toMatchObject({
      side: undefined,
      field: undefined,
      state: undefined,
    });
  });
});

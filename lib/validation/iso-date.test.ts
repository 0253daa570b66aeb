import { describe, expect, it } from "vitest";
import { activityCreateSchema } from "./activity";
import { activityListSchema } from "./activity-list";
import { campaignFormSchema } from "./campaign";
import { delegationListSchema } from "./delegation-list";
import { isoDate, isoDateParam, optionalIsoDate } from "./iso-date";
import { parseListParams } from "./list-params";
import { partnershipSchema } from "./partnership";
import { auditListSchema } from "./user-lists";

describe("the one ISO date rule", () => {
  it("accepts real dates only: 29 February in leap years, never 30 February", () => {
    expect(isoDate.safeParse("2024-02-29").success).toBe(true);
    expect(isoDate.safeParse(" 2024-02-29 ").data).toBe("2024-02-29");
    for (const bad of ["2025-02-29", "2025-02-30", "2025-13-01", "2025-2-3", "20250203", "2025-02-03T00:00"]) {
      expect(
        isoDate.safeParse(bad).error?.issues.map((i) => i.message),
        bad,
      ).toEqual(["validation.invalidDate"]);
    }
    expect(isoDate.safeParse("").error?.issues.map((i) => i.message)).toEqual(["validation.required"]);
  });

  it("reads an optional date: empty means none, a bad one is refused", () => {
    const schema = optionalIsoDate();
    expect(schema.parse("")).toBeNull();
    expect(schema.parse("  ")).toBeNull();
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse("2024-02-29")).toBe("2024-02-29");
    expect(schema.safeParse("2025-02-29").success).toBe(false);
  });

  it("ignores an impossible date in a list's URL (the activity list used to accept 2025-02-30)", () => {
    expect(isoDateParam.parse("2025-02-30")).toBeUndefined();
    for (const schema of [activityListSchema, delegationListSchema, auditListSchema]) {
      expect(parseListParams(schema, { from: "2025-02-30", to: "2025-02-29" })).toMatchObject({ from: undefined, to: undefined });
      expect(parseListParams(schema, { from: "2024-02-29", to: "2024-03-01" })).toMatchObject({ from: "2024-02-29", to: "2024-03-01" });
    }
  });

  it("is the rule of every form with a date", () => {
    const campaign = {
      title: "2025",
      year: "2025",
      opensOn: "2025-02-01",
      closesOn: "2025-02-29",
      scopeProvinces: [],
      scopeCountries: [],
      instructions: "",
    };
    expect(campaignFormSchema.safeParse(campaign).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual([
      "closesOn:validation.invalidDate",
    ]);
    expect(campaignFormSchema.safeParse({ ...campaign, year: "2024", opensOn: "2024-02-01", closesOn: "2024-02-29" }).success).toBe(true);
    const partnership = {
      ourLocalityId: 1,
      partnerLocalityId: 2,
      type: "sister",
      level: "city",
      signatories: "",
      agreementLocation: "",
      notes: "",
    };
    expect(partnershipSchema.safeParse({ ...partnership, signedOn: "2025-02-29" }).error?.issues.map((i) => i.message)).toEqual([
      "validation.invalidDate",
    ]);
    expect(partnershipSchema.parse({ ...partnership, signedOn: "2024-02-29" }).signedOn).toBe("2024-02-29");
    expect(partnershipSchema.parse({ ...partnership, signedOn: "" }).signedOn).toBeNull();
    const activity = {
      title: "Camp",
      category: "youth",
      startDate: "2024-02-29",
      endDate: "2025-02-29",
      location: "here",
      partnershipIds: [1],
      organiserLocalityId: "",
      participantsOurs: "",
      participantsPartner: "",
      costAmount: "",
      costCurrency: "",
      tags: "",
    };
    expect(activityCreateSchema.safeParse(activity).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual([
      "endDate:validation.invalidDate",
    ]);
    expect(
      activityCreateSchema
        .safeParse({ ...activity, startDate: "1948-12-31", endDate: "" })
        .error?.issues.map((i) => `${i.path.join(".")}:${i.message}`),
    ).toEqual(["startDate:validation.invalidDate"]);
  });
});

import { describe, expect, it } from "vitest";
import { activityCreateSchema } from "./activity";
import { delegationCreateSchema } from "./delegation";

const form = {
  title: "  Youth camp ",
  category: "youth",
  startDate: "2025-07-01",
  endDate: "",
  location: "here",
  partnershipIds: [3, 3, 4],
  organiserLocalityId: "",
  participantsOurs: "12",
  participantsPartner: "",
  costAmount: "1200.5",
  costCurrency: "cny",
  tags: "robotics， youth, robotics",
};

describe("activity form schema", () => {
  it("turns inputs into typed values, and accepts its own output again", () => {
    const once = activityCreateSchema.parse(form);
    expect(once).toMatchObject({
      title: "Youth camp",
      endDate: null,
      partnershipIds: [3, 4],
      participantsOurs: 12,
      participantsPartner: null,
      costAmount: 1200.5,
      costCurrency: "CNY",
      tags: ["robotics", "youth"],
    });
    expect(activityCreateSchema.parse(once)).toEqual(once);
  });

  it("refuses impossible dates, an end before the start, a cost without currency, wrong types and oversized text", () => {
    const issues = (over: Record<string, unknown>) =>
      activityCreateSchema.safeParse({ ...form, ...over }).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
    expect(issues({ startDate: "2025-02-30" })).toEqual(["startDate:validation.invalidDate"]);
    expect(issues({ endDate: "2025-06-30" })).toEqual(["endDate:validation.endBeforeStart"]);
    expect(issues({ costCurrency: "" })).toEqual(["costCurrency:validation.required"]);
    expect(issues({ costCurrency: "yen!" })[0]).toMatch(/^costCurrency:validation\./);
    expect(issues({ partnershipIds: [] })[0]).toMatch(/^partnershipIds:validation\.tooFew/);
    expect(issues({ partnershipIds: ["x"] })[0]).toMatch(/^partnershipIds\.0:validation\./);
    expect(issues({ category: "<script>" })).toEqual(["category:validation.invalidChoice"]);
    expect(issues({ title: "x".repeat(201) })[0]).toMatch(/^title:validation\.tooLong/);
    expect(issues({ participantsOurs: "-1" })[0]).toMatch(/^participantsOurs:validation\./);
  });
});

describe("delegation form schema", () => {
  it("accepts members and itinerary and its own output", () => {
    const value = {
      direction: "incoming",
      partnershipIds: [1],
      ourLocalityId: "",
      leaderName: "山田 太郎",
      leaderTitle: "",
      leaderRank: "bureau",
      startDate: "2025-10-01",
      endDate: "2025-10-03",
      purpose: "",
      status: "planned",
      outcomes: "",
      members: [{ name: "Kim", title: "", organisation: "City hall" }],
      itinerary: [{ date: "2025-10-02", place: "", description: "Port visit" }],
      activityIds: [],
    };
    const once = delegationCreateSchema.parse(value);
    expect(once.members[0]).toEqual({ name: "Kim", title: null, organisation: "City hall" });
    expect(delegationCreateSchema.parse(once)).toEqual(once);
    expect(delegationCreateSchema.safeParse({ ...value, members: [{ name: "" }] }).success).toBe(false);
  });
});

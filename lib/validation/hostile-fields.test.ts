import { describe, expect, it } from "vitest";
import { activityCreateSchema } from "./activity";
import { campaignFormSchema } from "./campaign";
import { delegationCreateSchema } from "./delegation";
import { evaluationReviewSchema } from "./evaluation";
import { activityListSchema } from "./activity-list";
import { localitySchema } from "./locality";
import { partnerLinkCreateSchema } from "./partner-link";
import { partnershipSchema } from "./partnership";
import { createUserSchema } from "./user";
import { z } from "./zod";

/**
 * Issue 9, hole 9: the real form schemas, fed what an attacker (or a careless paste) sends.
 * Counts took "0x10" as 16, [] as 0 and true as 1; titles took a right-to-left override, only
 * zero-width spaces, NUL and lone surrogates.
 */
const activity = {
  title: "Youth camp",
  category: "youth",
  startDate: "2025-07-01",
  endDate: "",
  location: "here",
  partnershipIds: [3],
  organiserLocalityId: "",
  participantsOurs: "12",
  participantsPartner: "",
  costAmount: "",
  costCurrency: "",
  tags: "",
};

function firstIssue(schema: z.ZodType, value: unknown, field: string): string {
  const result = schema.safeParse(value);
  if (result.success) return `ok:${JSON.stringify((result.data as Record<string, unknown>)[field])}`;
  const issue = result.error.issues.find((i) => i.path[0] === field);
  return issue ? issue.message.split("|")[0]! : `other:${result.error.issues.map((i) => i.path.join(".")).join(",")}`;
}

describe("counts are numbers", () => {
  it.each([
    ["0x10", "validation.wholeNumber"],
    [[], "validation.wholeNumber"],
    [true, "validation.wholeNumber"],
    ["1e3", "validation.wholeNumber"],
    [1.5, "validation.wholeNumber"],
    [-1, "validation.tooSmall"],
    [" 12 ", "ok:12"],
    ["", "ok:null"],
  ])("activity participants %j → %s", (value, expected) => {
    expect(firstIssue(activityCreateSchema, { ...activity, participantsOurs: value }, "participantsOurs")).toBe(expected);
  });

  it.each([
    ["0x10", "validation.invalid"],
    ["1e3", "validation.invalid"],
    [[], "validation.invalid"],
    [true, "validation.invalid"],
    ["1200.50", "ok:1200.5"],
  ])("activity cost %j → %s", (value, expected) => {
    expect(firstIssue(activityCreateSchema, { ...activity, costAmount: value, costCurrency: "CNY" }, "costAmount")).toBe(expected);
  });

  it.each([
    [["0x10"], "validation.wholeNumber"],
    [[true], "validation.wholeNumber"],
    [[[]], "validation.wholeNumber"],
    [["3"], "ok:[3]"],
  ])("picked record ids %j → %s", (value, expected) => {
    const result = activityCreateSchema.safeParse({ ...activity, partnershipIds: value });
    expect(result.success ? `ok:${JSON.stringify(result.data.partnershipIds)}` : result.error.issues[0]!.message).toBe(expected);
  });

  it.each([
    ["0x7D0", "validation.wholeNumber"],
    ["2e3", "validation.wholeNumber"],
    [true, "validation.wholeNumber"],
    ["2026", "ok:2026"],
  ])("campaign year %j → %s", (value, expected) => {
    const campaign = {
      title: "t",
      year: value,
      opensOn: "2026-01-01",
      closesOn: "2026-02-01",
      scopeProvinces: [],
      scopeCountries: [],
      instructions: "",
    };
    expect(firstIssue(campaignFormSchema, campaign, "year")).toBe(expected);
  });

  it.each([
    ["0x10", "validation.wholeNumber"],
    [true, "validation.wholeNumber"],
    ["", "validation.wholeNumber"],
    ["30", "ok:30"],
  ])("partner link validity %j → %s", (value, expected) => {
    expect(
      firstIssue(partnerLinkCreateSchema, { evaluationId: 1, language: "en", recipientEmail: "", validDays: value }, "validDays"),
    ).toBe(expected);
  });

  it("a list URL with a hex page number falls back to the first page", () => {
    expect(activityListSchema.parse({ page: "0x10" }).page).toBe(1);
    expect(activityListSchema.parse({ page: "3" }).page).toBe(3);
    expect(activityListSchema.parse({ locality: "1e3" }).locality).toBeUndefined();
  });
});

describe("text is clean", () => {
  const titles: [unknown, string][] = [
    ["\u202Eevil", "validation.bidiControl"],
    ["\u200B\u200B", "validation.required"],
    ["a\u0000b", 'ok:"ab"'],
    ["\uD800", "validation.brokenCharacter"],
    ["x".repeat(1_000_000), "validation.tooLong"],
    ["<script>alert(1)</script>", 'ok:"<script>alert(1)</script>"'],
    ["=cmd|' /C calc'!A0", `ok:"=cmd|' /C calc'!A0"`],
    ["' OR 1=1 --", `ok:"' OR 1=1 --"`],
  ];

  it.each(titles)("activity title %j → %s", (value, expected) => {
    expect(firstIssue(activityCreateSchema, { ...activity, title: value }, "title")).toBe(expected);
  });

  it.each(titles)("campaign title %j → %s", (value, expected) => {
    const campaign = {
      title: value,
      year: 2026,
      opensOn: "2026-01-01",
      closesOn: "2026-02-01",
      scopeProvinces: [],
      scopeCountries: [],
      instructions: "",
    };
    expect(firstIssue(campaignFormSchema, campaign, "title")).toBe(expected);
  });

  it("cleans and checks every kind of text field alike", () => {
    expect(firstIssue(activityCreateSchema, { ...activity, description: "line one\r\nline two\u0000" }, "description")).toBe(
      'ok:"line one\\nline two"',
    );
    expect(firstIssue(activityCreateSchema, { ...activity, tags: "youth, \u200B, \u200Brobotics" }, "tags")).toBe(
      'ok:["youth","robotics"]',
    );
    expect(firstIssue(activityCreateSchema, { ...activity, tags: "youth, \u202Eevil" }, "tags")).toBe("validation.bidiControl");
    const pair = {
      ourLocalityId: 1,
      partnerLocalityId: 2,
      type: "sister_city",
      level: "city",
      signedOn: "",
      signatories: "",
      agreementLocation: "",
      notes: "\u2067x",
    };
    expect(firstIssue(partnershipSchema, pair, "notes")).toBe("validation.bidiControl");
    const place = {
      countryCode: "FR",
      provinceCode: "",
      stateName: "",
      nameLocal: "\u200B",
      nameRomanised: "Lyon",
      level: "city",
      latitude: "",
      longitude: "",
      notes: "",
    };
    expect(firstIssue(localitySchema, place, "nameLocal")).toBe("validation.required");
    const trip = {
      direction: "outgoing",
      partnershipIds: [1],
      ourLocalityId: "",
      leaderName: "\uDC00",
      leaderTitle: "",
      leaderRank: "other",
      startDate: "2025-01-01",
      endDate: "",
      purpose: "",
      status: "planned",
      outcomes: "",
      members: [],
      itinerary: [],
      activityIds: [],
    };
    expect(firstIssue(delegationCreateSchema, trip, "leaderName")).toBe("validation.brokenCharacter");
    expect(firstIssue(evaluationReviewSchema, { id: 1, version: 1, decision: "return", comment: "\u200B \u200B" }, "comment")).toBe(
      "validation.returnNeedsComment",
    );
    const person = {
      name: "\u202Dadmin",
      email: "a@example.org",
      role: "viewer",
      provinceCode: "",
      localityId: null,
      password: "correct horse battery staple",
    };
    expect(firstIssue(createUserSchema, person, "name")).toBe("validation.bidiControl");
  });
});

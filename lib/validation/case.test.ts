import { describe, expect, it } from "vitest";
import { caseSearchText } from "@/lib/domain/case-search";
import { caseCreateSchema, caseHideSchema, caseListSchema } from "./case";

const valid = {
  title: "  青少年机器人交流  ",
  summary: "两市中学生共同参加机器人夏令营。",
  body: "# 做法\n\n- 联合命题\n- 线上预赛",
  category: "youth",
  language: "zh-CN",
  tags: "青少年, 机器人，科技、青少年",
  partnershipIds: ["3", 3, 4],
  localityIds: [],
  activityIds: [],
  startDate: "2025-07-01",
  endDate: "",
  status: "published",
};

describe("the case form's schema", () => {
  it("cleans the text, splits and de-duplicates tags, and reads ids and empty dates", () => {
    const out = caseCreateSchema.parse(valid);
    expect(out).toMatchObject({
      title: "青少年机器人交流",
      tags: ["青少年", "机器人", "科技"],
      partnershipIds: [3, 4],
      endDate: null,
      sourceActivityId: null,
      status: "published",
    });
    // The action parses the form's output again: it must be accepted as it is.
    expect(caseCreateSchema.parse(out)).toEqual(out);
  });

  it("requires a title, summary and text, a known category, language and status", () => {
    const result = caseCreateSchema.safeParse({
      ...valid,
      title: " ",
      summary: "",
      body: "",
      category: "party",
      language: "fr",
      status: "live",
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "summary", "body", "category", "language", "status"]));
  });

  it("refuses an end before the start, and an end without a start", () => {
    expect(caseCreateSchema.safeParse({ ...valid, endDate: "2025-06-30" }).error?.issues[0]?.path).toEqual(["endDate"]);
    expect(caseCreateSchema.safeParse({ ...valid, startDate: "", endDate: "2025-06-30" }).error?.issues[0]?.path).toEqual(["startDate"]);
  });

  it("refuses too many links and a body beyond its limit", () => {
    expect(caseCreateSchema.safeParse({ ...valid, partnershipIds: Array.from({ length: 21 }, (_, i) => i + 1) }).success).toBe(false);
    expect(caseCreateSchema.safeParse({ ...valid, body: "x".repeat(20_001) }).success).toBe(false);
  });

  it("needs a reason to hide a case", () => {
    expect(caseHideSchema.safeParse({ id: 1, version: 1, reason: "  " }).success).toBe(false);
    expect(caseHideSchema.parse({ id: "1", version: "2", reason: "内容涉及个人信息" })).toEqual({
      id: 1,
      version: 2,
      reason: "内容涉及个人信息",
    });
  });

  it("ignores malformed list parameters instead of failing", () => {
    const p = caseListSchema.parse({ category: "nonsense", language: "xx", province: "sichuan", featured: "yes", page: "-3" });
    expect(p).toMatchObject({ category: undefined, language: undefined, province: undefined, featured: undefined, page: 1 });
  });
});

describe("a case's search text", () => {
  it("folds case, diacritics, full-width forms and Markdown marks, word by word", () => {
    const text = caseSearchText({
      title: "Ｋōbe **Youth** Exchange",
      summary: "青少年交流",
      body: "[Link](https://x.test)",
      tags: ["Robotics"],
    });
    expect(text.split(" ")).toEqual(expect.arrayContaining(["kobe", "youth", "exchange", "青少年交流", "robotics"]));
    expect(text).not.toMatch(/[A-Z*]/);
  });
});

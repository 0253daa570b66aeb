import { describe, expect, it } from "vitest";
import { announcementFormSchema, announcementListSchema, audienceProvince, updateAnnouncementSchema } from "./announcement";

const valid = { title: "Training", body: "Text", audience: "all", validFrom: "2026-06-01", validUntil: "" };
const issues = (v: unknown) => {
  const r = announcementFormSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("the announcement form", () => {
  it("accepts everyone or a province, an open end or a last day on or after the first", () => {
    expect(announcementFormSchema.parse(valid)).toMatchObject({ audience: "all", validUntil: null });
    expect(announcementFormSchema.parse({ ...valid, audience: "SD", validUntil: "2026-06-01" })).toMatchObject({
      validUntil: "2026-06-01",
    });
    expect(audienceProvince("all")).toBeNull();
    expect(audienceProvince("SD")).toBe("SD");
  });

  it("refuses a last day before the first, an unreal date, a blank title or text, and an audience that is not one", () => {
    expect(issues({ ...valid, validUntil: "2026-05-31" })).toEqual(["validUntil:validation.endBeforeStart"]);
    expect(issues({ ...valid, validFrom: "2026-02-30" })).toEqual(["validFrom:validation.invalidDate"]);
    expect(issues({ ...valid, title: " \u200b " })).toHaveLength(1);
    expect(issues({ ...valid, body: "" })).toHaveLength(1);
    expect(issues({ ...valid, audience: "sd" })).toEqual(["audience:validation.invalidChoice"]);
    expect(issues({ ...valid, audience: "everyone; drop" })).toEqual(["audience:validation.invalidChoice"]);
    expect(issues({ ...valid, extra: 1 })).toHaveLength(1);
  });

  it("needs the record and its version to save an edit", () => {
    expect(updateAnnouncementSchema.safeParse(valid).success).toBe(false);
    expect(updateAnnouncementSchema.safeParse({ ...valid, id: 3, version: 1 }).success).toBe(true);
  });

  it("reads the list's page, the first for anything malformed", () => {
    expect(announcementListSchema.parse({ page: "3" }).page).toBe(3);
    expect(announcementListSchema.parse({ page: "-1" }).page).toBe(1);
    expect(announcementListSchema.parse({}).page).toBe(1);
  });
});

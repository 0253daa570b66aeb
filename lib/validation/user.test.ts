import { describe, expect, it } from "vitest";
import { createUserSchema, updateUserSchema, userRefSchema } from "./user";

const valid = {
  name: " Liu Yang ",
  email: " Liu@Example.ORG ",
  role: "city_staff",
  provinceCode: "",
  localityId: 5,
  password: "long-enough-pass",
};
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("user schemas", () => {
  it("trims and lower-cases", () => {
    expect(createUserSchema.parse(valid)).toMatchObject({ name: "Liu Yang", email: "liu@example.org" });
  });

  it("requires the scope the role needs", () => {
    expect(messages(createUserSchema.safeParse({ ...valid, localityId: null }))).toEqual({ localityId: "validation.required" });
    expect(messages(createUserSchema.safeParse({ ...valid, role: "province_admin", localityId: null }))).toEqual({
      provinceCode: "validation.required",
    });
    expect(createUserSchema.safeParse({ ...valid, role: "viewer", localityId: null }).success).toBe(true);
  });

  it("refuses wrong types, unknown roles, oversized and short values with translation keys", () => {
    const r = messages(
      createUserSchema.safeParse({ ...valid, role: "superuser", name: "x".repeat(101), password: "short", localityId: "5" }),
    );
    expect(r).toMatchObject({
      role: "validation.invalidChoice",
      name: 'validation.tooLong|{"n":100}',
      password: 'validation.tooShort|{"n":12}',
      localityId: "validation.invalidType",
    });
  });

  it("needs a whole positive id and version", () => {
    expect(userRefSchema.safeParse({ id: 1.5, version: 0 }).success).toBe(false);
    expect(updateUserSchema.safeParse({ ...valid, id: 3, version: 2 }).success).toBe(true);
  });
});

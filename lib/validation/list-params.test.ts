import { describe, expect, it } from "vitest";
import { listParamsSchema, optionalEnum, parseListParams } from "./list-params";

const schema = listParamsSchema(["name", "signedOn"] as const, { sort: "name" }).extend({
  status: optionalEnum(["good", "suspended"] as const),
});

describe("list params", () => {
  it("reads a well-formed URL", () => {
    expect(
      parseListParams(schema, { page: "3", pageSize: "50", sort: "signedOn", dir: "desc", q: " kobe ", status: "good" }),
    ).toMatchObject({
      page: 3,
      pageSize: 50,
      sort: "signedOn",
      dir: "desc",
      q: "kobe",
      status: "good",
    });
  });

  it("falls back to defaults on hostile or malformed values, never throwing", () => {
    const parsed = parseListParams(schema, {
      page: "-1",
      pageSize: "1000000",
      sort: "password_hash; drop table",
      dir: "sideways",
      status: "<script>",
    });
    expect(parsed).toMatchObject({ page: 1, pageSize: 25, sort: "name", dir: "asc", status: undefined });
  });

  it("takes the first of repeated values", () => {
    expect(parseListParams(schema, { page: ["2", "9"] }).page).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { IMPORT_FIELDS, type ImportField } from "./fields";
import { parseCell } from "./parse-cell";

const field = (kind: keyof typeof IMPORT_FIELDS, key: string): ImportField => IMPORT_FIELDS[kind].find((f) => f.key === key)!;

describe("a value mapped by hand in the preview", () => {
  it("is read by the field's own parser, so the mapping form's choices work", () => {
    expect(parseCell(field("partnerships", "partnerCountry"), "Narnia", { partnerCountry: { Narnia: "GB" } })).toEqual({
      ok: true,
      value: "GB",
    });
    expect(parseCell(field("partnerships", "status"), "不错", { status: { 不错: "good" } })).toEqual({ ok: true, value: "good" });
    expect(parseCell(field("evaluations", "year"), "去年", { year: { 去年: "2016年" } })).toEqual({ ok: true, value: 2016 });
    expect(parseCell(field("evaluations", "purposes"), "交流", { purposes: { 交流: "widen_external_exchanges" } })).toEqual({
      ok: true,
      value: ["widen_external_exchanges"],
    });
  });

  it("is refused when it is not a value of the field (a form sent by hand), and never reaches the database", () => {
    expect(parseCell(field("partnerships", "status"), "不错", { status: { 不错: "'); drop table imports; --" } }).ok).toBe(false);
    expect(parseCell(field("evaluations", "year"), "去年", { year: { 去年: "abc" } }).ok).toBe(false);
    expect(parseCell(field("partnerships", "partnerCountry"), "Narnia", { partnerCountry: { Narnia: "ZZ" } }).ok).toBe(false);
  });
});

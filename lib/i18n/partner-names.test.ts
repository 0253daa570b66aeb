import { describe, expect, it } from "vitest";
import { PARTNER_LANGUAGES } from "@/lib/domain/enums";
import { nameForLanguage, officeForLanguage } from "./partner-names";

const tianjin = { nameLocal: "天津市", nameRomanised: "Tianjin", nameZh: "天津市", countryCode: "CN" };
const kobe = { nameLocal: "神戸市", nameRomanised: "Kobe", nameZh: "神户市", countryCode: "JP" };
const incheon = { nameLocal: "인천광역시", nameRomanised: "Incheon", nameZh: "仁川广域市", countryCode: "KR" };
const kharkiv = { nameLocal: "Харків", nameRomanised: "Kharkiv", nameZh: null, countryCode: "UA" };

describe("names on the partner page", () => {
  it("are romanised in English, never in a script the reader may not read", () => {
    expect([tianjin, kobe, incheon, kharkiv].map((p) => nameForLanguage("en", p))).toEqual(["Tianjin", "Kobe", "Incheon", "Kharkiv"]);
  });
  it("are in the partner's own script for the partner's language", () => {
    expect(nameForLanguage("ja", kobe)).toBe("神戸市");
    expect(nameForLanguage("ko", incheon)).toBe("인천광역시");
  });
  it("write our side in kanji for Japanese and romanised for Korean (no Hangul form is recorded)", () => {
    expect(nameForLanguage("ja", tianjin)).toBe("天津市");
    expect(nameForLanguage("ko", tianjin)).toBe("Tianjin");
  });
  it("never show Chinese characters or Hangul on a page of another script", () => {
    expect(nameForLanguage("ko", kobe)).toBe("Kobe");
    expect(nameForLanguage("ja", incheon)).toBe("Incheon");
  });
  it("use the Chinese name in Chinese, the romanised one when none is recorded", () => {
    expect(nameForLanguage("zh-CN", kobe)).toBe("神户市");
    expect(nameForLanguage("zh-CN", tianjin)).toBe("天津市");
    expect(nameForLanguage("zh-CN", kharkiv)).toBe("Kharkiv");
  });
  it("name a province administrator's office in each language", () => {
    const office = { kind: "province" as const, province: { nameEn: "Shandong", nameZh: "山东省" } };
    expect(PARTNER_LANGUAGES.map((l) => officeForLanguage(l, office))).toEqual(["山东省", "Shandong", "Shandong", "山东省"]);
    expect(officeForLanguage("ko", { kind: "locality", locality: tianjin })).toBe("Tianjin");
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALITY_LEVELS, LOCALES } from "./enums";
import { LOCALITY_TERM_KEYS, localityLevelLabel } from "./locality-level";

function enums(locale: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", locale, "enums.json"), "utf8"));
}
const lookup = (data: Record<string, unknown>, key: string) =>
  key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);

describe("localityLevelLabel", () => {
  it("names China's province-level divisions by their kind", () => {
    const zh = enums("zh-CN");
    const term = (provinceCode: string) => lookup(zh, localityLevelLabel("province", "CN", { provinceCode }));
    expect(term("TJ")).toBe("直辖市");
    expect(term("CQ")).toBe("直辖市");
    expect(term("GX")).toBe("自治区");
    expect(term("XJ")).toBe("自治区");
    expect(term("SD")).toBe("省");
  });

  it("reads China's lower kinds from the name where the name says them", () => {
    const zh = enums("zh-CN");
    expect(lookup(zh, localityLevelLabel("prefecture", "CN", { nameLocal: "苏州市" }))).toBe("地级市");
    expect(lookup(zh, localityLevelLabel("prefecture", "CN", { nameLocal: "延边朝鲜族自治州" }))).toBe("自治州");
    expect(lookup(zh, localityLevelLabel("city", "CN", { nameLocal: "昆山市" }))).toBe("县级市");
    expect(lookup(zh, localityLevelLabel("county", "CN", { nameLocal: "嘉善县" }))).toBe("县");
    expect(lookup(zh, localityLevelLabel("district", "CN", { nameLocal: "滨湖区" }))).toBe("区");
  });

  it("uses Japan's and Korea's own terms", () => {
    const zh = enums("zh-CN");
    expect(lookup(zh, localityLevelLabel("province", "JP", { nameLocal: "東京都" }))).toBe("都");
    expect(lookup(zh, localityLevelLabel("province", "JP", { nameLocal: "大阪府" }))).toBe("府");
    expect(lookup(zh, localityLevelLabel("province", "JP", { nameLocal: "兵庫県" }))).toBe("县");
    expect(lookup(zh, localityLevelLabel("county", "JP", { nameLocal: "昭和町" }))).toBe("町");
    expect(lookup(zh, localityLevelLabel("city", "JP", { nameLocal: "神戸市" }))).toBe("市");
    expect(lookup(zh, localityLevelLabel("province", "KR", { nameLocal: "인천광역시" }))).toBe("广域市");
    expect(lookup(zh, localityLevelLabel("province", "KR", { nameLocal: "서울특별시" }))).toBe("特别市");
    expect(lookup(zh, localityLevelLabel("province", "KR", { nameLocal: "경기도" }))).toBe("道");
    expect(lookup(zh, localityLevelLabel("county", "KR", { nameLocal: "남해군" }))).toBe("郡");
  });

  it("falls back to the generic term without a name, and elsewhere", () => {
    expect(localityLevelLabel("province", "JP")).toBe("localityTerm.jp.prefecture");
    expect(localityLevelLabel("county", "KR")).toBe("localityTerm.kr.county");
    expect(localityLevelLabel("province", "RU", { nameLocal: "Свердловская область" })).toBe("localityTerm.other.province");
  });

  it("has a message for every term it can return, in both languages", () => {
    for (const locale of LOCALES) {
      const data = enums(locale);
      for (const [country, terms] of Object.entries(LOCALITY_TERM_KEYS))
        for (const term of terms)
          expect(lookup(data, `localityTerm.${country}.${term}`), `${locale} ${country}.${term}`).toEqual(expect.any(String));
      for (const level of LOCALITY_LEVELS)
        expect(lookup(data, localityLevelLabel(level, "FR")), `${locale} ${level}`).toEqual(expect.any(String));
    }
  });
});

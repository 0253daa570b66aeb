import { describe, expect, it } from "vitest";
import { partnerChineseName, type ChineseNameMethod } from "./chinese-names";
import { cnCities, countryAliases, koreanHanja, partnerChineseNames, partnerNativeNames, provinces } from "./data";
import { readPairs } from "./demo-registry";

/** The demo's partner localities as the seed keys them, with their number of partnerships. */
function demoPartners(): Map<string, number> {
  const mainland = new Set(provinces.map((p) => p.code));
  const partners = new Map<string, number>();
  for (const row of readPairs()) {
    const cn = cnCities[row.cn_city];
    const country = countryAliases[row.partner_country];
    if (!cn || !country || !mainland.has(cn.province)) continue;
    const key = `${country}|${row.partner_city}`;
    partners.set(key, (partners.get(key) ?? 0) + 1);
  }
  return partners;
}

const HAN_ONLY = /^[\p{Script=Han}（）·\-]+$/u;

describe("Chinese names of the demo's partner localities", () => {
  const partners = demoPartners();
  const resolved = [...partners.keys()].map((key) => {
    const [country, city] = key.split(/\|(.*)/s) as [string, string];
    return { key, country, ...partnerChineseName(country, city, partnerNativeNames[key]?.nameNative) };
  });

  it("gives every partner locality a Chinese name, by the method the attribution states", () => {
    expect(resolved.filter((r) => !r.nameZh).map((r) => r.key)).toEqual([]);
    const byMethod = Object.fromEntries(
      (["opencc-japanese", "korean-hanja", "curated"] as ChineseNameMethod[]).map((m) => [
        m,
        resolved.filter((r) => r.method === m).length,
      ]),
    );
    // The counts ATTRIBUTION.md gives; change both together.
    expect(byMethod).toEqual({ "opencc-japanese": 171, "korean-hanja": 94, curated: 1241 });
    expect(resolved.filter((r) => r.country === "JP" && r.method === "opencc-japanese")).toHaveLength(171);
  });

  it("writes names in Chinese characters only, simplified", () => {
    expect(resolved.filter((r) => !HAN_ONLY.test(r.nameZh ?? "")).map((r) => `${r.key} ${r.nameZh}`)).toEqual([]);
    // Spot checks of each method.
    const zh = new Map(resolved.map((r) => [r.key, r.nameZh]));
    expect(zh.get("JP|Kobe")).toBe("神户市");
    expect(zh.get("JP|Yokohama")).toBe("横滨市");
    expect(zh.get("KR|Incheon")).toBe("仁川广域市");
    expect(zh.get("KR|Daegu")).toBe("大邱广域市");
    expect(zh.get("AU|Melbourne")).toBe("墨尔本");
    expect(zh.get("UA|Kharkiv")).toBe("哈尔科夫");
    expect(zh.get("KG|Bishkek")).toBe("比什凯克");
  });

  it("covers the 300 most frequent partners from the tables, and names no place the demo lacks", () => {
    const top = [...partners].sort((a, b) => b[1] - a[1]).slice(0, 300);
    expect(top.filter(([key]) => !resolved.find((r) => r.key === key)?.nameZh)).toEqual([]);
    const tableKeys = [
      ...Object.entries(partnerChineseNames).flatMap(([c, names]) => Object.keys(names).map((n) => `${c}|${n}`)),
      ...Object.keys(koreanHanja),
    ];
    expect(tableKeys.filter((key) => !partners.has(key))).toEqual([]);
  });
});

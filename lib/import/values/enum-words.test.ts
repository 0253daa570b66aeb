import { describe, expect, it } from "vitest";
import en from "@/messages/en/enums.json";
import zh from "@/messages/zh-CN/enums.json";
import { type EnumWordList, parseDecimal, parseEnumWord, parseInteger, parsePurposes, parseYesNo } from "./enum-words";

const LISTS: EnumWordList[] = [
  "partnershipType",
  "partnershipLevel",
  "partnershipStatus",
  "activityTrend",
  "activityCategory",
  "activityLocation",
  "politicalEffect",
];

describe("parseEnumWord", () => {
  it("reads every value, and its label in both languages", () => {
    for (const list of LISTS) {
      for (const [value, label] of Object.entries(en[list])) {
        expect(parseEnumWord(list, value), value).toBe(value);
        expect(parseEnumWord(list, label), label).toBe(value);
        expect(parseEnumWord(list, (zh[list] as Record<string, string>)[value]!), value).toBe(value);
      }
    }
  });

  it.each([
    ["partnershipStatus", "非常好", "very_good"],
    ["partnershipStatus", "良好", "good"],
    ["partnershipStatus", "好", "good"],
    ["partnershipStatus", "較好", "good"],
    ["partnershipStatus", "一般", "maintaining_contact"],
    ["partnershipStatus", "仅保持联系", "maintaining_contact"],
    ["partnershipStatus", "保持聯繫", "maintaining_contact"],
    ["partnershipStatus", "停滞", "suspended"],
    ["partnershipStatus", "暂停", "suspended"],
    ["partnershipStatus", "Dormant", "suspended"],
    ["partnershipStatus", "inactive", "suspended"],
    ["partnershipStatus", "VERY GOOD", "very_good"],
    ["partnershipStatus", "很好（Very good）", "very_good"],
    ["partnershipType", "友好城市", "sister"],
    ["partnershipType", "姐妹城市", "sister"],
    ["partnershipType", "友城", "sister"],
    ["partnershipType", "Sister City", "sister"],
    ["partnershipType", "友好交流城市", "friendship_exchange"],
    ["partnershipType", "友好合作关系城市", "friendship_exchange"],
    ["partnershipLevel", "省州", "province_state"],
    ["partnershipLevel", "友好省州", "province_state"],
    ["partnershipLevel", "省级", "province_state"],
    ["partnershipLevel", "市级", "city"],
    ["partnershipLevel", "城市", "city"],
    ["activityTrend", "快速增加", "rising_fast"],
    ["activityTrend", "明显增加", "rising_fast"],
    ["activityTrend", "稳步增加", "rising_slowly"],
    ["activityTrend", "缓慢增加", "rising_slowly"],
    ["activityTrend", "基本不变", "about_same"],
    ["activityTrend", "持平", "about_same"],
    ["activityTrend", "略有减少", "falling_slowly"],
    ["activityTrend", "明显减少", "falling_fast"],
    ["activityTrend", "大幅减少", "falling_fast"],
    ["activityCategory", "官方互访", "official_visit"],
    ["activityCategory", "政府互访", "official_visit"],
    ["activityCategory", "文化", "culture_science_education_health_sports"],
    ["activityCategory", "体育", "culture_science_education_health_sports"],
    ["activityCategory", "民间", "civil_society"],
    ["activityCategory", "经贸", "economy_trade"],
    ["activityCategory", "经济", "economy_trade"],
    ["activityCategory", "特色产业", "local_specialty_industry"],
    ["activityCategory", "青少年", "youth"],
    ["activityCategory", "公务员", "civil_servant_secondment"],
    ["activityCategory", "周年", "anniversary"],
    ["activityCategory", "网络", "online"],
    ["activityCategory", "其它", "other"],
    ["activityLocation", "第三地", "third_place"],
    ["politicalEffect", "全部暂停", "all_paused"],
    ["politicalEffect", "受到制约", "constrained"],
    ["politicalEffect", "没有影响", "unaffected"],
    ["politicalEffect", "不受影响", "unaffected"],
  ] as const)("%s: %s → %s", (list, text, value) => {
    expect(parseEnumWord(list, text)).toBe(value);
  });

  it("returns null for unknown words, empty cells and disagreeing parts", () => {
    expect(parseEnumWord("partnershipStatus", "")).toBeNull();
    expect(parseEnumWord("partnershipStatus", "excellentissimo")).toBeNull();
    expect(parseEnumWord("partnershipStatus", "很好（suspended）")).toBeNull();
    expect(parseEnumWord("partnershipType", "very_good")).toBeNull();
  });
});

describe("parseYesNo", () => {
  it.each(["是", "有", "√", "✓", "✔", "Y", "y", "yes", "YES", "true", "TRUE", "1", "x", "X", " 是 "])("%s → true", (text) =>
    expect(parseYesNo(text)).toBe(true),
  );
  it.each(["否", "无", "×", "N", "no", "No", "false", "FALSE", "0"])("%s → false", (text) => expect(parseYesNo(text)).toBe(false));
  it.each(["", "maybe", "2", "也许"])("%s → null", (text) => expect(parseYesNo(text)).toBeNull());
});

describe("parsePurposes", () => {
  it("splits one cell and maps each piece, without repeats", () => {
    expect(parsePurposes("扩大对外交流、学习城市建设经验，经贸合作")).toEqual({
      values: ["widen_external_exchanges", "learn_urban_development", "economic_trade_foundation"],
      unknown: [],
    });
    expect(parsePurposes("经贸合作；经贸合作\n特色产业合作")).toEqual({
      values: ["economic_trade_foundation", "specialty_industry_cooperation"],
      unknown: [],
    });
    expect(parsePurposes("促进文化科教和填补地区空白")).toEqual({
      values: ["promote_culture_science_education", "fill_regional_gap"],
      unknown: [],
    });
  });

  it("reads full labels that contain separators whole", () => {
    expect(parsePurposes(`${zh.purpose.promote_culture_science_education}、${zh.purpose.learn_urban_development}`).values).toEqual([
      "learn_urban_development",
      "promote_culture_science_education",
    ]);
    expect(parsePurposes(`${en.purpose.promote_culture_science_education}; ${en.purpose.economic_trade_foundation}`).values).toEqual([
      "promote_culture_science_education",
      "economic_trade_foundation",
    ]);
  });

  it("reads free wording by keyword and lists what it cannot read", () => {
    expect(parsePurposes("加强文化交流/促进经济发展/旅游")).toEqual({
      values: ["promote_culture_science_education", "economic_trade_foundation"],
      unknown: ["旅游"],
    });
    expect(parsePurposes("")).toEqual({ values: [], unknown: [] });
  });

  it("reads raw values", () => {
    expect(parsePurposes("fill_regional_gap, widen_external_exchanges").values).toEqual(["widen_external_exchanges", "fill_regional_gap"]);
  });
});

describe("parseInteger", () => {
  it.each([
    ["120", 120],
    ["1,200", 1200],
    ["1 200", 1200],
    ["１２０", 120],
    ["120人", 120],
    ["120 人次", 120],
    ["35 people", 35],
    ["120.0", 120],
    ["0", 0],
    ["-3", -3],
  ] as const)("%s → %d", (text, n) => expect(parseInteger(text)).toBe(n));
  it.each(["", "12.5", "1,20", "abc", "约120", "1e3"])("%s → null", (text) => expect(parseInteger(text)).toBeNull());
});

describe("parseDecimal", () => {
  it.each([
    ["31.2304", 31.2304],
    ["-1.0872", -1.0872],
    ["121", 121],
    ["31,2304", 31.2304],
    ["31.23°N", 31.23],
    ["33.87° S", -33.87],
    ["东经121.47", 121.47],
    ["西经74", -74],
    ["31°30′N", 31.5],
    ["31°30'36\"W", -31.51],
    ["－１．５", -1.5],
  ] as const)("%s → %d", (text, n) => expect(parseDecimal(text)).toBeCloseTo(n, 6));
  it.each(["", "N", "abc", "1.2.3", "31°x"])("%s → null", (text) => expect(parseDecimal(text)).toBeNull());
});

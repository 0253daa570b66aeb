import type { LocalityLevel } from "./enums";

/**
 * Officials name a locality's level in its country's own terms: Tianjin is a
 * 直辖市, Guangxi a 自治区, 延边 an 自治州, Tokyo a 都, 인천광역시 a 广域市. The
 * five stored levels (LOCALITY_LEVELS) are the directory's coarse grid; the
 * term is read from the level, the country and, where the law names the kind
 * in the name itself (自治州, 旗, 町, 광역시 …), from the local name's ending.
 */

/** Province-level divisions of China that are not provinces, by province code (GB/T 2260 letters). */
export const CHINA_PROVINCE_KINDS: Record<string, "municipality" | "autonomousRegion" | "sar"> = {
  BJ: "municipality",
  TJ: "municipality",
  SH: "municipality",
  CQ: "municipality",
  NM: "autonomousRegion",
  GX: "autonomousRegion",
  XZ: "autonomousRegion",
  NX: "autonomousRegion",
  XJ: "autonomousRegion",
  HK: "sar",
  MO: "sar",
};

export type LocalityForLevel = { provinceCode?: string | null; nameLocal?: string | null };

/** The first term whose name ending matches, or the fallback. Longer endings are listed first. */
function bySuffix(name: string | null | undefined, endings: [string, string][], fallback: string): string {
  const n = (name ?? "").trim();
  return endings.find(([ending]) => n.endsWith(ending))?.[1] ?? fallback;
}

function chinaTerm(level: LocalityLevel, locality: LocalityForLevel): string {
  switch (level) {
    case "province":
      return CHINA_PROVINCE_KINDS[locality.provinceCode ?? ""] ?? "province";
    case "prefecture":
      return bySuffix(
        locality.nameLocal,
        [
          ["自治州", "autonomousPrefecture"],
          ["地区", "prefectureArea"],
          ["盟", "league"],
        ],
        "prefectureCity",
      );
    case "city":
      return "countyCity";
    case "county":
      return bySuffix(
        locality.nameLocal,
        [
          ["自治县", "autonomousCounty"],
          ["自治旗", "autonomousBanner"],
          ["旗", "banner"],
        ],
        "county",
      );
    case "district":
      return "district";
  }
}

function japanTerm(level: LocalityLevel, locality: LocalityForLevel): string {
  switch (level) {
    case "province":
      return bySuffix(
        locality.nameLocal,
        [
          ["都", "to"],
          ["道", "do"],
          ["府", "fu"],
          ["県", "ken"],
          ["县", "ken"],
        ],
        "prefecture",
      );
    case "district":
      return "ward";
    default:
      return bySuffix(
        locality.nameLocal,
        [
          ["市", "city"],
          ["町", "town"],
          ["村", "village"],
        ],
        "municipality",
      );
  }
}

function koreaTerm(level: LocalityLevel, locality: LocalityForLevel): string {
  const fromName = bySuffix(
    locality.nameLocal,
    [
      ["특별자치시", "specialSelfGoverningCity"],
      ["특별자치도", "specialSelfGoverningProvince"],
      ["특별시", "specialCity"],
      ["광역시", "metropolitanCity"],
      ["도", "province"],
      ["시", "city"],
      ["군", "county"],
      ["구", "district"],
    ],
    "",
  );
  if (fromName) return fromName;
  return { province: "province", prefecture: "city", city: "city", county: "county", district: "district" }[level];
}

/**
 * The message key, in the `enums` namespace, of a locality's level in its
 * country's own terms: `te(localityLevelLabel("province", "CN", { provinceCode: "TJ" }))`
 * reads 直辖市. Countries without their own table use the generic terms.
 */
export function localityLevelLabel(level: LocalityLevel, countryCode: string, locality: LocalityForLevel = {}): string {
  switch (countryCode.toUpperCase()) {
    case "CN":
      return `localityTerm.cn.${chinaTerm(level, locality)}`;
    case "JP":
      return `localityTerm.jp.${japanTerm(level, locality)}`;
    case "KR":
      return `localityTerm.kr.${koreaTerm(level, locality)}`;
    default:
      return `localityTerm.other.${level}`;
  }
}

/** Every key localityLevelLabel can return (the messages test checks each exists in both languages). */
export const LOCALITY_TERM_KEYS = {
  cn: [
    "province",
    "autonomousRegion",
    "municipality",
    "sar",
    "prefectureCity",
    "autonomousPrefecture",
    "prefectureArea",
    "league",
    "countyCity",
    "county",
    "autonomousCounty",
    "banner",
    "autonomousBanner",
    "district",
  ],
  jp: ["to", "do", "fu", "ken", "prefecture", "city", "town", "village", "municipality", "ward"],
  kr: [
    "specialCity",
    "metropolitanCity",
    "specialSelfGoverningCity",
    "specialSelfGoverningProvince",
    "province",
    "city",
    "county",
    "district",
  ],
  other: ["province", "prefecture", "city", "county", "district"],
} as const;

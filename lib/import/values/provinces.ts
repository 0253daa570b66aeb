// Static reference data (the 31 provinces the seed writes), not data access: read-only and client-safe.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import provinces from "@/db/seed/data/provinces.json";
import { foldWord } from "./fold";

/** Each province's one-character abbreviation(s) (简称) and other names, by code. */
const OTHER_NAMES: Record<string, string[]> = {
  BJ: ["京", "Peking"],
  TJ: ["津"],
  HE: ["冀"],
  SX: ["晋", "Shansi"],
  NM: ["蒙", "Nei Mongol", "Nei Menggu", "Neimenggu", "Inner Mongolian"],
  LN: ["辽"],
  JL: ["吉"],
  HL: ["黑"],
  SH: ["沪"],
  JS: ["苏"],
  ZJ: ["浙"],
  AH: ["皖"],
  FJ: ["闽"],
  JX: ["赣"],
  SD: ["鲁"],
  HA: ["豫"],
  HB: ["鄂"],
  HN: ["湘"],
  GD: ["粤", "Kwangtung"],
  GX: ["桂"],
  HI: ["琼"],
  CQ: ["渝"],
  SC: ["川", "蜀"],
  GZ: ["黔"],
  YN: ["滇"],
  XZ: ["藏", "Xizang", "Tibet Autonomous Region"],
  SN: ["陕", "秦", "Shensi"],
  GS: ["甘", "陇"],
  QH: ["青"],
  NX: ["宁"],
  XJ: ["新"],
};

/**
 * Endings a province's name may carry or drop (folded): its kind (省, 市, 自治区, Province, Sheng,
 * Municipality, Autonomous Region) and the people an autonomous region is named for.
 */
const SUFFIXES = [
  "自治区",
  "省",
  "市",
  "壮族",
  "回族",
  "维吾尔",
  "autonomousregion",
  "zizhiqu",
  "province",
  "municipality",
  "sheng",
  "shi",
  "city",
  "zhuangzu",
  "zhuang",
  "huizu",
  "hui",
  "weiwuer",
  "uyghur",
  "uygur",
  "uighur",
];

let table: Map<string, string> | undefined;

/** A folded name without one ending it carries, or null when it carries none. */
function withoutSuffix(key: string): string | null {
  const suffix = SUFFIXES.find((s) => key.endsWith(s) && key.length > s.length);
  return suffix ? key.slice(0, -suffix.length) : null;
}

/** Every province under its names and their shortened forms (广西壮族自治区, 广西壮族, 广西). */
function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (name: string, code: string) => {
    for (let key: string | null = foldWord(name); key; key = withoutSuffix(key)) if (!map.has(key)) map.set(key, code);
  };
  for (const p of provinces) {
    for (const name of [p.nameZh, p.nameEn, p.code, `CN-${p.code}`, ...(OTHER_NAMES[p.code] ?? [])]) add(name, p.code);
  }
  return map;
}

/**
 * The code (provinces.json, ISO 3166-2:CN) of a mainland Chinese province, autonomous region or
 * municipality written with or without its ending, in simplified or traditional characters, in
 * English or pinyin, or as its code: 天津, 天津市, 广西壮族自治区, 廣東省, Guangdong Province, Nei Mongol,
 * Xizang, GD, CN-GD. Null when nothing matches.
 */
export function parseProvince(text: string): string | null {
  table ??= buildTable();
  for (let key: string | null = foldWord(text); key; key = withoutSuffix(key)) {
    const code = table.get(key);
    if (code) return code;
  }
  return null;
}

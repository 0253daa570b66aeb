import en from "@/messages/en/enums.json";
import zh from "@/messages/zh-CN/enums.json";
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_LOCATIONS,
  ACTIVITY_TRENDS,
  PARTNERSHIP_LEVELS,
  PARTNERSHIP_PURPOSES,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  POLITICAL_EFFECTS,
  type PartnershipPurpose,
} from "@/lib/domain/enums";
import { foldWord } from "./fold";

/** The value lists a cell can be read against (the `enum:*` field types of fields.ts). */
export const ENUM_WORD_LISTS = {
  partnershipType: PARTNERSHIP_TYPES,
  partnershipLevel: PARTNERSHIP_LEVELS,
  partnershipStatus: PARTNERSHIP_STATUSES,
  activityTrend: ACTIVITY_TRENDS,
  activityCategory: ACTIVITY_CATEGORIES,
  activityLocation: ACTIVITY_LOCATIONS,
  politicalEffect: POLITICAL_EFFECTS,
  purpose: PARTNERSHIP_PURPOSES,
} as const;
export type EnumWordList = Exclude<keyof typeof ENUM_WORD_LISTS, "purpose">;
type ListName = keyof typeof ENUM_WORD_LISTS;

/**
 * Words offices write for each value, besides the value itself and its labels in messages/{en,zh-CN}/enums.json.
 */
const SYNONYMS: { [L in ListName]: Partial<Record<(typeof ENUM_WORD_LISTS)[L][number], string[]>> } = {
  partnershipType: {
    sister: [
      "友城",
      "姐妹城市",
      "友好城市关系",
      "友好省州",
      "sister",
      "sister city",
      "sister cities",
      "twin town",
      "twin city",
      "twinning",
      "friendship city",
    ],
    friendship_exchange: [
      "友好交流城市",
      "友好交流",
      "友好合作关系城市",
      "友好合作城市",
      "友好交流关系",
      "友好合作关系",
      "交流城市",
      "friendship exchange",
      "friendly exchange city",
      "friendship and cooperation city",
      "partner city",
    ],
  },
  partnershipLevel: {
    province_state: ["省州", "省级", "友好省州", "省州级", "省", "province", "provincial", "state", "province state", "province-state"],
    city: ["市级", "城市", "市", "地市级", "县级", "city level", "municipal", "city-city"],
  },
  partnershipStatus: {
    very_good: ["非常好", "很好", "优", "优秀", "活跃", "excellent", "very active"],
    good: ["良好", "好", "较好", "比较好", "good", "active"],
    maintaining_contact: ["一般", "保持联系", "仅保持联系", "联系", "正常", "fair", "contact only", "in contact", "maintained"],
    suspended: ["中断", "停滞", "暂停", "交往暂停", "无往来", "停止", "suspended", "dormant", "inactive", "paused", "interrupted"],
  },
  activityTrend: {
    rising_fast: [
      "快速增加",
      "明显增加",
      "大幅增加",
      "显著增加",
      "快速增长",
      "大幅上升",
      "明显上升",
      "increased significantly",
      "much more",
    ],
    rising_slowly: [
      "稳步增加",
      "缓慢增加",
      "略有增加",
      "小幅增加",
      "有所增加",
      "稳步上升",
      "略有上升",
      "increased slightly",
      "increased",
      "rising",
      "more",
    ],
    about_same: ["基本不变", "持平", "不变", "变化不大", "差不多", "基本持平", "same", "unchanged", "stable", "no change"],
    falling_slowly: [
      "略有减少",
      "缓慢减少",
      "有所减少",
      "小幅减少",
      "略有下降",
      "有所下降",
      "decreased slightly",
      "decreased",
      "falling",
      "fewer",
    ],
    falling_fast: ["明显减少", "大幅减少", "快速减少", "显著减少", "大幅下降", "明显下降", "decreased significantly", "much fewer"],
  },
  activityCategory: {
    official_visit: [
      "官方互访",
      "政府互访",
      "官员互访",
      "高层互访",
      "互访",
      "领导互访",
      "official",
      "official visits",
      "government visits",
    ],
    culture_science_education_health_sports: [
      "文化",
      "教育",
      "体育",
      "科技",
      "卫生",
      "文化交流",
      "教育交流",
      "科教",
      "文教",
      "文体",
      "文化科教",
      "culture",
      "education",
      "science",
      "sports",
      "health",
    ],
    civil_society: ["民间", "民间交流", "民间交往", "民间组织", "友好团体", "civil society", "people to people", "ngo"],
    economy_trade: ["经贸", "经济", "经贸合作", "经济贸易", "贸易", "投资", "economy", "trade", "economic", "business"],
    local_specialty_industry: ["特色产业", "特色产业合作", "产业合作", "地方特色产业", "specialty industry", "industry"],
    youth: ["青少年", "青年", "学生", "青少年交流", "youth", "students"],
    civil_servant_secondment: ["公务员", "公务员交流", "互派公务员", "公务员派遣", "人员互派", "secondment", "civil servants"],
    anniversary: ["周年", "周年活动", "周年庆", "纪念活动", "结好周年", "anniversary"],
    online: ["线上", "网络", "视频会议", "云交流", "在线", "online", "virtual", "video conference"],
    other: ["其他", "其它", "other", "others"],
  },
  activityLocation: {
    here: ["我方", "本市", "国内", "中方", "来访", "here", "our city", "at home", "home"],
    there: ["对方", "外方", "友城", "国外", "出访", "abroad", "there", "partner city"],
    third_place: ["第三地", "第三国", "其他地点", "third country", "elsewhere"],
    online: ["线上", "网络", "视频", "online", "virtual"],
  },
  politicalEffect: {
    all_paused: ["全部暂停", "完全暂停", "暂停", "中断", "全部中断", "all paused", "paused", "suspended"],
    constrained: ["受到制约", "受到影响", "有所影响", "受限", "有影响", "一定影响", "constrained", "affected", "limited"],
    unaffected: ["没有影响", "不受影响", "无影响", "未受影响", "无", "没有", "no effect", "none", "not affected", "unaffected"],
  },
  purpose: {
    widen_external_exchanges: [
      "扩大对外交流",
      "扩大对外交往",
      "拓展对外交往",
      "拓展对外交流",
      "对外交流",
      "对外开放",
      "widen exchanges",
      "external exchanges",
    ],
    learn_urban_development: [
      "学习城市建设经验",
      "学习城市建设与发展经验",
      "城市建设",
      "城市发展",
      "城建",
      "urban development",
      "learn urban development",
    ],
    promote_culture_science_education: [
      "促进文化科教",
      "促进文化交流",
      "文化科教",
      "文化交流",
      "人文交流",
      "culture",
      "science",
      "education",
    ],
    economic_trade_foundation: ["经贸合作", "经贸", "经济合作", "经贸往来", "促进经贸合作", "economic", "trade", "economic and trade"],
    fill_regional_gap: ["填补地区空白", "填补空白", "填补地区友城空白", "regional gap", "fill gap"],
    specialty_industry_cooperation: ["特色产业合作", "特色产业", "产业合作", "specialty industry", "industry cooperation"],
  },
};

const tables = new Map<ListName, Map<string, string>>();

/** Folded word → value: the raw values, then the labels in both languages, then the synonyms (first wins). */
function table(list: ListName): Map<string, string> {
  let map = tables.get(list);
  if (map) return map;
  map = new Map();
  const messageGroup = list === "purpose" ? "purpose" : list;
  const labels = (messages: typeof en, value: string) => (messages[messageGroup] as Record<string, string>)[value];
  const synonyms = SYNONYMS[list] as Record<string, string[] | undefined>;
  const values: readonly string[] = ENUM_WORD_LISTS[list];
  const words: [string | undefined, string][] = [
    ...values.map((v) => [v, v] as [string, string]),
    ...values.flatMap((v) => [[labels(zh, v), v] as [string | undefined, string], [labels(en, v), v] as [string | undefined, string]]),
    ...values.flatMap((v) => (synonyms[v] ?? []).map((w) => [w, v] as [string, string])),
  ];
  for (const [word, value] of words) {
    const key = word ? foldWord(word) : "";
    if (key && !map.has(key)) map.set(key, value);
  }
  tables.set(list, map);
  return map;
}

function lookup(list: ListName, text: string): string | null {
  return table(list).get(foldWord(text)) ?? null;
}

/**
 * A cell read as a value of one list: the value itself ("very_good"), its label in Chinese or English,
 * or a usual synonym (很好, 非常好, 一般, dormant). A cell that adds a translation or remark in brackets
 * ("很好（Very good）") is read when the parts that are known agree. Null when nothing matches.
 */
export function parseEnumWord(list: EnumWordList, text: string): string | null {
  const whole = lookup(list, text);
  if (whole) return whole;
  const found = new Set(
    text
      .split(/[()（）/／|]+/)
      .map((part) => (part.trim() ? lookup(list, part) : null))
      .filter((v): v is string => v !== null),
  );
  return found.size === 1 ? [...found][0]! : null;
}

const YES = new Set(["是", "是的", "有", "对", "√", "✓", "✔", "☑", "y", "yes", "true", "1", "x", "on", "checked", "1.0", "○", "●"]);
const NO = new Set(["否", "不是", "无", "没有", "非", "×", "✗", "✘", "☐", "n", "no", "false", "0", "0.0", "off", "-", "—"]);

/**
 * A yes/no cell: 是/有/√/✓/Y/yes/true/1/x (a mark in a box) → true, 否/无/×/N/no/false/0 → false,
 * anything else (an empty cell included) → null.
 */
export function parseYesNo(text: string): boolean | null {
  const s = text.normalize("NFKC").trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

/** Separators between purposes in one cell: punctuation, line breaks, and 和/与/及/and/&. */
const PURPOSE_SEPARATOR = /[、，,;；/／|\n\r]+|\s+(?:and|&)\s+|以及|和|与|及/gi;

/**
 * Keywords of free-written purposes, most specific first: a piece no known phrase matches is read
 * by the first keyword it contains.
 */
const PURPOSE_KEYWORDS: [string, PartnershipPurpose][] = [
  ["特色产业", "specialty_industry_cooperation"],
  ["specialty", "specialty_industry_cooperation"],
  ["经贸", "economic_trade_foundation"],
  ["经济", "economic_trade_foundation"],
  ["贸易", "economic_trade_foundation"],
  ["trade", "economic_trade_foundation"],
  ["econom", "economic_trade_foundation"],
  ["空白", "fill_regional_gap"],
  ["gap", "fill_regional_gap"],
  ["城市建设", "learn_urban_development"],
  ["城建", "learn_urban_development"],
  ["城市发展", "learn_urban_development"],
  ["urban", "learn_urban_development"],
  ["文化", "promote_culture_science_education"],
  ["科技", "promote_culture_science_education"],
  ["教育", "promote_culture_science_education"],
  ["体育", "promote_culture_science_education"],
  ["卫生", "promote_culture_science_education"],
  ["cultur", "promote_culture_science_education"],
  ["educat", "promote_culture_science_education"],
  ["scien", "promote_culture_science_education"],
  ["对外", "widen_external_exchanges"],
  ["external", "widen_external_exchanges"],
  ["exchange", "widen_external_exchanges"],
];

/**
 * One cell of purposes ("扩大对外交流、经贸合作", "culture; trade") → the purposes it names, without
 * repeats, and the pieces it could not read. A full label that itself contains separators
 * ("促进文化、科技、教育、体育、卫生交流") is read whole: the longest run of pieces that is a known
 * phrase wins.
 */
export function parsePurposes(text: string): { values: PartnershipPurpose[]; unknown: string[] } {
  const pieces: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(PURPOSE_SEPARATOR)) {
    pieces.push([start, m.index]);
    start = m.index + m[0].length;
  }
  pieces.push([start, text.length]);
  const spans = pieces.filter(([a, b]) => foldWord(text.slice(a, b)));
  const values = new Set<PartnershipPurpose>();
  const unknown: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    let matched = false;
    for (let j = spans.length - 1; j >= i && !matched; j--) {
      const value = lookup("purpose", text.slice(spans[i]![0], spans[j]![1]));
      if (value) {
        values.add(value as PartnershipPurpose);
        i = j;
        matched = true;
      }
    }
    if (matched) continue;
    const piece = text.slice(spans[i]![0], spans[i]![1]).trim();
    const folded = foldWord(piece);
    const keyword = PURPOSE_KEYWORDS.find(([k]) => folded.includes(k));
    if (keyword) values.add(keyword[1]);
    else unknown.push(piece);
  }
  return { values: PARTNERSHIP_PURPOSES.filter((p) => values.has(p)), unknown };
}

/**
 * A whole number: digits with thousands separators ("1,200"), full-width digits, an Excel ".0",
 * and a counting word after it (120人, 120 people). Null for fractions and anything else.
 */
export function parseInteger(text: string): number | null {
  const s = text
    .normalize("NFKC")
    .trim()
    .replace(/\s*(人次|人|名|位|个|次|people|persons|person|pax)$/i, "");
  if (!/^[+-]?\d{1,3}(?:[,\s\u00a0\u202f]?\d{3})*(?:\.0+)?$/.test(s)) return null;
  const n = Number(s.replace(/[,\s\u00a0\u202f]/g, ""));
  return Number.isSafeInteger(n) ? n : null;
}

const HEMISPHERE = /^(?:(北纬|南纬|东经|西经)|([NSEW]))?\s*(.*?)\s*(?:([NSEW])|(北纬|南纬|东经|西经))?$/i;

/**
 * A decimal number, for coordinates: "31.2304", "-1.0872", "31,2304" (decimal comma), "31.23°N",
 * "东经121.47", and degrees-minutes-seconds "31°13′49″N". South and west are negative.
 */
export function parseDecimal(text: string): number | null {
  const s = text.normalize("NFKC").trim().replace(/\s+/g, " ");
  const m = s.match(HEMISPHERE);
  if (!m || !m[3]) return null;
  const hemisphere = (m[1] ?? m[2] ?? m[4] ?? m[5] ?? "").toUpperCase();
  const negative = ["S", "W", "南纬", "西经"].includes(hemisphere) ? -1 : 1;
  const body = m[3].replace(/^(-?\d+),(\d+)$/, "$1.$2");
  let value: number;
  const dms = body.match(/^(-?\d+(?:\.\d+)?)\s*°\s*(?:(\d+(?:\.\d+)?)\s*['′]\s*(?:(\d+(?:\.\d+)?)\s*(?:["″]|'')?)?)?$/);
  if (dms) {
    const deg = Number(dms[1]);
    const minutes = Number(dms[2] ?? 0) / 60 + Number(dms[3] ?? 0) / 3600;
    value = deg < 0 || Object.is(deg, -0) ? deg - minutes : deg + minutes;
  } else if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(body)) {
    value = Number(body);
  } else return null;
  return Number.isFinite(value) ? negative * value : null;
}

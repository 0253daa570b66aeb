import reportsEn from "@/messages/en/reports.json";
import reportsZh from "@/messages/zh-CN/reports.json";
import enumsEn from "@/messages/en/enums.json";
import enumsZh from "@/messages/zh-CN/enums.json";
import { PARTNERSHIP_PURPOSES } from "@/lib/domain/enums";
import { IMPORT_FIELDS, PURPOSE_FLAG_FIELDS, type ColumnMapping, type ImportKind } from "./fields";
import { foldWord } from "./values/fold";

/**
 * Guessing which column holds which field from the header row, in Chinese or English: each kind's
 * fields have synonyms, strongest first. The headers of our own exports (messages/*\/reports.json
 * `columns`) come before them, so an exported registry maps back field for field.
 */
type Synonyms = Record<string, readonly string[]>;

const OUR_CITY = [
  "中方城市",
  "我方城市",
  "国内城市",
  "中方地方",
  "我方地方",
  "中方友城",
  "中方",
  "我方",
  "our city",
  "our locality",
  "chinese city",
];
const PARTNER_CITY = [
  "外方城市",
  "对方城市",
  "外国城市",
  "国外城市",
  "外方友城",
  "外方",
  "对方",
  "partner city",
  "partner locality",
  "foreign city",
];
const PAIR = [
  "友好城市",
  "友城",
  "结对",
  "友好关系",
  "友城关系",
  "结好城市",
  "partnership",
  "partnerships",
  "pair",
  "pairs",
  "sister city",
  "twin town",
];

const PARTNERSHIPS: Synonyms = {
  id: ["id"],
  ourName: ["city1", ...OUR_CITY, "城市", "省市", "地方", "城市名称", "city", "locality"],
  ourNameRomanised: [
    "中方城市拼音",
    "中方城市英文名",
    "中方城市英文",
    "我方城市英文名",
    "我方城市拼音",
    "our city romanised",
    "our city pinyin",
    "pinyin",
    "拼音",
  ],
  ourCountry: ["country1", "中方国家", "our country"],
  ourProvince: ["省份", "所属省份", "所在省份", "省区市", "省别", "省", "province", "our province"],
  ourLatitude: ["lat1", "latitude1", "中方纬度", "our latitude"],
  ourLongitude: ["lng1", "lon1", "long1", "longitude1", "中方经度", "our longitude"],
  partnerName: [
    "city2",
    ...PARTNER_CITY,
    "友好城市",
    "友城",
    "姐妹城市",
    "缔结城市",
    "结好城市",
    "友好省州",
    "partner",
    "sister city",
    "twin town",
    "twin city",
    "friendship city",
  ],
  partnerNameRomanised: [
    "外方城市英文名",
    "外方城市英文",
    "友城英文名",
    "友好城市英文名",
    "友好城市英文名称",
    "友城英文",
    "外文名称",
    "外文名",
    "英文名",
    "英文名称",
    "partner romanised",
    "partner english name",
    "english name",
    "romanised name",
  ],
  partnerNameZh: ["外方城市中文名", "友城中文名", "友好城市中文名", "中文名", "中文名称", "partner chinese name", "chinese name"],
  partnerCountry: [
    "country2",
    "国家代码",
    "country code",
    "外方国家",
    "对方国家",
    "所在国",
    "所在国家",
    "国别",
    "国家地区",
    "国家和地区",
    "国家",
    "partner country",
    "country",
    "nation",
  ],
  partnerState: [
    "外方州省",
    "外方省州",
    "所属州",
    "所在州",
    "州省",
    "州",
    "partner state",
    "state",
    "prefecture",
    "state province",
    "province state",
  ],
  partnerLatitude: ["lat2", "latitude2", "外方纬度", "partner latitude", "纬度", "latitude", "lat"],
  partnerLongitude: ["lng2", "lon2", "long2", "longitude2", "外方经度", "partner longitude", "经度", "longitude", "lng", "lon", "long"],
  type: ["类型", "友城类型", "关系类型", "结好类型", "type", "partnership type", "kind"],
  level: ["级别", "层级", "友城级别", "level", "tier"],
  signedOn: [
    "缔结时间",
    "结好时间",
    "缔结日期",
    "结好日期",
    "签约日期",
    "签署日期",
    "签约时间",
    "签署时间",
    "建立时间",
    "缔结年份",
    "结好年份",
    "date signed",
    "signed on",
    "signing date",
    "date of signing",
    "signed",
    "established",
    "since",
    "date",
  ],
  status: ["状态", "交往状态", "交往状况", "交往情况", "现状", "status", "current status"],
  notes: ["备注", "说明", "notes", "note", "remarks", "comments", "comment"],
};

const ACTIVITIES: Synonyms = {
  startDate: ["日期", "活动日期", "开始日期", "开始时间", "活动时间", "时间", "date", "start date", "start", "from"],
  endDate: ["结束日期", "结束时间", "截止日期", "end date", "end", "until"],
  title: ["活动名称", "活动标题", "标题", "活动", "名称", "项目", "title", "activity", "event", "name"],
  category: ["类别", "活动类型", "活动类别", "类型", "category", "activity type", "type"],
  pairs: [...PAIR, "partners"],
  ourName: [...OUR_CITY, "组织方", "organiser", "organizer"],
  partnerName: PARTNER_CITY,
  location: ["地点类型", "地点", "举办地", "活动地点", "location", "venue", "place"],
  participantsOurs: [
    "中方人数",
    "我方人数",
    "中方参加人数",
    "参加人数",
    "参与人数",
    "人数",
    "participants ours",
    "our participants",
    "participants",
  ],
  participantsPartner: ["外方人数", "对方人数", "外方参加人数", "participants partner", "partner participants"],
  description: [
    "内容",
    "活动内容",
    "描述",
    "简介",
    "说明",
    "备注",
    "成果",
    "description",
    "details",
    "content",
    "summary",
    "notes",
    "outcomes",
  ],
};

/** One header per purpose (yes/no columns): the labels of messages/*\/enums.json `purpose` and usual short forms. */
const PURPOSE_HEADERS: readonly (readonly string[])[] = [
  ["扩大对外交流", "扩大对外交往", "拓展对外交流", "widen exchanges"],
  ["学习城市建设经验", "学习城市建设与发展经验", "城市建设", "urban development"],
  ["促进文化科教", "促进文化科教交流", "文化科教", "culture science education"],
  ["经贸合作", "经贸合作基础", "economic and trade cooperation", "economy and trade"],
  ["填补地区空白", "填补空白", "fill regional gap"],
  ["特色产业合作", "特色产业", "specialty industry", "specialty industry cooperation"],
];

const EVALUATIONS: Synonyms = {
  pairs: PAIR,
  ourName: OUR_CITY,
  partnerName: PARTNER_CITY,
  year: ["年份", "年度", "评估年度", "评估年份", "year", "evaluation year"],
  status: ["交往状态", "交往状况", "状态", "现状", "status"],
  trend: ["交往趋势", "趋势", "活跃度变化", "活跃度", "交往频率变化", "trend", "activity trend"],
  purposes: ["缔结目的", "结好目的", "目的", "purposes", "purpose"],
  ...Object.fromEntries(
    PURPOSE_FLAG_FIELDS.map((field, i) => {
      const value = PARTNERSHIP_PURPOSES[i]!;
      return [field, [enumsZh.purpose[value], enumsEn.purpose[value], ...PURPOSE_HEADERS[i]!]];
    }),
  ),
  mostFrequentCategory: [
    "最频繁活动",
    "最频繁的活动",
    "主要活动",
    "主要活动类别",
    "最多的活动",
    "most frequent activity",
    "main activity",
    "most frequent category",
  ],
  politicalEffect: [
    "政治影响",
    "政治紧张影响",
    "政治因素影响",
    "政治关系影响",
    "political effect",
    "political tension",
    "effect of political tension",
  ],
  achievements: ["成果", "主要成果", "交往成果", "取得成果", "achievements", "results", "outcomes"],
  problems: ["问题", "困难", "存在问题", "问题和困难", "problems", "difficulties", "issues"],
  plans: ["计划", "下一步计划", "工作计划", "今后计划", "plans", "plan", "next steps"],
};

/** Export column (messages/*\/reports.json `columns` key) → field, strongest first; `null`: never mapped. */
const EXPORT_HEADERS: Record<ImportKind, Record<string, string | null>> = {
  partnerships: {
    id: "id",
    ourLocality: "ourName",
    ourRomanised: "ourNameRomanised",
    province: "ourProvince",
    partner: "partnerName",
    partnerZh: "partnerNameZh",
    partnerRomanised: "partnerNameRomanised",
    partnerState: "partnerState",
    countryCode: "partnerCountry",
    country: "partnerCountry",
    type: "type",
    level: "level",
    signedOn: "signedOn",
    status: "status",
    region: null,
    lastActivity: null,
    activities12m: null,
  },
  activities: {
    title: "title",
    category: "category",
    startDate: "startDate",
    endDate: "endDate",
    location: "location",
    organiser: "ourName",
    partners: "pairs",
    participantsOurs: "participantsOurs",
    participantsPartner: "participantsPartner",
    id: null,
    locationDetail: null,
    partnersZh: null,
    cost: null,
    currency: null,
  },
  evaluations: {},
};

const SYNONYMS: Record<ImportKind, Synonyms> = { partnerships: PARTNERSHIPS, activities: ACTIVITIES, evaluations: EVALUATIONS };

/** Fields only an exact header names: "Partner ID" is not our id. */
const EXACT_ONLY = new Set(["id"]);

const HAN = /\p{Script=Han}/u;

/** Header as words ("partner romanised"), for matching an English synonym inside a longer header. */
function words(text: string): string {
  return ` ${text
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldWord)
    .filter(Boolean)
    .join(" ")} `;
}

type Candidate = { score: number; column: number; field: string; order: number };

/**
 * How strongly a header names a field: an exact export header 400, an exact synonym 300, a synonym
 * inside the header 100 + its length (longer, more specific first); the earlier synonym wins a tie.
 */
function scoreOf(header: string, names: readonly string[], exportNames: readonly string[], exactOnly: boolean): number {
  const folded = foldWord(header);
  if (!folded) return 0;
  const exportAt = exportNames.findIndex((n) => foldWord(n) === folded);
  if (exportAt >= 0) return 400 - exportAt;
  const exactAt = names.findIndex((n) => foldWord(n) === folded);
  if (exactAt >= 0) return 300 - exactAt;
  if (exactOnly) return 0;
  const headerWords = words(header);
  let best = 0;
  for (const name of names) {
    const key = foldWord(name);
    const inside = HAN.test(name) ? key.length >= 2 && folded.includes(key) : key.length >= 3 && headerWords.includes(words(name));
    if (inside) best = Math.max(best, 100 + key.length);
  }
  return best;
}

function exportNamesByField(kind: ImportKind): { byField: Map<string, string[]>; never: Set<string> } {
  const byField = new Map<string, string[]>();
  const never = new Set<string>();
  const columns = [reportsEn.columns, reportsZh.columns] as Record<string, string>[];
  for (const [column, field] of Object.entries(EXPORT_HEADERS[kind])) {
    for (const labels of columns) {
      const label = labels[column];
      if (!label) continue;
      if (field === null) never.add(foldWord(label));
      else byField.set(field, [...(byField.get(field) ?? []), label]);
    }
  }
  return { byField, never };
}

/**
 * The column of each field guessed from the header row: every field gets at most one column and
 * every column at most one field, the strongest matches first. `labels` adds names per field (the
 * interface's own field labels, as the templates write them), matched like exported headers.
 */
export function guessMapping(kind: ImportKind, headers: readonly string[], labels: Record<string, readonly string[]> = {}): ColumnMapping {
  const { byField, never } = exportNamesByField(kind);
  const candidates: Candidate[] = [];
  IMPORT_FIELDS[kind].forEach(({ key }, order) => {
    const names = SYNONYMS[kind][key] ?? [];
    const exact = [...(labels[key] ?? []), ...(byField.get(key) ?? [])];
    headers.forEach((header, column) => {
      if (never.has(foldWord(header))) return;
      const score = scoreOf(header, names, exact, EXACT_ONLY.has(key));
      if (score > 0) candidates.push({ score, column, field: key, order });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column || a.order - b.order);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (c.field in mapping || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

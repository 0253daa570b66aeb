import { foldWord } from "./fold";

/**
 * Every ISO 3166-1 country as alpha-2 + alpha-3 (from the iso-codes package's iso_3166-1.json),
 * plus XK (Kosovo, the code in common use though not assigned by ISO).
 */
const ISO_CODES =
  "ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE BABIH BBBRB BDBGD BEBEL BFBFA " +
  "BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG " +
  "CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU " +
  "EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL " +
  "GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD " +
  "IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO " +
  "LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD MLMLI MMMMR MNMNG " +
  "MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL " +
  "NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU " +
  "RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV " +
  "SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA " +
  "UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE XKXKX";

/** Languages whose country names Intl.DisplayNames gives us; earlier ones win a name two countries share. */
const NAME_LOCALES = ["en", "zh-Hans", "zh-Hant", "zh-Hant-HK", "ja", "ko", "fr", "de", "es", "ru"];

/**
 * Forms the standard names miss: constituent countries and sub-national names of a state (England → GB,
 * "Réunion, France" → FR via the comma rule), long official names, old and colloquial names, and the
 * misspellings of the world file (Grece, Kazakhstah, Madagaskar, Surinam).
 */
const HAND: Record<string, string[]> = {
  GB: [
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "UK",
    "U.K.",
    "Great Britain",
    "Britain",
    "United Kingdom of Great Britain and Northern Ireland",
    "英格兰",
    "苏格兰",
    "威尔士",
    "北爱尔兰",
    "大不列颠及北爱尔兰联合王国",
    "联合王国",
  ],
  KR: [
    "South Korea",
    "Republic of Korea",
    "Korea, South",
    "Korea (South)",
    "Korea, Republic of",
    "ROK",
    "S. Korea",
    "韩国",
    "南韩",
    "大韩民国",
    "한국",
    "대한민국",
    "南朝鲜",
  ],
  KP: [
    "North Korea",
    "DPRK",
    "Korea, North",
    "Korea (North)",
    "Korea, Democratic People's Republic of",
    "Democratic People's Republic of Korea",
    "朝鲜",
    "北韩",
    "朝鲜民主主义人民共和国",
  ],
  US: ["USA", "U.S.", "U.S.A.", "US", "United States of America", "America", "美国", "美利坚合众国"],
  JP: ["Japan", "日本", "日本国", "Nippon", "Nihon"],
  CN: ["PRC", "People's Republic of China", "中国", "中华人民共和国", "Mainland China", "中国大陆"],
  RU: ["Russia", "Russian Federation", "俄罗斯联邦", "Россия"],
  CZ: ["Czech Republic", "Czechia", "捷克共和国"],
  NL: ["Holland", "The Netherlands", "荷兰王国"],
  CI: ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "科特迪瓦"],
  VN: ["Viet Nam", "越南"],
  MM: ["Burma", "缅甸"],
  MO: ["Macau", "Macao", "澳门", "中国澳门", "Macau SAR", "Macao SAR"],
  HK: ["Hong Kong", "香港", "中国香港", "Hong Kong SAR"],
  TW: ["Taiwan", "中国台湾", "台湾", "Taiwan, Province of China", "Chinese Taipei"],
  TR: ["Türkiye", "Turkey", "土耳其"],
  IR: ["Iran", "Iran, Islamic Republic of", "Islamic Republic of Iran", "Persia"],
  LA: ["Laos", "Lao PDR", "Lao People's Democratic Republic", "老挝"],
  CG: ["Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo, Republic of the", "刚果", "刚果共和国", "刚果（布）"],
  CD: [
    "DR Congo",
    "DRC",
    "Democratic Republic of the Congo",
    "Congo-Kinshasa",
    "Congo, Democratic Republic of the",
    "刚果民主共和国",
    "刚果（金）",
  ],
  GE: ["Georgia", "Georgia (country)"],
  IS: ["Iceland", "Island"],
  IE: ["Ireland", "Republic of Ireland", "Eire", "Éire"],
  MK: ["North Macedonia", "Macedonia", "FYROM", "Republic of North Macedonia"],
  MD: ["Moldova", "Moldavia", "Republic of Moldova", "Moldova, Republic of"],
  SZ: ["Eswatini", "Swaziland"],
  TL: ["East Timor", "Timor-Leste"],
  CV: ["Cape Verde", "Cabo Verde"],
  FM: ["Micronesia", "Federated States of Micronesia", "Micronesia, Federated States of"],
  PS: ["Palestine", "West Bank", "Gaza", "State of Palestine"],
  CY: ["Northern Cyprus"],
  BA: ["Bosnia and Hercegovina", "Bosnia"],
  SY: ["Syria", "Syrian Arab Republic"],
  TZ: ["Tanzania", "Tanzania, United Republic of"],
  BO: ["Bolivia", "Bolivia, Plurinational State of"],
  VE: ["Venezuela", "Venezuela, Bolivarian Republic of"],
  VA: ["Vatican", "Holy See", "Vatican City"],
  GR: ["Grece"],
  KZ: ["Kazakhstah"],
  MG: ["Madagaskar"],
  SR: ["Surinam"],
  ST: ["São Tomé and Príncipe"],
  BN: ["Brunei", "Brunei Darussalam"],
  FR: ["Réunion, France"],
  VC: ["Saint Vincent and the Grenadines"],
  VI: ["Virgin Islands, U.S.", "US Virgin Islands", "Virgin Islands of the United States"],
  VG: ["Virgin Islands, British", "British Virgin Islands"],
  BQ: ["Bonaire, Sint Eustatius and Saba"],
  SH: ["Saint Helena, Ascension and Tristan da Cunha"],
};

/** Country names' words that are not part of the name: "the Netherlands", "in Italy". */
const LEADING_NOISE = /^(the|in)\s+/i;
/** "St. Lucia" and "Saint Lucia", "Bosnia & Herzegovina" and "Bosnia and Herzegovina" meet. */
const SPELLED_OUT: [RegExp, string][] = [
  [/&/g, " and "],
  [/\bSt\.?(?=\s)/gi, "Saint"],
];

let aliases: Map<string, string> | undefined;

function countryKey(text: string): string {
  const spelled = SPELLED_OUT.reduce((t, [from, to]) => t.replace(from, to), text.trim().replace(LEADING_NOISE, ""));
  return foldWord(spelled);
}

function buildAliases(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const key = name ? countryKey(name) : "";
    if (key && !table.has(key)) table.set(key, code);
  };
  for (const [code, names] of Object.entries(HAND)) for (const name of names) add(name, code);
  const pairs = ISO_CODES.split(" ").map((pair) => [pair.slice(0, 2), pair.slice(2)] as const);
  for (const locale of NAME_LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    for (const [alpha2] of pairs) add(names.of(alpha2), alpha2);
  }
  for (const [alpha2, alpha3] of pairs) {
    add(alpha2, alpha2);
    add(alpha3, alpha2);
  }
  return table;
}

function lookup(text: string): string | null {
  aliases ??= buildAliases();
  return aliases.get(countryKey(text)) ?? null;
}

/** The official long form's words before the name: "Republic of", "Federal Democratic Republic of the". */
const OFFICIAL_FORM =
  /^(?:(?:islamic|federal|federative|democratic|socialist|people'?s|plurinational|bolivarian|hashemite|independent|eastern|arab|union|commonwealth|principality|grand|duchy|sultanate|state|kingdom|republic|of|the)\s+)*?(?:republic|kingdom|state|commonwealth|principality|duchy|sultanate|union|confederation)\s+of\s+(?:the\s+)?/i;

/** Readings of a cell that did not match whole, in order: ISO's inverted form, the country after a place, no remark, no official form. */
function fallbacks(text: string): string[] {
  const t = text.trim();
  const out: string[] = [];
  const inverted = t.match(/^(.+?),\s*(.+\bof(?:\s+the)?)$/i);
  if (inverted) out.push(`${inverted[2]} ${inverted[1]}`);
  const comma = t.lastIndexOf(",");
  if (comma > 0) out.push(t.slice(comma + 1));
  const bare = t.replace(/[(（][^)）]*[)）]/g, " ").trim();
  if (bare !== t) out.push(bare);
  if (OFFICIAL_FORM.test(t)) out.push(t.replace(OFFICIAL_FORM, ""));
  return out.filter((c) => c.trim());
}

/**
 * The ISO 3166-1 alpha-2 code of a country written in any common form: its name in English, Chinese
 * (simplified or traditional), Japanese, Korean, French, German, Spanish or Russian, its alpha-2 or
 * alpha-3 code, or a usual variant ("UK", "Korea, South", "韩国"). When the whole does not match: ISO's
 * inverted form ("Palestine, State of"), a place followed by its country ("Brandenburg, Germany" → DE),
 * the text without a bracketed remark, or the name without its official form ("Republic of Chile").
 * Null when nothing matches.
 */
export function parseCountry(text: string): string | null {
  if (!text.trim()) return null;
  const whole = lookup(text);
  if (whole) return whole;
  for (const candidate of fallbacks(text)) {
    const code = lookup(candidate);
    if (code) return code;
  }
  return null;
}

/** A country's names in English and Chinese, for creating the country a file names but the database lacks. */
export function countryNames(code: string): { nameEn: string; nameZh: string } {
  const of = (locale: string) => new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
  return { nameEn: of("en"), nameZh: of("zh-Hans") };
}

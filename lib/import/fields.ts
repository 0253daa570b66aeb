/**
 * What each kind of import reads: its fields, in the order the mapping form shows them, and how a
 * cell of each is parsed. Header guessing (header-synonyms.ts), the templates, the mapping form and
 * the preview all read this one list.
 */
export const IMPORT_KINDS = ["partnerships", "activities", "evaluations"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How a field's cells are read. `enum:*` names a word list of values/enum-words.ts. */
export type FieldType =
  | "text"
  | "longText"
  | "id"
  | "date"
  | "year"
  | "integer"
  | "decimal"
  | "country"
  | "province"
  | "pairs"
  | "purposes"
  | "yesNo"
  | "enum:partnershipType"
  | "enum:partnershipLevel"
  | "enum:partnershipStatus"
  | "enum:activityTrend"
  | "enum:activityCategory"
  | "enum:activityLocation"
  | "enum:politicalEffect";

export type ImportField = {
  key: string;
  type: FieldType;
  /** A row without it fails (for name fields: without it or its alternative, see `oneOf`). */
  required?: boolean;
  /** Fields of which at least one must be mapped and filled (e.g. a name in local script or romanised). */
  oneOf?: string;
  maxLength?: number;
};

const NAME = 200;
const LONG = 5000;

const PURPOSE_FLAGS = [
  "purposeWidenExchanges",
  "purposeLearnUrbanDevelopment",
  "purposeCultureScienceEducation",
  "purposeEconomicTrade",
  "purposeFillRegionalGap",
  "purposeSpecialtyIndustry",
] as const;

export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  partnerships: [
    { key: "id", type: "id" },
    { key: "ourName", type: "text", oneOf: "ours", maxLength: NAME },
    { key: "ourNameRomanised", type: "text", oneOf: "ours", maxLength: NAME },
    { key: "ourCountry", type: "country" },
    { key: "ourProvince", type: "province" },
    { key: "ourLatitude", type: "decimal" },
    { key: "ourLongitude", type: "decimal" },
    { key: "partnerName", type: "text", oneOf: "partner", maxLength: NAME },
    { key: "partnerNameRomanised", type: "text", oneOf: "partner", maxLength: NAME },
    { key: "partnerNameZh", type: "text", oneOf: "partner", maxLength: NAME },
    { key: "partnerCountry", type: "country", required: true },
    { key: "partnerState", type: "text", maxLength: NAME },
    { key: "partnerLatitude", type: "decimal" },
    { key: "partnerLongitude", type: "decimal" },
    { key: "type", type: "enum:partnershipType" },
    { key: "level", type: "enum:partnershipLevel" },
    { key: "signedOn", type: "date" },
    { key: "status", type: "enum:partnershipStatus" },
    { key: "notes", type: "longText", maxLength: 4000 },
  ],
  activities: [
    { key: "startDate", type: "date", required: true },
    { key: "endDate", type: "date" },
    { key: "title", type: "text", required: true, maxLength: NAME },
    { key: "category", type: "enum:activityCategory" },
    { key: "pairs", type: "pairs", oneOf: "pair" },
    { key: "ourName", type: "text", oneOf: "pair", maxLength: NAME },
    { key: "partnerName", type: "text", oneOf: "pair", maxLength: NAME },
    { key: "location", type: "enum:activityLocation" },
    { key: "participantsOurs", type: "integer" },
    { key: "participantsPartner", type: "integer" },
    { key: "description", type: "longText", maxLength: LONG },
  ],
  evaluations: [
    { key: "pairs", type: "pairs", oneOf: "pair" },
    { key: "ourName", type: "text", oneOf: "pair", maxLength: NAME },
    { key: "partnerName", type: "text", oneOf: "pair", maxLength: NAME },
    { key: "year", type: "year", required: true },
    { key: "status", type: "enum:partnershipStatus", required: true },
    { key: "trend", type: "enum:activityTrend" },
    { key: "purposes", type: "purposes" },
    ...PURPOSE_FLAGS.map((key) => ({ key, type: "yesNo" as const })),
    { key: "mostFrequentCategory", type: "enum:activityCategory" },
    { key: "politicalEffect", type: "enum:politicalEffect" },
    { key: "achievements", type: "longText", maxLength: LONG },
    { key: "problems", type: "longText", maxLength: LONG },
    { key: "plans", type: "longText", maxLength: LONG },
  ],
};

/** The yes/no purpose columns, in the order of PARTNERSHIP_PURPOSES. */
export const PURPOSE_FLAG_FIELDS = PURPOSE_FLAGS;

/** A column → field mapping: field key → column index (0-based) in the table read. */
export type ColumnMapping = Record<string, number>;

// Every enumerated value of the domain, in one place: drizzle columns, zod schemas
// and translations all read these lists, so a value is added once.

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const REGIONS = ["east", "central", "west"] as const;
export type Region = (typeof REGIONS)[number];

export const LOCALITY_LEVELS = ["province", "prefecture", "city", "county", "district"] as const;
export type LocalityLevel = (typeof LOCALITY_LEVELS)[number];

export const PARTNERSHIP_TYPES = ["sister", "friendship_exchange"] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

/** Province-to-prefecture/state (友好省州) or city-to-city. */
export const PARTNERSHIP_LEVELS = ["province_state", "city"] as const;
export type PartnershipLevel = (typeof PARTNERSHIP_LEVELS)[number];

/** The report's four-level scale, best first. */
export const PARTNERSHIP_STATUSES = ["very_good", "good", "maintaining_contact", "suspended"] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const CONTACT_SIDES = ["ours", "partner"] as const;
export type ContactSide = (typeof CONTACT_SIDES)[number];

export const ACTIVITY_CATEGORIES = [
  "official_visit",
  "culture_science_education_health_sports",
  "civil_society",
  "economy_trade",
  "local_specialty_industry",
  "youth",
  "civil_servant_secondment",
  "anniversary",
  "online",
  "other",
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

export const ACTIVITY_LOCATIONS = ["here", "there", "third_place", "online"] as const;
export type ActivityLocation = (typeof ACTIVITY_LOCATIONS)[number];

export const DELEGATION_DIRECTIONS = ["incoming", "outgoing"] as const;
export type DelegationDirection = (typeof DELEGATION_DIRECTIONS)[number];

/**
 * Leader ranks in China's protocol grades (省部级, 厅局级, 县处级), which foreign leaders are matched to
 * by their office: a governor or the mayor of a large city is ministerial, a mayor of a prefecture-level
 * city's equal is bureau level, and so on.
 */
export const LEADER_RANKS = ["ministerial", "bureau", "division", "other"] as const;
export type LeaderRank = (typeof LEADER_RANKS)[number];

export const DELEGATION_STATUSES = ["planned", "completed", "cancelled"] as const;
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];

export const CAMPAIGN_STATES = ["draft", "open", "closed"] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export const EVALUATION_STATES = ["pending", "draft", "submitted", "returned", "approved"] as const;
export type EvaluationState = (typeof EVALUATION_STATES)[number];

export const ACTIVITY_TRENDS = ["rising_fast", "rising_slowly", "about_same", "falling_slowly", "falling_fast"] as const;
export type ActivityTrend = (typeof ACTIVITY_TRENDS)[number];

export const PARTNERSHIP_PURPOSES = [
  "widen_external_exchanges",
  "learn_urban_development",
  "promote_culture_science_education",
  "economic_trade_foundation",
  "fill_regional_gap",
  "specialty_industry_cooperation",
] as const;
export type PartnershipPurpose = (typeof PARTNERSHIP_PURPOSES)[number];

export const POLITICAL_EFFECTS = ["all_paused", "constrained", "unaffected"] as const;

export const STATUS_SOURCES = ["evaluation", "manual", "import"] as const;

export const ATTACHMENT_OWNERS = ["activity", "delegation", "case", "announcement"] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];

export const PARTNER_LANGUAGES = ["ja", "ko", "en", "zh-CN"] as const;
export type PartnerLanguage = (typeof PARTNER_LANGUAGES)[number];

export const ROLES = ["national_admin", "province_admin", "city_staff", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "archive",
  "restore",
  "merge",
  "deactivate",
  "reactivate",
  "reset_password",
  "change_password",
  "submit",
  "return",
  "approve",
  "import",
  "undo_import",
  "feature",
  "unfeature",
  "hide",
  "unhide",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDITED_ENTITIES = [
  "user",
  "locality",
  "partnership",
  "contact",
  "activity",
  "delegation",
  "attachment",
  "campaign",
  "evaluation",
  "partner_link",
  "saved_view",
  "import",
  "case",
  "announcement",
  "partner_request",
  "partner_response",
  "calendar_feed",
  /** National settings (app_meta), logged with entity id 0 and the key as summary. */
  "setting",
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/** Lists whose filtered views can be saved under a name. */
export const SAVED_VIEW_LISTS = ["partnerships", "activities", "delegations", "localities", "contacts"] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

export const IMPORT_STATES = ["draft", "committed", "undone"] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** What an import writes: the audited records, and the yearly status rows evaluations feed. */
export const IMPORT_ENTITIES = ["locality", "partnership", "activity", "campaign", "evaluation", "status_history", "country"] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export const IMPORT_RECORD_ACTIONS = ["create", "update"] as const;

/** An experience case (经验案例) is a draft until its author publishes it. */
export const CASE_STATUSES = ["draft", "published"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What a case can be linked to. */
export const CASE_LINK_KINDS = ["partnership", "locality", "activity"] as const;
export type CaseLinkKind = (typeof CASE_LINK_KINDS)[number];

/** Who seeks a partner: one of our localities, or a foreign one recorded by an administrator. */
export const SEEKING_SIDES = ["ours", "foreign"] as const;
export type SeekingSide = (typeof SEEKING_SIDES)[number];

export const SEEKING_STATUSES = ["open", "found", "closed"] as const;
export type SeekingStatus = (typeof SEEKING_STATUSES)[number];

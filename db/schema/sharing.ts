import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import {
  ACTIVITY_CATEGORIES,
  CASE_LINK_KINDS,
  CASE_STATUSES,
  PARTNER_LANGUAGES,
  SEEKING_SIDES,
  SEEKING_STATUSES,
  type ActivityCategory,
  type LocalityLevel,
  type PartnershipPurpose,
} from "@/lib/domain/enums";
import { bare, editable, isoDate, nowTimestamp, timestamp } from "./columns";
import { activities } from "./exchanges";
import { countries, localities, provinces } from "./geography";
import { users } from "./users";

/**
 * The national sharing platform (report §3.1 point 2, §3.3 point 2): an experience library,
 * announcements, a partner-seeking board and private calendar feeds.
 */

/** An experience case (经验案例) a city or province publishes for others to learn from. */
export const cases = sqliteTable(
  "cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    /** Markdown, sanitised when rendered. */
    body: text("body").notNull(),
    category: text("category", { enum: ACTIVITY_CATEGORIES }).notNull(),
    language: text("language", { enum: PARTNER_LANGUAGES }).notNull(),
    /** JSON array of strings. */
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    status: text("status", { enum: CASE_STATUSES }).notNull().default("draft"),
    /** The office that owns it: a locality (city staff), or a province alone (a province administrator), or neither (national). */
    ownerLocalityId: integer("owner_locality_id").references(() => localities.id),
    ownerProvinceCode: text("owner_province_code").references(() => provinces.code),
    /** The activity it was written from, if any. */
    sourceActivityId: integer("source_activity_id").references(() => activities.id),
    /** The first and last day the experience covers (carried over from an activity). */
    startDate: isoDate("start_date"),
    endDate: isoDate("end_date"),
    publishedAt: timestamp("published_at"),
    featuredAt: timestamp("featured_at"),
    featuredBy: integer("featured_by").references(() => users.id),
    hiddenAt: timestamp("hidden_at"),
    hiddenBy: integer("hidden_by").references(() => users.id),
    /** Shown to the author while the case is hidden. */
    hiddenReason: text("hidden_reason"),
    /** Folded text of title, summary, body and tags (lib/domain/search-key), for search. */
    searchText: text("search_text").notNull().default(""),
    ...editable(() => users.id),
  },
  (t) => [
    index("cases_owner_idx").on(t.ownerLocalityId),
    index("cases_owner_province_idx").on(t.ownerProvinceCode),
    index("cases_status_idx").on(t.status, t.publishedAt),
    index("cases_featured_idx").on(t.featuredAt),
    index("cases_category_idx").on(t.category),
    check("cases_dates_ck", sql`${bare(t.endDate)} IS NULL OR ${bare(t.endDate)} >= ${bare(t.startDate)}`),
  ],
);

/** A case's links to partnerships, localities and activities. */
export const caseLinks = sqliteTable(
  "case_links",
  {
    caseId: integer("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind", { enum: CASE_LINK_KINDS }).notNull(),
    targetId: integer("target_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind, t.targetId] }), index("case_links_target_idx").on(t.kind, t.targetId)],
);

/** An announcement (通知公告) from a national or province administrator, to everyone or one province. */
export const announcements = sqliteTable(
  "announcements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    /** Markdown, sanitised when rendered. */
    body: text("body").notNull(),
    /** Null: everyone; else the province whose people see it. */
    audienceProvinceCode: text("audience_province_code").references(() => provinces.code),
    /** Shown on dashboards from this day to `validUntil` (inclusive; open-ended if null). */
    validFrom: isoDate("valid_from").notNull(),
    validUntil: isoDate("valid_until"),
    /** The author's office: a province (a province administrator), or null (national). */
    ownerProvinceCode: text("owner_province_code").references(() => provinces.code),
    ...editable(() => users.id),
  },
  (t) => [
    index("announcements_valid_idx").on(t.validFrom, t.validUntil),
    index("announcements_audience_idx").on(t.audienceProvinceCode),
    check("announcements_dates_ck", sql`${bare(t.validUntil)} IS NULL OR ${bare(t.validUntil)} >= ${bare(t.validFrom)}`),
  ],
);

/** Who has read (dismissed) an announcement, and when. */
export const announcementReads = sqliteTable(
  "announcement_reads",
  {
    announcementId: integer("announcement_id")
      .notNull()
      .references(() => announcements.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    readAt: nowTimestamp("read_at"),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.userId] }), index("announcement_reads_user_idx").on(t.userId)],
);

/**
 * A partner-seeking post (寻友信息): one of our localities looking for a partner abroad, or a
 * foreign locality looking for a Chinese partner (recorded by an administrator from the
 * partner-seeking lists).
 */
export const partnerRequests = sqliteTable(
  "partner_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    side: text("side", { enum: SEEKING_SIDES }).notNull(),
    /** The locality that seeks: ours (side "ours") or abroad (side "foreign"). */
    seekerLocalityId: integer("seeker_locality_id")
      .notNull()
      .references(() => localities.id),
    /** Who answers for the post: the seeking locality (ours), or the recording administrator's province (foreign; null: national). */
    ownerLocalityId: integer("owner_locality_id").references(() => localities.id),
    ownerProvinceCode: text("owner_province_code").references(() => provinces.code),
    /** What is sought: a country (ours seeking abroad), a region or continent, a Chinese province (foreign seekers). */
    wantedCountryCode: text("wanted_country_code").references(() => countries.code),
    wantedRegion: text("wanted_region"),
    wantedProvinceCode: text("wanted_province_code").references(() => provinces.code),
    /** JSON arrays: the levels, purposes and activity categories wanted (empty: any). */
    wantedLevels: text("wanted_levels", { mode: "json" }).$type<LocalityLevel[]>().notNull().default([]),
    purposes: text("purposes", { mode: "json" }).$type<PartnershipPurpose[]>().notNull().default([]),
    categories: text("categories", { mode: "json" }).$type<ActivityCategory[]>().notNull().default([]),
    title: text("title").notNull(),
    description: text("description"),
    closesOn: isoDate("closes_on"),
    status: text("status", { enum: SEEKING_STATUSES }).notNull().default("open"),
    statusChangedAt: timestamp("status_changed_at"),
    ...editable(() => users.id),
  },
  (t) => [
    index("partner_requests_status_idx").on(t.status, t.closesOn),
    index("partner_requests_seeker_idx").on(t.seekerLocalityId),
    index("partner_requests_owner_idx").on(t.ownerLocalityId),
    index("partner_requests_country_idx").on(t.wantedCountryCode),
  ],
);

/** A response to a partner-seeking post: a stored message to its author, unread until they open it. */
export const partnerResponses = sqliteTable(
  "partner_responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => partnerRequests.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    /** The responder's locality (city staff), for "ask them for an introduction". */
    authorLocalityId: integer("author_locality_id").references(() => localities.id),
    message: text("message").notNull(),
    createdAt: nowTimestamp("created_at"),
    /** When the post's author (or a colleague in its office) read it. */
    readAt: timestamp("read_at"),
    archivedAt: timestamp("archived_at"),
  },
  (t) => [index("partner_responses_request_idx").on(t.requestId, t.readAt)],
);

/** A user's private iCalendar feed: the URL carries a long random token, stored here only as a hash. */
export const calendarFeeds = sqliteTable(
  "calendar_feeds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    /** SHA-256 of the token, hex. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: nowTimestamp("created_at"),
    lastUsedAt: timestamp("last_used_at"),
    revokedAt: timestamp("revoked_at"),
  },
  (t) => [index("calendar_feeds_user_idx").on(t.userId, t.revokedAt)],
);

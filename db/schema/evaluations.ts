import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_TRENDS,
  CAMPAIGN_STATES,
  EVALUATION_STATES,
  PARTNER_LANGUAGES,
  PARTNERSHIP_STATUSES,
  POLITICAL_EFFECTS,
  type PartnershipPurpose,
} from "@/lib/domain/enums";
import { bare, editable, isoDate, nowTimestamp, timestamp } from "./columns";
import { localities } from "./geography";
import { imports } from "./imports";
import { partnerships } from "./partnerships";
import { users } from "./users";

/** The annual evaluation an administrator opens for a year. */
export const evaluationCampaigns = sqliteTable(
  "evaluation_campaigns",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    title: text("title").notNull(),
    opensOn: isoDate("opens_on").notNull(),
    closesOn: isoDate("closes_on").notNull(),
    /** Empty lists mean "all". */
    scopeProvinces: text("scope_provinces", { mode: "json" }).$type<string[]>().notNull().default([]),
    scopeCountries: text("scope_countries", { mode: "json" }).$type<string[]>().notNull().default([]),
    instructions: text("instructions"),
    state: text("state", { enum: CAMPAIGN_STATES }).notNull().default("draft"),
    openedAt: timestamp("opened_at"),
    closedAt: timestamp("closed_at"),
    /** Set on a campaign made to hold a past year's answers brought in from a spreadsheet. */
    importId: integer("import_id").references(() => imports.id),
    ...editable(() => users.id),
  },
  (t) => [index("campaigns_year_idx").on(t.year), check("campaigns_dates_ck", sql`${bare(t.closesOn)} >= ${bare(t.opensOn)}`)],
);

/** The questionnaire of DOMAIN.md, one a partnership a campaign. */
export const evaluations = sqliteTable(
  "evaluations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => evaluationCampaigns.id),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    /** The locality on our side, which answers. */
    localityId: integer("locality_id")
      .notNull()
      .references(() => localities.id),
    state: text("state", { enum: EVALUATION_STATES }).notNull().default("pending"),
    status: text("status", { enum: PARTNERSHIP_STATUSES }),
    trend: text("trend", { enum: ACTIVITY_TRENDS }),
    purposes: text("purposes", { mode: "json" }).$type<PartnershipPurpose[]>(),
    mostFrequentCategory: text("most_frequent_category", { enum: ACTIVITY_CATEGORIES }),
    politicalEffect: text("political_effect", { enum: POLITICAL_EFFECTS }),
    achievements: text("achievements"),
    problems: text("problems"),
    plans: text("plans"),
    reviewComment: text("review_comment"),
    submittedAt: timestamp("submitted_at"),
    submittedBy: integer("submitted_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at"),
    reviewedBy: integer("reviewed_by").references(() => users.id),
    /** Set on an evaluation brought in from a spreadsheet (an answer collected before Amity). */
    importId: integer("import_id").references(() => imports.id),
    ...editable(() => users.id),
  },
  (t) => [
    uniqueIndex("evaluations_campaign_partnership_uq").on(t.campaignId, t.partnershipId),
    index("evaluations_locality_idx").on(t.localityId),
    index("evaluations_state_idx").on(t.campaignId, t.state),
  ],
);

/**
 * A signed, expiring link for the partner city's contact, and the short
 * questionnaire answered through it. Only a hash of the token is kept.
 */
export const partnerLinks = sqliteTable(
  "partner_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    evaluationId: integer("evaluation_id")
      .notNull()
      .references(() => evaluations.id),
    tokenHash: text("token_hash").notNull().unique(),
    language: text("language", { enum: PARTNER_LANGUAGES }).notNull(),
    recipientEmail: text("recipient_email"),
    expiresAt: timestamp("expires_at").notNull(),
    revokedAt: timestamp("revoked_at"),
    answeredAt: timestamp("answered_at"),
    status: text("status", { enum: PARTNERSHIP_STATUSES }),
    trend: text("trend", { enum: ACTIVITY_TRENDS }),
    purposes: text("purposes", { mode: "json" }).$type<PartnershipPurpose[]>(),
    comments: text("comments"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: nowTimestamp("created_at"),
  },
  (t) => [index("partner_links_evaluation_idx").on(t.evaluationId)],
);

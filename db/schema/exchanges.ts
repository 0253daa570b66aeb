import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_LOCATIONS,
  ATTACHMENT_OWNERS,
  DELEGATION_DIRECTIONS,
  DELEGATION_STATUSES,
  LEADER_RANKS,
} from "@/lib/domain/enums";
import { bare, editable, isoDate, nowTimestamp, timestamp } from "./columns";
import { localities } from "./geography";
import { contacts, partnerships } from "./partnerships";
import { users } from "./users";

/** An exchange activity (交流活动); one activity may involve several partnerships. */
export const activities = sqliteTable(
  "activities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    category: text("category", { enum: ACTIVITY_CATEGORIES }).notNull(),
    startDate: isoDate("start_date").notNull(),
    endDate: isoDate("end_date"),
    location: text("location", { enum: ACTIVITY_LOCATIONS }).notNull(),
    locationDetail: text("location_detail"),
    /** Our organiser, and the owner of the record. */
    organiserLocalityId: integer("organiser_locality_id")
      .notNull()
      .references(() => localities.id),
    participantsOurs: integer("participants_ours"),
    participantsPartner: integer("participants_partner"),
    participantNames: text("participant_names"),
    description: text("description"),
    outcomes: text("outcomes"),
    costAmount: real("cost_amount"),
    costCurrency: text("cost_currency"),
    /** JSON array of strings. */
    tags: text("tags", { mode: "json" }).$type<string[]>(),
    ...editable(() => users.id),
  },
  (t) => [
    index("activities_start_idx").on(t.startDate),
    /** The live activities by date: reminders, dormancy and the feed ask for those alone. */
    index("activities_live_start_idx")
      .on(t.startDate)
      .where(sql`${bare(t.archivedAt)} IS NULL`),
    index("activities_category_idx").on(t.category),
    index("activities_organiser_idx").on(t.organiserLocalityId),
    check("activities_dates_ck", sql`${bare(t.endDate)} IS NULL OR ${bare(t.endDate)} >= ${bare(t.startDate)}`),
    check("activities_participants_ck", sql`${bare(t.participantsOurs)} >= 0 AND ${bare(t.participantsPartner)} >= 0`),
    check("activities_cost_ck", sql`${bare(t.costAmount)} >= 0`),
  ],
);

export const activityPartnerships = sqliteTable(
  "activity_partnerships",
  {
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.partnershipId] }), index("activity_partnerships_p_idx").on(t.partnershipId)],
);

/** A delegation (代表团), incoming or outgoing. */
export const delegations = sqliteTable(
  "delegations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    direction: text("direction", { enum: DELEGATION_DIRECTIONS }).notNull(),
    ourLocalityId: integer("our_locality_id")
      .notNull()
      .references(() => localities.id),
    leaderName: text("leader_name").notNull(),
    leaderTitle: text("leader_title"),
    leaderRank: text("leader_rank", { enum: LEADER_RANKS }).notNull(),
    startDate: isoDate("start_date").notNull(),
    endDate: isoDate("end_date"),
    purpose: text("purpose"),
    status: text("status", { enum: DELEGATION_STATUSES }).notNull().default("planned"),
    outcomes: text("outcomes"),
    ...editable(() => users.id),
  },
  (t) => [
    index("delegations_start_idx").on(t.startDate),
    index("delegations_locality_idx").on(t.ourLocalityId),
    index("delegations_direction_idx").on(t.direction),
    check("delegations_dates_ck", sql`${bare(t.endDate)} IS NULL OR ${bare(t.endDate)} >= ${bare(t.startDate)}`),
  ],
);

export const delegationPartnerships = sqliteTable(
  "delegation_partnerships",
  {
    delegationId: integer("delegation_id")
      .notNull()
      .references(() => delegations.id),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
  },
  (t) => [primaryKey({ columns: [t.delegationId, t.partnershipId] }), index("delegation_partnerships_p_idx").on(t.partnershipId)],
);

/** The columns of a row listed under a delegation (a member, a stop of the itinerary): its id, its delegation, its place in the list. */
const delegationRowColumns = () => ({
  id: integer("id").primaryKey({ autoIncrement: true }),
  delegationId: integer("delegation_id")
    .notNull()
    .references(() => delegations.id),
  position: integer("position").notNull().default(0),
});

export const delegationMembers = sqliteTable(
  "delegation_members",
  {
    ...delegationRowColumns(),
    name: text("name").notNull(),
    title: text("title"),
    organisation: text("organisation"),
    /** The registry contact this member is, when they are one. */
    contactId: integer("contact_id").references(() => contacts.id),
  },
  (t) => [
    index("delegation_members_d_idx").on(t.delegationId),
    index("delegation_members_contact_idx").on(t.contactId),
    check("delegation_members_position_ck", sql`${bare(t.position)} >= 0`),
  ],
);

export const delegationItinerary = sqliteTable(
  "delegation_itinerary",
  {
    ...delegationRowColumns(),
    date: isoDate("date").notNull(),
    place: text("place"),
    description: text("description").notNull(),
  },
  (t) => [index("delegation_itinerary_d_idx").on(t.delegationId), check("delegation_itinerary_position_ck", sql`${bare(t.position)} >= 0`)],
);

export const delegationActivities = sqliteTable(
  "delegation_activities",
  {
    delegationId: integer("delegation_id")
      .notNull()
      .references(() => delegations.id),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id),
  },
  (t) => [primaryKey({ columns: [t.delegationId, t.activityId] }), index("delegation_activities_a_idx").on(t.activityId)],
);

/** Registry contacts who took part in an activity. */
export const activityContacts = sqliteTable(
  "activity_contacts",
  {
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id),
    contactId: integer("contact_id")
      .notNull()
      .references(() => contacts.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.contactId] }), index("activity_contacts_c_idx").on(t.contactId)],
);

/** A file stored on disk beside the database. */
export const attachments = sqliteTable(
  "attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ownerType: text("owner_type", { enum: ATTACHMENT_OWNERS }).notNull(),
    ownerId: integer("owner_id").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    storageKey: text("storage_key").notNull().unique(),
    sha256: text("sha256").notNull(),
    uploadedBy: integer("uploaded_by").references(() => users.id),
    uploadedAt: nowTimestamp("uploaded_at"),
    archivedAt: timestamp("archived_at"),
  },
  (t) => [index("attachments_owner_idx").on(t.ownerType, t.ownerId), check("attachments_size_ck", sql`${bare(t.sizeBytes)} >= 0`)],
);

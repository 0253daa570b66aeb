import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { CONTACT_SIDES, PARTNERSHIP_LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, STATUS_SOURCES } from "@/lib/domain/enums";
import { bare, editable, isoDate, nowTimestamp } from "./columns";
// evaluations.ts imports this file: the reference back is lazy.
import { evaluations } from "./evaluations";
import { localities } from "./geography";
import { users } from "./users";

/** One pair: a local government here (ours, the owner) and one abroad. */
export const partnerships = sqliteTable(
  "partnerships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ourLocalityId: integer("our_locality_id")
      .notNull()
      .references(() => localities.id),
    partnerLocalityId: integer("partner_locality_id")
      .notNull()
      .references(() => localities.id),
    type: text("type", { enum: PARTNERSHIP_TYPES }).notNull().default("sister"),
    level: text("level", { enum: PARTNERSHIP_LEVELS }).notNull().default("city"),
    signedOn: isoDate("signed_on"),
    /** Current status: the latest approved or recorded yearly status. */
    status: text("status", { enum: PARTNERSHIP_STATUSES }),
    signatories: text("signatories"),
    agreementLocation: text("agreement_location"),
    notes: text("notes"),
    ...editable(() => users.id),
  },
  (t) => [
    uniqueIndex("partnerships_pair_uq").on(t.ourLocalityId, t.partnerLocalityId),
    index("partnerships_partner_idx").on(t.partnerLocalityId),
    index("partnerships_status_idx").on(t.status),
    index("partnerships_signed_idx").on(t.signedOn),
    index("partnerships_archived_idx").on(t.archivedAt),
    check("partnerships_two_sides_ck", sql`${bare(t.ourLocalityId)} <> ${bare(t.partnerLocalityId)}`),
  ],
);

/** The yearly status of a partnership (友好城市交往评估), one row a year. */
export const partnershipStatusHistory = sqliteTable(
  "partnership_status_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    year: integer("year").notNull(),
    status: text("status", { enum: PARTNERSHIP_STATUSES }).notNull(),
    source: text("source", { enum: STATUS_SOURCES }).notNull(),
    evaluationId: integer("evaluation_id").references((): AnySQLiteColumn => evaluations.id),
    recordedAt: nowTimestamp("recorded_at"),
    recordedBy: integer("recorded_by").references(() => users.id),
  },
  (t) => [uniqueIndex("status_history_year_uq").on(t.partnershipId, t.year)],
);

export const contacts = sqliteTable(
  "contacts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    side: text("side", { enum: CONTACT_SIDES }).notNull(),
    office: text("office"),
    personName: text("person_name").notNull(),
    role: text("role"),
    email: text("email"),
    phone: text("phone"),
    languages: text("languages"),
    ...editable(() => users.id),
  },
  (t) => [index("contacts_partnership_idx").on(t.partnershipId)],
);

import { index, integer, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { LOCALES, ROLES } from "@/lib/domain/enums";
import { editable, timestamp } from "./columns";
import { localities, provinces } from "./geography";

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** Scope of a province administrator. */
    provinceCode: text("province_code").references(() => provinces.code),
    /** Scope of city staff. */
    localityId: integer("locality_id").references(() => localities.id),
    locale: text("locale", { enum: LOCALES }),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    passwordChangedAt: timestamp("password_changed_at"),
    /** Set when an administrator chose the password (or on a new installation): it must be changed at next sign-in. */
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    /**
     * Raised by sign-out, deactivation, reactivation and a password change: a session carries the
     * generation it began in, and one from an earlier generation is no longer accepted.
     */
    sessionGeneration: integer("session_generation").notNull().default(0),
    lastSignInAt: timestamp("last_sign_in_at"),
    ...editable((): AnySQLiteColumn => users.id),
  },
  (t) => [index("users_role_idx").on(t.role), index("users_locality_idx").on(t.localityId)],
);

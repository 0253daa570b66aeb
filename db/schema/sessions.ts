import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { timestamp } from "./columns";
import { users } from "./users";

/**
 * Every signed-in session, so that the server can end it: the session cookie carries only `id`, and a
 * session that is revoked (signed out, user deactivated or reactivated, password changed) or expired
 * is refused on the next request, whatever the cookie says.
 */
export const sessions = sqliteTable(
  "sessions",
  {
    /** Random, unguessable (base64url of 32 bytes). */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    revokedAt: timestamp("revoked_at"),
    /** Why it ended: sign-out, deactivated, reactivated, password. */
    revokedReason: text("revoked_reason"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

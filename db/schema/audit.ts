import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AUDIT_ACTIONS, AUDITED_ENTITIES } from "@/lib/domain/enums";
import { nowTimestamp } from "./columns";
import { users } from "./users";

/** Who changed what, when, with the values before and after. Append-only. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: nowTimestamp("at"),
    userId: integer("user_id").references(() => users.id),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    entityType: text("entity_type", { enum: AUDITED_ENTITIES }).notNull(),
    entityId: integer("entity_id").notNull(),
    before: text("before", { mode: "json" }).$type<Record<string, unknown> | null>(),
    after: text("after", { mode: "json" }).$type<Record<string, unknown> | null>(),
    summary: text("summary"),
  },
  (t) => [index("audit_entity_idx").on(t.entityType, t.entityId), index("audit_user_idx").on(t.userId), index("audit_at_idx").on(t.at)],
);

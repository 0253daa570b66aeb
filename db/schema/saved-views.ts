import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { SAVED_VIEW_LISTS } from "@/lib/domain/enums";
import { editable } from "./columns";
import { localities, provinces } from "./geography";
import { users } from "./users";

/**
 * A filtered list saved under a name: the list it belongs to and its URL query. Private to its owner,
 * or shared with the owner's office (their locality, or their province for a province administrator).
 */
export const savedViews = sqliteTable(
  "saved_views",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id),
    list: text("list", { enum: SAVED_VIEW_LISTS }).notNull(),
    name: text("name").notNull(),
    /** The list's URL query, without the leading "?" (parsed again by the list's own schema when opened). */
    query: text("query").notNull(),
    shared: integer("shared", { mode: "boolean" }).notNull().default(false),
    /** The office it is shared with: the owner's locality (city staff) or province (province administrator). */
    officeLocalityId: integer("office_locality_id").references(() => localities.id),
    officeProvinceCode: text("office_province_code").references(() => provinces.code),
    ...editable(() => users.id),
  },
  (t) => [index("saved_views_owner_idx").on(t.ownerId), index("saved_views_office_idx").on(t.officeLocalityId, t.officeProvinceCode)],
);

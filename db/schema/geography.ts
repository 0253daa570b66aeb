import { index, integer, real, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { LOCALITY_LEVELS, REGIONS } from "@/lib/domain/enums";
import { editable } from "./columns";
import { users } from "./users";

export const countries = sqliteTable("countries", {
  code: text("code").primaryKey(), // ISO 3166-1 alpha-2
  nameEn: text("name_en").notNull(),
  nameZh: text("name_zh").notNull(),
  nameNative: text("name_native").notNull(),
});

export const provinces = sqliteTable("provinces", {
  code: text("code").primaryKey(), // ISO 3166-2:CN suffix, e.g. "TJ"
  nameEn: text("name_en").notNull(),
  nameZh: text("name_zh").notNull(),
  region: text("region", { enum: REGIONS }).notNull(),
  latitude: real("latitude"),
  longitude: real("longitude"),
});

/** A local government on either side of a partnership. */
export const localities = sqliteTable(
  "localities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    countryCode: text("country_code")
      .notNull()
      .references(() => countries.code),
    provinceCode: text("province_code").references(() => provinces.code),
    /** Prefecture, state or province abroad, in local script. */
    stateName: text("state_name"),
    nameLocal: text("name_local").notNull(),
    nameRomanised: text("name_romanised").notNull(),
    /** The usual Chinese name (exonym) of a place abroad, e.g. 神户市 for 神戸市; for ours, the same as nameLocal. */
    nameZh: text("name_zh"),
    /** Case- and diacritic-folded names of every script (and the Chinese name's pinyin), for search. */
    searchKey: text("search_key").notNull(),
    level: text("level", { enum: LOCALITY_LEVELS }).notNull(),
    latitude: real("latitude"),
    longitude: real("longitude"),
    notes: text("notes"),
    mergedIntoId: integer("merged_into_id").references((): AnySQLiteColumn => localities.id),
    ...editable((): AnySQLiteColumn => users.id),
  },
  (t) => [
    index("localities_country_idx").on(t.countryCode),
    index("localities_province_idx").on(t.provinceCode),
    index("localities_search_idx").on(t.searchKey),
    index("localities_name_romanised_idx").on(t.nameRomanised),
  ],
);

import { and, asc, desc, eq, isNotNull, isNull, ne, sql, type SQL } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";
import { countries, localities, provinces } from "@/db/schema";
import type { Locale } from "@/lib/domain/enums";
import type { LocalityListParams } from "@/lib/validation/locality-list";
import { containsText, searchTerms, startsWithText } from "./search";

export type LocalitySide = typeof localities.$inferSelect & {
  countryNameEn: string;
  countryNameZh: string;
  provinceNameEn: string | null;
  provinceNameZh: string | null;
  region: string | null;
};

/** One locality with its country and province names, or undefined. */
export function localitySide(db: DbOrTx, id: number): LocalitySide | undefined {
  const row = db
    .select({ l: localities, c: countries, p: provinces })
    .from(localities)
    .innerJoin(countries, eq(countries.code, localities.countryCode))
    .leftJoin(provinces, eq(provinces.code, localities.provinceCode))
    .where(eq(localities.id, id))
    .get();
  if (!row) return undefined;
  return {
    ...row.l,
    countryNameEn: row.c.nameEn,
    countryNameZh: row.c.nameZh,
    provinceNameEn: row.p?.nameEn ?? null,
    provinceNameZh: row.p?.nameZh ?? null,
    region: row.p?.region ?? null,
  };
}

const mergedInto = alias(localities, "merged_into");

/** A locality and, if it was merged, the record it was merged into. */
export function getLocality(db: DbOrTx, id: number) {
  const side = localitySide(db, id);
  if (!side) return undefined;
  const target = side.mergedIntoId
    ? db
        .select({ id: mergedInto.id, nameLocal: mergedInto.nameLocal, nameRomanised: mergedInto.nameRomanised, nameZh: mergedInto.nameZh })
        .from(mergedInto)
        .where(eq(mergedInto.id, side.mergedIntoId))
        .get()
    : undefined;
  return { ...side, mergedInto: target ?? null };
}

/*
 * The locality directory, defined once: its tables, filters, computed columns and
 * sort orders, for the page (listLocalities), its count and its export (exports/localities.ts).
 */

/** How many current partnerships a locality is a side of. */
export const localityPartnershipCount = sql<number>`(SELECT count(*) FROM partnerships p WHERE p.archived_at IS NULL AND (p.our_locality_id = ${localities.id} OR p.partner_locality_id = ${localities.id}))`;

/** The URL's filters: current (unmerged) localities. */
export function localityConditions(
  f: Pick<LocalityListParams, "q" | "country" | "province" | "level" | "side" | "archived">,
): SQL | undefined {
  const where: (SQL | undefined)[] = [isNull(localities.mergedIntoId)];
  if (!f.archived) where.push(isNull(localities.archivedAt));
  for (const term of searchTerms(f.q)) where.push(containsText(localities.searchKey, term));
  if (f.country) where.push(eq(localities.countryCode, f.country));
  if (f.province) where.push(eq(localities.provinceCode, f.province));
  if (f.level) where.push(eq(localities.level, f.level));
  if (f.side === "ours") where.push(eq(localities.countryCode, "CN"));
  if (f.side === "partner") where.push(ne(localities.countryCode, "CN"));
  return and(...where);
}

/** The country's and the province's names in the viewer's language (what the directory shows and sorts by). */
export function localityPlaceNames(locale: Locale) {
  const zh = locale === "zh-CN";
  return {
    countryName: zh ? countries.nameZh : countries.nameEn,
    provinceName: sql<string | null>`${zh ? provinces.nameZh : provinces.nameEn}`,
  };
}

/** The directory's ORDER BY for its `sort` and `dir` in the viewer's language, ties broken by id. */
export function localityOrder(params: Pick<LocalityListParams, "sort" | "dir">, locale: Locale): SQL[] {
  const direction = params.dir === "desc" ? desc : asc;
  const { countryName, provinceName } = localityPlaceNames(locale);
  const sortBy: Record<LocalityListParams["sort"], SQL[]> = {
    name: [sql`${localities.nameLocal}`],
    romanised: [sql`${localities.nameRomanised} COLLATE NOCASE`],
    country: [sql`${countryName}`, sql`${localities.nameRomanised} COLLATE NOCASE`],
    state: [sql`coalesce(${provinceName}, ${localities.stateName})`, sql`${localities.nameRomanised} COLLATE NOCASE`],
    level: [sql`${localities.level}`],
    partnerships: [localityPartnershipCount],
  };
  return [...sortBy[params.sort], sql`${localities.id}`].map((e) => direction(e));
}

/** `select <selection> from` the directory's tables: localities ⋈ their country, and their province if any. */
export function selectLocalities<S extends SelectedFields>(db: DbOrTx, selection: S): ListSelect<ListRow<S>> {
  const query = db
    .select(selection as SelectedFields)
    .from(localities)
    .innerJoin(countries, eq(countries.code, localities.countryCode))
    .leftJoin(provinces, eq(provinces.code, localities.provinceCode));
  return asListSelect<S>(query);
}

/** One page of the directory, filtered, sorted and paged by the database. */
export function listLocalities(db: DbOrTx, params: LocalityListParams, locale: Locale) {
  const where = localityConditions(params);
  const total =
    selectLocalities(db, { n: sql<number>`count(*)` })
      .where(where)
      .get()?.n ?? 0;
  const page = Math.min(params.page, Math.max(1, Math.ceil(total / params.pageSize)));
  const rows = selectLocalities(db, {
    id: localities.id,
    nameLocal: localities.nameLocal,
    nameRomanised: localities.nameRomanised,
    nameZh: localities.nameZh,
    countryCode: localities.countryCode,
    ...localityPlaceNames(locale),
    provinceCode: localities.provinceCode,
    stateName: localities.stateName,
    level: localities.level,
    archived: isNotNull(localities.archivedAt),
    partnerships: localityPartnershipCount,
  })
    .where(where)
    .orderBy(...localityOrder(params, locale))
    .limit(params.pageSize)
    .offset((page - 1) * params.pageSize)
    .all()
    .map((r) => ({ ...r, archived: Boolean(r.archived) }));
  return { rows, total, page };
}
export type LocalityRow = ReturnType<typeof listLocalities>["rows"][number];

export type LocalityOption = {
  id: number;
  nameLocal: string;
  nameRomanised: string;
  nameZh?: string | null;
  countryCode: string;
  place: string | null;
  version?: number;
};

/** The pickers' type-ahead: current localities whose names match, best (prefix) matches first. */
export function searchLocalities(
  db: DbOrTx,
  opts: { q: string; side?: "ours" | "partner"; countryCode?: string; provinceCode?: string },
  limit = 12,
): LocalityOption[] {
  const terms = searchTerms(opts.q);
  if (terms.length === 0) return [];
  const where = [
    isNull(localities.mergedIntoId),
    isNull(localities.archivedAt),
    ...terms.map((t) => containsText(localities.searchKey, t)),
  ];
  if (opts.side === "ours") where.push(eq(localities.countryCode, "CN"));
  if (opts.side === "partner") where.push(ne(localities.countryCode, "CN"));
  if (opts.countryCode) where.push(eq(localities.countryCode, opts.countryCode));
  if (opts.provinceCode) where.push(eq(localities.provinceCode, opts.provinceCode));
  const first = terms[0] as string;
  return db
    .select({
      id: localities.id,
      nameLocal: localities.nameLocal,
      nameRomanised: localities.nameRomanised,
      nameZh: localities.nameZh,
      countryCode: localities.countryCode,
      place: sql<string | null>`coalesce(${provinces.nameZh}, ${localities.stateName})`,
      version: localities.version,
    })
    .from(localities)
    .leftJoin(provinces, eq(provinces.code, localities.provinceCode))
    .where(and(...where))
    .orderBy(
      sql`CASE WHEN ${startsWithText(localities.searchKey, first)} OR ${containsText(localities.searchKey, ` ${first}`)} THEN 0 ELSE 1 END`,
      asc(sql`length(${localities.nameRomanised})`),
      asc(localities.nameRomanised),
    )
    .limit(limit)
    .all();
}

import { and, asc, desc, eq, gte, isNull, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { alias, type SelectedFields } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "@/db/connection";
import { asListSelect, type ListRow, type ListSelect } from "./list-select";
import { activities, activityPartnerships, countries, localities, partnerships, provinces } from "@/db/schema";
import { scopeCondition, type QueryScope } from "@/lib/auth/permissions";
import { twelveMonthsBefore } from "@/lib/domain/clock";
import { PARTNERSHIP_STATUSES, type Locale } from "@/lib/domain/enums";
import type { PartnershipListParams, PartnershipSort } from "@/lib/validation/partnership-list";
import { containsText, searchTerms } from "./search";

/*
 * The registry list, defined once: its tables, filters, computed columns and
 * sort orders. The page (partnerships-list.ts), its count, its export
 * (exports/partnerships.ts) and the report's partnership table all read through these.
 */

/** The two sides of a partnership, joined under these names by every registry query. */
export const ours = alias(localities, "ours");
export const partner = alias(localities, "partner");
export const ourProvince = alias(provinces, "our_province");

/** `within`: what the "my city / whole country" switch narrows to (lib/server/list-scope.ts); absent: the nation. */
type Filters = Omit<PartnershipListParams, "page" | "pageSize" | "sort" | "dir" | "cols"> & { within?: QueryScope };

/** What the registry's sort orders and "as of today" columns depend on besides the URL. */
export type PartnershipListContext = { locale: Locale; today: string };

/**
 * The URL's filters as SQL conditions over partnerships ⋈ ours ⋈ partner ⋈
 * our_province. Values are bound as parameters, never spliced.
 */
export function partnershipConditions(f: Filters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (!f.archived) conditions.push(isNull(partnerships.archivedAt));
  // A partnership is its locality's on our side.
  if (f.within) conditions.push(scopeCondition(f.within, { localityId: partnerships.ourLocalityId, provinceCode: ours.provinceCode }));
  // Each folded term (db/queries/search.ts) must match one side.
  for (const term of searchTerms(f.q)) conditions.push(or(containsText(ours.searchKey, term), containsText(partner.searchKey, term)));
  if (f.country) conditions.push(eq(partner.countryCode, f.country));
  if (f.province) conditions.push(eq(ours.provinceCode, f.province));
  if (f.region) conditions.push(eq(ourProvince.region, f.region));
  if (f.locality) conditions.push(or(eq(partnerships.ourLocalityId, f.locality), eq(partnerships.partnerLocalityId, f.locality)));
  if (f.status) conditions.push(eq(partnerships.status, f.status));
  if (f.type) conditions.push(eq(partnerships.type, f.type));
  if (f.level) conditions.push(eq(partnerships.level, f.level));
  const [from, to] = f.signedFrom && f.signedTo && f.signedFrom > f.signedTo ? [f.signedTo, f.signedFrom] : [f.signedFrom, f.signedTo];
  if (from) conditions.push(gte(partnerships.signedOn, `${from}-01-01`));
  if (to) conditions.push(lt(partnerships.signedOn, `${to + 1}-01-01`));
  if (f.undated) conditions.push(isNull(partnerships.signedOn));
  return and(...conditions);
}

/**
 * A partnership's latest activity so far, as of `today` (YYYY-MM-DD): archived
 * activities do not count, planned (future) ones are not yet "last".
 */
export function lastActivitySql(partnershipId: SQLWrapper, today: string): SQL<string | null> {
  return sql<string | null>`(select max(a.start_date) from ${activityPartnerships} ap join ${activities} a on a.id = ap.activity_id
    where ap.partnership_id = ${partnershipId} and a.archived_at is null and a.start_date <= ${today})`;
}

/** A partnership's activities in the 12 months up to `today` (after twelveMonthsBefore(today), not planned ones). */
export function recentActivitiesSql(partnershipId: SQLWrapper, today: string): SQL<number> {
  return sql<number>`(select count(*) from ${activityPartnerships} ap join ${activities} a on a.id = ap.activity_id
    where ap.partnership_id = ${partnershipId} and a.archived_at is null and a.start_date > ${twelveMonthsBefore(today)} and a.start_date <= ${today})`;
}

/** The statuses best first, in lib/domain/enums' order; no status last. */
export const statusRankSql: SQL<number> = sql<number>`(case ${partnerships.status} ${sql.join(
  PARTNERSHIP_STATUSES.map((s, i) => sql`when ${sql.raw(`'${s}'`)} then ${sql.raw(String(i + 1))}`),
  sql` `,
)} else ${sql.raw(String(PARTNERSHIP_STATUSES.length + 1))} end)`;

/** The partner's country's name in the viewer's language (what the list shows and sorts by). */
export const countryNameSql = (locale: Locale) => (locale === "zh-CN" ? countries.nameZh : countries.nameEn);

/** The columns the list and its export compute rather than read. */
export function partnershipComputedColumns(ctx: PartnershipListContext) {
  return {
    countryName: countryNameSql(ctx.locale),
    lastActivity: lastActivitySql(partnerships.id, ctx.today),
    activities12m: recentActivitiesSql(partnerships.id, ctx.today),
  };
}

function sortKeys(sort: PartnershipSort, ctx: PartnershipListContext): SQL[] {
  switch (sort) {
    case "ours":
      return [sql`${ours.nameRomanised} COLLATE NOCASE`, sql`${partner.nameRomanised} COLLATE NOCASE`];
    case "partner":
      return [sql`${partner.nameRomanised} COLLATE NOCASE`];
    case "country":
      return [sql`${countryNameSql(ctx.locale)}`, sql`${partner.nameRomanised} COLLATE NOCASE`];
    case "signedOn":
      return [sql`${partnerships.signedOn} IS NULL`, sql`${partnerships.signedOn}`];
    case "type":
      return [sql`${partnerships.type}`];
    case "level":
      return [sql`${partnerships.level}`];
    case "status":
      return [statusRankSql];
    case "lastActivity":
      return [lastActivitySql(partnerships.id, ctx.today)];
    case "activities12m":
      return [recentActivitiesSql(partnerships.id, ctx.today)];
  }
}

/** The list's ORDER BY for its `sort` and `dir`, ties broken by id: a total order, the same on every page and in the export. */
export function partnershipOrder(params: Pick<PartnershipListParams, "sort" | "dir">, ctx: PartnershipListContext): SQL[] {
  const direction = params.dir === "desc" ? desc : asc;
  return [...sortKeys(params.sort, ctx), sql`${partnerships.id}`].map((e) => direction(e));
}

/** `select <selection> from` the registry's tables: partnerships ⋈ ours ⋈ partner ⋈ country, and our province if any. */
export function selectPartnerships<S extends SelectedFields>(db: DbOrTx, selection: S): ListSelect<ListRow<S>> {
  const query = db
    .select(selection as SelectedFields)
    .from(partnerships)
    .innerJoin(ours, eq(ours.id, partnerships.ourLocalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerLocalityId))
    .leftJoin(ourProvince, eq(ourProvince.code, ours.provinceCode))
    .innerJoin(countries, eq(countries.code, partner.countryCode));
  return asListSelect<S>(query);
}

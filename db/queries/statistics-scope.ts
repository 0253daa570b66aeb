import { sql, type SQL } from "drizzle-orm";
import { scopeCondition, statisticsScope } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { StatFilters } from "@/lib/domain/statistics-filters";

/** Whose numbers: one locality, one province, or the nation. */
export type StatScope = { kind: "nation" } | { kind: "province"; provinceCode: string } | { kind: "locality"; localityId: number };

/** The scope a viewer's statistics cover (decided in lib/auth/permissions.ts). */
export function viewerStatScope(viewer: Viewer): StatScope {
  return statisticsScope(viewer);
}

/** Our locality `o` of the statistics' raw SQL, as scope columns. */
const OUR_SIDE = { localityId: sql.raw("o.id"), provinceCode: sql.raw("o.province_code") };

/** Conditions on our locality `o` (joined with its province `pr`) for a scope and the filters. */
export function ourSideWhere(scope: StatScope, filters: Pick<StatFilters, "province" | "region">): SQL {
  const parts: SQL[] = [sql`o.country_code = 'CN'`];
  const inScope = scopeCondition(scope, OUR_SIDE);
  if (inScope) parts.push(inScope);
  if (filters.province) parts.push(sql`o.province_code = ${filters.province}`);
  if (filters.region) parts.push(sql`pr.region = ${filters.region}`);
  return sql.join(parts, sql` and `);
}

/** Partnerships `ps` (with `o`, `p`, `pr` joined) in scope, not archived, matching the filters. */
export function partnershipWhere(scope: StatScope, filters: StatFilters, opts: { signedYears?: boolean } = {}): SQL {
  const parts: SQL[] = [sql`ps.archived_at is null`, ourSideWhere(scope, filters)];
  if (filters.country) parts.push(sql`p.country_code = ${filters.country}`);
  if (opts.signedYears !== false) {
    if (filters.from !== undefined) parts.push(sql`cast(substr(ps.signed_on, 1, 4) as integer) >= ${filters.from}`);
    if (filters.to !== undefined) parts.push(sql`cast(substr(ps.signed_on, 1, 4) as integer) <= ${filters.to}`);
  }
  return sql.join(parts, sql` and `);
}

export const PARTNERSHIP_FROM = sql.raw(
  `partnerships ps join localities o on o.id = ps.our_locality_id join localities p on p.id = ps.partner_locality_id left join provinces pr on pr.code = o.province_code`,
);

/**
 * An exchange (activity or delegation) whose owner locality is `o`, restricted to the
 * partner country: it must be linked to a partnership with a partner there.
 */
export function exchangeCountryWhere(
  linkTable: "activity_partnerships" | "delegation_partnerships",
  idColumn: SQL,
  country: string | undefined,
): SQL {
  if (!country) return sql`1 = 1`;
  const fk = linkTable === "activity_partnerships" ? sql.raw("x.activity_id") : sql.raw("x.delegation_id");
  return sql`exists (select 1 from ${sql.raw(linkTable)} x join partnerships xp on xp.id = x.partnership_id join localities xl on xl.id = xp.partner_locality_id where ${fk} = ${idColumn} and xl.country_code = ${country})`;
}

/** Start year between the filtered years. */
export function yearWhere(column: SQL, filters: Pick<StatFilters, "from" | "to">): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (filters.from !== undefined) parts.push(sql`${column} >= ${`${filters.from}-01-01`}`);
  if (filters.to !== undefined) parts.push(sql`${column} <= ${`${filters.to}-12-31`}`);
  return sql.join(parts, sql` and `);
}

import { and, eq, gte, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { localities, partnerships, provinces } from "@/db/schema";
import { scopeCondition, type QueryScope } from "@/lib/auth/permissions";
import type { PartnershipListParams } from "@/lib/validation/partnership-list";
import { containsText, searchTerms } from "./search";

/** The two sides of a partnership, joined under these names by every registry query. */
export const ours = alias(localities, "ours");
export const partner = alias(localities, "partner");
export const ourProvince = alias(provinces, "our_province");

/** `within`: what the "my city / whole country" switch narrows to (lib/server/list-scope.ts); absent: the nation. */
type Filters = Omit<PartnershipListParams, "page" | "pageSize" | "sort" | "dir" | "cols"> & { within?: QueryScope };

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
  return and(...conditions);
}

/** The start of the "last 12 months" window, as an ISO date. */
export function twelveMonthsBefore(today: string): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/**
 * A partnership's latest activity so far: planned (future) ones do not count. One rule,
 * defined in activities-stats.ts, for the registry list, its export and the partnership page.
 */
export { lastActivitySql } from "./activities-stats";

/** Correlated subquery: a partnership's activities after `since`, up to `today`. */
export function recentActivitiesSql(partnershipId: SQL | typeof partnerships.id, since: string, today: string): SQL<number> {
  return sql<number>`(SELECT count(*) FROM activity_partnerships ap JOIN activities a ON a.id = ap.activity_id
    WHERE ap.partnership_id = ${partnershipId} AND a.archived_at IS NULL AND a.start_date > ${since} AND a.start_date <= ${today})`;
}

import { and, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { PartnerName } from "./activities-partners";
import { containsText, searchTerms } from "./search";

/**
 * The search of an activity or delegation list: the record's own `text` matches the whole query,
 * or each word names our side (`ownerSearchKey`) or a linked partner (`linkedPartner` over `pl`).
 */
export function exchangeSearchSql(q: string, text: SQL, ownerSearchKey: SQLWrapper, linkedPartner: (condition: SQL) => SQL): SQL {
  const terms = searchTerms(q);
  const names = terms.length
    ? terms.map((t) => sql`(${containsText(ownerSearchKey, t)} or ${linkedPartner(containsText(sql`pl.search_key`, t))})`)
    : [sql`0`];
  return sql`(${text} or (${and(...names)}))`;
}

/** A list page's rows as the table reads them: archived or not, with their partners. */
export function withPartners<R extends { id: number; archivedAt: Date | null }>(rows: R[], partners: Map<number, PartnerName[]>) {
  return rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null, partners: partners.get(r.id) ?? [] }));
}

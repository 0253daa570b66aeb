import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { foldName } from "@/lib/domain/fold-name";

/**
 * The one place a user's search text becomes SQL: split into terms for name
 * searches, and escaped for LIKE so that "50%" or "a_b" mean those characters,
 * never wildcards. Every LIKE the app runs on typed text goes through here.
 */

/** At most this many words of a query are used. */
const MAX_TERMS = 5;

/** Folded search terms of a query, for the localities' search keys: "Tianjin  Kōbe" → ["tianjin", "kobe"]. */
export function searchTerms(q: string): string[] {
  return q
    .split(/\s+/)
    .map(foldName)
    .filter((term) => term.length > 0)
    .slice(0, MAX_TERMS);
}

/** A user's text with LIKE's wildcards (and the escape character) escaped, for `… ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `expr LIKE '%text%' ESCAPE '\'`: the text found anywhere in `expr`, literally. */
export function containsText(expr: SQLWrapper, text: string): SQL {
  return sql`${expr} like ${`%${escapeLike(text)}%`} escape '\\'`;
}

/** `expr LIKE 'text%' ESCAPE '\'`: `expr` starts with the text, literally. */
export function startsWithText(expr: SQLWrapper, text: string): SQL {
  return sql`${expr} like ${`${escapeLike(text)}%`} escape '\\'`;
}

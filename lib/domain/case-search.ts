import { foldName } from "./fold-name";

/**
 * The stored search text of a case (cases.search_text): its title, summary, body and tags,
 * word by word folded as names are (lib/domain/fold-name.ts: case, diacritics and full-width
 * forms removed, punctuation and Markdown marks dropped), so that a query folded the same way
 * (db/queries/search.ts `searchTerms`) finds "Kōbe" in "KOBE" and "青少年" inside "青少年交流".
 */
export function caseSearchText(c: { title: string; summary: string; body: string; tags: readonly string[] }): string {
  return [c.title, c.summary, c.body, ...c.tags].join(" ").split(/\s+/).map(foldName).filter(Boolean).join(" ");
}

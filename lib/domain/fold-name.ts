/**
 * Folds a name for search: Unicode-normalised, case and diacritics removed,
 * punctuation and spaces dropped, so that "Kōbe", "KOBE" and "kobe" meet, and
 * "神戸" finds "神戸市". CJK characters are kept as they are.
 */
export function foldName(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "")
    .normalize("NFC"); // recompose Hangul syllables split by NFKD
}

/** The stored search key of a locality: its names in every script, folded. */
export function localitySearchKey(...names: (string | null | undefined)[]): string {
  return names
    .filter((n): n is string => Boolean(n))
    .map(foldName)
    .join(" ");
}

import { pinyin } from "pinyin-pro";

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

const HAN = /\p{Script=Han}/u;

/**
 * The pinyin of a Chinese name, as typed on a keyboard without tones: in full
 * ("神户市" → "shenhushi") and by initials ("shs"), so that `shenhu` or `sh`
 * finds it. pinyin-pro reads whole words, so 重庆 gives "chongqing".
 */
export function pinyinKeys(nameZh: string | null | undefined): string[] {
  if (!nameZh || !HAN.test(nameZh)) return [];
  const syllables = pinyin(nameZh, { toneType: "none", type: "array", nonZh: "removed" });
  const initials = pinyin(nameZh, { pattern: "first", toneType: "none", type: "array", nonZh: "removed" });
  // foldName turns "lü" into "lu", as most people type it.
  return [foldName(syllables.join("")), foldName(initials.join(""))].filter(Boolean);
}

/**
 * The stored search key of a locality: its local-script and romanised names,
 * its Chinese name and that name's pinyin, and any further names (former
 * names kept by a merge), folded and without repeats. Every search box of the
 * app matches against this one key.
 */
export function localitySearchKey(
  nameLocal: string | null | undefined,
  nameRomanised: string | null | undefined,
  nameZh?: string | null,
  ...more: (string | null | undefined)[]
): string {
  const terms = [nameLocal, nameRomanised, nameZh, ...more]
    .filter((n): n is string => Boolean(n))
    .map(foldName)
    .concat(pinyinKeys(nameZh));
  return [...new Set(terms.filter(Boolean))].join(" ");
}

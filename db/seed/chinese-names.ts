import { ConverterFactory, Locale, type DictGroup } from "opencc-js";
import { koreanHanja, partnerChineseNames } from "./data";

/** How a partner's Chinese name was obtained (ATTRIBUTION.md says the same). */
export type ChineseNameMethod = "opencc-japanese" | "korean-hanja" | "curated" | "none";

type Convert = (text: string) => string;
let converters: { japanese: Convert; traditional: Convert } | null = null;

const entries = (groups: readonly DictGroup[] | undefined) =>
  (groups ?? [])
    .flat()
    .flatMap((dict) => (typeof dict === "string" ? dict.split("|").map((e) => e.split(" ") as [string, string]) : [...dict]));

/**
 * OpenCC's converters, built once on first use (a few tens of ms). Japanese goes
 * shinjitai → traditional (OpenCC's JPShinjitai dictionaries) → simplified. OpenCC's
 * shinjitai table lists a few Japan-only forms (戸, 姫, 呉, 舎…) only the other way
 * (traditional → shinjitai), so those are read back through it: 神戸市 → 神戶市 → 神户市.
 * Only characters unknown to OpenCC's Chinese tables are read back: 連 or 予 stay as they are.
 */
function opencc() {
  if (converters) return converters;
  const japanese = new Set(entries(Locale.from.jp).map(([from]) => from));
  const chinese = new Set(entries(Locale.to.cn).flatMap(([from, to]) => [...from, ...to]));
  const readBack = entries(Locale.to.jp)
    .filter(([, shinjitai]) => [...shinjitai].length === 1 && !japanese.has(shinjitai) && !chinese.has(shinjitai))
    .map(([traditional, shinjitai]) => [shinjitai, traditional] as [string, string]);
  const [fromJapanese = []] = Locale.from.jp ?? [];
  converters = {
    // The read-back table comes last in the group, so OpenCC's own entries win where both have one.
    japanese: ConverterFactory([...fromJapanese, readBack], ...(Locale.to.cn ?? [])),
    traditional: ConverterFactory(...(Locale.to.cn ?? [])),
  };
  return converters;
}

/** A Japanese name in shinjitai as simplified Chinese: 神戸市 → 神户市, 横浜市 → 横滨市. */
export function japaneseToSimplified(name: string): string {
  return opencc().japanese(name);
}

/** Korean hanja (traditional forms) as simplified Chinese: 仁川廣域市 → 仁川广域市. */
export function hanjaToSimplified(name: string): string {
  return opencc().traditional(name);
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The Chinese name of a demo partner locality, keyed like partner-native-names.json.
 * Curated entries win (they hold the exceptions: kana names, Seoul); then Japanese
 * names through OpenCC, Korean through their hanja.
 */
export function partnerChineseName(
  countryCode: string,
  csvCity: string,
  nameNative: string | undefined,
): { nameZh: string | null; method: ChineseNameMethod } {
  const curated = partnerChineseNames[countryCode]?.[csvCity];
  if (curated) return { nameZh: curated, method: "curated" };
  if (countryCode === "JP" && nameNative && !KANA.test(nameNative))
    return { nameZh: japaneseToSimplified(nameNative), method: "opencc-japanese" };
  const hanja = koreanHanja[`${countryCode}|${csvCity}`];
  if (hanja) return { nameZh: hanjaToSimplified(hanja), method: "korean-hanja" };
  return { nameZh: null, method: "none" };
}

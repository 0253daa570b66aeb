import type { PartnerLanguage } from "@/lib/domain/enums";

/** The forms of a locality's name the partner page chooses from. */
export type NameForms = { nameLocal: string; nameRomanised: string; nameZh: string | null; countryCode: string };

/** Countries whose local script is the page language's own (Chinese characters read as kanji in Japanese). */
const OWN_SCRIPT: Record<PartnerLanguage, ReadonlySet<string>> = {
  ja: new Set(["JP", "CN", "TW", "HK", "MO"]),
  ko: new Set(["KR"]),
  "zh-CN": new Set(["CN", "TW", "HK", "MO", "SG"]),
  en: new Set(),
};

/**
 * A place's name as a reader of the page's language usually writes it: the local script when it
 * is that language's own (神戸市 in Japanese, 인천광역시 in Korean, 天津市 in Japanese kanji), the
 * Chinese name in Chinese, and otherwise the romanised name (English always; "Tianjin" in
 * Korean, for which no Hangul form is recorded).
 */
export function nameForLanguage(language: PartnerLanguage, place: NameForms): string {
  if (language === "zh-CN" && place.nameZh) return place.nameZh;
  return OWN_SCRIPT[language].has(place.countryCode) ? place.nameLocal : place.nameRomanised;
}

/** A Chinese province's name: in Chinese characters for Chinese and Japanese readers, else in English. */
export function provinceForLanguage(language: PartnerLanguage, province: { nameEn: string; nameZh: string }): string {
  return language === "zh-CN" || language === "ja" ? province.nameZh : province.nameEn;
}

export type SenderOffice = { kind: "locality"; locality: NameForms } | { kind: "province"; province: { nameEn: string; nameZh: string } };

/** The sending office's place name in the page's language. */
export function officeForLanguage(language: PartnerLanguage, office: SenderOffice): string {
  return office.kind === "locality" ? nameForLanguage(language, office.locality) : provinceForLanguage(language, office.province);
}

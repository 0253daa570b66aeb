import { localityName as nameFor, type LocalityNameForms } from "@/lib/domain/locality-name";

type Names = LocalityNameForms;

/** A locality's name in the reader's language (lib/domain/locality-name.ts): the Chinese name for Chinese readers, romanised otherwise. */
export function localityName(locale: string, names: Names): string {
  return nameFor(names, locale);
}

/** "Tianjin – Kobe" or "天津市 – 神户市". */
export function partnershipName(locale: string, ours: Names, partner: Names): string {
  return `${localityName(locale, ours)} – ${localityName(locale, partner)}`;
}

export function countryName(locale: string, country: { nameEn: string; nameZh: string }): string {
  return locale === "zh-CN" ? country.nameZh : country.nameEn;
}

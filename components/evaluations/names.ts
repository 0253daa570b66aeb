type Names = { nameLocal: string; nameRomanised: string };

/** A locality's name in the reader's language: its own script for Chinese readers, romanised otherwise. */
export function localityName(locale: string, names: Names): string {
  return locale === "zh-CN" ? names.nameLocal : names.nameRomanised;
}

/** "Tianjin – Kobe" or "天津市 – 神戸市". */
export function partnershipName(locale: string, ours: Names, partner: Names): string {
  return `${localityName(locale, ours)} – ${localityName(locale, partner)}`;
}

export function countryName(locale: string, country: { nameEn: string; nameZh: string }): string {
  return locale === "zh-CN" ? country.nameZh : country.nameEn;
}

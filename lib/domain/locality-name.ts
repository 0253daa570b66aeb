/** The names a locality is recorded under. nameZh is the usual Chinese name (null when not yet known, undefined when not read). */
export type LocalityNameForms = { nameLocal: string; nameRomanised: string; nameZh?: string | null };

export type LocalityNames = { primary: string; secondary: string[] };

/**
 * How a locality is named to a reader of the interface's language. Chinese: the Chinese
 * name first (神户市), with the local script and romanised name beside it when they differ
 * (神戸市 · Kobe); a place whose own name is Chinese needs nothing beside it; a missing
 * Chinese name falls back to the romanised one. English: the romanised name first, the
 * local script beside it.
 */
export function localityNames(place: LocalityNameForms, locale: string): LocalityNames {
  if (locale === "zh-CN") {
    // undefined: a caller that did not read the Chinese name; the local script, as before it existed.
    const primary = place.nameZh === undefined ? place.nameLocal : place.nameZh || place.nameRomanised;
    if (place.nameLocal === primary) return { primary, secondary: [] };
    return { primary, secondary: unique([place.nameLocal, place.nameRomanised]).filter((n) => n !== primary) };
  }
  const primary = place.nameRomanised;
  return { primary, secondary: place.nameLocal !== primary ? [place.nameLocal] : [] };
}

/** The name alone, for titles, options and short lists: 神户市 / Kobe. */
export function localityName(place: LocalityNameForms, locale: string): string {
  return localityNames(place, locale).primary;
}

/** The name with the others in brackets, where there is room for one line of text: 神户市（神戸市 · Kobe）/ Kobe (神戸市). */
export function localityLabel(place: LocalityNameForms, locale: string): string {
  const { primary, secondary } = localityNames(place, locale);
  if (secondary.length === 0) return primary;
  return locale === "zh-CN" ? `${primary}（${secondary.join(" · ")}）` : `${primary} (${secondary.join(" · ")})`;
}

/** A partnership by its two places: 天津市 – 神户市 / Tianjin – Kobe. */
export function partnershipName(ours: LocalityNameForms, partner: LocalityNameForms, locale: string): string {
  return `${localityName(ours, locale)} – ${localityName(partner, locale)}`;
}

function unique(names: string[]): string[] {
  return [...new Set(names.filter(Boolean))];
}

import type { PartnerName } from "@/db/queries/activities-partners";
import type { PartnershipOption } from "@/db/queries/partnership-options";
import { localityLabel, localityName, type LocalityNameForms } from "@/lib/domain/locality-name";
import type { PickerOption } from "./multi-picker";

type PartnershipPlaces = { ours: LocalityNameForms; partner: LocalityNameForms };

/**
 * "天津市 – 神户市（神戸市 · Kobe）" / "Tianjin – Kobe (神戸市)": our side by its name in the
 * reader's language, the partner with its other names beside it (lib/domain/locality-name.ts).
 */
export function partnershipLabel({ ours, partner }: PartnershipPlaces, locale: string): string {
  return `${localityName(ours, locale)} – ${localityLabel(partner, locale)}`;
}

/** The two places of a partnership option (the pickers' search). */
export function optionPlaces(o: PartnershipOption): PartnershipPlaces {
  return {
    ours: { nameLocal: o.ourName, nameRomanised: o.ourRomanised, nameZh: o.ourZh },
    partner: { nameLocal: o.partnerName, nameRomanised: o.partnerRomanised, nameZh: o.partnerZh },
  };
}

/** The two places of a record's partnership (an activity's or delegation's partners). */
export function partnerPlaces(p: PartnerName): PartnershipPlaces {
  return {
    ours: { nameLocal: p.ourName, nameRomanised: p.ourRomanised, nameZh: p.ourZh },
    partner: { nameLocal: p.name, nameRomanised: p.romanised, nameZh: p.zh },
  };
}

export function toPickerOption(o: PartnershipOption, locale: string): PickerOption {
  const places = optionPlaces(o);
  return { id: o.id, label: partnershipLabel(places, locale), meta: o.ourLocalityId, group: localityName(places.ours, locale) };
}

/** A record's chosen partnership as a picker option (the edit forms' current values). */
export function partnerPickerOption(p: PartnerName, locale: string): PickerOption {
  const places = partnerPlaces(p);
  return { id: p.partnershipId, label: partnershipLabel(places, locale), meta: p.ourLocalityId, group: localityName(places.ours, locale) };
}

/** "2025-07-01" or "2025-07-01 – 2025-07-03", formatted by the caller's formatter. */
export function dateRange(format: (iso: string) => string, start: string, end: string | null): string {
  return end && end !== start ? `${format(start)} – ${format(end)}` : format(start);
}

/** An ISO date as a Date at noon UTC, so that formatting in any time zone keeps the day. */
export const isoToDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

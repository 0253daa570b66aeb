import { localityLabel, partnershipName, type LocalityNameForms } from "./locality-name";

/** The two sides a reminder is about: our locality, and the partner when there is one. */
export type ReminderSides = { ours: LocalityNameForms; partner: LocalityNameForms | null };

/**
 * How a reminder names what it is about: a city's own reminders name the partner (神户市（神戸市 · Kobe）);
 * a province's or the nation's name both sides (天津市 – 神户市); without a partner, our locality.
 */
export function reminderSubject(r: ReminderSides, ownLocality: boolean, locale: string): string {
  if (!r.partner) return localityLabel(r.ours, locale);
  return ownLocality ? localityLabel(r.partner, locale) : partnershipName(r.ours, r.partner, locale);
}

import type { PartnershipOption } from "@/db/queries/partnership-options";
import type { PickerOption } from "./multi-picker";

/** "天津市 – 神戸市 (Kobe)": our side, the partner in its own script, and romanised when different. */
export function partnershipLabel(o: Pick<PartnershipOption, "ourName" | "partnerName" | "partnerRomanised">): string {
  const partner = o.partnerName === o.partnerRomanised ? o.partnerName : `${o.partnerName} (${o.partnerRomanised})`;
  return `${o.ourName} – ${partner}`;
}

export function toPickerOption(o: PartnershipOption): PickerOption {
  return { id: o.id, label: partnershipLabel(o), meta: o.ourLocalityId, group: o.ourName };
}

/** "2025-07-01" or "2025-07-01 – 2025-07-03", formatted by the caller's formatter. */
export function dateRange(format: (iso: string) => string, start: string, end: string | null): string {
  return end && end !== start ? `${format(start)} – ${format(end)}` : format(start);
}

/** An ISO date as a Date at noon UTC, so that formatting in any time zone keeps the day. */
export const isoToDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** Today in China (the offices' time zone), as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

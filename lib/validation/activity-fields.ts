import { isoDateBetween, optionalIsoDate } from "./iso-date";
import { intFromForm, optionalIntFromForm } from "./number";
import { cleanText, multiLineText } from "./text";
import { z } from "./zod";

/**
 * Field helpers shared by the activity and delegation forms: strings from
 * inputs, typed values out. Every schema also accepts its own output, since
 * the form sends its parsed values and the action parses them again.
 */

/** A calendar date typed as YYYY-MM-DD, between 1949 and 2100 (lib/validation/iso-date.ts). */
export const isoDateField = isoDateBetween("1949-01-01", "2100-12-31");

/** An optional date: an empty input means none. */
export const optionalIsoDateField = optionalIsoDate(isoDateField);

/** Optional free text (lib/validation/text.ts): cleaned, empty means none. `multiLine` for a text area. */
export const optionalText = (max: number, { multiLine = false }: { multiLine?: boolean } = {}) =>
  (multiLine ? multiLineText(max) : cleanText(max))
    .nullable()
    .optional()
    .transform((v) => v || null);

/** An optional whole number typed into an input: empty means none (never 0). */
export const optionalCount = (max: number) => optionalIntFromForm(0, max);

/** Ids of records picked in a form. */
export const idList = (min: number, max: number) =>
  z
    .array(intFromForm(1, 2_000_000_000))
    .min(min)
    .max(max)
    .transform((ids) => [...new Set(ids)]);

export const recordId = intFromForm(1, 2_000_000_000);
export const versionField = intFromForm(1, 2_000_000_000);

/** An end date, when given, may not be before the start date. */
export function endNotBeforeStart(v: { startDate: string; endDate: string | null }, ctx: z.RefinementCtx) {
  if (v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "validation.endBeforeStart" });
}

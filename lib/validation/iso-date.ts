import { z } from "./zod";

/** "" is a missing date; anything else that is not a real date is "Enter a real date" (messages/<lang>/validation.json). */
const dateMessage = { error: (issue: { input?: unknown }) => (issue.input === "" ? "validation.required" : "validation.invalidDate") };

/**
 * The one calendar-date rule: a real date written YYYY-MM-DD, checked by zod's
 * ISO date (2024-02-29 yes; 2025-02-29 and 2025-02-30 no). Spaces around it are dropped.
 * Every form and list URL takes its dates from here.
 */
export const isoDate = z
  .string()
  .trim()
  .pipe(z.iso.date({ ...dateMessage, abort: true }));

/** A date a form accepts only within plausible years (inclusive bounds, YYYY-MM-DD). */
export const isoDateBetween = (first: string, last: string) =>
  isoDate.refine((v) => v >= first && v <= last, { message: "validation.invalidDate" });

/** An optional date in a form: empty, blank, null or absent means none (null); anything else must pass `date`. */
export const optionalIsoDate = (date: z.ZodType<string, string> = isoDate) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .pipe(date.nullable());

/** A date in a list's URL (from, to): anything malformed is ignored. */
export const isoDateParam = isoDate.optional().catch(undefined);

import { z } from "./zod";

/**
 * A whole number from a form or a URL, in one place: a JavaScript integer, or a string of decimal
 * digits (an input's value, spaces around it allowed). Nothing that `Number()` or `z.coerce`
 * would also turn into a number: not "0x10", "1e3", "1_000", "" (which would be 0), [] (0),
 * true (1), null, nor 1.5.
 */
const DIGITS = /^\s*-?\d{1,20}\s*$/;

const message = (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? "validation.required" : "validation.wholeNumber";

/** The number a value stands for, or null when it is not a plain whole number. */
export function toWholeNumber(value: number | string): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  return DIGITS.test(value) ? Number(value.trim()) : null;
}

function parseWhole(value: number | string, ctx: z.RefinementCtx): number {
  const n = toWholeNumber(value);
  if (n !== null) return n;
  ctx.issues.push({ code: "custom", input: value, message: "validation.wholeNumber" });
  return z.NEVER;
}

/** A required whole number between min and max. */
export const intFromForm = (min: number, max: number) =>
  z.union([z.number(), z.string()], { error: message }).transform(parseWhole).pipe(z.number().min(min).max(max));

/** An optional whole number: an empty input ("", only spaces, null or nothing) is none (null), never 0. */
export const optionalIntFromForm = (min: number, max: number) =>
  z
    .union([z.number(), z.string(), z.null()], { error: message })
    .optional()
    .transform((value, ctx) => (value === undefined || value === null || value.toString().trim() === "" ? null : parseWhole(value, ctx)))
    .pipe(z.number().min(min).max(max).nullable());

import { cleanText, multiLineText } from "./text";
import { z } from "./zod";

/**
 * Field helpers shared by the registry's forms (partnerships, localities,
 * contacts). Form inputs are strings; these turn "" into null on output, and
 * accept their own output again (the form parses once, the action again).
 */

/** Free text that may be left empty; cleaned (lib/validation/text.ts), limited, "" becomes null. */
export const optionalText = (max: number, { multiLine = false }: { multiLine?: boolean } = {}) =>
  (multiLine ? multiLineText(max) : cleanText(max)).nullable().transform((v) => (v === "" || v === null ? null : v));

/** Required text, cleaned and limited: only invisible characters count as empty. */
export const requiredText = (max: number) => cleanText(max).min(1);

/** A record id held by the form as a number (set by a picker, or a hidden value). */
export const recordId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The version a form was loaded with (optimistic lock). */
export const versionField = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** An optional decimal number within a range, typed as text; "" becomes null. */
export const optionalDecimal = (min: number, max: number) =>
  z
    .union([z.string().max(30), z.number(), z.null()])
    .transform((v) => (typeof v === "string" ? v.trim() : v))
    .refine((v) => v === null || v === "" || (/^-?\d+(\.\d+)?$/.test(String(v)) && Number(v) >= min && Number(v) <= max), {
      message: "validation.invalid",
    })
    .transform((v) => (v === "" || v === null ? null : Number(v)));

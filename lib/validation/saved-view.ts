import { SAVED_VIEW_LISTS } from "@/lib/domain/enums";
import { recordId, requiredText, versionField } from "./partnership-fields";
import { cleanString, isWellFormedText } from "./text";
import { z } from "./zod";

/** Longest saved query kept, and per value: a list's URL is a handful of short filters. */
const MAX_QUERY = 2000;
const MAX_VALUE = 200;
const MAX_KEYS = 25;
/** A list's parameter names are short words (q, country, signedFrom…); nothing else is kept. */
const KEY = /^[A-Za-z]{1,20}$/;

/**
 * A list's URL query as it is saved: the filters, sort, page size and
 * columns, without the page (a view opens on its first page) and without
 * anything that is not a plain parameter. The list parses it again with its
 * own schema when the view is opened, so an odd value only falls back there.
 */
export function normaliseViewQuery(raw: string): string {
  const source = new URLSearchParams(raw.startsWith("?") ? raw.slice(1) : raw);
  const out = new URLSearchParams();
  for (const [key, value] of source) {
    if (key === "page" || !KEY.test(key) || out.has(key) || out.size >= MAX_KEYS) continue;
    if (!isWellFormedText(value)) continue;
    const clean = cleanString(value);
    if (clean !== "" && clean.length <= MAX_VALUE) out.set(key, clean);
  }
  const query = out.toString();
  return query.length <= MAX_QUERY ? query : "";
}

/** The save form: a name, and whether the office sees it. */
export const savedViewFormSchema = z.object({ name: requiredText(80), shared: z.boolean() }).strict();

/** Saving the list's current URL under a name. */
export const createSavedViewSchema = savedViewFormSchema
  .extend({
    list: z.enum(SAVED_VIEW_LISTS),
    query: z
      .string()
      .max(MAX_QUERY * 4)
      .transform(normaliseViewQuery),
  })
  .strict();
export type CreateSavedViewValues = z.output<typeof createSavedViewSchema>;

/** Renaming, or sharing or unsharing, one's own view. */
export const updateSavedViewSchema = savedViewFormSchema.extend({ id: recordId, version: versionField }).strict();
export type UpdateSavedViewValues = z.output<typeof updateSavedViewSchema>;

export const archiveSavedViewSchema = z.object({ id: recordId, version: versionField }).strict();

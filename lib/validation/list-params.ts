import { intFromForm } from "./number";
import { cleanText } from "./text";
import { z } from "./zod";

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/**
 * The common part of every list's URL: page, page size, sort (limited to the
 * list's own keys), direction, text search and chosen columns. Anything
 * malformed falls back to its default: a bad link never breaks the page.
 */
export function listParamsSchema<const K extends readonly [string, ...string[]]>(
  sortKeys: K,
  defaults: { sort: K[number]; dir?: "asc" | "desc" },
) {
  return z.object({
    page: intFromForm(1, 100_000).catch(1),
    pageSize: intFromForm(1, 1000)
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
      .catch(25),
    sort: z.enum(sortKeys).catch(defaults.sort as never),
    dir: z.enum(["asc", "desc"]).catch(defaults.dir ?? "asc"),
    q: cleanText(200).catch(""),
    cols: z.string().max(500).catch(""),
  });
}

/** An optional single value from a fixed list; anything else is ignored. */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

/**
 * The "my city / whole country" switch (`scope=mine|all`); absent or malformed:
 * the page decides (lib/server/list-scope.ts: remembered choice, else the role's default).
 */
export const scopeParam = optionalEnum(["mine", "all"] as const);

/** A page whose only list parameter is that switch (the map). */
export const scopeParamsSchema = z.object({ scope: scopeParam });

/** An optional whole number in a range (a year, an id); anything else is ignored. */
export const optionalInt = (min: number, max: number) => intFromForm(min, max).optional().catch(undefined);

/** Next's searchParams (values may repeat) as plain single values for a schema. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") out[key] = first;
  }
  return out;
}

/** Parses a page's searchParams with a list schema; never throws. */
export function parseListParams<S extends z.ZodType>(schema: S, params: Record<string, string | string[] | undefined>): z.output<S> {
  const result = schema.safeParse(firstValues(params));
  return (result.success ? result.data : schema.parse({})) as z.output<S>;
}

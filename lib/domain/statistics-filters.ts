import { REGIONS } from "@/lib/domain/enums";
import { firstValues, optionalEnum, optionalInt } from "@/lib/validation/list-params";
import { z } from "@/lib/validation/zod";

export const FIRST_STAT_YEAR = 1949;
export const LAST_STAT_YEAR = 2100;

/**
 * The dashboard's and the map's filters, held in the URL. Anything malformed
 * is ignored (a bad link never breaks the page); a reversed range is swapped.
 */
export const statFiltersSchema = z
  .object({
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/)
      .optional()
      .catch(undefined),
    province: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2,3}$/)
      .optional()
      .catch(undefined),
    region: optionalEnum(REGIONS),
    from: optionalInt(FIRST_STAT_YEAR, LAST_STAT_YEAR),
    to: optionalInt(FIRST_STAT_YEAR, LAST_STAT_YEAR),
  })
  .transform((f) => (f.from !== undefined && f.to !== undefined && f.from > f.to ? { ...f, from: f.to, to: f.from } : f));

export type StatFilters = z.output<typeof statFiltersSchema>;

export function parseStatFilters(params: Record<string, string | string[] | undefined>): StatFilters {
  const result = statFiltersSchema.safeParse(firstValues(params));
  return result.success ? result.data : {};
}

/** The filters as a query string (without "?"), for links between the dashboard, the map and the lists. */
export function statFiltersQuery(filters: StatFilters): string {
  const q = new URLSearchParams();
  for (const key of ["country", "province", "region", "from", "to"] as const) {
    const value = filters[key];
    if (value !== undefined) q.set(key, String(value));
  }
  return q.toString();
}

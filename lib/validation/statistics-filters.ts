import { FIRST_STAT_YEAR, LAST_STAT_YEAR } from "@/lib/domain/statistics-filters";
import { REGIONS } from "@/lib/domain/enums";
import { firstValues, optionalEnum, optionalInt } from "./list-params";
import { optionalCountry, optionalProvince } from "./partnership-list";
import { z } from "./zod";

/**
 * The dashboard's and the map's filters, held in the URL. Anything malformed
 * is ignored (a bad link never breaks the page); a reversed range is swapped.
 */
export const statFiltersSchema = z
  .object({
    country: optionalCountry,
    province: optionalProvince,
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

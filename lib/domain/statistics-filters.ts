import type { StatFilters } from "@/lib/validation/statistics-filters";

export type { StatFilters };

export const FIRST_STAT_YEAR = 1949;
export const LAST_STAT_YEAR = 2100;

/** The filters as a query string (without "?"), for links between the dashboard, the map and the lists. */
export function statFiltersQuery(filters: StatFilters): string {
  const q = new URLSearchParams();
  for (const key of ["country", "province", "region", "from", "to"] as const) {
    const value = filters[key];
    if (value !== undefined) q.set(key, String(value));
  }
  return q.toString();
}

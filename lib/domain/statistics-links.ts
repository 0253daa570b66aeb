import type { StatFilters } from "./statistics-filters";

type Params = Record<string, string | number | undefined | null>;

/** Scope added to every link: the filters the list understands, and a city's own locality. */
export type LinkBase = { filters: StatFilters; localityId?: number | null };

function href(path: string, params: Params): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") q.set(key, String(value));
  const query = q.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * `scope=mine`: the list opens on the dashboard's own scope (a city's locality, a province, or the
 * nation for national administrators and readers), whatever the list remembers, so that its total
 * is the number that was clicked.
 */
function common(base: LinkBase): Params {
  return {
    country: base.filters.country,
    province: base.filters.province,
    region: base.filters.region,
    locality: base.localityId ?? undefined,
    scope: "mine",
  };
}

/** The partnership list (docs/conventions.md, URL contract), signed within the filtered years unless a year range is given. */
export function partnershipsHref(base: LinkBase, extra: Params & { signedFrom?: number; signedTo?: number } = {}): string {
  return href("/partnerships", {
    ...common(base),
    signedFrom: base.filters.from,
    signedTo: base.filters.to,
    ...extra,
  });
}

/** Started in the year (or the filtered years): the statistics count an exchange in the year it starts. */
function yearRange(year: number | undefined, base: LinkBase): Params {
  if (year !== undefined) return { startFrom: `${year}-01-01`, startTo: `${year}-12-31` };
  return {
    startFrom: base.filters.from !== undefined ? `${base.filters.from}-01-01` : undefined,
    startTo: base.filters.to !== undefined ? `${base.filters.to}-12-31` : undefined,
  };
}

/** The activity list for a year (or the filtered years). */
export function activitiesHref(base: LinkBase, year?: number, extra: Params = {}): string {
  return href("/activities", { ...common(base), ...yearRange(year, base), ...extra });
}

/** The delegation list for a year (or the filtered years), cancelled ones left out as the statistics leave them. */
export function delegationsHref(base: LinkBase, year?: number, extra: Params = {}): string {
  return href("/delegations", { ...common(base), ...yearRange(year, base), notCancelled: "1", ...extra });
}

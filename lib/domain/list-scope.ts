import { defaultListScope, listScope, ownListScopeKind, type CoveringScope, type ListScopeChoice } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";

/** The pages with a "my city / whole country" switch; each remembers its own last choice. */
export const SCOPED_LISTS = ["partnerships", "activities", "delegations", "calendar", "map", "contacts"] as const;
export type ScopedList = (typeof SCOPED_LISTS)[number];

export const LIST_SCOPE_CHOICES = ["mine", "all"] as const satisfies readonly ListScopeChoice[];

/** The cookie holding a list's last choice (read by the page and its export when the URL says nothing). */
export const scopeCookieName = (list: ScopedList) => `amity_scope_${list}`;

/** A year: a choice is a habit, not a session's whim. */
export const SCOPE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/**
 * Filters that name a place or a partnership: a link carrying one (the
 * dashboard's, a locality's or a partnership's page) asks for that place,
 * wherever the viewer works, so it opens on the whole country unless it says
 * `scope=` itself.
 */
const PLACE_FILTERS = ["locality", "province", "region", "partnership"] as const;

export function hasPlaceFilter(params: Partial<Record<(typeof PLACE_FILTERS)[number], unknown>>): boolean {
  return PLACE_FILTERS.some((key) => params[key] !== undefined && params[key] !== null && params[key] !== "");
}

/**
 * Which half of the switch a list shows: what the URL says; else the whole
 * country for a link naming a place; else the last choice remembered; else
 * the role's default (own scope for city and province staff).
 */
export function resolveScopeChoice(opts: {
  url: ListScopeChoice | undefined;
  cookie: string | undefined;
  placeFiltered: boolean;
  fallback: ListScopeChoice;
}): ListScopeChoice {
  if (opts.url) return opts.url;
  if (opts.placeFiltered) return "all";
  if (opts.cookie === "mine" || opts.cookie === "all") return opts.cookie;
  return opts.fallback;
}

export type ResolvedListScope = {
  /** The switch's position. */
  choice: ListScopeChoice;
  /** The rows it stands for (the nation, a province, a locality). */
  within: CoveringScope;
  /** What "mine" means for this viewer; null: no switch (national administrators, readers). */
  own: "locality" | "province" | null;
};

export type ScopeParams = { scope?: ListScopeChoice; locality?: unknown; province?: unknown; region?: unknown; partnership?: unknown };

/**
 * The scope a list (and its export, so that the file matches the list) shows
 * for the URL's parameters and the remembered choice. Who may narrow to what
 * is decided in lib/auth/permissions.ts.
 */
export function decideListScope(viewer: Viewer, params: ScopeParams, remembered: string | undefined): ResolvedListScope {
  const own = ownListScopeKind(viewer);
  const choice = own
    ? resolveScopeChoice({
        url: params.scope,
        cookie: remembered,
        placeFiltered: hasPlaceFilter(params),
        fallback: defaultListScope(viewer),
      })
    : "all";
  return { choice, within: listScope(viewer, choice), own };
}

import "server-only";
import { getDb } from "@/db/client";
import {
  countryNames,
  ourLocalitiesWithCountry,
  partnershipsInState,
  partnershipsNearby,
  partnershipsWith,
  type ForeignPlace,
} from "@/db/queries/sharing-who";
import { today } from "@/lib/domain/clock";

/**
 * Everything "who already works with it" shows for a foreign locality (the
 * sharing platform's panel and the locality's own page): our partnerships with
 * it, with its prefecture's other places and its nearest neighbours, and our
 * localities partnered with its country.
 */
export function loadWhoWorksWithPlace(place: ForeignPlace) {
  const db = getDb();
  const day = today();
  return {
    place,
    direct: partnershipsWith(db, place.id, day),
    state: place.stateName ? partnershipsInState(db, place.countryCode, place.stateName, day, place.id) : [],
    nearby: partnershipsNearby(db, place, day),
    country: loadCountry(place.countryCode),
  };
}
export type WhoWorksWithPlace = ReturnType<typeof loadWhoWorksWithPlace>;

/** Our localities partnered with a country, and the country's names. */
export function loadCountry(code: string) {
  const db = getDb();
  const names = countryNames(db, code);
  return { code, names: names ?? null, ...ourLocalitiesWithCountry(db, code) };
}
export type WhoWorksWithCountry = ReturnType<typeof loadCountry>;

/** Our partnerships with the places of one prefecture or state. */
export function loadState(countryCode: string, stateName: string) {
  return partnershipsInState(getDb(), countryCode, stateName, today());
}

/** Distances between places on the map (the who-works-with panel's "nearest neighbours"). */

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** The great-circle distance between two points, in kilometres (haversine). */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLng = rad(lng2 - lng1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A latitude/longitude box of about `radiusKm` around a point, for a query to narrow by before sorting by distance
 * (the longitude span widens towards the poles; near them the box covers every longitude).
 */
export function nearbyBox(lat: number, lng: number, radiusKm = 300) {
  const dLat = radiusKm / 111;
  const cos = Math.cos(rad(lat));
  const dLng = cos < 0.05 ? 180 : Math.min(180, dLat / cos);
  return { minLat: lat - dLat, maxLat: lat + dLat, minLng: lng - dLng, maxLng: lng + dLng };
}

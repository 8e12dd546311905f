// Distances for geoparsing scores: great-circle distance, median error and accuracy within a radius.

/** A point in decimal degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius in km (IUGG), the value geoparsing papers use for the 161 km criterion. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km by the haversine formula. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Median of a list (mean of the two middle values for even length); NaN for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Fraction of distances at or below `km` (0 for an empty list): "accuracy within 161 km". */
export function accuracyWithin(distancesKm: readonly number[], km = 161): number {
  if (distancesKm.length === 0) return 0;
  return distancesKm.filter((d) => d <= km).length / distancesKm.length;
}

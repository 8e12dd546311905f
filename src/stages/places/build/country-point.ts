// Build-time only (scripts/build-gazetteer.ts): a country's representative point from its outline,
// so that the point sits where reference gazetteers put a country, in the middle of its main landmass.
import { geoArea, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from "geojson";

/** Latitude and longitude in degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** The polygons of a GeoJSON geometry (each a ring list), whatever its type. */
function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  if (geometry.type === "GeometryCollection") return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/**
 * The spherical centroid of a country's largest polygon (its main landmass). Overseas territories,
 * outlying islands and exclaves (Alaska, Hawaii, Kaliningrad, Réunion) do not pull the point away
 * from where the country is; null when the outline has no polygon.
 */
export function mainLandmassCentre(outline: FeatureCollection | Feature | Geometry): LatLon | null {
  const geometries: (Geometry | null)[] =
    outline.type === "FeatureCollection" ? outline.features.map((f) => f.geometry) : outline.type === "Feature" ? [outline.geometry] : [outline];
  let best: { area: number; polygon: Polygon } | null = null;
  for (const rings of geometries.flatMap(polygonsOf)) {
    let polygon: Polygon = { type: "Polygon", coordinates: rings };
    let area = geoArea(polygon);
    // d3 reads a ring wound the other way as the whole sphere minus it (and would give its centroid
    // as the antipode): such rings are turned round.
    if (area > 2 * Math.PI) {
      polygon = { type: "Polygon", coordinates: rings.map((ring) => [...ring].reverse()) };
      area = geoArea(polygon);
    }
    if (!best || area > best.area) best = { area, polygon };
  }
  if (!best) return null;
  const [lon, lat] = geoCentroid(best.polygon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return { lat, lon };
}

// What a map point is: the kind of place it marks and, when its coordinates are not the place's own,
// whose they are (a container's, a neighbour's or its country's), in the words the map shows.
import type { MapPoint } from "../api.js";

/** Readable names of the gazetteer feature types (EventLocation.featureType) the map shows. */
const FEATURE_NAMES: Readonly<Record<string, string>> = {
  admin1: "state or province",
  admin2: "county or district",
  district: "part of a town",
};

/** The kind of place a point marks ("city", "state or province"), or null when unknown. */
export function featureName(featureType: string | null): string | null {
  return featureType ? (FEATURE_NAMES[featureType] ?? featureType) : null;
}

/** Whether a point's coordinates belong to another place than the one it names. */
export function isBorrowed(p: Pick<MapPoint, "point">): boolean {
  return p.point === "container" || p.point === "beside" || p.point === "country";
}

/** What a point's popup says about whose coordinates it has; null for the place's own. */
export function borrowedNote(p: Pick<MapPoint, "point" | "pointOf">): string | null {
  switch (p.point) {
    case "container":
      return p.pointOf ? `at the point of ${p.pointOf}, which contains it` : "at the point of the place it lies in";
    case "beside":
      return p.pointOf ? `at the point of ${p.pointOf}, which it lies near` : "at the point of a place it lies near";
    case "country":
      return "at the country's point";
    default:
      return null;
  }
}

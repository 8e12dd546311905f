import { describe, expect, it } from "vitest";
import type { FeatureCollection, Position } from "geojson";
import { mainLandmassCentre } from "./country-point.js";

/** A closed square ring, counter-clockwise in lon/lat (the GeoJSON exterior winding). */
const square = (lon: number, lat: number, size: number): Position[] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

describe("mainLandmassCentre", () => {
  it("puts the point in the largest polygon, not between it and an outlying island", () => {
    const outline: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: {},
          geometry: { type: "MultiPolygon", coordinates: [[square(40, 10, 2)], [square(0, 0, 10)]] },
        },
      ],
    };
    const p = mainLandmassCentre(outline)!;
    expect(p.lat).toBeCloseTo(5, 0);
    expect(p.lon).toBeCloseTo(5, 0);
  });

  it("reads a ring wound clockwise as the land it outlines, not its antipode", () => {
    const clockwise = [...square(20, 10, 4)].reverse();
    const p = mainLandmassCentre({ type: "Polygon", coordinates: [clockwise] })!;
    expect(p.lat).toBeCloseTo(12, 0);
    expect(p.lon).toBeCloseTo(22, 0);
  });

  it("gives null for an outline without polygons", () => {
    expect(mainLandmassCentre({ type: "FeatureCollection", features: [] })).toBeNull();
  });
});

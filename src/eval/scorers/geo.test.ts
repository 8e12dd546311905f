import { describe, expect, it } from "vitest";
import { accuracyWithin, haversineKm, median } from "./geo.js";

describe("haversineKm", () => {
  it("is 0 for the same point and about 111.2 km per degree of latitude", () => {
    expect(haversineKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.195, 2);
  });

  it("gives half the circumference between antipodes", () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
  });

  it("measures London–Paris at about 344 km", () => {
    const km = haversineKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 });
    expect(km).toBeGreaterThan(340);
    expect(km).toBeLessThan(346);
  });
});

describe("median and accuracyWithin", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("counts distances at or below the radius", () => {
    expect(accuracyWithin([0, 161, 162, 1000])).toBe(0.5);
    expect(accuracyWithin([0, 10])).toBe(1);
    expect(accuracyWithin([])).toBe(0);
  });
});

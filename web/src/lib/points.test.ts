import { describe, expect, it } from "vitest";
import { borrowedNote, featureName, isBorrowed } from "./points.js";

describe("map point notes", () => {
  it("say whose point a borrowed one is, naming the place when the article does", () => {
    expect(borrowedNote({ point: "container", pointOf: "Donetsk" })).toBe("at the point of Donetsk, which contains it");
    expect(borrowedNote({ point: "container", pointOf: null })).toBe("at the point of the place it lies in");
    expect(borrowedNote({ point: "beside", pointOf: "Vancouver" })).toBe("at the point of Vancouver, which it lies near");
    expect(borrowedNote({ point: "beside", pointOf: null })).toBe("at the point of a place it lies near");
    expect(borrowedNote({ point: "country", pointOf: null })).toBe("at the country's point");
  });

  it("say nothing of a place's own point, and draw only borrowed ones apart", () => {
    expect(borrowedNote({ point: "own", pointOf: null })).toBeNull();
    expect(borrowedNote({ point: null, pointOf: null })).toBeNull();
    expect([isBorrowed({ point: "own" }), isBorrowed({ point: null }), isBorrowed({ point: "container" }), isBorrowed({ point: "beside" }), isBorrowed({ point: "country" })]).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it("name feature types in words", () => {
    expect(featureName("admin1")).toBe("state or province");
    expect(featureName("city")).toBe("city");
    expect(featureName(null)).toBeNull();
  });
});

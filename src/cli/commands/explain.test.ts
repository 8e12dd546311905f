import { describe, expect, it } from "vitest";
import { pointNote } from "./explain.js";

describe("explain's place line", () => {
  it("says when an event's place carries a point that is not its own", () => {
    expect(pointNote("container")).toBe("; point: the place it lies in");
    expect(pointNote("beside")).toBe("; point: a place it is near");
    expect(pointNote("country")).toBe("; point: its country's");
    expect(pointNote(null)).toBe("; no coordinates");
    // The place's own point needs no word.
    expect(pointNote("own")).toBe("");
  });
});

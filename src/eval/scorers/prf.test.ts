import { describe, expect, it } from "vitest";
import { microAverage, percent, prf, ratio } from "./prf.js";

describe("prf", () => {
  it("gives 1.0 for a perfect prediction", () => {
    expect(prf(3, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
  it("gives 0 for an empty prediction", () => {
    expect(prf(0, 0, 4)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
  it("gives the exact values of a partial case: P=2/3, R=1/2, F=4/7", () => {
    const score = prf(2, 1, 2);
    expect(score.precision).toBeCloseTo(2 / 3, 12);
    expect(score.recall).toBeCloseTo(1 / 2, 12);
    expect(score.f1).toBeCloseTo(4 / 7, 12);
  });
  it("micro-averages by summing counts, not by averaging scores", () => {
    const micro = microAverage([prf(1, 0, 0), prf(0, 1, 2)]);
    expect(micro).toMatchObject({ tp: 1, fp: 1, fn: 2, precision: 0.5 });
    expect(micro.recall).toBeCloseTo(1 / 3, 12);
  });
  it("divides safely and rounds percents to two decimals", () => {
    expect(ratio(1, 0)).toBe(0);
    expect(percent(4 / 7)).toBe(57.14);
  });
});

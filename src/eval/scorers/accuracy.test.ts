import { describe, expect, it } from "vitest";
import { accuracy, accuracyOf, AccuracyTally } from "./accuracy.js";

describe("accuracy", () => {
  it("is 1 when all are right, 0 when none are (or none counted)", () => {
    expect(accuracyOf([true, true]).value).toBe(1);
    expect(accuracyOf([false, false]).value).toBe(0);
    expect(accuracy(0, 0).value).toBe(0);
  });

  it("tallies overall and per group", () => {
    const tally = new AccuracyTally();
    tally.add(true, "DEMO");
    tally.add(false, "DEMO");
    tally.add(true, "VERB");
    expect(tally.overall()).toEqual({ correct: 2, total: 3, value: 2 / 3 });
    expect(tally.byGroup()).toEqual({
      DEMO: { correct: 1, total: 2, value: 0.5 },
      VERB: { correct: 1, total: 1, value: 1 },
    });
  });
});

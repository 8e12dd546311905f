import { describe, expect, it } from "vitest";
import { matchSpans, scoreSpans, scoreTokens } from "./spans.js";

const gold = [
  { start: 0, end: 5, label: "A" },
  { start: 10, end: 20, label: "A" },
  { start: 30, end: 35, label: "B" },
  { start: 40, end: 45, label: "B" },
];

describe("scoreSpans", () => {
  it("scores a perfect prediction 1.0 and an empty one 0", () => {
    expect(scoreSpans(gold, gold, { mode: "exact" }).f1).toBe(1);
    expect(scoreSpans(gold, [], { mode: "exact" })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it("exact mode: P=2/3, R=1/2, F=4/7", () => {
    const predicted = [
      { start: 0, end: 5, label: "A" },
      { start: 30, end: 35, label: "B" },
      { start: 11, end: 20, label: "A" }, // off by one character: not exact
    ];
    const score = scoreSpans(gold, predicted, { mode: "exact" });
    expect(score.precision).toBeCloseTo(2 / 3, 12);
    expect(score.recall).toBeCloseTo(1 / 2, 12);
    expect(score.f1).toBeCloseTo(4 / 7, 12);
  });

  it("overlap mode accepts partial overlaps but matches one-to-one", () => {
    const predicted = [
      { start: 11, end: 20, label: "A" },
      { start: 12, end: 13, label: "A" }, // second prediction inside the same gold span
    ];
    expect(scoreSpans(gold, predicted, { mode: "overlap" })).toMatchObject({ tp: 1, fp: 1, fn: 3 });
  });

  it("requires equal labels unless told not to", () => {
    const predicted = [{ start: 0, end: 5, label: "B" }];
    expect(scoreSpans(gold, predicted, { mode: "exact" }).tp).toBe(0);
    expect(scoreSpans(gold, predicted, { mode: "exact", compareLabels: false }).tp).toBe(1);
  });

  it("overlap matching prefers the larger overlap", () => {
    const g = [{ start: 0, end: 10 }, { start: 10, end: 20 }];
    const p = [{ start: 8, end: 20 }];
    expect(matchSpans(g, p, { mode: "overlap" })).toEqual([{ gold: 1, predicted: 0 }]);
  });
});

describe("scoreTokens", () => {
  // Five tokens of four characters each, separated by one space: [0,4) [5,9) [10,14) [15,19) [20,24).
  const tokens = [0, 5, 10, 15, 20].map((start) => ({ start, end: start + 4 }));

  it("scores perfect 1.0 and empty 0", () => {
    const g = [{ start: 0, end: 9, label: "C" }];
    expect(scoreTokens(g, g, tokens).f1).toBe(1);
    expect(scoreTokens(g, [], tokens).f1).toBe(0);
  });

  it("counts tokens: P=2/3, R=1/2, F=4/7", () => {
    const g = [{ start: 0, end: 19, label: "C" }]; // tokens 0–3
    const p = [{ start: 12, end: 22, label: "C" }]; // partly covers tokens 2, 3, 4: two right, one wrong
    const score = scoreTokens(g, p, tokens);
    expect(score.precision).toBeCloseTo(2 / 3, 12);
    expect(score.recall).toBeCloseTo(1 / 2, 12);
    expect(score.f1).toBeCloseTo(4 / 7, 12);
  });

  it("keeps labels apart", () => {
    const g = [{ start: 0, end: 4, label: "source" }];
    const p = [{ start: 0, end: 4, label: "cue" }];
    expect(scoreTokens(g, p, tokens).tp).toBe(0);
    expect(scoreTokens(g, p, tokens, { compareLabels: false }).tp).toBe(1);
  });
});

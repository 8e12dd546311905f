import { describe, expect, it } from "vitest";
import { extractChunks, scoreConll } from "./conll.js";

describe("extractChunks", () => {
  it("reads IOB1: I- continues, B- splits two adjacent entities of one type", () => {
    expect(extractChunks(["I-PER", "I-PER", "B-PER", "O", "I-LOC"])).toEqual([
      { type: "PER", start: 0, end: 2 },
      { type: "PER", start: 2, end: 3 },
      { type: "LOC", start: 4, end: 5 },
    ]);
  });
  it("starts a new chunk where the type changes without a B-", () => {
    expect(extractChunks(["I-ORG", "I-LOC", "I-LOC"])).toEqual([
      { type: "ORG", start: 0, end: 1 },
      { type: "LOC", start: 1, end: 3 },
    ]);
  });
  it("reads IOB2 and IOBES the same way", () => {
    expect(extractChunks(["B-PER", "I-PER", "O", "B-LOC"])).toEqual([
      { type: "PER", start: 0, end: 2 },
      { type: "LOC", start: 3, end: 4 },
    ]);
    expect(extractChunks(["B-PER", "E-PER", "S-LOC", "S-LOC"])).toEqual([
      { type: "PER", start: 0, end: 2 },
      { type: "LOC", start: 2, end: 3 },
      { type: "LOC", start: 3, end: 4 },
    ]);
  });
  it("closes a chunk that runs to the end of the sentence", () => {
    expect(extractChunks(["O", "I-MISC", "I-MISC"])).toEqual([{ type: "MISC", start: 1, end: 3 }]);
  });
});

describe("scoreConll", () => {
  const gold = [
    ["I-PER", "I-PER", "O", "I-LOC"],
    ["I-ORG", "O", "I-MISC", "O"],
  ];

  it("scores a perfect prediction 1.0 whatever the IOB dialect", () => {
    const iob2 = [
      ["B-PER", "I-PER", "O", "B-LOC"],
      ["B-ORG", "O", "B-MISC", "O"],
    ];
    const score = scoreConll(gold, iob2);
    expect(score.micro.f1).toBe(1);
    expect(score.byType.PER.f1).toBe(1);
  });

  it("scores an all-O prediction 0", () => {
    const score = scoreConll(gold, gold.map((s) => s.map(() => "O")));
    expect(score.micro).toMatchObject({ tp: 0, fp: 0, fn: 4, precision: 0, recall: 0, f1: 0 });
  });

  it("counts only exact spans with the right type (P=2/3, R=1/2, F=4/7)", () => {
    const predicted = [
      ["O", "O", "O", "I-LOC"], // PER missed; LOC right
      ["I-ORG", "O", "I-LOC", "O"], // ORG right; MISC predicted as LOC: wrong type
    ];
    const score = scoreConll(gold, predicted);
    expect(score.micro.tp).toBe(2);
    expect(score.micro.precision).toBeCloseTo(2 / 3, 12);
    expect(score.micro.recall).toBeCloseTo(1 / 2, 12);
    expect(score.micro.f1).toBeCloseTo(4 / 7, 12);
    expect(score.byType.PER).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(score.byType.LOC).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(score.byType.MISC).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(score.tokenAccuracy).toBeCloseTo(5 / 8, 12);
  });

  it("refuses sentences of different lengths", () => {
    expect(() => scoreConll([["O"]], [["O", "O"]])).toThrow(/sentence 0/);
  });
});

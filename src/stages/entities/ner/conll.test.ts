import { describe, expect, it } from "vitest";
import { readConll, scoreSpans, tagConll } from "./conll.js";
import { featureKey } from "./feature-keys.js";
import { tinyModel } from "./test-model.js";

const model = tinyModel([
  ["w=Paris", { "U-LOC": 5 }],
  ["w=Smith", { "U-PER": 5 }],
  [featureKey("bias"), { O: 1 }],
]);

describe("CoNLL files", () => {
  const text = ["-DOCSTART- -X- O O", "", "Smith NNP I-NP I-PER", "visited VBD I-VP O", "Paris NNP I-NP I-LOC", "", "-DOCSTART- -X- O O", "", "Paris X"].join("\n");

  it("reads documents and sentences", () => {
    const docs = readConll(text);
    expect(docs).toHaveLength(2);
    expect(docs[0].sentences[0].rows.map((r) => r[0])).toEqual(["Smith", "visited", "Paris"]);
  });

  it("appends the predicted tag column and keeps every other line", () => {
    const out = tagConll(model, text).split("\n");
    expect(out).toHaveLength(text.split("\n").length);
    expect(out[0]).toBe("-DOCSTART- -X- O O");
    expect(out[1]).toBe("");
    expect(out[2]).toBe("Smith NNP I-NP I-PER B-PER");
    expect(out[3]).toBe("visited VBD I-VP O O");
    expect(out[4]).toBe("Paris NNP I-NP I-LOC B-LOC");
    expect(out[8]).toBe("Paris X B-LOC");
  });
});

describe("CoNLL line endings", () => {
  it("keeps CRLF line endings", () => {
    expect(tagConll(model, "Paris X\r\n\r\nSmith Y\r\n")).toBe("Paris X B-LOC\r\n\r\nSmith Y B-PER\r\n");
  });
});

describe("exact-span scoring", () => {
  it("counts only exact boundary and type matches", () => {
    const gold = [["I-PER", "I-PER", "O", "I-LOC"]];
    const pred = [["B-PER", "O", "O", "B-LOC"]];
    const s = scoreSpans(gold, pred);
    expect(s.byType.LOC).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.byType.PER).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.micro.f1).toBeCloseTo(50, 5);
  });
});

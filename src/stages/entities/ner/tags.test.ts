import { describe, expect, it } from "vitest";
import { bilouConstraints, bilouFromSpans, bilouLabels, bioFromSpans, iob1ToBio, spansFromBilou, spansFromIob, spansFromLabels } from "./tags.js";

describe("IOB1 to BIO", () => {
  it("starts an entity at I- after O and at B- after the same type", () => {
    expect(iob1ToBio(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC"])).toEqual(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]);
  });
  it("starts a new entity when the type changes without B-", () => {
    expect(iob1ToBio(["I-ORG", "I-MISC"])).toEqual(["B-ORG", "B-MISC"]);
  });
  it("reads BIO input as the same spans", () => {
    expect(spansFromIob(["B-PER", "I-PER", "B-PER"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 2, end: 3, type: "PER" },
    ]);
  });
});

describe("BILOU", () => {
  it("round-trips spans", () => {
    const spans = [
      { start: 0, end: 1, type: "LOC" },
      { start: 2, end: 5, type: "ORG" },
    ];
    const tags = bilouFromSpans(spans, 6);
    expect(tags).toEqual(["U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "O"]);
    expect(spansFromBilou(tags)).toEqual(spans);
    const names = bilouLabels(["LOC", "ORG"]);
    expect(spansFromLabels(Int32Array.from(tags, (t) => names.indexOf(t)), names)).toEqual(spans);
    expect(bioFromSpans(spans, 6)).toEqual(["B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);
  });
  it("allows only well-formed transitions", () => {
    const labels = bilouLabels(["PER", "LOC"]);
    const { allowed, canStart, canEnd } = bilouConstraints(labels);
    const ok = (a: string, b: string) => allowed[labels.indexOf(a) * labels.length + labels.indexOf(b)] === 1;
    expect(ok("O", "I-PER")).toBe(false);
    expect(ok("O", "L-PER")).toBe(false);
    expect(ok("B-PER", "L-PER")).toBe(true);
    expect(ok("B-PER", "L-LOC")).toBe(false);
    expect(ok("B-PER", "O")).toBe(false);
    expect(ok("U-PER", "B-LOC")).toBe(true);
    expect(canStart[labels.indexOf("I-PER")]).toBe(0);
    expect(canEnd[labels.indexOf("B-PER")]).toBe(0);
  });
});

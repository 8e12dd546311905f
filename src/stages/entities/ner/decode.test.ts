import { describe, expect, it } from "vitest";
import { DecodeBuffers, viterbi } from "./decode.js";
import { bilouConstraints, bilouLabels, bioFromSpans, spansFromBilou } from "./tags.js";

describe("constrained Viterbi", () => {
  const labels = bilouLabels(["PER", "LOC"]);
  const L = labels.length;
  const c = bilouConstraints(labels);
  const emitFor = (rows: Record<string, number>[]) => {
    const e = new Float64Array(rows.length * L);
    rows.forEach((r, i) => Object.entries(r).forEach(([l, v]) => (e[i * L + labels.indexOf(l)] = v)));
    return e;
  };

  it("never outputs I- after O in BIO even when emissions prefer it", () => {
    const emit = emitFor([{ O: 1 }, { "I-PER": 5 }, { "L-PER": 5 }]);
    const out = viterbi(emit, 3, L, new Float64Array(L * L), c);
    const bio = bioFromSpans(spansFromBilou(Array.from(out, (y) => labels[y])), 3);
    for (let i = 1; i < bio.length; i++) if (bio[i].startsWith("I-")) expect(bio[i - 1]).not.toBe("O");
    // The only legal way to use the strong I-/L- scores is to open the entity at the first token.
    expect(bio).toEqual(["B-PER", "I-PER", "I-PER"]);
  });

  it("follows the emissions when they are consistent", () => {
    const emit = emitFor([{ "B-PER": 3 }, { "L-PER": 3 }, { O: 1 }, { "U-LOC": 2 }]);
    const out = Array.from(viterbi(emit, 4, L, new Float64Array(L * L), c), (y) => labels[y]);
    expect(out).toEqual(["B-PER", "L-PER", "O", "U-LOC"]);
  });

  it("closes an open entity at the end of the sentence", () => {
    const emit = emitFor([{ "B-LOC": 5 }, { "I-LOC": 5 }]);
    const out = Array.from(viterbi(emit, 2, L, new Float64Array(L * L), c), (y) => labels[y]);
    expect(out[1]).not.toBe("I-LOC");
    expect(out[1]).not.toBe("B-LOC");
  });

  it("reads emissions through a view and reuses its tables across calls", () => {
    const emit = emitFor([{ "B-PER": 3 }, { "L-PER": 3 }, { O: 1 }, { "U-LOC": 2 }]);
    // Two layers interleaved per token, the wanted one second, after a one-token prefix.
    const interleaved = new Float64Array((1 + 4) * 2 * L);
    for (let i = 0; i < 4; i++) interleaved.set(emit.subarray(i * L, i * L + L), (1 + i) * 2 * L + L);
    const work = new DecodeBuffers();
    const trans = new Float64Array(L * L);
    viterbi(emitFor([{ "U-PER": 1 }, { O: 1 }, { O: 1 }, { O: 1 }, { O: 1 }, { O: 1 }]), 6, L, trans, c, work);
    const out = viterbi(interleaved, 4, L, trans, c, work, { offset: 2 * L + L, stride: 2 * L });
    expect(Array.from(out, (y) => labels[y])).toEqual(["B-PER", "L-PER", "O", "U-LOC"]);
  });

  it("sees transition scores changed between calls (a trainer updates them in place)", () => {
    const emit = emitFor([{ "U-PER": 1, "U-LOC": 1 }, { O: 1 }]);
    const trans = new Float64Array(L * L);
    const work = new DecodeBuffers();
    trans[labels.indexOf("U-LOC") * L + labels.indexOf("O")] = 1;
    expect(labels[viterbi(emit, 2, L, trans, c, work)[0]]).toBe("U-LOC");
    trans[labels.indexOf("U-PER") * L + labels.indexOf("O")] = 2;
    expect(labels[viterbi(emit, 2, L, trans, c, work)[0]]).toBe("U-PER");
  });
});

import { describe, expect, it } from "vitest";
import { DecodeBuffers, viterbi } from "./decode.js";
import { bilouConstraints, bilouLabels, bioFromSpans, spansFromBilou } from "./tags.js";

/** Textbook constrained Viterbi: every allowed predecessor of every label, ties to the lowest index. */
function reference(emit: Float64Array, n: number, L: number, trans: Float64Array, allowed: Uint8Array, canStart: Uint8Array, canEnd: Uint8Array): number[] {
  const score: number[][] = [];
  const back: number[][] = [];
  score.push(Array.from({ length: L }, (_, y) => (canStart[y] ? emit[y] : -Infinity)));
  for (let i = 1; i < n; i++) {
    score.push([]);
    back.push([]);
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + y]) continue;
        const s = score[i - 1][p] + trans[p * L + y];
        if (s > best) [best, arg] = [s, p];
      }
      score[i].push(best + emit[i * L + y]);
      back[i - 1].push(arg);
    }
  }
  let best = -Infinity;
  const out = new Array<number>(n).fill(0);
  for (let y = 0; y < L; y++) if (canEnd[y] && score[n - 1][y] > best) [best, out[n - 1]] = [score[n - 1][y], y];
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i - 1][out[i]];
  return out;
}

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

  it("gathers each table once with frozen buffers, and keeps several tables apart", () => {
    const all = bilouLabels(["PER", "ORG", "LOC", "MISC"]);
    const K = all.length;
    const cc = bilouConstraints(all);
    let seed = 11;
    const draw = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 7) - 3;
    // Two frozen tables used alternately, as a two-layer model's first and second passes do.
    const tables = [0, 1].map(() => Float32Array.from({ length: K * K }, () => draw()));
    const frozen = new DecodeBuffers({ frozen: true });
    for (let round = 0; round < 100; round++) {
      const n = 1 + (round % 9);
      const emit = Float64Array.from({ length: n * K }, () => draw());
      const trans = tables[round % 2];
      const expected = reference(emit, n, K, Float64Array.from(trans), cc.allowed, cc.canStart, cc.canEnd);
      expect(Array.from(viterbi(emit, n, K, trans, cc, frozen))).toEqual(expected);
    }
    // Frozen buffers keep what they gathered: a table changed in place is not seen (the promise broken).
    const emit = emitFor([{ "U-PER": 1, "U-LOC": 1 }, { O: 1 }]);
    const trans = new Float64Array(L * L);
    trans[labels.indexOf("U-LOC") * L + labels.indexOf("O")] = 1;
    const work = new DecodeBuffers({ frozen: true });
    expect(labels[viterbi(emit, 2, L, trans, c, work)[0]]).toBe("U-LOC");
    trans[labels.indexOf("U-PER") * L + labels.indexOf("O")] = 2;
    expect(labels[viterbi(emit, 2, L, trans, c, work)[0]]).toBe("U-LOC");
  });

  it("decodes exactly like the textbook recursion, ties and all", () => {
    const all = bilouLabels(["PER", "ORG", "LOC", "MISC"]);
    const K = all.length;
    const cc = bilouConstraints(all);
    let seed = 7;
    // Small integer scores make ties frequent, so the tie-breaking is exercised too.
    const draw = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 7) - 3;
    const work = new DecodeBuffers();
    for (let round = 0; round < 300; round++) {
      const n = 1 + (round % 12);
      const emit = Float64Array.from({ length: n * K }, () => draw() * (round % 3 === 0 ? 4 : 1));
      const trans = Float64Array.from({ length: K * K }, () => draw());
      const got = Array.from(viterbi(emit, n, K, trans, cc, work));
      expect(got).toEqual(reference(emit, n, K, trans, cc.allowed, cc.canStart, cc.canEnd));
      // Into a caller's array (a view of a larger one), leaving its neighbours alone.
      const all = new Int32Array(n + 2).fill(-1);
      viterbi(emit, n, K, trans, cc, work, { offset: 0, stride: K }, all.subarray(1, n + 1));
      expect(Array.from(all)).toEqual([-1, ...got, -1]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { sumKernel } from "./simd.js";

describe("SIMD weight sums", () => {
  const simd = sumKernel(1);

  it("runs where the tagger runs (Node 20 has WebAssembly SIMD)", () => {
    expect(simd).not.toBeNull();
  });

  it("gives way to the scalar loop when its memory cannot be had", () => {
    expect(sumKernel(70_000)).toBeNull(); // more than WebAssembly's 4 GiB
  });

  it.skipIf(!simd)("adds every source's cells in order, equal to the bit to the scalar loop, and touches no other cell", () => {
    const { memory, sum } = simd!;
    const offsets = new Int32Array(memory.buffer, 0, 8);
    const table = new Float32Array(memory.buffer, 256, 1000);
    // Scores start at any float64 cell, not only at a 16-byte boundary (a second pass writes from odd cells).
    for (const at of [8192, 8200]) {
      const into = new Float64Array(memory.buffer, at, 64);
      // Values of very different magnitudes, so that a different order of additions shows in the last bits.
      let state = 12345;
      const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
      for (let i = 0; i < table.length; i++) table[i] = (next() - 0.5) * 10 ** Math.floor(next() * 12 - 6);
      for (const count of [0, 1, 2, 7, 8, 9, 17, 34]) {
        for (const size of [0, 1, 5, 8]) {
          for (let k = 0; k < size; k++) offsets[k] = Math.floor(next() * (table.length - count));
          const start = Array.from({ length: count + 1 }, () => next() * 100);
          into.set(start);
          const expected = start.map((value, y) => {
            if (y === count) return value;
            let a = value;
            for (let k = 0; k < size; k++) a += table[offsets[k] + y];
            return a;
          });
          sum(0, size, at, count, 256);
          expect(Array.from(into.subarray(0, count + 1))).toEqual(expected);
        }
      }
    }
  });
});

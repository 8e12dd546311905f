// Viterbi decoding of a first-order label sequence under hard transition constraints.

/** Constraint tables over n labels (see `bilouConstraints`). */
export interface Constraints {
  allowed: Uint8Array;
  canStart: Uint8Array;
  canEnd: Uint8Array;
}

/** Score and back-pointer tables reused across calls (decoding a document's sentences one by one). */
export class DecodeBuffers {
  score = new Float64Array(0);
  back = new Int32Array(0);

  /** Make room for `size` cells; the contents are stale and overwritten by the decoder. */
  ensure(size: number): void {
    if (this.score.length >= size) return;
    const capacity = Math.max(size, 2 * this.score.length);
    this.score = new Float64Array(capacity);
    this.back = new Int32Array(capacity);
  }
}

/**
 * Best label sequence for `n` tokens given emission scores (`emit[i * L + y]`) and transition
 * scores (`trans[prev * L + y]`); disallowed transitions are never taken. `work` lends the tables.
 */
export function viterbi(
  emit: Float64Array | Float32Array,
  n: number,
  L: number,
  trans: Float64Array | Float32Array,
  c: Constraints,
  work: DecodeBuffers = new DecodeBuffers(),
): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  work.ensure(n * L);
  const { score, back } = work;
  const prevOf = predecessors(c, L);
  for (let y = 0; y < L; y++) score[y] = c.canStart[y] ? emit[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const prevs = prevOf[y];
      for (let k = 0; k < prevs.length; k++) {
        const p = prevs[k];
        const s = score[prevRow + p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + y] = best + emit[row + y];
      back[row + y] = arg;
    }
  }
  const lastRow = (n - 1) * L;
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const s = c.canEnd[y] ? score[lastRow + y] : -Infinity;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

const predecessorCache = new WeakMap<Uint8Array, Int32Array[]>();

/** For each label, the labels allowed before it (BILOU allows about a third of all pairs). */
function predecessors(c: Constraints, L: number): Int32Array[] {
  let lists = predecessorCache.get(c.allowed);
  if (!lists) {
    lists = [];
    for (let y = 0; y < L; y++) {
      const prevs: number[] = [];
      for (let p = 0; p < L; p++) if (c.allowed[p * L + y]) prevs.push(p);
      lists.push(Int32Array.from(prevs));
    }
    predecessorCache.set(c.allowed, lists);
  }
  return lists;
}

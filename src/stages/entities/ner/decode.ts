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
  private transitions = new Float64Array(0);

  /** A table for `size` transition scores. */
  weights(size: number): Float64Array {
    if (this.transitions.length < size) this.transitions = new Float64Array(size);
    return this.transitions;
  }

  /** Make room for `size` cells; the contents are stale and overwritten by the decoder. */
  ensure(size: number): void {
    if (this.score.length >= size) return;
    const capacity = Math.max(size, 2 * this.score.length);
    this.score = new Float64Array(capacity);
    this.back = new Int32Array(capacity);
  }
}

/** Where token i's emission scores sit: `emit[offset + i * stride + label]`. */
export interface EmissionView {
  offset: number;
  stride: number;
}

/**
 * Best label sequence for `n` tokens given emission scores (`emit[i * L + y]`, or as `view` says)
 * and transition scores (`trans[prev * L + y]`); disallowed transitions are never taken. `work`
 * lends the tables. Ties go to the lowest label index.
 */
export function viterbi(
  emit: Float64Array | Float32Array,
  n: number,
  L: number,
  trans: Float64Array | Float32Array,
  c: Constraints,
  work: DecodeBuffers = new DecodeBuffers(),
  view: EmissionView = { offset: 0, stride: L },
): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  work.ensure(n * L);
  const { score, back } = work;
  const { from, prev } = lattice(c, L);
  // The allowed transitions' scores in lattice order, gathered per call: a trainer changes them between calls.
  const weight = work.weights(prev.length);
  for (let y = 0; y < L; y++) for (let k = from[y]; k < from[y + 1]; k++) weight[k] = trans[prev[k] * L + y];
  const { offset, stride } = view;
  for (let y = 0; y < L; y++) score[y] = c.canStart[y] ? emit[offset + y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    const at = offset + i * stride;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = from[y], end = from[y + 1]; k < end; k++) {
        const s = score[prevRow + prev[k]] + weight[k];
        if (s > best) {
          best = s;
          arg = prev[k];
        }
      }
      score[row + y] = best + emit[at + y];
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

/** The allowed transitions into each label y: prev[from[y] .. from[y + 1]), in ascending order. */
interface Lattice {
  from: Int32Array;
  prev: Int32Array;
}

const latticeCache = new WeakMap<Uint8Array, Lattice>();

/** For each label, the labels allowed before it (BILOU allows about a third of all pairs). */
function lattice(c: Constraints, L: number): Lattice {
  let made = latticeCache.get(c.allowed);
  if (!made) {
    const from = new Int32Array(L + 1);
    const prev: number[] = [];
    for (let y = 0; y < L; y++) {
      from[y] = prev.length;
      for (let p = 0; p < L; p++) if (c.allowed[p * L + y]) prev.push(p);
    }
    from[L] = prev.length;
    made = { from, prev: Int32Array.from(prev) };
    latticeCache.set(c.allowed, made);
  }
  return made;
}

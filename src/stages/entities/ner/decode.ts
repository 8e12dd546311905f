// Viterbi decoding of a first-order label sequence under hard transition constraints.

/** Constraint tables over n labels (see `bilouConstraints`). */
export interface Constraints {
  allowed: Uint8Array;
  canStart: Uint8Array;
  canEnd: Uint8Array;
}

/** Transition scores in lattice order and each target's highest one (see `viterbi`). */
interface Gathered {
  weight: Float64Array;
  top: Float64Array;
  /** The constraint table whose lattice orders `weight` (null: none yet). */
  allowed: Uint8Array | null;
}

/**
 * Score and back-pointer tables reused across calls (decoding a document's sentences one by one).
 * With `frozen`, the caller promises that a transition table passed with these buffers never
 * changes (a loaded model's), so its scores are gathered into lattice order once per table rather
 * than once per sentence; a trainer, whose tables change between calls, leaves it off.
 */
export class DecodeBuffers {
  score = new Float64Array(0);
  back = new Int32Array(0);
  /** One group's previous scores (see `viterbi`). */
  gathered = new Float64Array(0);
  private readonly frozen: boolean;
  private readonly kept = new Map<Float64Array | Float32Array, Gathered>();
  private scratch: Gathered = { weight: new Float64Array(0), top: new Float64Array(0), allowed: null };

  constructor(options: { frozen?: boolean } = {}) {
    this.frozen = options.frozen ?? false;
  }

  /**
   * Tables for `size` transition scores and `L` per-label maxima, and whether they already hold
   * `trans`'s in the lattice of `allowed` (frozen buffers that gathered them before).
   */
  transitions(trans: Float64Array | Float32Array, allowed: Uint8Array, size: number, L: number): { tables: Gathered; ready: boolean } {
    if (this.frozen) {
      const kept = this.kept.get(trans);
      if (kept && kept.allowed === allowed && kept.weight.length === size && kept.top.length === L) return { tables: kept, ready: true };
      const made = { weight: new Float64Array(size), top: new Float64Array(L), allowed };
      this.kept.set(trans, made);
      return { tables: made, ready: false };
    }
    if (this.scratch.weight.length < size || this.scratch.top.length < L) {
      this.scratch = { weight: new Float64Array(Math.max(size, this.scratch.weight.length)), top: new Float64Array(Math.max(L, this.scratch.top.length)), allowed: null };
    }
    return { tables: this.scratch, ready: false };
  }

  /** Make room for `L` labels in the per-label rows. */
  labels(L: number): void {
    if (this.gathered.length >= L) return;
    this.gathered = new Float64Array(L);
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
 * lends the tables; the labels go to `into` (from index 0) when given. Ties go to the lowest label index.
 */
export function viterbi(
  emit: Float64Array | Float32Array,
  n: number,
  L: number,
  trans: Float64Array | Float32Array,
  c: Constraints,
  work: DecodeBuffers = new DecodeBuffers(),
  view: EmissionView = { offset: 0, stride: L },
  into?: Int32Array,
): Int32Array {
  const out = into ?? new Int32Array(n);
  if (n === 0) return out;
  work.ensure(n * L);
  const { score, back } = work;
  const { targetFrom, predFrom, preds, targets, weightAt, size } = lattice(c, L);
  const G = weightAt.length;
  // The allowed transitions' scores in lattice order, gathered per call unless the buffers keep
  // them for a frozen table (a trainer changes them between calls), and each target's highest one.
  const { tables, ready } = work.transitions(trans, c.allowed, size, L);
  const { weight, top } = tables;
  work.labels(L);
  const ps = work.gathered;
  if (!ready) {
    for (let g = 0; g < G; g++) {
      for (let t = targetFrom[g], w = weightAt[g]; t < targetFrom[g + 1]; t++) {
        let max = -Infinity;
        for (let k = predFrom[g]; k < predFrom[g + 1]; k++) {
          const x = (weight[w++] = trans[preds[k] * L + targets[t]]);
          if (x > max) max = x;
        }
        top[t] = max;
      }
    }
  }
  const { offset, stride } = view;
  for (let y = 0; y < L; y++) score[y] = c.canStart[y] ? emit[offset + y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prevRow = row - L;
    const at = offset + i * stride;
    for (let g = 0; g < G; g++) {
      const p0 = predFrom[g];
      const m = predFrom[g + 1] - p0;
      if (m === 2) {
        // Two predecessors (BILOU: B-x and I-x before I-x and L-x): the scan itself, unrolled.
        const q0 = preds[p0];
        const q1 = preds[p0 + 1];
        const v0 = score[prevRow + q0];
        const v1 = score[prevRow + q1];
        for (let t = targetFrom[g], end = targetFrom[g + 1], w = weightAt[g]; t < end; t++, w += 2) {
          const y = targets[t];
          const s0 = v0 + weight[w];
          const s1 = v1 + weight[w + 1];
          let best = -Infinity;
          let arg = 0;
          if (s0 > best) {
            best = s0;
            arg = q0;
          }
          if (s1 > best) {
            best = s1;
            arg = q1;
          }
          score[row + y] = best + emit[at + y];
          back[row + y] = arg;
        }
        continue;
      }
      // The group's best and second-best previous scores: when the best one plus its transition
      // beats the second-best plus the highest transition, no other predecessor can win or tie.
      let first = -Infinity;
      let second = -Infinity;
      let kFirst = -1;
      for (let k = 0; k < m; k++) {
        const v = (ps[k] = score[prevRow + preds[p0 + k]]);
        if (v > first) {
          second = first;
          first = v;
          kFirst = k;
        } else if (v > second) second = v;
      }
      let w = weightAt[g];
      for (let t = targetFrom[g], end = targetFrom[g + 1]; t < end; t++, w += m) {
        const y = targets[t];
        if (kFirst >= 0) {
          const s = first + weight[w + kFirst];
          if (second + top[t] < s) {
            score[row + y] = s + emit[at + y];
            back[row + y] = preds[p0 + kFirst];
            continue;
          }
        }
        let best = -Infinity;
        let arg = 0;
        for (let k = 0; k < m; k++) {
          const s = ps[k] + weight[w + k];
          if (s > best) {
            best = s;
            arg = preds[p0 + k];
          }
        }
        score[row + y] = best + emit[at + y];
        back[row + y] = arg;
      }
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

/**
 * The allowed transitions, with labels grouped by their set of allowed predecessors: group g's
 * targets are targets[targetFrom[g] .. targetFrom[g + 1]) and its predecessors (in ascending
 * order) preds[predFrom[g] .. predFrom[g + 1]); both offset tables end with a sentinel. Group g's
 * transition scores start at weightAt[g], target by target; `size` counts them all.
 */
interface Lattice {
  targetFrom: Int32Array;
  predFrom: Int32Array;
  preds: Int32Array;
  targets: Int32Array;
  weightAt: Int32Array;
  size: number;
}

const latticeCache = new WeakMap<Uint8Array, Lattice>();

/** The grouped lattice of a constraint table (BILOU: O, B-*, U-* share their predecessors; I-x, L-x share theirs). */
function lattice(c: Constraints, L: number): Lattice {
  let made = latticeCache.get(c.allowed);
  if (!made) {
    const byPreds = new Map<string, { preds: number[]; targets: number[] }>();
    for (let y = 0; y < L; y++) {
      const preds: number[] = [];
      for (let p = 0; p < L; p++) if (c.allowed[p * L + y]) preds.push(p);
      const key = preds.join(",");
      const group = byPreds.get(key);
      if (group) group.targets.push(y);
      else byPreds.set(key, { preds, targets: [y] });
    }
    const targetFrom: number[] = [];
    const predFrom: number[] = [];
    const preds: number[] = [];
    const targets: number[] = [];
    const weightAt: number[] = [];
    let size = 0;
    for (const group of byPreds.values()) {
      targetFrom.push(targets.length);
      predFrom.push(preds.length);
      weightAt.push(size);
      size += group.preds.length * group.targets.length;
      preds.push(...group.preds);
      targets.push(...group.targets);
    }
    targetFrom.push(targets.length);
    predFrom.push(preds.length);
    made = {
      targetFrom: Int32Array.from(targetFrom),
      predFrom: Int32Array.from(predFrom),
      preds: Int32Array.from(preds),
      targets: Int32Array.from(targets),
      weightAt: Int32Array.from(weightAt),
      size,
    };
    latticeCache.set(c.allowed, made);
  }
  return made;
}

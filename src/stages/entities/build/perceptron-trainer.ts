// Build-time only: trains the NER layers as averaged structured perceptrons (Collins 2002) with
// first-order Viterbi over BILOU labels. Why a perceptron and not a CRF: it trains in seconds per
// epoch in plain TypeScript with no gradient code, its averaged weights are about as accurate as a
// CRF's on CoNLL with the same features (Ratinov & Roth 2009), and decoding is the same Viterbi.
import { viterbi, type Constraints } from "../ner/decode.js";
import { docContext, secondPassFeatures, tokenFeatures, type WordInfoCache } from "../ner/features.js";
import type { Gazetteer } from "../ner/gazetteer.js";
import { featureKeys, predictedTypes, type LayerWeights } from "../ner/model.js";

/** A training document: sentences of words with gold label indices. */
export interface TrainDoc {
  sentences: { words: string[]; labels: Int32Array }[];
}

/** Every token's feature ids, flattened: token t owns ids[offsets[t] .. offsets[t + 1]). */
export interface FeatureMatrix {
  /** Feature key of each compact id. */
  names: number[];
  ids: Int32Array;
  offsets: Int32Array;
  /** First token index of each sentence, sentence-major over all documents; one extra at the end. */
  sentenceStarts: Int32Array;
  /** Document index of each sentence. */
  sentenceDoc: Int32Array;
}

/** A small seeded PRNG (mulberry32), so shuffling and therefore training are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Extract the feature matrix of a corpus; features seen fewer than `minCount` times are dropped.
 * `firstPass` (label names per sentence, per document) switches on the second-pass features.
 */
export function extractFeatures(
  docs: readonly TrainDoc[],
  gaz: Gazetteer | null,
  minCount: number,
  firstPass?: readonly (readonly string[][])[],
  labelNames: readonly string[] = [],
): FeatureMatrix {
  const index = new Map<number, number>();
  const counts: number[] = [];
  const raw: number[] = [];
  const offsets: number[] = [0];
  const sentenceStarts: number[] = [];
  const sentenceDoc: number[] = [];
  let token = 0;
  const cache: WordInfoCache = new Map();
  docs.forEach((doc, d) => {
    const sentences = doc.sentences.map((s) => s.words);
    const ctx = docContext(sentences, cache);
    const first = firstPass?.[d];
    const predicted = first ? predictedTypes(sentences, first.map((l) => l.map((name) => labelNames.indexOf(name))), labelNames, cache) : null;
    doc.sentences.forEach((s, k) => {
      sentenceStarts.push(token);
      sentenceDoc.push(d);
      const tf = tokenFeatures(s.words, gaz, ctx, cache);
      if (first && predicted) secondPassFeatures(s.words, first[k], predicted, cache).forEach((extra, i) => tf[i].push(...extra));
      for (let i = 0; i < s.words.length; i++) {
        for (const f of featureKeys(s.words, i, tf[i])) {
          let id = index.get(f);
          if (id === undefined) {
            id = counts.length;
            index.set(f, id);
            counts.push(0);
          }
          counts[id]++;
          raw.push(id);
        }
        offsets.push(raw.length);
        token++;
      }
    });
  });
  sentenceStarts.push(token);
  // Compact: keep frequent features only, renumbered in first-seen order.
  const remap = new Int32Array(counts.length).fill(-1);
  const names: number[] = [];
  for (const [name, id] of index) {
    if (counts[id] >= minCount) {
      remap[id] = names.length;
      names.push(name);
    }
  }
  const ids: number[] = [];
  const newOffsets = new Int32Array(offsets.length);
  for (let t = 0; t + 1 < offsets.length; t++) {
    for (let k = offsets[t]; k < offsets[t + 1]; k++) if (remap[raw[k]] >= 0) ids.push(remap[raw[k]]);
    newOffsets[t + 1] = ids.length;
  }
  return {
    names,
    ids: Int32Array.from(ids),
    offsets: newOffsets,
    sentenceStarts: Int32Array.from(sentenceStarts),
    sentenceDoc: Int32Array.from(sentenceDoc),
  };
}

/** Raw trained weights of one layer, indexed like the feature matrix. */
export interface TrainedWeights {
  weights: Float64Array;
  transitions: Float64Array;
}

function emit(m: FeatureMatrix, w: Float64Array, L: number, from: number, to: number): Float64Array {
  const out = new Float64Array((to - from) * L);
  for (let t = from; t < to; t++) {
    const row = (t - from) * L;
    for (let k = m.offsets[t]; k < m.offsets[t + 1]; k++) {
      const base = m.ids[k] * L;
      for (let y = 0; y < L; y++) out[row + y] += w[base + y];
    }
  }
  return out;
}

/**
 * Train one layer with the averaged perceptron on the sentences whose document passes `useDoc`.
 * `gold` holds every token's gold label index, aligned with the matrix.
 */
export function trainLayer(
  m: FeatureMatrix,
  gold: Int32Array,
  L: number,
  constraints: Constraints,
  options: { epochs: number; seed: number; useDoc?: (doc: number) => boolean; onEpoch?: (epoch: number, mistakes: number) => void },
): TrainedWeights {
  const F = m.names.length;
  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L); // Σ c·Δ, for averaging without copying the weights each step
  const tr = new Float64Array(L * L);
  const tu = new Float64Array(L * L);
  const order: number[] = [];
  for (let s = 0; s + 1 < m.sentenceStarts.length; s++) if (!options.useDoc || options.useDoc(m.sentenceDoc[s])) order.push(s);
  const random = seededRandom(options.seed);
  let c = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const s of order) {
      const from = m.sentenceStarts[s];
      const to = m.sentenceStarts[s + 1];
      const n = to - from;
      if (n === 0) continue;
      const pred = viterbi(emit(m, w, L, from, to), n, L, tr, constraints);
      let wrong = false;
      for (let i = 0; i < n; i++) if (pred[i] !== gold[from + i]) wrong = true;
      if (wrong) {
        mistakes++;
        for (let i = 0; i < n; i++) {
          const g = gold[from + i];
          const p = pred[i];
          if (g !== p) {
            for (let k = m.offsets[from + i]; k < m.offsets[from + i + 1]; k++) {
              const base = m.ids[k] * L;
              w[base + g] += 1;
              u[base + g] += c;
              w[base + p] -= 1;
              u[base + p] -= c;
            }
          }
          if (i > 0) {
            const gp = gold[from + i - 1];
            const pp = pred[i - 1];
            if (gp !== pp || g !== p) {
              tr[gp * L + g] += 1;
              tu[gp * L + g] += c;
              tr[pp * L + p] -= 1;
              tu[pp * L + p] -= c;
            }
          }
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, mistakes);
  }
  for (let k = 0; k < w.length; k++) w[k] -= u[k] / c;
  for (let k = 0; k < tr.length; k++) tr[k] -= tu[k] / c;
  return { weights: w, transitions: tr };
}

/** Decode every sentence of the documents passing `useDoc` with trained weights (label indices per sentence, or null). */
export function decodeMatrix(
  m: FeatureMatrix,
  t: TrainedWeights,
  L: number,
  constraints: Constraints,
  useDoc: (doc: number) => boolean,
): (Int32Array | null)[] {
  const out: (Int32Array | null)[] = [];
  for (let s = 0; s + 1 < m.sentenceStarts.length; s++) {
    if (!useDoc(m.sentenceDoc[s])) {
      out.push(null);
      continue;
    }
    const from = m.sentenceStarts[s];
    const to = m.sentenceStarts[s + 1];
    out.push(viterbi(emit(m, t.weights, L, from, to), to - from, L, t.transitions, constraints));
  }
  return out;
}

/** Jackknifed first-pass labels (names per sentence, per document): each fold is tagged by a layer trained on the others. */
export function jackknifePredictions(
  docs: readonly TrainDoc[],
  m: FeatureMatrix,
  gold: Int32Array,
  labels: readonly string[],
  constraints: Constraints,
  options: { folds: number; epochs: number; seed: number },
): string[][][] {
  const perSentence: (Int32Array | null)[] = new Array(m.sentenceStarts.length - 1).fill(null);
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = (d: number) => d % options.folds === fold;
    const t = trainLayer(m, gold, labels.length, constraints, { epochs: options.epochs, seed: options.seed + fold, useDoc: (d) => !inFold(d) });
    decodeMatrix(m, t, labels.length, constraints, inFold).forEach((p, s) => {
      if (p) perSentence[s] = p;
    });
  }
  let s = 0;
  return docs.map((doc) => doc.sentences.map(() => Array.from(perSentence[s++] as Int32Array, (y) => labels[y])));
}

/** Turn trained weights into a runtime layer, dropping features whose weights are all below `prune`. */
export function toLayer(m: FeatureMatrix, t: TrainedWeights, L: number, prune: number): LayerWeights {
  const features = new Map<number, number>();
  const kept: number[] = [];
  for (let f = 0; f < m.names.length; f++) {
    let max = 0;
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(t.weights[f * L + y]));
    if (max >= prune) {
      features.set(m.names[f], kept.length);
      kept.push(f);
    }
  }
  const weights = new Float32Array(kept.length * L);
  kept.forEach((f, i) => {
    for (let y = 0; y < L; y++) weights[i * L + y] = t.weights[f * L + y];
  });
  return { features, weights, transitions: Float32Array.from(t.transitions) };
}

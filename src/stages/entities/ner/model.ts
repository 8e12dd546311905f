// The NER model at run time: two stacked averaged-perceptron layers over BILOU labels, decoded with
// Viterbi; `tagWords` tags the sentences of one document and returns BIO tags with CoNLL types.
import { viterbi, type Constraints } from "./decode.js";
import { KeyTable } from "./feature-keys.js";
import {
  BOS,
  EOS,
  WINDOW,
  docContext,
  neighbourKeys,
  secondPassFeatures,
  tokenFeatures,
  wordInfo,
  wordKeys,
  type DocContext,
  type WordInfoCache,
} from "./features.js";
import { buildGazetteer, type Gazetteer, type GazetteerData } from "./gazetteer.js";
import { bilouConstraints, bioFromSpans, spansFromBilou, splitTag } from "./tags.js";

/** One trained layer with its own feature index (key → row), weights [row * L + label], transitions. */
export interface LayerWeights {
  readonly features: ReadonlyMap<number, number>;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

/** A layer indexed by the model's shared feature index, so each feature is looked up once for both layers. */
export interface NerLayer {
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

/** A loaded, frozen NER model. */
export interface NerModel {
  readonly labels: readonly string[];
  readonly constraints: Constraints;
  readonly gazetteerData: GazetteerData;
  readonly gazetteer: Gazetteer;
  /** Feature key of each row of the layers' weights (the union of both layers' features). */
  readonly keys: Int32Array;
  /** Feature key → row. */
  readonly features: KeyTable;
  /** Both layers' weights interleaved per row ([row][layer][label]), for one-pass scoring. */
  readonly interleaved: Float32Array;
  /** First pass: local, gazetteer and document case features. */
  readonly stage1: NerLayer;
  /** Second pass: adds the first pass's labels for the same word elsewhere in the document. */
  readonly stage2: NerLayer | null;
  /** Content hash of the model file (for provenance). */
  readonly sha256: string;
  /**
   * Memo of each word's summed word-type weights in every layer (see `wordVectors`). It caches a
   * pure function of the frozen weights, so tagging stays deterministic; bounded, cleared when full.
   */
  readonly memo: Map<string, Float32Array | null>;
  /** Memo of word infos (shapes, case, keys) for feature extraction; same rules as `memo`. */
  readonly words: WordInfoCache;
}

const MEMO_LIMIT = 100_000;

/** All feature keys of token `i`: word-type keys, the window's keys, then the token's own keys. */
export function featureKeys(words: readonly string[], i: number, tokenKeys: readonly number[]): number[] {
  const out = wordKeys(words[i]);
  for (const { offset, prefix, far } of WINDOW) {
    const j = i + offset;
    const w = j < 0 ? BOS : j >= words.length ? EOS : words[j];
    for (const k of neighbourKeys(w, prefix, far)) out.push(k);
  }
  for (const k of tokenKeys) out.push(k);
  return out;
}

/** Rows of the given keys in the model (unknown features dropped). */
function featureIds(model: NerModel, keys: readonly number[]): Int32Array {
  const ids: number[] = [];
  for (let k = 0; k < keys.length; k++) {
    const row = model.features.get(keys[k]);
    if (row >= 0) ids.push(row);
  }
  return Int32Array.from(ids);
}

function addRows(weights: Float32Array, ids: ArrayLike<number>, L: number, into: Float32Array | Float64Array, at: number): void {
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k] * L;
    for (let y = 0; y < L; y++) into[at + y] += weights[base + y];
  }
}

/**
 * A word's summed word-type weights, for every layer at once: per layer, slot 0 for the word
 * itself and slot 1 + w for the word seen through window entry w (WINDOW[w]); null when the model
 * knows none of its features.
 */
function wordVectors(model: NerModel, word: string): Float32Array | null {
  const hit = model.memo.get(word);
  if (hit !== undefined) return hit;
  const L = model.labels.length;
  const slots = WINDOW.length + 1;
  const layers = model.stage2 ? [model.stage1, model.stage2] : [model.stage1];
  const vec = new Float32Array(layers.length * slots * L);
  const perSlot = [featureIds(model, wordKeys(word))];
  for (const { prefix, far } of WINDOW) perSlot.push(featureIds(model, neighbourKeys(word, prefix, far)));
  const any = perSlot.some((ids) => ids.length > 0);
  layers.forEach((layer, k) => perSlot.forEach((ids, slot) => addRows(layer.weights, ids, L, vec, (k * slots + slot) * L)));
  const value = any ? vec : null;
  if (model.memo.size >= MEMO_LIMIT) model.memo.clear();
  model.memo.set(word, value);
  return value;
}

/**
 * Emission scores [token * L + label] of one sentence under every layer at once (one pass over the
 * features, reading both layers' weights for a feature from adjacent memory), from its token
 * feature ids. Returns one array per layer.
 */
export function emissions(model: NerModel, words: readonly string[], tokenIds: readonly Int32Array[]): Float64Array[] {
  const L = model.labels.length;
  const n = words.length;
  const W = WINDOW.length;
  const S = model.stage2 ? 2 : 1;
  const stride = S * L;
  const weights = model.interleaved;
  const emit = [new Float64Array(n * L)];
  if (S === 2) emit.push(new Float64Array(n * L));
  const bos = wordVectors(model, BOS);
  const eos = wordVectors(model, EOS);
  for (let k = 0; k < S; k++) {
    const e = emit[k];
    const base = k * (W + 1);
    for (let j = 0; j < n; j++) {
      const vec = wordVectors(model, words[j]);
      if (vec) {
        // Slot 0 scores the word itself; slot 1 + w is word j seen by token j - WINDOW[w].offset.
        for (let w = -1; w < W; w++) {
          const i = w < 0 ? j : j - WINDOW[w].offset;
          if (i < 0 || i >= n) continue;
          const from = (base + w + 1) * L;
          const to = i * L;
          for (let y = 0; y < L; y++) e[to + y] += vec[from + y];
        }
      }
      for (let w = 0; w < W; w++) {
        const o = j + WINDOW[w].offset;
        const pad = o < 0 ? bos : o >= n ? eos : null;
        if (!pad) continue;
        const from = (base + w + 1) * L;
        const at = j * L;
        for (let y = 0; y < L; y++) e[at + y] += pad[from + y];
      }
    }
  }
  for (let j = 0; j < n; j++) {
    const at = j * L;
    const ids = tokenIds[j];
    if (S === 1) {
      const e = emit[0];
      for (let k = 0; k < ids.length; k++) {
        const row = ids[k] * stride;
        for (let y = 0; y < L; y++) e[at + y] += weights[row + y];
      }
    } else {
      const e1 = emit[0];
      const e2 = emit[1];
      for (let k = 0; k < ids.length; k++) {
        const row = ids[k] * stride;
        for (let y = 0; y < L; y++) {
          e1[at + y] += weights[row + y];
          e2[at + y] += weights[row + L + y];
        }
      }
    }
  }
  return emit;
}

/**
 * What the first pass said about each capitalised word across the document: lower-case key →
 * entity type (or "O") → count. The second pass reads it as document-level consistency evidence.
 */
export function predictedTypes(
  sentences: readonly (readonly string[])[],
  labels: readonly ArrayLike<number>[],
  labelNames: readonly string[],
  cache?: WordInfoCache,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  sentences.forEach((words, s) => {
    for (let i = 0; i < words.length; i++) {
      const info = wordInfo(words[i], cache);
      if (!info.cap) continue;
      const [prefix, type] = splitTag(labelNames[labels[s][i]]);
      const key = info.key;
      let counts = out.get(key);
      if (!counts) out.set(key, (counts = new Map()));
      const t = prefix === "O" ? "O" : type;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  });
  return out;
}

/** Tag the sentences of one document; returns the model's BILOU label indices per sentence. */
export function tagLabels(model: NerModel, sentences: readonly (readonly string[])[]): Int32Array[] {
  const doc: DocContext = docContext(sentences, model.words);
  const L = model.labels.length;
  const scores = sentences.map((words) => {
    const ids = tokenFeatures(words, model.gazetteer, doc, model.words).map((f) => featureIds(model, f));
    return emissions(model, words, ids);
  });
  const first = sentences.map((words, s) => viterbi(scores[s][0], words.length, L, model.stage1.transitions, model.constraints));
  const stage2 = model.stage2;
  if (!stage2) return first;
  const predicted = predictedTypes(sentences, first, model.labels, model.words);
  const weights = stage2.weights;
  return sentences.map((words, s) => {
    const names = Array.from(first[s], (y) => model.labels[y]);
    const emit = scores[s][1];
    secondPassFeatures(words, names, predicted, model.words).forEach((extra, i) => addRows(weights, featureIds(model, extra), L, emit, i * L));
    return viterbi(emit, words.length, L, stage2.transitions, model.constraints);
  });
}

/** Tag the sentences (arrays of token strings) of one document; returns BIO tags with CoNLL types. */
export function tagWords(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagLabels(model, sentences).map((labels, s) => {
    const names = Array.from(labels, (y) => model.labels[y]);
    return bioFromSpans(spansFromBilou(names), sentences[s].length);
  });
}

/** Re-index layers trained with their own feature indexes over one shared index (the union). */
export function mergeLayers(
  stage1: LayerWeights,
  stage2: LayerWeights | null,
  L: number,
): { keys: Int32Array; stage1: NerLayer; stage2: NerLayer | null } {
  const rows = new Map<number, number>();
  for (const layer of [stage1, stage2]) {
    if (layer) for (const key of layer.features.keys()) if (!rows.has(key)) rows.set(key, rows.size);
  }
  const reindex = (layer: LayerWeights): NerLayer => {
    const weights = new Float32Array(rows.size * L);
    for (const [key, id] of layer.features) weights.set(layer.weights.subarray(id * L, id * L + L), (rows.get(key) as number) * L);
    return { weights, transitions: layer.transitions };
  };
  return { keys: Int32Array.from(rows.keys()), stage1: reindex(stage1), stage2: stage2 ? reindex(stage2) : null };
}

function interleave(rows: number, L: number, layers: readonly NerLayer[]): Float32Array {
  const S = layers.length;
  const out = new Float32Array(rows * S * L);
  layers.forEach((layer, k) => {
    for (let r = 0; r < rows; r++) out.set(layer.weights.subarray(r * L, r * L + L), (r * S + k) * L);
  });
  return out;
}

/** Assemble a frozen model from its parts (used by the loader, the trainer and tests). */
export function assembleModel(parts: {
  labels: readonly string[];
  gazetteerData: GazetteerData;
  keys: Int32Array;
  stage1: NerLayer;
  stage2: NerLayer | null;
  sha256: string;
}): NerModel {
  return Object.freeze({
    labels: Object.freeze([...parts.labels]),
    constraints: bilouConstraints(parts.labels),
    gazetteerData: parts.gazetteerData,
    gazetteer: buildGazetteer(parts.gazetteerData),
    keys: parts.keys,
    features: new KeyTable(parts.keys),
    interleaved: interleave(parts.keys.length, parts.labels.length, parts.stage2 ? [parts.stage1, parts.stage2] : [parts.stage1]),
    stage1: parts.stage1,
    stage2: parts.stage2,
    sha256: parts.sha256,
    memo: new Map(),
    words: new Map(),
  });
}

// The NER model at run time: two stacked averaged-perceptron layers over BILOU labels, decoded with
// Viterbi; `tagWords` tags the sentences of one document and returns BIO tags with CoNLL types.
import { viterbi, type Constraints } from "./decode.js";
import {
  BOS,
  EOS,
  WINDOW,
  docContext,
  neighbourFeatures,
  secondPassFeatures,
  tokenFeatures,
  wordFeatures,
  wordInfo,
  type DocContext,
  type WordInfoCache,
} from "./features.js";
import { buildGazetteer, type Gazetteer, type GazetteerData } from "./gazetteer.js";
import { bilouConstraints, bioFromSpans, spansFromBilou, splitTag } from "./tags.js";

/** One trained layer as stored: its own feature index, weights [feature * L + label], transitions. */
export interface LayerWeights {
  readonly features: ReadonlyMap<string, number>;
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
  /** Union of both layers' features → row in each layer's weights. */
  readonly features: ReadonlyMap<string, number>;
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

/** All feature strings of token `i` (word-type features with their window prefix, then token features). */
export function featureStrings(words: readonly string[], i: number, tokenFeats: readonly string[]): string[] {
  const out = wordFeatures(words[i]);
  for (const { offset, prefix, far } of WINDOW) {
    const j = i + offset;
    const w = j < 0 ? BOS : j >= words.length ? EOS : words[j];
    for (const f of neighbourFeatures(w, far)) out.push(prefix + f);
  }
  out.push(...tokenFeats);
  return out;
}

/** Feature ids of the given strings in the model's index (unknown features dropped). */
function featureIds(model: NerModel, feats: readonly string[]): Int32Array {
  const ids: number[] = [];
  for (const f of feats) {
    const id = model.features.get(f);
    if (id !== undefined) ids.push(id);
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
  const perSlot = [featureIds(model, wordFeatures(word))];
  for (const { prefix, far } of WINDOW) perSlot.push(featureIds(model, neighbourFeatures(word, far).map((f) => prefix + f)));
  const any = perSlot.some((ids) => ids.length > 0);
  layers.forEach((layer, k) => perSlot.forEach((ids, slot) => addRows(layer.weights, ids, L, vec, (k * slots + slot) * L)));
  const value = any ? vec : null;
  if (model.memo.size >= MEMO_LIMIT) model.memo.clear();
  model.memo.set(word, value);
  return value;
}

/** Emission scores [token * L + label] of one sentence under one layer, from its token feature ids. */
export function emissions(model: NerModel, layer: NerLayer, words: readonly string[], tokenIds: readonly Int32Array[]): Float64Array {
  const L = model.labels.length;
  const n = words.length;
  const W = WINDOW.length;
  const emit = new Float64Array(n * L);
  const base = layer === model.stage1 ? 0 : W + 1;
  const weights = layer.weights;
  const bos = wordVectors(model, BOS);
  const eos = wordVectors(model, EOS);
  for (let j = 0; j < n; j++) {
    const at = j * L;
    const vec = wordVectors(model, words[j]);
    if (vec) {
      // Slot 0 scores the word itself; slot 1 + w is word j seen by token j - WINDOW[w].offset.
      for (let w = -1; w < W; w++) {
        const i = w < 0 ? j : j - WINDOW[w].offset;
        if (i < 0 || i >= n) continue;
        const from = (base + w + 1) * L;
        const to = i * L;
        for (let y = 0; y < L; y++) emit[to + y] += vec[from + y];
      }
    }
    for (let w = 0; w < W; w++) {
      const k = j + WINDOW[w].offset;
      const pad = k < 0 ? bos : k >= n ? eos : null;
      if (!pad) continue;
      const from = (base + w + 1) * L;
      for (let y = 0; y < L; y++) emit[at + y] += pad[from + y];
    }
    const ids = tokenIds[j];
    for (let k = 0; k < ids.length; k++) {
      const row = ids[k] * L;
      for (let y = 0; y < L; y++) emit[at + y] += weights[row + y];
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
  const baseIds = sentences.map((words) => tokenFeatures(words, model.gazetteer, doc, model.words).map((f) => featureIds(model, f)));
  const decode = (layer: NerLayer, ids: Int32Array[][]) =>
    sentences.map((words, s) => viterbi(emissions(model, layer, words, ids[s]), words.length, L, layer.transitions, model.constraints));
  const first = decode(model.stage1, baseIds);
  if (!model.stage2) return first;
  const predicted = predictedTypes(sentences, first, model.labels, model.words);
  const secondIds = sentences.map((words, s) => {
    const names = Array.from(first[s], (y) => model.labels[y]);
    return secondPassFeatures(words, names, predicted, model.words).map((extra, i) => {
      const more = featureIds(model, extra);
      const merged = new Int32Array(baseIds[s][i].length + more.length);
      merged.set(baseIds[s][i]);
      merged.set(more, baseIds[s][i].length);
      return merged;
    });
  });
  return decode(model.stage2, secondIds);
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
): { features: Map<string, number>; stage1: NerLayer; stage2: NerLayer | null } {
  const features = new Map<string, number>();
  for (const layer of [stage1, stage2]) {
    if (layer) for (const name of layer.features.keys()) if (!features.has(name)) features.set(name, features.size);
  }
  const reindex = (layer: LayerWeights): NerLayer => {
    const weights = new Float32Array(features.size * L);
    for (const [name, id] of layer.features) weights.set(layer.weights.subarray(id * L, id * L + L), (features.get(name) as number) * L);
    return { weights, transitions: layer.transitions };
  };
  return { features, stage1: reindex(stage1), stage2: stage2 ? reindex(stage2) : null };
}

/** Assemble a frozen model from its parts (used by the loader, the trainer and tests). */
export function assembleModel(parts: {
  labels: readonly string[];
  gazetteerData: GazetteerData;
  features: ReadonlyMap<string, number>;
  stage1: NerLayer;
  stage2: NerLayer | null;
  sha256: string;
}): NerModel {
  return Object.freeze({
    labels: Object.freeze([...parts.labels]),
    constraints: bilouConstraints(parts.labels),
    gazetteerData: parts.gazetteerData,
    gazetteer: buildGazetteer(parts.gazetteerData),
    features: parts.features,
    stage1: parts.stage1,
    stage2: parts.stage2,
    sha256: parts.sha256,
    memo: new Map(),
    words: new Map(),
  });
}

// The NER model at run time: two stacked averaged-perceptron layers over BILOU labels, decoded with
// Viterbi; `tagWords` tags the sentences of one document and returns BIO tags with CoNLL types.
import { viterbi, type Constraints } from "./decode.js";
import {
  BOS,
  EOS,
  WINDOW,
  docContext,
  neighbourFeatures,
  normaliseWord,
  tokenFeatures,
  wordFeatures,
  type DocContext,
} from "./features.js";
import { buildGazetteer, type Gazetteer, type GazetteerData } from "./gazetteer.js";
import { bilouConstraints, bioFromSpans, spansFromBilou, splitTag } from "./tags.js";

/** One trained layer: feature index, emission weights [feature * L + label], transition weights. */
export interface NerLayer {
  readonly features: ReadonlyMap<string, number>;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

/** A loaded, frozen NER model. */
export interface NerModel {
  readonly labels: readonly string[];
  readonly constraints: Constraints;
  readonly gazetteerData: GazetteerData;
  readonly gazetteer: Gazetteer;
  /** First pass: local, gazetteer and document case features. */
  readonly stage1: NerLayer;
  /** Second pass: adds the first pass's labels for the same word elsewhere in the document. */
  readonly stage2: NerLayer | null;
  /** Content hash of the model file (for provenance). */
  readonly sha256: string;
  /**
   * Memo of word-type score vectors per layer. It only caches pure functions of the frozen weights,
   * so tagging stays deterministic; it is bounded and cleared when full.
   */
  readonly memo: WeakMap<NerLayer, Map<string, Float32Array | null>>;
}

const MEMO_LIMIT = 200_000;

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

function addFeatures(layer: NerLayer, feats: readonly string[], L: number, into: Float64Array | Float32Array, at: number): boolean {
  let any = false;
  for (const f of feats) {
    const id = layer.features.get(f);
    if (id === undefined) continue;
    any = true;
    const base = id * L;
    for (let y = 0; y < L; y++) into[at + y] += layer.weights[base + y];
  }
  return any;
}

/** Cached sum of the weights of one word's type features at one window offset ("" = the word itself). */
function typeScore(model: NerModel, layer: NerLayer, prefix: string, far: boolean, word: string): Float32Array | null {
  let memo = model.memo.get(layer);
  if (!memo) model.memo.set(layer, (memo = new Map()));
  const key = prefix + "\u0001" + word;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const L = model.labels.length;
  const feats = prefix === "" ? wordFeatures(word) : neighbourFeatures(word, far).map((f) => prefix + f);
  const vec = new Float32Array(L);
  const value = addFeatures(layer, feats, L, vec, 0) ? vec : null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Emission scores [token * L + label] of one sentence under one layer. */
export function emissions(model: NerModel, layer: NerLayer, words: readonly string[], tokenFeats: readonly (readonly string[])[]): Float64Array {
  const L = model.labels.length;
  const n = words.length;
  const emit = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const at = i * L;
    const own = typeScore(model, layer, "", false, words[i]);
    if (own) for (let y = 0; y < L; y++) emit[at + y] += own[y];
    for (const { offset, prefix, far } of WINDOW) {
      const j = i + offset;
      const w = j < 0 ? BOS : j >= n ? EOS : words[j];
      const v = typeScore(model, layer, prefix, far, w);
      if (v) for (let y = 0; y < L; y++) emit[at + y] += v[y];
    }
    addFeatures(layer, tokenFeats[i], L, emit, at);
  }
  return emit;
}

/** Decode one sentence with one layer; returns label indices. */
export function decodeSentence(model: NerModel, layer: NerLayer, words: readonly string[], doc: DocContext): Int32Array {
  const feats = tokenFeatures(words, model.gazetteer, doc);
  const emit = emissions(model, layer, words, feats);
  return viterbi(emit, words.length, model.labels.length, layer.transitions, model.constraints);
}

/**
 * What the first pass said about each capitalised word across the document: lower-case key →
 * entity type (or "O") → count. The second pass reads it as document-level consistency evidence.
 */
export function predictedTypes(
  sentences: readonly (readonly string[])[],
  labels: readonly (ArrayLike<number>)[],
  labelNames: readonly string[],
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  sentences.forEach((words, s) => {
    for (let i = 0; i < words.length; i++) {
      const w = normaliseWord(words[i]);
      if (!/^\p{Lu}/u.test(w)) continue;
      const [prefix, type] = splitTag(labelNames[labels[s][i]]);
      const key = w.toLowerCase();
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
  const doc = docContext(sentences);
  const first = sentences.map((words) => decodeSentence(model, model.stage1, words, doc));
  if (!model.stage2) return first;
  const second: DocContext = { ...doc, predicted: predictedTypes(sentences, first, model.labels) };
  const layer = model.stage2;
  return sentences.map((words) => decodeSentence(model, layer, words, second));
}

/** Tag the sentences (arrays of token strings) of one document; returns BIO tags with CoNLL types. */
export function tagWords(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  return tagLabels(model, sentences).map((labels, s) => {
    const names = Array.from(labels, (y) => model.labels[y]);
    return bioFromSpans(spansFromBilou(names), sentences[s].length);
  });
}

/** Assemble a frozen model from its parts (used by the loader and by the trainer). */
export function assembleModel(parts: {
  labels: readonly string[];
  gazetteerData: GazetteerData;
  stage1: NerLayer;
  stage2: NerLayer | null;
  sha256: string;
}): NerModel {
  return Object.freeze({
    labels: Object.freeze([...parts.labels]),
    constraints: bilouConstraints(parts.labels),
    gazetteerData: parts.gazetteerData,
    gazetteer: buildGazetteer(parts.gazetteerData),
    stage1: parts.stage1,
    stage2: parts.stage2,
    sha256: parts.sha256,
    memo: new WeakMap(),
  });
}

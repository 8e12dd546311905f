// The NER model at run time: two stacked averaged-perceptron layers over BILOU labels, decoded with
// Viterbi; `tagWords` tags the sentences of one document and returns BIO tags with CoNLL types.
import { DecodeBuffers, viterbi, type Constraints } from "./decode.js";
import { hashString, KeyTable, TokenBuffer } from "./feature-keys.js";
import {
  BOS,
  EOS,
  WINDOW,
  addSecondPassKeys,
  addTokenKeys,
  documentContext,
  neighbourKeys,
  typeKeys,
  sentenceInfo,
  wordKeys,
  type DocContext,
  type SentenceInfo,
  type WordInfo,
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
  /** Work buffers reused from sentence to sentence (see `TagScratch`). */
  readonly scratch: TagScratch;
}

const MEMO_LIMIT = 100_000;
/** Floats per slab of word vectors (see `TagScratch.vector`): 256 KiB, about 380 words' vectors. */
const SLAB_SIZE = 65_536;

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
function featureIds(model: NerModel, keys: readonly number[]): number[] {
  const ids: number[] = [];
  for (let k = 0; k < keys.length; k++) {
    const row = model.features.get(keys[k]);
    if (row >= 0) ids.push(row);
  }
  return ids;
}

/** The rows of every token's keys in `keys`, token by token into `rows` (unknown features dropped). */
function collectRows(model: NerModel, keys: TokenBuffer, rows: TokenBuffer): void {
  rows.clear();
  const table = model.features;
  const values = keys.values;
  for (let t = 0, k = 0; t < keys.tokens; t++) {
    for (const end = keys.ends[t]; k < end; k++) {
      const row = table.get(values[k]);
      if (row >= 0) rows.push(row);
    }
    rows.endToken();
  }
}

/**
 * A word's summed word-type weights for every window slot and layer, laid out [slot][layer][label]
 * like the emissions: slot 0 for the word itself and slot 1 + w for the word seen through window
 * entry w (WINDOW[w]); null when the model knows none of its features.
 */
function wordVectors(model: NerModel, word: string): Float32Array | null {
  const hit = model.memo.get(word);
  if (hit !== undefined) return hit;
  const value = computeWordVectors(model, word);
  if (model.memo.size >= MEMO_LIMIT) model.memo.clear();
  model.memo.set(word, value);
  return value;
}

/**
 * `wordVectors` without the memo. Each cell sums its rows in float32, feature by feature in the
 * order `typeKeys` gives them, reading both layers from the interleaved table (one row fetch).
 */
function computeWordVectors(model: NerModel, word: string): Float32Array | null {
  const stride = (model.stage2 ? 2 : 1) * model.labels.length;
  const perSlot = typeKeys(word).map((keys) => featureIds(model, keys));
  if (!perSlot.some((ids) => ids.length > 0)) return null;
  const vec = model.scratch.vector(perSlot.length * stride);
  const weights = model.interleaved;
  perSlot.forEach((ids, slot) => {
    const at = slot * stride;
    for (const id of ids) {
      const base = id * stride;
      for (let y = 0; y < stride; y++) vec[at + y] += weights[base + y];
    }
  });
  return vec;
}

/** Reusable work buffers of one model: tagging is synchronous, so one set per model is never shared. */
export class TagScratch {
  readonly keys = new TokenBuffer();
  readonly rows = new TokenBuffer();
  readonly decode = new DecodeBuffers();
  readonly vectors: (Float32Array | null)[] = [];
  readonly sources = new Sources();
  private scores = new Float64Array(0);
  private firstPass = new Int32Array(0);
  private slab = new Float32Array(0);
  private slabUsed = 0;

  /**
   * A zeroed vector of `size` floats for a word memo: a view of a shared slab, since a typed array
   * of its own would live outside V8's heap and cost far more to allocate (a slab is freed once the
   * memos holding its views are gone).
   */
  vector(size: number): Float32Array {
    if (this.slabUsed + size > this.slab.length) {
      this.slab = new Float32Array(Math.max(size, SLAB_SIZE));
      this.slabUsed = 0;
    }
    this.slabUsed += size;
    return this.slab.subarray(this.slabUsed - size, this.slabUsed);
  }

  /** A buffer for `size` first-pass labels (stale contents, overwritten by the decoder). */
  labels(size: number): Int32Array {
    if (this.firstPass.length < size) this.firstPass = new Int32Array(Math.max(size, 2 * this.firstPass.length));
    return this.firstPass;
  }

  /** Zeroed emission scores for `size` cells (a whole document's, kept until its second pass). */
  emissions(size: number): Float64Array {
    if (this.scores.length < size) this.scores = new Float64Array(Math.max(size, 2 * this.scores.length));
    else this.scores.fill(0, 0, size);
    return this.scores;
  }
}

/** Offsets of the context window, and how many of them look back (WINDOW is ordered by offset). */
const OFFSETS = Int32Array.from(WINDOW, (w) => w.offset);
const BEFORE = WINDOW.filter((w) => w.offset < 0).length;

/**
 * The vectors one cell group sums, as (array, offset) pairs reused token after token: gathering
 * them first lets `sumSources` keep running sums in registers instead of loading and storing every
 * emission cell once per vector.
 */
export class Sources {
  arrays: Float32Array[] = [];
  offsets = new Int32Array(64);
  size = 0;

  /** Append the vector of `array` starting at `offset`. */
  push(array: Float32Array, offset: number): void {
    if (this.size === this.offsets.length) {
      const grown = new Int32Array(2 * this.size);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.arrays[this.size] = array;
    this.offsets[this.size++] = offset;
  }
}

/**
 * Add the sources' vectors (`count` values each) to `into` from `at`. Each cell starts from its
 * current value and adds the sources in their order, exactly as adding them one vector at a time
 * would, so the sums are the same to the last bit; eight cells at a time (x64 keeps them in registers) share each source's lookup.
 */
function sumSources(sources: Sources, into: Float64Array, at: number, count: number): void {
  const { arrays, offsets, size } = sources;
  let y = 0;
  for (; y + 8 <= count; y += 8) {
    let a0 = into[at + y];
    let a1 = into[at + y + 1];
    let a2 = into[at + y + 2];
    let a3 = into[at + y + 3];
    let a4 = into[at + y + 4];
    let a5 = into[at + y + 5];
    let a6 = into[at + y + 6];
    let a7 = into[at + y + 7];
    for (let k = 0; k < size; k++) {
      const from = arrays[k];
      const b = offsets[k] + y;
      a0 += from[b];
      a1 += from[b + 1];
      a2 += from[b + 2];
      a3 += from[b + 3];
      a4 += from[b + 4];
      a5 += from[b + 5];
      a6 += from[b + 6];
      a7 += from[b + 7];
    }
    into[at + y] = a0;
    into[at + y + 1] = a1;
    into[at + y + 2] = a2;
    into[at + y + 3] = a3;
    into[at + y + 4] = a4;
    into[at + y + 5] = a5;
    into[at + y + 6] = a6;
    into[at + y + 7] = a7;
  }
  for (; y + 2 <= count; y += 2) {
    let a0 = into[at + y];
    let a1 = into[at + y + 1];
    for (let k = 0; k < size; k++) {
      const from = arrays[k];
      const b = offsets[k] + y;
      a0 += from[b];
      a1 += from[b + 1];
    }
    into[at + y] = a0;
    into[at + y + 1] = a1;
  }
  if (y < count) {
    let a = into[at + y];
    for (let k = 0; k < size; k++) a += arrays[k][offsets[k] + y];
    into[at + y] = a;
  }
}

/**
 * Add one sentence's emission scores under every layer to `e` from cell `at`, laid out
 * [token][layer][label] so that one pass over a feature's interleaved weights serves both layers:
 * the word-type vectors of the window (`vectors[j]` of word j, from `wordVectors`), then the
 * token's own feature rows. Each cell adds its terms in a fixed order (window words left to right,
 * padding after the token itself), so scores are reproducible to the last bit.
 */
function scoreSentence(model: NerModel, vectors: readonly (Float32Array | null)[], rows: TokenBuffer, e: Float64Array, at: number, sources: Sources): void {
  const stride = (model.stage2 ? 2 : 1) * model.labels.length;
  const n = rows.tokens;
  const W = WINDOW.length;
  const weights = model.interleaved;
  const bos = wordVectors(model, BOS);
  const eos = wordVectors(model, EOS);
  const ids = rows.values;
  for (let i = 0; i < n; i++) {
    sources.size = 0;
    // WINDOW is ordered by offset: words before the token, the token, padding, words after.
    for (let w = 0; w < BEFORE; w++) {
      const j = i + OFFSETS[w];
      const vec = j >= 0 ? vectors[j] : null;
      if (vec) sources.push(vec, (w + 1) * stride);
    }
    const own = vectors[i];
    if (own) sources.push(own, 0);
    for (let w = 0; w < W; w++) {
      const j = i + OFFSETS[w];
      const pad = j < 0 ? bos : j >= n ? eos : null;
      if (pad) sources.push(pad, (w + 1) * stride);
    }
    for (let w = BEFORE; w < W; w++) {
      const j = i + OFFSETS[w];
      const vec = j < n ? vectors[j] : null;
      if (vec) sources.push(vec, (w + 1) * stride);
    }
    for (let k = rows.start(i), end = rows.ends[i]; k < end; k++) sources.push(weights, ids[k] * stride);
    sumSources(sources, e, at + i * stride, stride);
  }
}

/** The word-type vectors of a sentence's words into `out` (see `wordVectors`). */
function sentenceVectors(model: NerModel, words: readonly string[], out: (Float32Array | null)[]): void {
  out.length = words.length;
  for (let j = 0; j < words.length; j++) out[j] = wordVectors(model, words[j]);
}

/**
 * `sentenceVectors` from the words' infos in `model.words`, memoised on the infos themselves.
 * Word-type features read only the normalised form, so `info.norm` stands for the word.
 */
function infoVectors(model: NerModel, infos: readonly WordInfo[], out: (Float32Array | null)[]): void {
  out.length = infos.length;
  for (let j = 0; j < infos.length; j++) {
    const info = infos[j];
    let vec = info.vectors;
    if (vec === undefined) vec = info.vectors = computeWordVectors(model, info.norm);
    out[j] = vec;
  }
}

/**
 * Emission scores [token * L + label] of one sentence under every layer at once, from its token
 * feature ids. Returns one array per layer.
 */
export function emissions(model: NerModel, words: readonly string[], tokenIds: readonly Int32Array[]): Float64Array[] {
  const L = model.labels.length;
  const S = model.stage2 ? 2 : 1;
  const n = words.length;
  const rows = new TokenBuffer();
  for (const ids of tokenIds) {
    for (const id of ids) rows.push(id);
    rows.endToken();
  }
  const vectors: (Float32Array | null)[] = [];
  sentenceVectors(model, words, vectors);
  const all = new Float64Array(n * S * L);
  scoreSentence(model, vectors, rows, all, 0, new Sources());
  const layers: Float64Array[] = [];
  for (let k = 0; k < S; k++) {
    const e = new Float64Array(n * L);
    for (let i = 0; i < n; i++) e.set(all.subarray((i * S + k) * L, (i * S + k + 1) * L), i * L);
    layers.push(e);
  }
  return layers;
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
  return predictedTypesOf(
    sentences.map((words) => sentenceInfo(words, cache)),
    labels,
    labelNames,
  );
}

function predictedTypesOf(sentences: readonly SentenceInfo[], labels: readonly ArrayLike<number>[], labelNames: readonly string[]): Map<string, Map<string, number>> {
  const typeOf = labelNames.map((name) => {
    const [prefix, type] = splitTag(name);
    return prefix === "O" ? "O" : type;
  });
  const out = new Map<string, Map<string, number>>();
  sentences.forEach(({ infos }, s) => {
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i];
      if (!info.cap) continue;
      const key = info.key;
      let counts = out.get(key);
      if (!counts) out.set(key, (counts = new Map()));
      const t = typeOf[labels[s][i]];
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  });
  return out;
}

/** Tag the sentences of one document; returns the model's BILOU label indices per sentence. */
export function tagLabels(model: NerModel, sentences: readonly (readonly string[])[]): Int32Array[] {
  const prepared = sentences.map((words) => sentenceInfo(words, model.words));
  const doc: DocContext = documentContext(prepared);
  const L = model.labels.length;
  const stage2 = model.stage2;
  const stride = (stage2 ? 2 : 1) * L;
  const { keys, rows, vectors, decode, sources } = model.scratch;
  // Emissions of the whole document [token][layer][label]: the second layer's wait for the second pass.
  const offsets: number[] = [];
  const starts: number[] = [];
  let cells = 0;
  let tokens = 0;
  for (const words of sentences) {
    offsets.push(cells);
    starts.push(tokens);
    cells += words.length * stride;
    tokens += words.length;
  }
  const scores = model.scratch.emissions(cells);
  // Labels of every sentence as views of one array per pass: typed arrays of more than 64 bytes
  // live outside V8's heap, and allocating one per sentence cost more than decoding it.
  const result = new Int32Array(tokens);
  const firstAll = stage2 ? model.scratch.labels(tokens) : result;
  const first = prepared.map((sentence, s) => {
    keys.clear();
    addTokenKeys(sentence, model.gazetteer, doc, keys);
    collectRows(model, keys, rows);
    infoVectors(model, sentence.infos, vectors);
    scoreSentence(model, vectors, rows, scores, offsets[s], sources);
    const n = sentence.words.length;
    const into = firstAll.subarray(starts[s], starts[s] + n);
    return viterbi(scores, n, L, model.stage1.transitions, model.constraints, decode, { offset: offsets[s], stride }, into);
  });
  if (!stage2) return first;
  const predicted = predictedTypesOf(prepared, first, model.labels);
  const labelHashes = model.labels.map(hashString);
  return prepared.map((sentence, s) => {
    const n = sentence.words.length;
    keys.clear();
    addSecondPassKeys(sentence, first[s], labelHashes, predicted, keys);
    collectRows(model, keys, rows);
    for (let i = 0; i < n; i++) {
      sources.size = 0;
      for (let k = rows.start(i), end = rows.ends[i]; k < end; k++) sources.push(stage2.weights, rows.values[k] * L);
      sumSources(sources, scores, offsets[s] + i * stride + L, L);
    }
    const into = result.subarray(starts[s], starts[s] + n);
    return viterbi(scores, n, L, stage2.transitions, model.constraints, decode, { offset: offsets[s] + L, stride }, into);
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
    scratch: new TagScratch(),
  });
}

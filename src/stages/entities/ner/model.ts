// The NER model at run time: two stacked averaged-perceptron layers over BILOU labels, decoded with
// Viterbi; `tagWords` tags the sentences of one document and returns BIO tags with CoNLL types.
import { DecodeBuffers, viterbi, type Constraints } from "./decode.js";
import { hashString, KeyTable, TokenBuffer } from "./feature-keys.js";
import { sumKernel, type KernelMemory, type SumKernel } from "./simd.js";
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
  readonly memo: Map<string, number>;
  /** Memo of word infos (shapes, case, keys) for feature extraction; same rules as `memo`. */
  readonly words: WordInfoCache;
  /** Work buffers reused from sentence to sentence (see `TagScratch`). */
  readonly scratch: TagScratch;
}

const MEMO_LIMIT = 100_000;
/** Floats of word vectors kept before the pool starts over (see `TagScratch`): 32 MiB, ~49k words. */
const POOL_LIMIT = 1 << 23;

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
 * entry w (WINDOW[w]). Returns where they start in `model.scratch.table`, or -1 when the model
 * knows none of the word's features.
 */
function wordVectors(model: NerModel, word: string): number {
  const hit = model.memo.get(word);
  if (hit !== undefined) return hit;
  const value = computeWordVectors(model, word);
  if (model.memo.size >= MEMO_LIMIT) model.memo.clear();
  model.memo.set(word, value);
  return value;
}

/**
 * `wordVectors` without the memo. Each cell sums its rows in float32, feature by feature in the
 * order `typeKeys` gives them, reading both layers of a row at once.
 */
function computeWordVectors(model: NerModel, word: string): number {
  const stride = (model.stage2 ? 2 : 1) * model.labels.length;
  const perSlot = typeKeys(word).map((keys) => featureIds(model, keys));
  if (!perSlot.some((ids) => ids.length > 0)) return -1;
  const scratch = model.scratch;
  const at = scratch.allocate(perSlot.length * stride);
  const table = scratch.table;
  perSlot.forEach((ids, slot) => {
    const to = at + slot * stride;
    for (const id of ids) {
      const from = id * stride;
      for (let y = 0; y < stride; y++) table[to + y] += table[from + y];
    }
  });
  return at;
}

/**
 * Reusable work buffers of one model: tagging is synchronous, so one set per model is never shared.
 * `table` holds both layers' weights interleaved per row ([row][layer][label]), followed by a pool
 * of word vectors: every vector a token sums then lives in one array, addressed by offset, and a
 * word's vectors cost no typed array of their own (those live outside V8's heap and are slow to
 * allocate). The pool only grows while a document is tagged; between documents it starts over once
 * past POOL_LIMIT, and `generation` tells the word infos that their offsets are gone.
 *
 * Where WebAssembly SIMD runs, the sources, the table and the scores are views of one WebAssembly
 * memory, laid out in that order, so that `kernel` can sum them (see simd.ts). Growing the pool
 * moves the scores up: read `table` and `scores` again after anything that may allocate
 * (`allocate`, `wordVectors`). The memory starts with room to spare (untouched pages cost no RAM)
 * because growing it detaches its old buffer, and once any buffer has been detached V8 checks
 * every typed-array access in the process for it: decoding ran a fifth slower after one grow.
 */
export class TagScratch {
  readonly keys = new TokenBuffer();
  readonly rows = new TokenBuffer();
  /** Frozen: the model's transition tables never change. */
  readonly decode = new DecodeBuffers({ frozen: true });
  readonly sources: Sources;
  /** The SIMD weight-sum kernel over `memory`, null where WebAssembly SIMD is unavailable. */
  readonly kernel: SumKernel | null;
  table: Float32Array;
  /** A document's emission scores (see `emissions`). */
  scores = new Float64Array(0);
  generation = 0;
  private readonly memory: KernelMemory | null;
  private readonly poolStart: number;
  private used: number;
  private offsets = new Int32Array(256);
  private firstPass = new Int32Array(0);

  /**
   * `pool` sizes the pool in floats: its first allocation and the size past which it starts over;
   * `simd: false` keeps the scalar loop (tests of the fallback), and `spare` is the memory's room
   * in bytes beyond the first table (tests of its growth).
   */
  constructor(
    weights: Float32Array,
    private readonly pool = { initial: 1 << 20, limit: POOL_LIMIT },
    options: { simd?: boolean; spare?: number } = {},
  ) {
    this.poolStart = this.used = weights.length;
    const floats = weights.length + pool.initial;
    const spare = options.spare ?? SPARE_BYTES;
    const simd = options.simd === false ? null : sumKernel(pagesFor(scoresOffset(floats) + spare));
    this.memory = simd ? simd.memory : null;
    this.kernel = simd ? simd.sum : null;
    if (this.memory) {
      // The sources come first in the memory, at byte 0 (see `kernelCall`).
      this.sources = new Sources(new Int32Array(this.memory.buffer, 0, SOURCES_BYTES / 4));
      this.table = new Float32Array(this.memory.buffer, SOURCES_BYTES, floats);
    } else {
      this.sources = new Sources();
      this.table = new Float32Array(floats);
    }
    this.table.set(weights);
  }

  /** Offset of `size` zeroed floats in the pool (the table grows when full; offsets stay valid). */
  allocate(size: number): number {
    if (this.used + size > this.table.length) {
      const floats = Math.max(this.used + size, this.poolStart + 2 * (this.table.length - this.poolStart));
      if (this.memory) this.layOut(floats, this.scores.length);
      else {
        const grown = new Float32Array(floats);
        grown.set(this.table.subarray(0, this.used));
        this.table = grown;
      }
    }
    this.table.fill(0, this.used, this.used + size);
    this.used += size;
    return this.used - size;
  }

  /** Between documents: start the pool over once it has grown past POOL_LIMIT, forgetting every word's vectors. */
  settle(memo: Map<string, number>): void {
    if (this.used - this.poolStart <= this.pool.limit) return;
    this.used = this.poolStart;
    this.generation++;
    memo.clear();
  }

  /** Room for the vector offsets of `n` words (see `wordVectors`). */
  vectors(n: number): Int32Array {
    if (this.offsets.length < n) this.offsets = new Int32Array(Math.max(n, 2 * this.offsets.length));
    return this.offsets;
  }

  /** A buffer for `size` first-pass labels (stale contents, overwritten by the decoder). */
  labels(size: number): Int32Array {
    if (this.firstPass.length < size) this.firstPass = new Int32Array(Math.max(size, 2 * this.firstPass.length));
    return this.firstPass;
  }

  /** Zeroed emission scores for `size` cells in `scores` (a whole document's, kept until its second pass). */
  emissions(size: number): Float64Array {
    if (this.scores.length < size) {
      const cells = Math.max(size, 2 * this.scores.length);
      if (this.memory) this.layOut(this.table.length, cells);
      else this.scores = new Float64Array(cells);
    }
    this.scores.fill(0, 0, size);
    return this.scores;
  }

  /**
   * Lay the memory out for a table of `floats` and scores of `cells` (growing it when needed),
   * keeping the table's contents and the scores' (which move up when the table grows).
   */
  private layOut(floats: number, cells: number): void {
    const memory = this.memory as KernelMemory;
    // Growing detaches the views, and with them their lengths: read those first.
    const from = scoresOffset(this.table.length);
    const kept = this.scores.length;
    const to = scoresOffset(floats);
    const end = to + 8 * Math.max(cells, kept);
    if (end > memory.buffer.byteLength) memory.grow(pagesFor(end) - memory.buffer.byteLength / PAGE);
    if (to !== from) new Uint8Array(memory.buffer).copyWithin(to, from, from + 8 * kept);
    this.table = new Float32Array(memory.buffer, SOURCES_BYTES, floats);
    this.scores = new Float64Array(memory.buffer, to, cells);
    this.sources.attach(new Int32Array(memory.buffer, 0, SOURCES_BYTES / 4));
  }
}

const PAGE = 65536;
/**
 * The memory's room beyond the first table: the pool doubles as it grows, so it may reach twice its
 * limit before it starts over; and the scores of a document of ~200k tokens.
 */
const SPARE_BYTES = 4 * 2 * POOL_LIMIT + (1 << 26);
/** Room for the sources of one sum in the kernel's memory (more fall back to the scalar loop). */
const SOURCES_BYTES = 4 * 16384;

function pagesFor(bytes: number): number {
  return Math.ceil(bytes / PAGE);
}

/** Where the scores start after a table of `floats`, aligned for float64 and SIMD loads. */
function scoresOffset(floats: number): number {
  return Math.ceil((SOURCES_BYTES + 4 * floats) / 16) * 16;
}

/** Offsets of the context window, and how many of them look back (WINDOW is ordered by offset). */
const OFFSETS = Int32Array.from(WINDOW, (w) => w.offset);
const BEFORE = WINDOW.filter((w) => w.offset < 0).length;

/**
 * Offsets of the vectors one cell group sums, reused token after token: gathering them first lets
 * `sumSources` keep running sums in registers instead of loading and storing every emission cell
 * once per vector. With a fixed `home` (the kernel's memory), offsets beyond its size go to an
 * array of their own until the next `clear`, and that sum takes the scalar loop.
 */
export class Sources {
  offsets: Int32Array;
  size = 0;
  /** Whether `offsets` is the home array (the kernel can read them). */
  homed: boolean;
  private home: Int32Array | null;

  constructor(home?: Int32Array) {
    this.home = home ?? null;
    this.homed = this.home !== null;
    this.offsets = home ?? new Int32Array(64);
  }

  /** Start the next group. */
  clear(): void {
    this.size = 0;
    if (this.home && !this.homed) {
      this.offsets = this.home;
      this.homed = true;
    }
  }

  /** Use `home` from now on (the kernel's memory grew, so its views were replaced). */
  attach(home: Int32Array): void {
    if (this.homed) this.offsets = home;
    this.home = home;
  }

  /** Append the vector starting at `offset`. */
  push(offset: number): void {
    if (this.size === this.offsets.length) {
      const grown = new Int32Array(2 * this.size);
      grown.set(this.offsets);
      this.offsets = grown;
      this.homed = false;
    }
    this.offsets[this.size++] = offset;
  }
}

/** Byte addresses of a scratch's sources, table and a score array in the kernel's memory (see `kernelCall`). */
interface KernelCall {
  sum: SumKernel;
  sources: number;
  table: number;
  into: number;
}

/**
 * How the scratch's kernel reaches its operands when summing into `into`, or null when it cannot;
 * a sum takes the kernel only while its sources are `homed` as well.
 */
function kernelCall(scratch: TagScratch, into: Float64Array): KernelCall | null {
  const { kernel, table } = scratch;
  if (!kernel || into.buffer !== table.buffer) return null;
  return { sum: kernel, sources: 0, table: table.byteOffset, into: into.byteOffset };
}

/**
 * Add the sources' vectors (`count` values each, in `table`) to `into` from `at`. Each cell starts
 * from its current value and adds the sources in their order, exactly as adding them one vector at
 * a time would, so the sums are the same to the last bit; eight cells at a time (x64 keeps them in
 * registers) share each source's offset.
 */
function sumSources(table: Float32Array, sources: Sources, into: Float64Array, at: number, count: number, simd: KernelCall | null): void {
  const { offsets, size } = sources;
  if (simd && sources.homed) {
    simd.sum(simd.sources, size, simd.into + 8 * at, count, simd.table);
    return;
  }
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
      const b = offsets[k] + y;
      a0 += table[b];
      a1 += table[b + 1];
      a2 += table[b + 2];
      a3 += table[b + 3];
      a4 += table[b + 4];
      a5 += table[b + 5];
      a6 += table[b + 6];
      a7 += table[b + 7];
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
      const b = offsets[k] + y;
      a0 += table[b];
      a1 += table[b + 1];
    }
    into[at + y] = a0;
    into[at + y + 1] = a1;
  }
  if (y < count) {
    let a = into[at + y];
    for (let k = 0; k < size; k++) a += table[offsets[k] + y];
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
function scoreSentence(model: NerModel, vectors: Int32Array, rows: TokenBuffer, e: Float64Array, at: number, sources: Sources, pads: Padding): void {
  const stride = (model.stage2 ? 2 : 1) * model.labels.length;
  const n = rows.tokens;
  const W = WINDOW.length;
  const { bos, eos } = pads;
  const table = model.scratch.table;
  const simd = kernelCall(model.scratch, e);
  const ids = rows.values;
  for (let i = 0; i < n; i++) {
    sources.clear();
    // WINDOW is ordered by offset: words before the token, the token, padding, words after.
    for (let w = 0; w < BEFORE; w++) {
      const j = i + OFFSETS[w];
      const vec = j >= 0 ? vectors[j] : -1;
      if (vec >= 0) sources.push(vec + (w + 1) * stride);
    }
    const own = vectors[i];
    if (own >= 0) sources.push(own);
    for (let w = 0; w < W; w++) {
      const j = i + OFFSETS[w];
      const pad = j < 0 ? bos : j >= n ? eos : -1;
      if (pad >= 0) sources.push(pad + (w + 1) * stride);
    }
    for (let w = BEFORE; w < W; w++) {
      const j = i + OFFSETS[w];
      const vec = j < n ? vectors[j] : -1;
      if (vec >= 0) sources.push(vec + (w + 1) * stride);
    }
    for (let k = rows.start(i), end = rows.ends[i]; k < end; k++) sources.push(ids[k] * stride);
    sumSources(table, sources, e, at + i * stride, stride, simd);
  }
}

/** Where the padding words' vectors start in the table (see `wordVectors`). */
interface Padding {
  bos: number;
  eos: number;
}

/** The padding words' vectors; made before a document's scores are read, as making them may move the scores. */
function padding(model: NerModel): Padding {
  return { bos: wordVectors(model, BOS), eos: wordVectors(model, EOS) };
}

/** The word-type vectors of a sentence's words (see `wordVectors`). */
function sentenceVectors(model: NerModel, words: readonly string[]): Int32Array {
  const out = model.scratch.vectors(words.length);
  for (let j = 0; j < words.length; j++) out[j] = wordVectors(model, words[j]);
  return out;
}

/**
 * `sentenceVectors` from the words' infos in `model.words`, memoised on the infos themselves (for
 * the pool's current generation). Word-type features read only the normalised form, so
 * `info.norm` stands for the word.
 */
function infoVectors(model: NerModel, infos: readonly WordInfo[]): Int32Array {
  const out = model.scratch.vectors(infos.length);
  const generation = model.scratch.generation;
  for (let j = 0; j < infos.length; j++) {
    const info = infos[j];
    if (info.vectorsOf !== generation) {
      info.vectors = computeWordVectors(model, info.norm);
      info.vectorsOf = generation;
    }
    out[j] = info.vectors;
  }
  return out;
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
  const vectors = sentenceVectors(model, words);
  const all = new Float64Array(n * S * L);
  scoreSentence(model, vectors, rows, all, 0, new Sources(), padding(model));
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
  const scratch = model.scratch;
  scratch.settle(model.memo);
  const { keys, rows, decode, sources } = scratch;
  const pads = padding(model);
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
  scratch.emissions(cells);
  // Labels of every sentence as views of one array per pass: typed arrays of more than 64 bytes
  // live outside V8's heap, and allocating one per sentence cost more than decoding it.
  const result = new Int32Array(tokens);
  const firstAll = stage2 ? model.scratch.labels(tokens) : result;
  const first = prepared.map((sentence, s) => {
    keys.clear();
    addTokenKeys(sentence, model.gazetteer, doc, keys);
    collectRows(model, keys, rows);
    const vectors = infoVectors(model, sentence.infos);
    // Read after the word vectors: making them may have moved the scores (see `TagScratch`).
    const scores = scratch.scores;
    scoreSentence(model, vectors, rows, scores, offsets[s], sources, pads);
    const n = sentence.words.length;
    const into = firstAll.subarray(starts[s], starts[s] + n);
    return viterbi(scores, n, L, model.stage1.transitions, model.constraints, decode, { offset: offsets[s], stride }, into);
  });
  if (!stage2) return first;
  const predicted = predictedTypesOf(prepared, first, model.labels);
  const labelHashes = model.labels.map(hashString);
  // The second pass makes no word vectors, so the table and scores stay where they are.
  const { table, scores } = scratch;
  const simd = kernelCall(scratch, scores);
  return prepared.map((sentence, s) => {
    const n = sentence.words.length;
    keys.clear();
    addSecondPassKeys(sentence, first[s], labelHashes, predicted, keys);
    collectRows(model, keys, rows);
    for (let i = 0; i < n; i++) {
      sources.clear();
      // The second layer's half of each interleaved row.
      for (let k = rows.start(i), end = rows.ends[i]; k < end; k++) sources.push(rows.values[k] * stride + L);
      sumSources(table, sources, scores, offsets[s] + i * stride + L, L, simd);
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
    stage1: parts.stage1,
    stage2: parts.stage2,
    sha256: parts.sha256,
    memo: new Map(),
    words: new Map(),
    scratch: new TagScratch(interleave(parts.keys.length, parts.labels.length, parts.stage2 ? [parts.stage1, parts.stage2] : [parts.stage1])),
  });
}

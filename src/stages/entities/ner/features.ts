// Feature extraction for the NER tagger. Word-type features (identity, shape, affixes) depend on
// the token alone: they are readable strings, hashed once per word form. The rest (n-grams,
// sentence position, gazetteer matches, document-level evidence) are built per token directly as
// numeric keys from the parts' hashes (see feature-keys.ts), equal to `featureKey(template, ...parts)`.
import { featureKey, hashString, mix } from "./feature-keys.js";
import { gazKey, matchGazetteer, type Gazetteer } from "./gazetteer.js";

/** Token forms normalised for features: curly quotes straightened, so wink's "’s" matches CoNLL's "'s". */
export function normaliseWord(word: string): string {
  return word.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, "-");
}

/** Long word shape: character classes, runs capped at 4 ("Baghdad" → "Xxxxx", "1996-08-22" → "dddd-dd-dd"). */
export function wordShape(word: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c =
      code >= 65 && code <= 90 ? "X"
      : code >= 97 && code <= 122 ? "x"
      : code >= 48 && code <= 57 ? "d"
      : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? "X"
      : /\p{Ll}/u.test(ch) ? "x"
      : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Short word shape: runs collapsed to one character ("Baghdad" → "Xx", "U.S." → "X.X."). */
export function shortShape(word: string): string {
  const long = wordShape(word);
  let out = "";
  for (const ch of long) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** Lower case with digits folded to 0, so "1996" and "1997" share evidence. */
export function lowerForm(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, "0");
}

function isTitle(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** Everything the per-token features need to know about one word form, computed once per form. */
export interface WordInfo {
  /** Curly quotes straightened. */
  norm: string;
  /** `lowerForm(norm)`: lower case, digits folded. */
  lower: string;
  /** `norm` in lower case (digits kept): the key for document-level evidence. */
  key: string;
  /** Short shape. */
  ss: string;
  /** hashString(lower) and hashString(ss): the parts of per-token feature keys. */
  lowerH: number;
  ssH: number;
  /** Gazetteer key. */
  gkey: string;
  /** Starts with a capital. */
  cap: boolean;
  allCaps: boolean;
  title: boolean;
  letter: boolean;
}

/** A memo of word infos; bounded by its owner (the model clears it when full). */
export type WordInfoCache = Map<string, WordInfo>;

/** The word info of one form, memoised in `cache` when given. */
export function wordInfo(word: string, cache?: WordInfoCache): WordInfo {
  const hit = cache?.get(word);
  if (hit) return hit;
  const norm = normaliseWord(word);
  const lower = lowerForm(norm);
  const ss = shortShape(norm);
  const info: WordInfo = {
    norm,
    lower,
    key: norm.toLowerCase(),
    ss,
    lowerH: hashString(lower),
    ssH: hashString(ss),
    gkey: gazKey(norm),
    cap: /^\p{Lu}/u.test(norm),
    allCaps: isAllCaps(norm),
    title: isTitle(norm),
    letter: /\p{L}/u.test(norm),
  };
  if (cache) {
    if (cache.size >= 100_000) cache.clear();
    cache.set(word, info);
  }
  return info;
}

/** The type-level features of one word at offset 0 (identity, lower case, shapes, affixes, flags). */
export function wordFeatures(raw: string): string[] {
  const w = normaliseWord(raw);
  const l = lowerForm(w);
  const f = ["w=" + w, "l=" + l, "s=" + wordShape(w), "ss=" + shortShape(w)];
  const n = l.length;
  for (let k = 1; k <= 4 && k < n; k++) f.push(`p${k}=${l.slice(0, k)}`);
  for (let k = 1; k <= 5 && k < n; k++) f.push(`x${k}=${l.slice(n - k)}`);
  if (/^\p{Lu}/u.test(w)) f.push("cap");
  if (isAllCaps(w)) f.push("caps");
  if (/[0-9]/.test(w)) f.push("digit");
  if (w.includes("-")) f.push("hyph");
  if (/^\p{Lu}\.$/u.test(w)) f.push("initial");
  if (/^(\p{L}\.){2,}$/u.test(w)) f.push("acronym.");
  // "US" and "U.S." share evidence: news outside Reuters rarely writes the dots.
  if (w.includes(".") && /\p{L}/u.test(w)) f.push("nd=" + l.replace(/\./g, ""));
  else if (/^\p{Lu}{2,5}$/u.test(w)) f.push("nd=" + l);
  if (!/[\p{L}\p{N}]/u.test(w)) f.push("punct");
  f.push("len=" + Math.min(n, 8));
  return f;
}

/** The type-level features of a neighbouring word (offset ±1, ±2): lower case and short shape. */
export function neighbourFeatures(raw: string, far: boolean): string[] {
  const w = normaliseWord(raw);
  const f = ["l=" + lowerForm(w), "ss=" + shortShape(w)];
  if (!far && w.length > 3) f.push("x3=" + w.slice(-3).toLowerCase());
  return f;
}

/** Keys of a word's own type features. */
export function wordKeys(raw: string): number[] {
  return wordFeatures(raw).map(hashString);
}

/** Keys of a word's type features as seen from a window position (prefix "-2", "-1", "+1", "+2"). */
export function neighbourKeys(raw: string, prefix: string, far: boolean): number[] {
  return neighbourFeatures(raw, far).map((f) => hashString(prefix + f));
}

/** The offsets of the context window and the prefix each offset puts on its features. */
export const WINDOW: readonly { offset: number; prefix: string; far: boolean }[] = [
  { offset: -2, prefix: "-2", far: true },
  { offset: -1, prefix: "-1", far: false },
  { offset: 1, prefix: "+1", far: false },
  { offset: 2, prefix: "+2", far: true },
];

/** Padding word before the sentence. */
export const BOS = "<s>";
/** Padding word after the sentence. */
export const EOS = "</s>";
const BOS_H = hashString(BOS);
const EOS_H = hashString(EOS);

// Template hashes of the per-token features (featureKey(template, ...parts) starts from these).
const T_BIAS = hashString("bias");
const T_BM = hashString("b-");
const T_BP = hashString("b+");
const T_SH3 = hashString("sh3");
const T_SHM = hashString("sh-");
const T_SHP = hashString("sh+");
const T_FIRST = hashString("first");
const T_FIRST_SS = hashString("first|");
const T_CAPSENT = hashString("capsent");
const T_CAPSENT_SS = hashString("capsent|");
const T_RN = hashString("rn");
const T_RL = hashString("rl");
const T_RF = hashString("rf");
const T_DC = hashString("dc");
const T_DC_WHERE = hashString("dc|");
const T_ACM = hashString("ac-");
const T_ACP = hashString("ac+");
const T_S1 = hashString("s1");
const T_S1M = hashString("s1-");
const T_S1P = hashString("s1+");
const T_PA = hashString("pa");
const T_PM = hashString("pm");
const T_PM_HOW = hashString("pm|");

/** Document-wide evidence about each word, computed once per document from its tokens. */
export interface DocContext {
  /** Lower-case keys seen in lower case away from sentence starts. */
  lowerSeen: Set<string>;
  /** Lower-case keys seen title-cased away from sentence starts and headlines. */
  titleMidSeen: Set<string>;
  /** Lower-case key of a capitalised word → hashes of the lower-case words seen before and after its occurrences. */
  neighbours: Map<string, { before: Set<number>; after: Set<number> }>;
}

/** Whether a sentence is a headline in capitals (most of its letters-bearing tokens all caps). */
export function isCapsSentence(words: readonly string[], cache?: WordInfoCache): boolean {
  let alpha = 0;
  let caps = 0;
  for (const w of words) {
    const info = wordInfo(w, cache);
    if (!info.letter) continue;
    alpha++;
    if (info.allCaps) caps++;
  }
  return alpha >= 2 && caps / alpha >= 0.8;
}

/** Collect the document-wide case evidence for every word of every sentence. */
export function docContext(sentences: readonly (readonly string[])[], cache?: WordInfoCache): DocContext {
  const lowerSeen = new Set<string>();
  const titleMidSeen = new Set<string>();
  const neighbours = new Map<string, { before: Set<number>; after: Set<number> }>();
  for (const words of sentences) {
    const caps = isCapsSentence(words, cache);
    const infos = words.map((w) => wordInfo(w, cache));
    for (let i = 0; i < words.length; i++) {
      const info = infos[i];
      if (!info.letter) continue;
      const key = info.key;
      if (!caps && info.cap) {
        let n = neighbours.get(key);
        if (!n) neighbours.set(key, (n = { before: new Set(), after: new Set() }));
        n.before.add(i > 0 ? infos[i - 1].lowerH : BOS_H);
        n.after.add(i + 1 < words.length ? infos[i + 1].lowerH : EOS_H);
      }
      if (i > 0 && info.norm === key) lowerSeen.add(key);
      else if (i > 0 && !caps && info.title && !/^["'(]$/.test(words[i - 1])) titleMidSeen.add(key);
    }
  }
  return { lowerSeen, titleMidSeen, neighbours };
}

/**
 * Gazetteer features of every token: category and position (B/I/L/U) of each match covering it,
 * alone and with the token's capitalisation; `near` gets the same without capitalisation, for the
 * neighbouring tokens' use (featureKey("g", category, pos), ("gc", category, pos, "C"|"c"), ("g-1"|"g+1", …)).
 */
export function gazetteerFeatures(gaz: Gazetteer, words: readonly string[], cache?: WordInfoCache): { own: number[][]; near: { category: string; pos: string }[][] } {
  const keys = words.map((w) => wordInfo(w, cache).gkey);
  const own: number[][] = words.map(() => []);
  const near: { category: string; pos: string }[][] = words.map(() => []);
  for (const m of matchGazetteer(gaz, keys)) {
    const single = m.end - m.start === 1;
    for (let i = m.start; i < m.end; i++) {
      const pos = single ? "U" : i === m.start ? "B" : i === m.end - 1 ? "L" : "I";
      const cap = wordInfo(words[i], cache).cap ? "C" : "c";
      own[i].push(featureKey("g", m.category, pos), featureKey("gc", m.category, pos, cap));
      near[i].push({ category: m.category, pos });
    }
  }
  return { own, near };
}

/** Lower-case words that may sit inside a capitalised name ("Bank of England", "Abu Bakr al Baghdadi"). */
const CONNECTORS = new Set(["of", "de", "del", "der", "van", "von", "la", "le", "du", "&", "al", "el", "bin", "ibn", "da", "di"]);

/**
 * Runs of capitalised words (with connectors inside): for each token in a run, its position and the
 * run's first and last word, so every word of "Lilac Falls Motel" sees the head "motel".
 */
export function capitalisedRuns(words: readonly string[], cache?: WordInfoCache): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const cap = words.map((w) => wordInfo(w, cache).cap);
  let i = 0;
  while (i < words.length) {
    if (!cap[i]) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < words.length && cap[end]) end++;
      else if (end + 1 < words.length && CONNECTORS.has(words[end].toLowerCase()) && cap[end + 1]) end += 2;
      else break;
    }
    runs.push({ start: i, end });
    i = end;
  }
  return runs;
}

/**
 * The per-token feature keys of one sentence that are not word-type features: bias, n-grams, shape
 * conjunctions, sentence position, capitalised runs, gazetteer matches and document-level evidence.
 */
export function tokenFeatures(
  words: readonly string[],
  gaz: Gazetteer | null,
  doc: DocContext,
  cache?: WordInfoCache,
): number[][] {
  const n = words.length;
  const infos = words.map((w) => wordInfo(w, cache));
  const gazFeats = gaz ? gazetteerFeatures(gaz, words, cache) : null;
  const caps = isCapsSentence(words, cache);
  const runOf: number[][] = words.map(() => []);
  if (!caps) {
    for (const r of capitalisedRuns(words, cache)) {
      const len = r.end - r.start;
      for (let i = r.start; i < r.end; i++) {
        const pos = len === 1 ? "U" : i === r.start ? "B" : i === r.end - 1 ? "L" : "I";
        runOf[i].push(mix(T_RN, hashString(`${Math.min(len, 4)}${pos}`)));
        if (len > 1) runOf[i].push(mix(T_RL, infos[r.end - 1].lowerH), mix(T_RF, infos[r.start].lowerH));
      }
    }
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    const prevL = i > 0 ? infos[i - 1].lowerH : BOS_H;
    const nextL = i + 1 < n ? infos[i + 1].lowerH : EOS_H;
    const prevS = i > 0 ? infos[i - 1].ssH : BOS_H;
    const nextS = i + 1 < n ? infos[i + 1].ssH : EOS_H;
    const f = [
      T_BIAS,
      mix(mix(T_BM, prevL), info.lowerH),
      mix(mix(T_BP, info.lowerH), nextL),
      mix(mix(mix(T_SH3, prevS), info.ssH), nextS),
      mix(mix(T_SHM, prevS), info.ssH),
      mix(mix(T_SHP, info.ssH), nextS),
    ];
    if (i === 0) f.push(T_FIRST, mix(T_FIRST_SS, info.ssH));
    for (const k of runOf[i]) f.push(k);
    if (caps) f.push(T_CAPSENT, mix(T_CAPSENT_SS, info.ssH));
    if (gazFeats) {
      for (const k of gazFeats.own[i]) f.push(k);
      if (i > 0) for (const g of gazFeats.near[i - 1]) f.push(featureKey("g-1", g.category, g.pos));
      if (i + 1 < n) for (const g of gazFeats.near[i + 1]) f.push(featureKey("g+1", g.category, g.pos));
    }
    if (info.cap) {
      const key = info.key;
      const evidence = `${doc.lowerSeen.has(key) ? "L" : "-"}${doc.titleMidSeen.has(key) ? "T" : "-"}`;
      const where = i === 0 ? "first" : caps || info.allCaps ? "caps" : "mid";
      const e = hashString(evidence);
      f.push(mix(T_DC, e), mix(mix(T_DC_WHERE, e), hashString(where)));
      // Context aggregation (Ratinov & Roth 2009): the neighbours of the word's other occurrences.
      const seen = doc.neighbours.get(key);
      if (seen && (seen.before.size > 1 || seen.after.size > 1)) {
        for (const b of seen.before) if (b !== prevL) f.push(mix(T_ACM, b));
        for (const a of seen.after) if (a !== nextL) f.push(mix(T_ACP, a));
      }
    }
    out.push(f);
  }
  return out;
}

/** First-pass entity types per lower-case key of a capitalised word, with counts, over a document. */
export type PredictedTypes = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Second-pass feature keys of one sentence: the first pass's labels of the token and its
 * neighbours (stacking), and the entity types the first pass gave the same word across the document.
 */
export function secondPassFeatures(words: readonly string[], labels: readonly string[], predicted: PredictedTypes, cache?: WordInfoCache): number[][] {
  return words.map((raw, i) => {
    const f = [
      mix(T_S1, hashString(labels[i])),
      mix(T_S1M, i > 0 ? hashString(labels[i - 1]) : BOS_H),
      mix(T_S1P, i + 1 < words.length ? hashString(labels[i + 1]) : EOS_H),
    ];
    const info = wordInfo(raw, cache);
    if (!info.cap) return f;
    const seen = predicted.get(info.key);
    if (!seen) return f;
    let best = "";
    let bestCount = 0;
    let total = 0;
    for (const [type, count] of seen) {
      total += count;
      if (type !== "O") f.push(mix(T_PA, hashString(type)));
      if (count > bestCount) [best, bestCount] = [type, count];
    }
    const b = hashString(best);
    f.push(mix(T_PM, b), mix(mix(T_PM_HOW, b), hashString(bestCount === total ? "all" : "most")));
    return f;
  });
}

// Feature extraction for the NER tagger. Features are strings; the model maps them to weights.
// Word-type features (identity, shape, affixes) depend on the token alone and are cached per word;
// the rest (n-grams, sentence position, gazetteer matches, document-level evidence) per token.
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
  const info: WordInfo = {
    norm,
    lower: lowerForm(norm),
    key: norm.toLowerCase(),
    ss: shortShape(norm),
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

/** The offsets of the context window and the prefix each offset puts on its features. */
export const WINDOW: readonly { offset: number; prefix: string; far: boolean }[] = [
  { offset: -2, prefix: "-2", far: true },
  { offset: -1, prefix: "-1", far: false },
  { offset: 1, prefix: "+1", far: false },
  { offset: 2, prefix: "+2", far: true },
];

/** Padding words outside the sentence. */
export const BOS = "<s>";
export const EOS = "</s>";

/** Document-wide evidence about each word, computed once per document from its tokens. */
export interface DocContext {
  /** Lower-case keys seen in lower case away from sentence starts. */
  lowerSeen: Set<string>;
  /** Lower-case keys seen title-cased away from sentence starts and headlines. */
  titleMidSeen: Set<string>;
  /** Lower-case key of a capitalised word → the lower-case words seen before and after its occurrences. */
  neighbours: Map<string, { before: Set<string>; after: Set<string> }>;
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
  const neighbours = new Map<string, { before: Set<string>; after: Set<string> }>();
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
        n.before.add(i > 0 ? infos[i - 1].lower : BOS);
        n.after.add(i + 1 < words.length ? infos[i + 1].lower : EOS);
      }
      if (i > 0 && info.norm === key) lowerSeen.add(key);
      else if (i > 0 && !caps && info.title && !/^["'(]$/.test(words[i - 1])) titleMidSeen.add(key);
    }
  }
  return { lowerSeen, titleMidSeen, neighbours };
}

/** Gazetteer features of every token: category and position (B/I/L/U) of each match covering it. */
export function gazetteerFeatures(gaz: Gazetteer, words: readonly string[], cache?: WordInfoCache): string[][] {
  const keys = words.map((w) => wordInfo(w, cache).gkey);
  const out: string[][] = words.map(() => []);
  for (const m of matchGazetteer(gaz, keys)) {
    const single = m.end - m.start === 1;
    for (let i = m.start; i < m.end; i++) {
      const pos = single ? "U" : i === m.start ? "B" : i === m.end - 1 ? "L" : "I";
      const cap = wordInfo(words[i], cache).cap ? "C" : "c";
      out[i].push(`g${m.category}${pos}`, `g${m.category}${pos}${cap}`);
    }
  }
  return out;
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
 * The per-token features of one sentence that are not word-type features: bias, n-grams, shape
 * conjunctions, sentence position, gazetteer matches and document-level evidence.
 */
export function tokenFeatures(
  words: readonly string[],
  gaz: Gazetteer | null,
  doc: DocContext,
  cache?: WordInfoCache,
): string[][] {
  const n = words.length;
  const infos = words.map((w) => wordInfo(w, cache));
  const lower = infos.map((x) => x.lower);
  const ss = infos.map((x) => x.ss);
  const gazFeats = gaz ? gazetteerFeatures(gaz, words, cache) : null;
  const caps = isCapsSentence(words, cache);
  const runOf: string[][] = words.map(() => []);
  if (!caps) {
    for (const r of capitalisedRuns(words, cache)) {
      const len = r.end - r.start;
      for (let i = r.start; i < r.end; i++) {
        const pos = len === 1 ? "U" : i === r.start ? "B" : i === r.end - 1 ? "L" : "I";
        runOf[i].push(`rn=${Math.min(len, 4)}${pos}`);
        if (len > 1) runOf[i].push(`rl=${lower[r.end - 1]}`, `rf=${lower[r.start]}`);
      }
    }
  }
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const prevL = i > 0 ? lower[i - 1] : BOS;
    const nextL = i + 1 < n ? lower[i + 1] : EOS;
    const prevS = i > 0 ? ss[i - 1] : BOS;
    const nextS = i + 1 < n ? ss[i + 1] : EOS;
    const f = [
      "bias",
      `b-=${prevL}|${lower[i]}`,
      `b+=${lower[i]}|${nextL}`,
      `sh3=${prevS}|${ss[i]}|${nextS}`,
      `sh-=${prevS}|${ss[i]}`,
      `sh+=${ss[i]}|${nextS}`,
    ];
    if (i === 0) f.push("first", `first|${ss[i]}`);
    f.push(...runOf[i]);
    if (caps) f.push("capsent", `capsent|${ss[i]}`);
    if (gazFeats) {
      f.push(...gazFeats[i]);
      if (i > 0) for (const g of gazFeats[i - 1]) if (g.length && g[g.length - 1] !== "C" && g[g.length - 1] !== "c") f.push("-1" + g);
      if (i + 1 < n) for (const g of gazFeats[i + 1]) if (g[g.length - 1] !== "C" && g[g.length - 1] !== "c") f.push("+1" + g);
    }
    const info = infos[i];
    if (info.cap) {
      const key = info.key;
      const evidence = `${doc.lowerSeen.has(key) ? "L" : "-"}${doc.titleMidSeen.has(key) ? "T" : "-"}`;
      const where = i === 0 ? "first" : caps || info.allCaps ? "caps" : "mid";
      f.push(`dc=${evidence}`, `dc=${evidence}|${where}`);
      // Context aggregation (Ratinov & Roth 2009): the neighbours of the word's other occurrences.
      const seen = doc.neighbours.get(key);
      if (seen && (seen.before.size > 1 || seen.after.size > 1)) {
        for (const b of seen.before) if (b !== prevL) f.push(`ac-=${b}`);
        for (const a of seen.after) if (a !== nextL) f.push(`ac+=${a}`);
      }
    }
    out.push(f);
  }
  return out;
}

/** First-pass entity types per lower-case key of a capitalised word, with counts, over a document. */
export type PredictedTypes = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Second-pass features of one sentence: the first pass's labels of the token and its neighbours
 * (stacking), and the entity types the first pass gave the same word across the document.
 */
export function secondPassFeatures(words: readonly string[], labels: readonly string[], predicted: PredictedTypes, cache?: WordInfoCache): string[][] {
  return words.map((raw, i) => {
    const f = [`s1=${labels[i]}`, `s1-=${i > 0 ? labels[i - 1] : BOS}`, `s1+=${i + 1 < words.length ? labels[i + 1] : EOS}`];
    const info = wordInfo(raw, cache);
    if (!info.cap) return f;
    const seen = predicted.get(info.key);
    if (!seen) return f;
    let best = "";
    let bestCount = 0;
    let total = 0;
    for (const [type, count] of seen) {
      total += count;
      if (type !== "O") f.push(`pa=${type}`);
      if (count > bestCount) [best, bestCount] = [type, count];
    }
    f.push(`pm=${best}`, `pm=${best}|${bestCount === total ? "all" : "most"}`);
    return f;
  });
}

// Feature extraction for the NER tagger. Word-type features (identity, shape, affixes) depend on
// the token alone: they are readable strings, hashed once per word form. The rest (n-grams,
// sentence position, gazetteer matches, document-level evidence) are built per token directly as
// numeric keys from the parts' hashes (see feature-keys.ts), equal to `featureKey(template, ...parts)`.
import { featureKey, hashFinish, hashMore, hashString, HASH_START, mix, TokenBuffer } from "./feature-keys.js";
import { gazKey, matchGazetteer, tokenEntry, type Gazetteer, type TokenEntry } from "./gazetteer.js";

/** Token forms normalised for features: curly quotes straightened, so wink's "’s" matches CoNLL's "'s". */
export function normaliseWord(word: string): string {
  // Every replaced character is at or above U+02BC: most words have none, and a scan is cheaper than three regexes.
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 0x2bc) return word.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, "-");
  }
  return word;
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
  return collapseRuns(wordShape(word));
}

function collapseRuns(long: string): string {
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
  /**
   * First mixing step of each n-gram key whose first part is this word, done once per form rather
   * than once per token (see `addTokenKeys`): mix(T_BM, lowerH), mix(T_BP, lowerH), and
   * mix(T_SH3 | T_SHM | T_SHP, ssH), named for their templates "b-", "b+", "sh3", "sh-", "sh+".
   */
  opensBm: number;
  opensBp: number;
  opensSh3: number;
  opensShm: number;
  opensShp: number;
  /** Gazetteer key. */
  gkey: string;
  /** Starts with a capital. */
  cap: boolean;
  allCaps: boolean;
  title: boolean;
  letter: boolean;
  /** Memo of `tokenEntry(gazetteer, gkey)` for the last gazetteer asked (see `gazetteerEntry`). */
  gazetteer: Gazetteer | null;
  entry: TokenEntry | null;
  /**
   * Memo slot of the tagger that owns the cache this info lives in: where the word's summed
   * word-type weights sit in its work table (-1: none), valid while `vectorsOf` equals the table's
   * generation (-1: never asked), so one cache lookup per token serves both memos.
   */
  vectors: number;
  vectorsOf: number;
  /** The last `documentContext` call that saw the word in lower case (see there). */
  lowerIn: number;
}

/** The gazetteer's entry for a word, memoised on its info: most words recur, and the phrase table is large. */
function gazetteerEntry(info: WordInfo, gaz: Gazetteer): TokenEntry {
  if (info.gazetteer !== gaz || !info.entry) {
    info.gazetteer = gaz;
    info.entry = tokenEntry(gaz, info.gkey);
  }
  return info.entry;
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
  const lowerH = hashString(lower);
  const ssH = hashString(ss);
  const info: WordInfo = {
    norm,
    lower,
    key: norm.toLowerCase(),
    ss,
    lowerH,
    ssH,
    opensBm: mix(T_BM, lowerH),
    opensBp: mix(T_BP, lowerH),
    opensSh3: mix(T_SH3, ssH),
    opensShm: mix(T_SHM, ssH),
    opensShp: mix(T_SHP, ssH),
    gkey: gazKey(norm),
    cap: /^\p{Lu}/u.test(norm),
    allCaps: isAllCaps(norm),
    title: isTitle(norm),
    letter: /\p{L}/u.test(norm),
    gazetteer: null,
    entry: null,
    vectors: -1,
    vectorsOf: -1,
    lowerIn: 0,
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

// Hash states of the word-type feature templates, for `typeKeys`.
const HW = hashMore(HASH_START, "w=");
const HL = hashMore(HASH_START, "l=");
const HS = hashMore(HASH_START, "s=");
const HSS = hashMore(HASH_START, "ss=");
const HND = hashMore(HASH_START, "nd=");
const HP = [1, 2, 3, 4].map((k) => hashMore(HASH_START, `p${k}=`));
const HX = [1, 2, 3, 4, 5].map((k) => hashMore(HASH_START, `x${k}=`));
const LEN_KEYS = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => hashString(`len=${n}`));
const [K_CAP, K_CAPS, K_DIGIT, K_HYPH, K_INITIAL, K_ACRONYM, K_PUNCT] = ["cap", "caps", "digit", "hyph", "initial", "acronym.", "punct"].map(hashString);
const WINDOW_HASHES = WINDOW.map(({ prefix }) => ({
  l: hashMore(HASH_START, prefix + "l="),
  ss: hashMore(HASH_START, prefix + "ss="),
  x3: hashMore(HASH_START, prefix + "x3="),
}));

/**
 * The keys of a word's type features: [wordKeys(raw), then neighbourKeys(raw, prefix, far) for each
 * WINDOW entry], in the same order, but hashed straight from the word's parts: the word is
 * normalised and shaped once rather than five times, and no feature string is built.
 */
export function typeKeys(raw: string): number[][] {
  const w = normaliseWord(raw);
  const l = lowerForm(w);
  const shape = wordShape(w);
  const ss = collapseRuns(shape);
  const n = l.length;
  const lowerState = hashMore(HL, l);
  const own = [hashFinish(hashMore(HW, w)), hashFinish(lowerState), hashFinish(hashMore(HS, shape)), hashFinish(hashMore(HSS, ss))];
  for (let k = 1; k <= 4 && k < n; k++) own.push(hashFinish(hashMore(HP[k - 1], l, 0, k)));
  for (let k = 1; k <= 5 && k < n; k++) own.push(hashFinish(hashMore(HX[k - 1], l, n - k, n)));
  if (/^\p{Lu}/u.test(w)) own.push(K_CAP);
  if (isAllCaps(w)) own.push(K_CAPS);
  if (/[0-9]/.test(w)) own.push(K_DIGIT);
  if (w.includes("-")) own.push(K_HYPH);
  if (/^\p{Lu}\.$/u.test(w)) own.push(K_INITIAL);
  if (/^(\p{L}\.){2,}$/u.test(w)) own.push(K_ACRONYM);
  if (w.includes(".") && /\p{L}/u.test(w)) own.push(hashFinish(hashMore(HND, l.replace(/\./g, ""))));
  else if (/^\p{Lu}{2,5}$/u.test(w)) own.push(hashFinish(hashMore(HND, l)));
  if (!/[\p{L}\p{N}]/u.test(w)) own.push(K_PUNCT);
  own.push(LEN_KEYS[Math.min(n, 8)]);
  const out = [own];
  const x3 = w.length > 3 ? w.slice(-3).toLowerCase() : "";
  WINDOW.forEach(({ far }, k) => {
    const h = WINDOW_HASHES[k];
    const keys = [hashFinish(hashMore(h.l, l)), hashFinish(hashMore(h.ss, ss))];
    if (!far && w.length > 3) keys.push(hashFinish(hashMore(h.x3, x3)));
    out.push(keys);
  });
  return out;
}

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
const H_ALL = hashString("all");
const H_MOST = hashString("most");
// `WordInfo.opens*` of the sentence start, the first part of its first token's "b-", "sh3" and "sh-" keys.
const BOS_OPENS_BM = mix(T_BM, BOS_H);
const BOS_OPENS_SH3 = mix(T_SH3, BOS_H);
const BOS_OPENS_SHM = mix(T_SHM, BOS_H);

/** Positions inside a span, as features name them; index = `spanPosition(...)`. */
const POSITIONS = ["U", "B", "I", "L"] as const;

/** Index into POSITIONS of token i in the span [start, end). */
function spanPosition(i: number, start: number, end: number): number {
  return end - start === 1 ? 0 : i === start ? 1 : i === end - 1 ? 3 : 2;
}

// Keys of the capitalised-run features by min(length, 4) and position: featureKey("rn", `${len}${pos}`).
const RUN_KEYS: readonly (readonly number[])[] = [1, 2, 3, 4].map((len) => POSITIONS.map((pos) => mix(T_RN, hashString(`${len}${pos}`))));

// Keys of the document-case features by evidence (bit 1: seen in lower case, bit 2: title-cased mid
// sentence): featureKey("dc", evidence), and by where the token is: featureKey("dc|", evidence, where).
const WHERE = ["first", "caps", "mid"] as const;
const DC_KEYS = [0, 1, 2, 3].map((bits) => {
  const e = hashString(`${bits & 1 ? "L" : "-"}${bits & 2 ? "T" : "-"}`);
  return { dc: mix(T_DC, e), where: WHERE.map((w) => mix(mix(T_DC_WHERE, e), hashString(w))) };
});

/** Gazetteer feature keys of one category, per position (indexed like POSITIONS). */
interface GazetteerKeys {
  /** featureKey("g", category, pos) */
  own: number[];
  /** featureKey("gc", category, pos, "C") and ("gc", category, pos, "c") */
  capital: number[];
  lower: number[];
  /** featureKey("g-1", category, pos) and ("g+1", category, pos) */
  before: number[];
  after: number[];
}

/** Memo of `gazetteerKeys` (a pure function of the category name; categories are few). */
const gazetteerKeyMemo = new Map<string, GazetteerKeys>();

function gazetteerKeys(category: string): GazetteerKeys {
  let keys = gazetteerKeyMemo.get(category);
  if (!keys) {
    keys = {
      own: POSITIONS.map((pos) => featureKey("g", category, pos)),
      capital: POSITIONS.map((pos) => featureKey("gc", category, pos, "C")),
      lower: POSITIONS.map((pos) => featureKey("gc", category, pos, "c")),
      before: POSITIONS.map((pos) => featureKey("g-1", category, pos)),
      after: POSITIONS.map((pos) => featureKey("g+1", category, pos)),
    };
    gazetteerKeyMemo.set(category, keys);
  }
  return keys;
}

/** Document-wide evidence about each word, computed once per document from its tokens. */
export interface DocContext {
  /** Lower-case keys seen in lower case away from sentence starts. */
  lowerSeen: Set<string>;
  /** Lower-case keys seen title-cased away from sentence starts and headlines. */
  titleMidSeen: Set<string>;
  /** Lower-case key of a capitalised word → hashes of the lower-case words seen before and after its occurrences. */
  neighbours: Map<string, { before: Set<number>; after: Set<number> }>;
}

/** One sentence prepared for feature extraction: its words, their infos and whether it is a capitalised headline. */
export interface SentenceInfo {
  words: readonly string[];
  infos: readonly WordInfo[];
  caps: boolean;
}

/** Word infos of a sentence, and whether it is a headline in capitals (see `isCapsSentence`). */
export function sentenceInfo(words: readonly string[], cache?: WordInfoCache): SentenceInfo {
  const infos = words.map((w) => wordInfo(w, cache));
  return { words, infos, caps: capsHeadline(infos) };
}

function capsHeadline(infos: readonly WordInfo[]): boolean {
  let alpha = 0;
  let caps = 0;
  for (const info of infos) {
    if (!info.letter) continue;
    alpha++;
    if (info.allCaps) caps++;
  }
  return alpha >= 2 && caps / alpha >= 0.8;
}

/** Whether a sentence is a headline in capitals (most of its letters-bearing tokens all caps). */
export function isCapsSentence(words: readonly string[], cache?: WordInfoCache): boolean {
  return capsHeadline(words.map((w) => wordInfo(w, cache)));
}

/** Collect the document-wide case evidence for every word of every sentence. */
export function docContext(sentences: readonly (readonly string[])[], cache?: WordInfoCache): DocContext {
  return documentContext(sentences.map((words) => sentenceInfo(words, cache)));
}

/** Calls of `documentContext` so far: each stamps the word infos it has seen in lower case. */
let contexts = 0;

/** `docContext` over sentences already prepared with `sentenceInfo`. */
export function documentContext(sentences: readonly SentenceInfo[]): DocContext {
  const stamp = ++contexts;
  const lowerSeen = new Set<string>();
  const titleMidSeen = new Set<string>();
  const neighbours = new Map<string, { before: Set<number>; after: Set<number> }>();
  for (const { words, infos, caps } of sentences) {
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
      if (i > 0 && info.norm === key) {
        // A word recurs: add it once per document (the Set would ignore the repeats anyway).
        if (info.lowerIn !== stamp) {
          info.lowerIn = stamp;
          lowerSeen.add(key);
        }
      } else if (i > 0 && !caps && info.title && !/^["'(]$/.test(words[i - 1])) titleMidSeen.add(key);
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
  return runsOf(words, words.map((w) => wordInfo(w, cache)));
}

function runsOf(words: readonly string[], infos: readonly WordInfo[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < words.length) {
    if (!infos[i].cap) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < words.length && infos[end].cap) end++;
      else if (end + 1 < words.length && CONNECTORS.has(words[end].toLowerCase()) && infos[end + 1].cap) end += 2;
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
  const out = new TokenBuffer();
  addTokenKeys(sentenceInfo(words, cache), gaz, doc, out);
  return out.toArrays();
}

/** A gazetteer match with its category's feature keys. */
interface KeyedMatch {
  start: number;
  end: number;
  keys: GazetteerKeys;
}

/** `tokenFeatures` of a prepared sentence, appended to `out` token by token (in the same order). */
export function addTokenKeys(sentence: SentenceInfo, gaz: Gazetteer | null, doc: DocContext, out: TokenBuffer): void {
  const { words, infos, caps } = sentence;
  const n = words.length;
  const matches: KeyedMatch[] = gaz
    ? matchGazetteer(
        gaz,
        infos.map((info) => info.gkey),
        infos.map((info) => gazetteerEntry(info, gaz)),
      ).map((m) => ({ start: m.start, end: m.end, keys: gazetteerKeys(m.category) }))
    : [];
  const runs = caps ? [] : runsOf(words, infos);
  let run = 0;
  let live = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    const prev = i > 0 ? infos[i - 1] : null;
    const prevL = prev ? prev.lowerH : BOS_H;
    const nextL = i + 1 < n ? infos[i + 1].lowerH : EOS_H;
    const nextS = i + 1 < n ? infos[i + 1].ssH : EOS_H;
    // featureKey("b-", prev, word), ("b+", word, next), ("sh3", prev, word, next), ("sh-", prev, word), ("sh+", word, next).
    out.push(T_BIAS);
    out.push(mix(prev ? prev.opensBm : BOS_OPENS_BM, info.lowerH));
    out.push(mix(info.opensBp, nextL));
    out.push(mix(mix(prev ? prev.opensSh3 : BOS_OPENS_SH3, info.ssH), nextS));
    out.push(mix(prev ? prev.opensShm : BOS_OPENS_SHM, info.ssH));
    out.push(mix(info.opensShp, nextS));
    if (i === 0) {
      out.push(T_FIRST);
      out.push(mix(T_FIRST_SS, info.ssH));
    }
    while (run < runs.length && runs[run].end <= i) run++;
    if (run < runs.length && runs[run].start <= i) {
      const { start, end } = runs[run];
      out.push(RUN_KEYS[Math.min(end - start, 4) - 1][spanPosition(i, start, end)]);
      if (end - start > 1) {
        out.push(mix(T_RL, infos[end - 1].lowerH));
        out.push(mix(T_RF, infos[start].lowerH));
      }
    }
    if (caps) {
      out.push(T_CAPSENT);
      out.push(mix(T_CAPSENT_SS, info.ssH));
    }
    if (matches.length > 0) {
      // Matches are sorted by start: those before `live` ended before token i - 1 and cover none of i - 1, i, i + 1.
      while (live < matches.length && matches[live].end <= i - 1) live++;
      for (let k = live; k < matches.length; k++) {
        const m = matches[k];
        if (m.start > i) break;
        if (i >= m.end) continue;
        const pos = spanPosition(i, m.start, m.end);
        out.push(m.keys.own[pos]);
        out.push(info.cap ? m.keys.capital[pos] : m.keys.lower[pos]);
      }
      if (i > 0) addNearGazetteerKeys(matches, live, i - 1, "before", out);
      if (i + 1 < n) addNearGazetteerKeys(matches, live, i + 1, "after", out);
    }
    if (info.cap) {
      const key = info.key;
      const dc = DC_KEYS[(doc.lowerSeen.has(key) ? 1 : 0) | (doc.titleMidSeen.has(key) ? 2 : 0)];
      out.push(dc.dc);
      out.push(dc.where[i === 0 ? 0 : caps || info.allCaps ? 1 : 2]);
      // Context aggregation (Ratinov & Roth 2009): the neighbours of the word's other occurrences.
      const seen = doc.neighbours.get(key);
      if (seen && (seen.before.size > 1 || seen.after.size > 1)) {
        for (const b of seen.before) if (b !== prevL) out.push(mix(T_ACM, b));
        for (const a of seen.after) if (a !== nextL) out.push(mix(T_ACP, a));
      }
    }
    out.endToken();
  }
}

/** The keys a token gets from the gazetteer matches covering its neighbour j (matches sorted by start). */
function addNearGazetteerKeys(matches: readonly KeyedMatch[], from: number, j: number, side: "before" | "after", out: TokenBuffer): void {
  for (let k = from; k < matches.length; k++) {
    const m = matches[k];
    if (m.start > j) break;
    if (j < m.end) out.push(m.keys[side][spanPosition(j, m.start, m.end)]);
  }
}

/** First-pass entity types per lower-case key of a capitalised word, with counts, over a document. */
export type PredictedTypes = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Second-pass feature keys of one sentence: the first pass's labels of the token and its
 * neighbours (stacking), and the entity types the first pass gave the same word across the document.
 */
export function secondPassFeatures(words: readonly string[], labels: readonly string[], predicted: PredictedTypes, cache?: WordInfoCache): number[][] {
  const out = new TokenBuffer();
  addSecondPassKeys(sentenceInfo(words, cache), labels.map((_, i) => i), labels.map(hashString), predicted, out);
  return out.toArrays();
}

/**
 * `secondPassFeatures` of a prepared sentence appended to `out`, with the labels given as indices
 * into `labelHashes` (the hashed label names).
 */
export function addSecondPassKeys(
  sentence: SentenceInfo,
  labels: ArrayLike<number>,
  labelHashes: ArrayLike<number>,
  predicted: PredictedTypes,
  out: TokenBuffer,
): void {
  const { infos } = sentence;
  const n = infos.length;
  for (let i = 0; i < n; i++) {
    out.push(mix(T_S1, labelHashes[labels[i]]));
    out.push(mix(T_S1M, i > 0 ? labelHashes[labels[i - 1]] : BOS_H));
    out.push(mix(T_S1P, i + 1 < n ? labelHashes[labels[i + 1]] : EOS_H));
    const info = infos[i];
    const seen = info.cap ? predicted.get(info.key) : undefined;
    if (seen) {
      let best = "";
      let bestCount = 0;
      let total = 0;
      for (const [type, count] of seen) {
        total += count;
        if (type !== "O") out.push(mix(T_PA, hashString(type)));
        if (count > bestCount) [best, bestCount] = [type, count];
      }
      const b = hashString(best);
      out.push(mix(T_PM, b));
      out.push(mix(mix(T_PM_HOW, b), bestCount === total ? H_ALL : H_MOST));
    }
    out.endToken();
  }
}

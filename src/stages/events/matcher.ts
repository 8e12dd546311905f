// Matching compiled CAMEO verb patterns against a predication's words. Elements before the verb
// match the words before it in the clause, elements after it the words after it (for a passive,
// the patient comes first, as the object would in the active sentence). Other words may sit between
// elements unless an element is marked adjacent. Actor slots ($, +, %) match noun phrases that
// name a coded actor; ^ matches any noun phrase.
import { tokenKey, type PatternElement, type VerbIndex, type VerbPattern } from "../../resources/index.js";

/** One word of a matching region. */
export interface RegionWord {
  key: string;
  lemma: string;
  /** Index of the noun phrase (in the sentence's chunk list) the word belongs to, or -1. */
  np: number;
  /** Whether the noun phrase names a coded actor. */
  actor: boolean;
}

export interface PatternBinding {
  source: number | null;
  target: number | null;
  compound: number | null;
}

export interface PatternMatch {
  pattern: VerbPattern;
  binding: PatternBinding;
  /** How specific the match is: literal words, synsets and prepositions matched. */
  score: number;
}

function isInflection(stem: string, suffix: string): boolean {
  if (suffix === "s" || suffix === "ing" || suffix === "ed") return true;
  if (suffix === "es") return /(s|x|z|ch|sh|o)$/.test(stem);
  if (suffix === "d") return stem.endsWith("e");
  return false;
}

function wordMatches(words: readonly string[], w: RegionWord): boolean {
  for (const x of words) {
    if (x === w.key || x === w.lemma) return true;
    // Dictionary words are mostly singular; plurals and simple inflections still match ("talks",
    // "crises"/"boxes" after s/x/z/ch/sh, "approved" after e), but "planes" is not a form of "plan".
    if (w.key.length > x.length && w.key.startsWith(x) && isInflection(x, w.key.slice(x.length))) return true;
  }
  return false;
}

/**
 * How much each matched element says about the event: a literal word most, a bare preposition
 * ("* (TO)") less, an actor slot least. The most specific matching pattern wins.
 */
const WEIGHT = { word: 1, synset: 0.9, prep: 0.75, actor: 0.5 } as const;

interface State {
  binding: PatternBinding;
  score: number;
}

/** Try to match `elements` in `region` starting at `from`; calls `done` for every way it matches. */
function matchSeq(
  elements: readonly PatternElement[],
  ei: number,
  region: readonly RegionWord[],
  from: number,
  state: State,
  index: VerbIndex,
  done: (end: number, state: State) => boolean,
): boolean {
  if (ei === elements.length) return done(from, state);
  const el = elements[ei];
  const last = el.adjacent ? Math.min(from, region.length - 1) : region.length - 1;
  for (let j = from; j <= last; j++) {
    const tried = matchOne(el, region, j, state, index, (end, next) => matchSeq(elements, ei + 1, region, end, next, index, done));
    if (tried) return true;
  }
  return false;
}

function npEnd(region: readonly RegionWord[], j: number): number {
  const np = region[j].np;
  let k = j;
  while (k < region.length && region[k].np === np) k++;
  return k;
}

function matchOne(
  el: PatternElement,
  region: readonly RegionWord[],
  j: number,
  state: State,
  index: VerbIndex,
  next: (end: number, state: State) => boolean,
): boolean {
  const w = region[j];
  if (!w) return false;
  switch (el.kind) {
    case "verb":
      return next(j, state);
    case "word":
      return wordMatches(el.words, w) && next(j + 1, { ...state, score: state.score + WEIGHT.word });
    case "synset": {
      const matcher = index.synsetMatcher(el.name);
      if (!matcher) return false;
      const m = matcher.matchAt(keysOf(region), j);
      const singular = !m && w.key.endsWith("s") ? matcher.matchAt([w.key.slice(0, -1)], 0) : null;
      if (m) return next(m.end, { ...state, score: state.score + WEIGHT.synset });
      if (singular) return next(j + 1, { ...state, score: state.score + WEIGHT.synset });
      return false;
    }
    case "source":
    case "target":
    case "compound": {
      if (w.np < 0 || !w.actor || (j > 0 && region[j - 1].np === w.np)) return false;
      const binding = { ...state.binding, [el.kind]: w.np };
      return next(npEnd(region, j), { binding, score: state.score + WEIGHT.actor });
    }
    case "skip":
      if (w.np < 0 || (j > 0 && region[j - 1].np === w.np)) return false;
      return next(npEnd(region, j), state);
    case "phrase":
      // A noun phrase: its words in order within one phrase.
      if (w.np < 0) return false;
      return matchSeq(el.elements, 0, region.slice(0, npEnd(region, j)), j, state, index, next);
    case "prep": {
      if (!el.prepositions.includes(w.key)) return false;
      const after = { ...state, score: state.score + WEIGHT.prep };
      if (el.elements.length === 0) return next(j + 1, after);
      return matchSeq(el.elements, 0, region, j + 1, after, index, next);
    }
  }
}

/** Token keys of a region, computed once per region array. */
const regionKeys = new WeakMap<readonly RegionWord[], string[]>();
function keysOf(region: readonly RegionWord[]): string[] {
  let keys = regionKeys.get(region);
  if (!keys) regionKeys.set(region, (keys = region.map((r) => r.key)));
  return keys;
}

/** The literal words a pattern needs (each element: its alternatives), computed once per pattern. */
const requiredWords = new WeakMap<VerbPattern, string[][]>();
function wordsOfPattern(pattern: VerbPattern): string[][] {
  let words = requiredWords.get(pattern);
  if (!words) {
    words = [];
    const walk = (elements: readonly PatternElement[]) => {
      for (const e of elements) {
        if (e.kind === "word") words!.push(e.words);
        else if (e.kind === "phrase" || e.kind === "prep") walk(e.elements);
      }
    };
    walk(pattern.elements);
    requiredWords.set(pattern, words);
  }
  return words;
}

/** Every form a pattern word may take to match a region word (see wordMatches): key, lemma, key without an inflection. */
function regionForms(...regions: (readonly RegionWord[])[]): Set<string> {
  const forms = new Set<string>();
  for (const region of regions) {
    for (const w of region) {
      forms.add(w.key);
      forms.add(w.lemma);
      for (const suffix of ["s", "es", "ed", "d", "ing"]) {
        const stem = w.key.slice(0, -suffix.length);
        if (w.key.length > suffix.length && w.key.endsWith(suffix) && isInflection(stem, suffix)) forms.add(stem);
      }
    }
  }
  return forms;
}

/** The most specific pattern of a block that matches, or null. */
export function matchPatterns(
  patterns: readonly VerbPattern[],
  before: readonly RegionWord[],
  after: readonly RegionWord[],
  index: VerbIndex,
): PatternMatch | null {
  let best: PatternMatch | null = null;
  // A pattern whose literal words do not all occur in the regions cannot match: skip it without search.
  const forms = regionForms(before, after);
  for (const pattern of patterns) {
    if (!wordsOfPattern(pattern).every((alternatives) => alternatives.some((w) => forms.has(w)))) continue;
    const v = pattern.elements.findIndex((e) => e.kind === "verb");
    if (v < 0) continue;
    const pre = pattern.elements.slice(0, v);
    const post = pattern.elements.slice(v + 1);
    let found: State | null = null;
    const start: State = { binding: { source: null, target: null, compound: null }, score: 0 };
    // "RECENTLY_*": a verb joined to the word before it must follow that word directly ("recently did
    // allow" does not match).
    const joined = pattern.elements[v].adjacent === true && v > 0;
    matchSeq(pre, 0, before, 0, start, index, (end, preState) =>
      (joined && end !== before.length) ? false : matchSeq(post, 0, after, 0, preState, index, (_end2, postState) => {
        found = postState;
        return true;
      }),
    );
    const f = found as State | null;
    if (f && f.score > 0 && (!best || f.score > best.score)) best = { pattern, binding: f.binding, score: f.score };
  }
  return best;
}

/** Region words from raw token texts (for tests and callers without chunks). */
export function plainRegion(words: readonly string[]): RegionWord[] {
  return words.map((w) => ({ key: tokenKey(w), lemma: tokenKey(w), np: -1, actor: false }));
}

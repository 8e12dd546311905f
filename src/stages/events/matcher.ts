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
  /**
   * Whether the word only looks like a preposition to the patterns: the "to" of an infinitive, or the
   * preposition of a time adverbial ("called Macron on Tuesday" is no "* (ON)" appeal).
   */
  notPreposition?: boolean;
  /** Whether the word is in a phrase after a preposition of place ("arrested in the city"): no synset of places matches it (see PLACE_SYNSETS). */
  inPlacePhrase?: boolean;
  /** Whether the word is in a phrase that only says amid what the act happened ("during protests"): only a pattern's own preposition reaches it. */
  inCircumstance?: boolean;
  /** Whether the word heads a phrase naming people by a machine's name ("a suicide bomber"): no synset of machines matches it. */
  personNoun?: boolean;
  /** Forms a pattern word may take to match this word, filled in by the matcher on first use (key and lemma must not change after). */
  forms?: readonly string[];
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
 * ("* (TO)") less, an actor slot least; the most specific matching pattern wins. A word or synset
 * member heading the verb's object counts more (focus): what is done to the object names the event
 * ("withdrew its ambassador from Moscow" is "* AMBASSADOR", 161, before "* FROM +", a military
 * withdrawal).
 */
const WEIGHT = { word: 1, synset: 0.9, prep: 0.75, actor: 0.5, focus: 0.6 } as const;

/** What a match reads besides the regions: the verb index (synsets) and the object's head word. */
interface MatchContext {
  index: VerbIndex;
  focus: RegionWord | null;
  /** Inside a pattern's preposition, whose phrase it may match whatever the phrase says. */
  inPreposition?: boolean;
}

interface State {
  binding: PatternBinding;
  score: number;
}

/**
 * Try to match `elements` in `region` (its first `limit` words) starting at `from`; calls `done` for
 * every way it matches.
 */
function matchSeq(
  elements: readonly PatternElement[],
  ei: number,
  region: readonly RegionWord[],
  limit: number,
  from: number,
  state: State,
  ctx: MatchContext,
  done: (end: number, state: State) => boolean,
): boolean {
  if (ei === elements.length) return done(from, state);
  const el = elements[ei];
  const last = el.adjacent ? Math.min(from, limit - 1) : limit - 1;
  if (from > last) return false;
  for (let j = from; j <= last; j++) {
    if (matchOne(el, region, limit, j, from, state, ctx, (end, next) => matchSeq(elements, ei + 1, region, limit, end, next, ctx, done))) return true;
  }
  return false;
}

function npEnd(region: readonly RegionWord[], limit: number, j: number): number {
  const np = region[j].np;
  let k = j;
  while (k < limit && region[k].np === np) k++;
  return k;
}

function scored(state: State, weight: number): State {
  return { binding: state.binding, score: state.score + weight };
}

function matchOne(
  el: PatternElement,
  region: readonly RegionWord[],
  limit: number,
  j: number,
  from: number,
  state: State,
  ctx: MatchContext,
  next: (end: number, state: State) => boolean,
): boolean {
  if (j >= limit) return false;
  const { index } = ctx;
  const w = region[j];
  switch (el.kind) {
    case "verb":
      return next(j, state);
    case "word":
      // ("demanded on Saturday" is no "* ON", PRESS ON: a time adverbial's preposition is no pattern word;
      // an infinitive's "to" still is one.)
      if (w.notPreposition && w.key !== "to") return false;
      if (w.inCircumstance && !ctx.inPreposition) return false;
      return wordMatches(el.words, w) && next(j + 1, scored(state, w === ctx.focus ? WEIGHT.word + WEIGHT.focus : WEIGHT.word));
    case "synset": {
      const matcher = index.synsetMatcher(el.name);
      if (!matcher || (w.inPlacePhrase && PLACE_SYNSETS.has(el.name)) || (MACHINE_SYNSETS.has(el.name) && w.personNoun) || (w.inCircumstance && !ctx.inPreposition)) return false;
      // A member phrase starts with one of the synset's first words: most positions fail this without a lookup.
      const firsts = firstWords(index, el.name);
      const m = firsts.has(w.key) ? matcher.matchAt(limit === region.length ? keysOf(region) : keysOf(region).slice(0, limit), j) : null;
      if (m) {
        const focus = ctx.focus ? region.indexOf(ctx.focus, j) : -1;
        return next(m.end, scored(state, focus >= 0 && focus < m.end ? WEIGHT.synset + WEIGHT.focus : WEIGHT.synset));
      }
      if (w.key.endsWith("s") && firsts.has(w.key.slice(0, -1)) && matcher.matchAt([w.key.slice(0, -1)], 0)) return next(j + 1, scored(state, WEIGHT.synset));
      return false;
    }
    case "source":
    case "target":
    case "compound": {
      if (w.np < 0 || !w.actor || (j > 0 && region[j - 1].np === w.np)) return false;
      const b = state.binding;
      const binding: PatternBinding = {
        source: el.kind === "source" ? w.np : b.source,
        target: el.kind === "target" ? w.np : b.target,
        compound: el.kind === "compound" ? w.np : b.compound,
      };
      return next(npEnd(region, limit, j), { binding, score: state.score + WEIGHT.actor });
    }
    case "skip":
      // ^ skips a noun phrase, or the rest of the one the previous element ended in ("* THEIR ^ ABOUT").
      if (w.np < 0 || (j > 0 && region[j - 1].np === w.np && j !== from)) return false;
      return next(npEnd(region, limit, j), state);
    case "phrase":
      // A noun phrase: its words in order within one phrase.
      if (w.np < 0) return false;
      return matchSeq(el.elements, 0, region, npEnd(region, limit, j), j, state, ctx, next);
    case "prep": {
      if (w.notPreposition || !el.prepositions.includes(w.key)) return false;
      const after = scored(state, WEIGHT.prep);
      // "* (WITH)": a phrase after the bare preposition that names no one binds the target, so that
      // no other phrase stands in for it ("spoke about the FBI investigation with his characteristic
      // hyperbole" is no negotiation with the FBI).
      if (el.elements.length === 0) {
        const np = region[j + 1];
        // (Only for a verb with no object, which would be the target: "fighting Russian troops for independence".)
        // (Not a purpose after a destination: "travelled to Moscow for talks" goes to Moscow.)
        const purpose = w.key === "for" && region.some((r, k) => k < j && r.key === "to" && !r.notPreposition && region[k + 1]?.actor);
        const namesNoOne = ctx.focus == null && !purpose && np != null && j + 1 < limit && np.np >= 0 && !region.some((r) => r.np === np.np && r.actor);
        return next(j + 1, namesNoOne && state.binding.target == null ? { ...after, binding: { ...after.binding, target: np.np } } : after);
      }
      return matchSeq(el.elements, 0, region, limit, j + 1, after, { ...ctx, inPreposition: true }, next);
    }
  }
}

/** CAMEO 2.0's synsets of machines, whose names also name people by what they do ("bomber"); not &WEAPON, which its patterns use for suicide bombers ("{SUICIDE &WEAPON} *"). */
const MACHINE_SYNSETS = new Set(["&AIRCRAFT", "&CAR"]);

/** CAMEO 2.0's synsets of places, which a verb seizes or occupies ("* &TOWN"), not where it happens ("arrested in the town"). */
const PLACE_SYNSETS = new Set(["&TOWN", "&STRONGHOLD"]);

/** The first word of every member phrase of a synset (split as the synset's phrase matcher splits them), per index. */
const synsetFirsts = new WeakMap<VerbIndex, Map<string, ReadonlySet<string>>>();
function firstWords(index: VerbIndex, name: string): ReadonlySet<string> {
  let byName = synsetFirsts.get(index);
  if (!byName) synsetFirsts.set(index, (byName = new Map()));
  let firsts = byName.get(name);
  if (!firsts) {
    const set = new Set<string>();
    for (const member of index.synset(name)?.members ?? []) {
      const first = member.split(" ").find((k) => k !== "");
      if (first !== undefined) set.add(first);
    }
    byName.set(name, (firsts = set));
  }
  return firsts;
}

/** Token keys of a region, computed once per region array. */
const regionKeys = new WeakMap<readonly RegionWord[], string[]>();
function keysOf(region: readonly RegionWord[]): string[] {
  let keys = regionKeys.get(region);
  if (!keys) regionKeys.set(region, (keys = region.map((r) => r.key)));
  return keys;
}

/**
 * The words a pattern needs, one group of alternatives per element that must meet a word of the
 * regions: a literal word (matched through the region word's forms, see formsOf), a preposition (its
 * key), a synset (the first word of a member, or that word plus "s": see matchOne). Every element of
 * a pattern must match, so a pattern one of whose groups has no form in the regions cannot.
 */
function wordsOfPattern(pattern: VerbPattern, index: VerbIndex): string[][] {
  const words: string[][] = [];
  const walk = (elements: readonly PatternElement[]): void => {
    for (const e of elements) {
      if (e.kind === "word") words.push(e.words);
      else if (e.kind === "synset") words.push([...firstWords(index, e.name)]);
      else if (e.kind === "prep") {
        words.push(e.prepositions);
        walk(e.elements);
      } else if (e.kind === "phrase") walk(e.elements);
    }
  };
  walk(pattern.elements);
  return words;
}

/** A group of alternative words, as a list and a set, so a check can walk whichever side is shorter. */
interface WordGroup {
  list: readonly string[];
  set: ReadonlySet<string>;
}

/** A pattern split at its verb, with the words it needs: computed once per pattern. */
interface CompiledPattern {
  pattern: VerbPattern;
  /** Word groups the regions must each supply one form of, but the one the block's index vouches for. */
  others: WordGroup[];
  pre: readonly PatternElement[];
  post: readonly PatternElement[];
  /** "RECENTLY_*": the verb must follow the word before it directly. */
  joined: boolean;
}

/**
 * A block's patterns, compiled, with an index from each word of a pattern's smallest word group to
 * the patterns (by position) that need it: a call looks up only the patterns one of whose needed
 * words occurs in its regions, plus those that need no word.
 */
interface CompiledBlock {
  patterns: (CompiledPattern | null)[];
  byWord: Map<string, number[]>;
  wordless: number[];
}

/** Compiled blocks, per verb index (synsets belong to the index) and block pattern list. */
const compiledBlocks = new WeakMap<VerbIndex, WeakMap<readonly VerbPattern[], CompiledBlock>>();

function compileBlock(patterns: readonly VerbPattern[], index: VerbIndex): CompiledBlock {
  let byPatterns = compiledBlocks.get(index);
  if (!byPatterns) compiledBlocks.set(index, (byPatterns = new WeakMap()));
  let block = byPatterns.get(patterns);
  if (block) return block;
  block = { patterns: [], byWord: new Map(), wordless: [] };
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i];
    const v = pattern.elements.findIndex((e) => e.kind === "verb");
    if (v < 0) {
      block.patterns.push(null);
      continue;
    }
    const words = wordsOfPattern(pattern, index);
    let key = 0;
    for (let g = 1; g < words.length; g++) if (words[g].length < words[key].length) key = g;
    const others = words.filter((_, g) => g !== key).map((list) => ({ list, set: new Set(list) }));
    block.patterns.push({ pattern, others, pre: pattern.elements.slice(0, v), post: pattern.elements.slice(v + 1), joined: pattern.elements[v].adjacent === true && v > 0 });
    if (words.length === 0) block.wordless.push(i);
    else {
      for (const w of new Set(words[key])) {
        const list = block.byWord.get(w);
        if (list) list.push(i);
        else block.byWord.set(w, [i]);
      }
    }
  }
  byPatterns.set(patterns, block);
  return block;
}

/** Every form a pattern word may take to match region word `w` (see wordMatches): key, lemma, key without an inflection, each once. Computed once per word. */
function formsOf(w: RegionWord): readonly string[] {
  if (w.forms) return w.forms;
  const key = w.key;
  const forms = w.lemma === key ? [key] : [key, w.lemma];
  const n = key.length;
  const last = n > 1 ? key.charCodeAt(n - 1) : 0;
  // Only a key ending in "s", "d" or "g" can carry an inflection ("-s", "-es", "-ed", "-d", "-ing"); most do not.
  if (last === 115 || last === 100 || last === 103) {
    if (last === 115) {
      pushNew(forms, key.slice(0, -1));
      if (n > 2 && key.endsWith("es") && isInflection(key.slice(0, -2), "es")) pushNew(forms, key.slice(0, -2));
    }
    if (n > 2 && key.endsWith("ed")) pushNew(forms, key.slice(0, -2));
    if (last === 100 && isInflection(key.slice(0, -1), "d")) pushNew(forms, key.slice(0, -1));
    if (n > 3 && key.endsWith("ing")) pushNew(forms, key.slice(0, -3));
  }
  w.forms = forms;
  return forms;
}

/** Add a form not yet in the list (the index looks every form up, so each once). */
function pushNew(forms: string[], form: string): void {
  if (!forms.includes(form)) forms.push(form);
}

/** Add to `lists` the index entries of every form of the region's words. */
function indexed(byWord: ReadonlyMap<string, number[]>, region: readonly RegionWord[], lists: number[][] | null): number[][] | null {
  for (let i = 0; i < region.length; i++) {
    const forms = formsOf(region[i]);
    for (let f = 0; f < forms.length; f++) {
      const list = byWord.get(forms[f]);
      if (list) (lists ??= []).push(list);
    }
  }
  return lists;
}

/** The positions in any of the lists, ascending, each once. */
function sortedUnion(first: readonly number[], lists: readonly number[][]): number[] {
  const all = first.concat(...lists).sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  all.length = n;
  return all;
}

/** Every form of the regions' words. */
function regionForms(before: readonly RegionWord[], after: readonly RegionWord[]): Set<string> {
  const forms = new Set<string>();
  for (const w of before) for (const f of formsOf(w)) forms.add(f);
  for (const w of after) for (const f of formsOf(w)) forms.add(f);
  return forms;
}

/** Whether every word group has an alternative among the forms. */
function wordsPresent(groups: readonly WordGroup[], forms: ReadonlySet<string>): boolean {
  for (const group of groups) {
    let any = false;
    if (group.list.length <= forms.size) {
      for (const w of group.list) {
        if (forms.has(w)) {
          any = true;
          break;
        }
      }
    } else {
      for (const f of forms) {
        if (group.set.has(f)) {
          any = true;
          break;
        }
      }
    }
    if (!any) return false;
  }
  return true;
}

/** The most specific pattern of a block that matches, or null; `focus` is the word heading the verb's object. */
export function matchPatterns(
  patterns: readonly VerbPattern[],
  before: readonly RegionWord[],
  after: readonly RegionWord[],
  index: VerbIndex,
  focus: RegionWord | null = null,
): PatternMatch | null {
  const ctx: MatchContext = { index, focus };
  const block = compileBlock(patterns, index);
  // A pattern whose needed words do not all occur in the regions cannot match: only the patterns
  // indexed under a form of a region word (their smallest word group) and those needing none are tried.
  let lists: number[][] | null = null;
  lists = indexed(block.byWord, before, lists);
  lists = indexed(block.byWord, after, lists);
  let candidates = block.wordless;
  if (lists) {
    // Patterns are tried in block order: the first of equally specific matches wins.
    candidates = lists.length === 1 && block.wordless.length === 0 ? lists[0] : sortedUnion(block.wordless, lists);
  }
  let forms: Set<string> | null = null;
  let best: PatternMatch | null = null;
  for (const i of candidates) {
    const compiled = block.patterns[i] as CompiledPattern;
    // The index vouches for one needed word; any others are checked against every form.
    if (compiled.others.length > 0) {
      forms ??= regionForms(before, after);
      if (!wordsPresent(compiled.others, forms)) continue;
    }
    const found = matchCompiled(compiled, before, after, ctx);
    if (found && found.score > 0 && (!best || found.score > best.score)) best = { pattern: compiled.pattern, binding: found.binding, score: found.score };
  }
  return best;
}

/** The first way a compiled pattern matches the regions, or null. */
function matchCompiled(compiled: CompiledPattern, before: readonly RegionWord[], after: readonly RegionWord[], ctx: MatchContext): State | null {
  let found: State | null = null;
  const start: State = { binding: { source: null, target: null, compound: null }, score: 0 };
  const { pre, post, joined } = compiled;
  matchSeq(pre, 0, before, before.length, 0, start, ctx, (end, preState) =>
    (joined && end !== before.length) ? false : matchSeq(post, 0, after, after.length, 0, preState, ctx, (_end2, postState) => {
      found = postState;
      return true;
    }),
  );
  return found;
}

/** Region words from raw token texts (for tests and callers without chunks). */
export function plainRegion(words: readonly string[]): RegionWord[] {
  return words.map((w) => ({ key: tokenKey(w), lemma: tokenKey(w), np: -1, actor: false }));
}

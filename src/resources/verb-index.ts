// Index over a compiled verb dictionary for the event coder: which verb blocks a token can start,
// by surface form or lemma, and lookups of blocks, patterns and synsets by id or name.
import { createPhraseMatcher, type PhraseMatcher } from "./matchers.js";
import type { Synset, VerbBlock, VerbDictionary, VerbEntry, VerbPattern } from "./types.js";

/** One verb of a block as reachable from a word: the word is `words[head]` of `form`. */
export interface VerbRef {
  block: VerbBlock;
  verb: VerbEntry;
  /** The surface form's words as keys (["shuts", "down"]); `verb.head` indexes the inflected word. */
  form: readonly string[];
}

export interface VerbIndex {
  /** Verbs one of whose surface forms has this word (a token key, "met") as its inflected word; longest forms first. */
  byForm(word: string): readonly VerbRef[];
  /** Verbs whose base form has this inflected word ("meet"), for lookup by a token's lemma; longest first. */
  byLemma(lemma: string): readonly VerbRef[];
  block(id: string): VerbBlock | undefined;
  /** A pattern by id, with its block. */
  pattern(id: string): { block: VerbBlock; pattern: VerbPattern } | undefined;
  synset(name: string): Synset | undefined;
  /** A phrase matcher over every member of a synset (null for an unknown name), built on first use. */
  synsetMatcher(name: string): PhraseMatcher<string> | null;
}

/** Build the lookups of a verb dictionary (once per dictionary; the result is read-only). */
export function createVerbIndex(dictionary: VerbDictionary): VerbIndex {
  const byForm = new Map<string, VerbRef[]>();
  const byLemma = new Map<string, VerbRef[]>();
  const blocks = new Map<string, VerbBlock>();
  const patterns = new Map<string, { block: VerbBlock; pattern: VerbPattern }>();
  const add = (map: Map<string, VerbRef[]>, key: string, ref: VerbRef) => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  for (const block of dictionary.blocks) {
    blocks.set(block.id, block);
    for (const pattern of block.patterns) patterns.set(pattern.id, { block, pattern });
    for (const verb of block.verbs) {
      for (const form of verb.forms) {
        const words = form.split(" ");
        const ref: VerbRef = { block, verb, form: words };
        add(byForm, words[verb.head] ?? words[0], ref);
        if (form === verb.lemma) add(byLemma, words[verb.head] ?? words[0], ref);
      }
    }
  }
  const longestFirst = (refs: VerbRef[]) => refs.sort((a, b) => b.form.length - a.form.length);
  byForm.forEach(longestFirst);
  byLemma.forEach(longestFirst);
  const synsets = new Map(dictionary.synsets.map((s) => [s.name, s] as const));
  const synsetMatchers = new Map<string, PhraseMatcher<string>>();
  const none: readonly VerbRef[] = Object.freeze([]);
  return {
    byForm: (word) => byForm.get(word) ?? none,
    byLemma: (lemma) => byLemma.get(lemma) ?? none,
    block: (id) => blocks.get(id),
    pattern: (id) => patterns.get(id),
    synset: (name) => synsets.get(name),
    synsetMatcher(name) {
      const cached = synsetMatchers.get(name);
      if (cached) return cached;
      const set = synsets.get(name);
      if (!set) return null;
      const matcher = createPhraseMatcher(set.members.map((m) => [m, m] as const));
      synsetMatchers.set(name, matcher);
      return matcher;
    },
  };
}

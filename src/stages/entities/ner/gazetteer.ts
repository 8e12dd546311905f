// Gazetteer lookup for the NER tagger: multi-token name lists compiled into one phrase table,
// matched case-insensitively over a sentence; each token learns which lists cover it and where.

/** Compiled gazetteer data as stored in the model: category → entries, each already normalised with `gazKey` token by token and joined by one space. */
export type GazetteerData = Readonly<Record<string, readonly string[]>>;

/** Set on a phrase that begins a longer entry, so matching knows to extend it. */
const PREFIX = 1 << 30;
const MAX_CATEGORIES = 30;

/** A frozen, matchable gazetteer. */
export interface Gazetteer {
  readonly categories: readonly string[];
  /** Normalised phrase → bit set of categories (bit c = categories[c]), plus PREFIX. */
  readonly phrases: ReadonlyMap<string, number>;
  /** Every token that follows another inside an entry: a phrase can only be extended by one of these. */
  readonly continuations: ReadonlySet<string>;
  /** Category indices in `localeCompare` order of their names (the order of matches that start together). */
  readonly order: readonly number[];
  /** Categories of the exact phrase (tokens normalised with `gazKey`, joined by one space). */
  lookup(phrase: string): readonly string[];
  /** Memo of phrase extensions for `matchGazetteer` (a pure function of the frozen table). */
  readonly extensions: ExtensionMemo;
}

/** A phrase of the table that extends a shorter one by one token, with its entry bits. */
interface Extension {
  readonly key: string;
  readonly bits: number;
}

/**
 * Phrase → next token → the longer phrase (or null when the table lacks it). Phrases starting with
 * a common word ("the", "new") are tried again and again; the memo looks up strings whose hashes V8
 * already knows instead of hashing a freshly joined phrase each time. Bounded, cleared when full.
 */
export class ExtensionMemo {
  private readonly byPhrase = new Map<string, Map<string, Extension | null>>();
  private entries = 0;

  constructor(private readonly phrases: ReadonlyMap<string, number>) {}

  /** The phrase `key` followed by `token`, when the table has it. */
  extend(key: string, token: string): Extension | null {
    let next = this.byPhrase.get(key);
    if (!next) this.byPhrase.set(key, (next = new Map()));
    let found = next.get(token);
    if (found === undefined) {
      if (this.entries >= 100_000) {
        this.byPhrase.clear();
        this.entries = 0;
        this.byPhrase.set(key, (next = new Map()));
      }
      const joined = key + " " + token;
      const bits = this.phrases.get(joined);
      found = bits === undefined ? null : { key: joined, bits };
      next.set(token, found);
      this.entries++;
    }
    return found;
  }
}

/** Normalise one token for gazetteer matching: lower case, straight apostrophes. */
export function gazKey(token: string): string {
  const lower = token.toLowerCase();
  // Only a backtick or a character at or above U+02BC can need replacing; most words have neither.
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 0x60 || code >= 0x2bc) return lower.replace(/[\u2018\u2019\u02bc`]/g, "'");
  }
  return lower;
}

/**
 * Build the phrase table over every entry of every category. One flat map rather than a trie of
 * maps: it loads several times faster, which keeps the model's load time well under a second.
 */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const categories = Object.keys(data).sort();
  if (categories.length > MAX_CATEGORIES) throw new RangeError(`at most ${MAX_CATEGORIES} gazetteer categories`);
  const phrases = new Map<string, number>();
  const continuations = new Set<string>();
  categories.forEach((category, c) => {
    const bit = 1 << c;
    for (const entry of data[category]) {
      if (!entry.includes(" ")) {
        if (entry) phrases.set(entry, (phrases.get(entry) ?? 0) | bit);
        continue;
      }
      const tokens = entry.split(" ").filter(Boolean);
      let key = tokens[0];
      for (let k = 1; k < tokens.length; k++) {
        phrases.set(key, (phrases.get(key) ?? 0) | PREFIX);
        continuations.add(tokens[k]);
        key += " " + tokens[k];
      }
      phrases.set(key, (phrases.get(key) ?? 0) | bit);
    }
  });
  const lookup = (phrase: string): string[] => {
    const bits = phrases.get(phrase) ?? 0;
    return categories.filter((_, c) => bits & (1 << c));
  };
  const order = categories.map((_, c) => c).sort((a, b) => categories[a].localeCompare(categories[b]));
  return Object.freeze({ categories, phrases, continuations, order, lookup, extensions: new ExtensionMemo(phrases) });
}

/** What the phrase table says about one token (callers that see the same words often memoise it). */
export interface TokenEntry {
  /** Bits of the one-token phrase (categories, PREFIX), 0 when no entry starts with the token. */
  readonly bits: number;
  /** Whether the token may continue a phrase (see `Gazetteer.continuations`). */
  readonly continues: boolean;
}

/** The phrase table's entry for one normalised token. */
export function tokenEntry(gaz: Gazetteer, key: string): TokenEntry {
  return { bits: gaz.phrases.get(key) ?? 0, continues: gaz.continuations.has(key) || key.includes(" ") };
}

/** One match: tokens [start, end) of the sentence are an entry of `category`. */
export interface GazMatch {
  start: number;
  end: number;
  category: string;
}

// Work tables of `matchGazetteer`, shared by all calls (it is synchronous): typed arrays this size
// live outside V8's heap, and allocating them per sentence was costly.
const REACHED = new Int32Array(MAX_CATEGORIES);
const LONGEST = new Int32Array(MAX_CATEGORIES);

/**
 * Every maximal match per category: for each start token, the longest entry of each category
 * beginning there, dropping matches contained in a longer match of the same category. Sorted by
 * start, then category name (`localeCompare`). `entries` may give each token's `tokenEntry`.
 */
export function matchGazetteer(gaz: Gazetteer, keys: readonly string[], entries?: readonly TokenEntry[]): GazMatch[] {
  const C = gaz.categories.length;
  const matches: GazMatch[] = [];
  // Per category: furthest end matched so far, and end of the longest entry from the current start
  // (only read for categories found from that start, so never reset).
  const reached = REACHED;
  const longest = LONGEST;
  let fresh = false;
  for (let i = 0; i < keys.length; i++) {
    let bits = entries ? entries[i].bits : gaz.phrases.get(keys[i]) ?? 0;
    if (bits === 0) continue;
    if (!fresh) {
      reached.fill(0, 0, C);
      fresh = true;
    }
    let found = 0; // categories with an entry starting at i
    let key = keys[i];
    for (let j = i; ; ) {
      const categories = bits & ~PREFIX;
      found |= categories;
      for (let b = categories; b !== 0; b &= b - 1) longest[31 - Math.clz32(b & -b)] = j + 1;
      j++;
      if (!(bits & PREFIX) || j >= keys.length) break;
      // Most words never continue an entry: skip building a phrase key that cannot be there.
      if (!(entries ? entries[j].continues : tokenEntry(gaz, keys[j]).continues)) break;
      const next = gaz.extensions.extend(key, keys[j]);
      if (!next) break;
      key = next.key;
      bits = next.bits;
    }
    if (found === 0) continue;
    for (const c of gaz.order) {
      if (!(found & (1 << c))) continue;
      const end = longest[c];
      if (reached[c] >= end) continue;
      reached[c] = end;
      matches.push({ start: i, end, category: gaz.categories[c] });
    }
  }
  return matches;
}


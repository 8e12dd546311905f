// Gazetteer lookup for the NER tagger: multi-token name lists compiled into a token trie, matched
// case-insensitively over a sentence; each token learns which lists cover it and where (B/I/L/U).

/** Compiled gazetteer data as stored in the model: category → entries (lower-case, tokens joined by one space). */
export type GazetteerData = Readonly<Record<string, readonly string[]>>;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Category indexes for entries ending here. */
  ends: number[];
}

/** A frozen, matchable gazetteer. */
export interface Gazetteer {
  readonly categories: readonly string[];
  readonly maxLength: number;
  /** Categories of the exact phrase (already normalised with `gazKey`), or an empty list. */
  lookup(phrase: string): readonly string[];
  /** Root of the token trie (internal to matching). */
  readonly root: TrieNode;
}

/** Normalise one token for gazetteer matching: lower case, straight apostrophes. */
export function gazKey(token: string): string {
  return token.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/** Build a trie over every entry of every category. */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const categories = Object.keys(data).sort();
  const root: TrieNode = { next: new Map(), ends: [] };
  const phrases = new Map<string, string[]>();
  let maxLength = 0;
  categories.forEach((category, c) => {
    for (const entry of data[category]) {
      const tokens = entry.split(" ").filter(Boolean).map(gazKey);
      if (tokens.length === 0) continue;
      maxLength = Math.max(maxLength, tokens.length);
      let node = root;
      for (const t of tokens) {
        let child = node.next.get(t);
        if (!child) {
          child = { next: new Map(), ends: [] };
          node.next.set(t, child);
        }
        node = child;
      }
      if (!node.ends.includes(c)) node.ends.push(c);
      const key = tokens.join(" ");
      const list = phrases.get(key) ?? [];
      if (!list.includes(category)) list.push(category);
      phrases.set(key, list);
    }
  });
  return Object.freeze({
    categories,
    maxLength,
    root,
    lookup: (phrase: string) => phrases.get(phrase) ?? [],
  });
}

/** One match: tokens [start, end) of the sentence are an entry of `category`. */
export interface GazMatch {
  start: number;
  end: number;
  category: string;
}

/**
 * Every maximal match per category: for each start token, the longest entry of each category
 * beginning there, dropping matches contained in a longer match of the same category.
 */
export function matchGazetteer(gaz: Gazetteer, keys: readonly string[]): GazMatch[] {
  const C = gaz.categories.length;
  const reached = new Int32Array(C); // per category: furthest end matched so far
  const longest = new Int32Array(C);
  const matches: GazMatch[] = [];
  for (let i = 0; i < keys.length; i++) {
    let node = gaz.root.next.get(keys[i]);
    if (!node) continue;
    longest.fill(0);
    for (let j = i; node; ) {
      for (const c of node.ends) longest[c] = j + 1;
      j++;
      if (j >= keys.length) break;
      node = node.next.get(keys[j]);
    }
    for (let c = 0; c < C; c++) {
      const end = longest[c];
      if (end === 0 || reached[c] >= end) continue;
      reached[c] = end;
      matches.push({ start: i, end, category: gaz.categories[c] });
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.category.localeCompare(b.category));
}

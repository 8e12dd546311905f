// Runtime lookups over compiled dictionaries: a token trie for longest-match phrase lookup (actors,
// agents, synsets, countries) and the resolution of date-bounded actor codes.
import { foldToken, tokenKey } from "./names.js";
import type { ActorEntry, AgentEntry, DatedCode } from "./types.js";

/** A match of a dictionary phrase over tokens: token indices [start, end) and what the phrase stands for. */
export interface PhraseMatch<T> {
  start: number;
  /** Exclusive token index. */
  end: number;
  /** Every value stored under the matched phrase, in the order they were given. */
  values: readonly T[];
}

/** Longest-match lookup of multi-word phrases over a token sequence. */
export interface PhraseMatcher<T> {
  /**
   * The longest phrase starting at token `i`, or null. `keys[i]` must be `tokenKey(token)`
   * (lower-case, ASCII-folded; "" for hyphens, which are skipped inside a phrase). `surface`, the
   * original tokens, is needed to match case-sensitive names such as "US"; without it they never match.
   */
  matchAt(keys: readonly string[], i: number, surface?: readonly string[]): PhraseMatch<T> | null;
  /** All longest matches, left to right, never overlapping (a match resumes after the previous one). */
  findAll(tokens: readonly string[]): PhraseMatch<T>[];
  /** Number of distinct phrases stored. */
  readonly size: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
  /**
   * Whether the parent also has a case-sensitive key spelled like this lower-case one ("US" beside
   * "us"): only then may a token's surface form lead somewhere its key does not.
   */
  cased: boolean;
}

const node = <T>(): TrieNode<T> => ({ next: null, values: null, cased: false });

/**
 * The case-sensitive key of a surface token. Ambiguous names are stored upper-case: short ones
 * (US, UK, IT) must be written in capitals, longer ones ("Turkey", "China", "Trump") only need a
 * capital initial, as names do in running text.
 */
function caseKey(surface: string): string {
  if (surface.length <= 3) return surface;
  // Only an ASCII capital or a non-ASCII letter can be \p{Lu}: most tokens are settled without the regex.
  const first = surface.charCodeAt(0);
  if (first < 128 && (first < 65 || first > 90)) return surface;
  return /^\p{Lu}\p{Ll}+$/u.test(surface) ? surface.toUpperCase() : surface;
}

/** `caseKey(foldToken(token))`, memoised: the same words recur in every text, and folding takes regex passes. */
function surfaceKey(token: string): string {
  let key = surfaceKeys.get(token);
  if (key === undefined) {
    if (surfaceKeys.size >= SURFACE_KEY_LIMIT) surfaceKeys.clear();
    surfaceKeys.set(token, (key = caseKey(foldToken(token))));
  }
  return key;
}

const surfaceKeys = new Map<string, string>();
const SURFACE_KEY_LIMIT = 50_000;

// The best match of the search in progress (see longestFrom): module state rather than a result
// object per step, because matching runs for every token of every article and never re-enters.
let bestEnd = -1;
let bestValues: readonly unknown[] | null = null;

/**
 * The longest phrase continuing from trie node `at` at token `j`, recorded in bestEnd/bestValues.
 * Both the lower-case key and the case-sensitive surface form may continue a phrase ("us army",
 * "US"): each branch is followed. A surface form's key lower-cased is the token's key, so a
 * case-sensitive branch exists only where the key's node is flagged `cased`: other tokens skip the
 * surface lookup. A plain function (no closures) because it runs for every token.
 */
function longestFrom<T>(at: TrieNode<T>, keys: readonly string[], surface: readonly string[] | undefined, j: number): void {
  while (j < keys.length && keys[j] === "") j++;
  if (j >= keys.length || at.next === null) return;
  const lower = at.next.get(keys[j]);
  if (lower === undefined) return;
  if (lower.values !== null && j + 1 > bestEnd) {
    bestEnd = j + 1;
    bestValues = lower.values;
  }
  if (lower.next !== null) longestFrom(lower, keys, surface, j + 1);
  if (lower.cased && surface !== undefined) {
    const upper = at.next.get(surfaceKey(surface[j]));
    if (upper !== undefined && upper !== lower) {
      if (upper.values !== null && j + 1 > bestEnd) {
        bestEnd = j + 1;
        bestValues = upper.values;
      }
      if (upper.next !== null) longestFrom(upper, keys, surface, j + 1);
    }
  }
}

/**
 * Build a matcher from (name, value) pairs. A name is its token keys joined by single spaces (as
 * stored in the compiled dictionaries); a key with upper-case letters matches only a token whose
 * folded surface form is identical ("US" but not "us"). Several values may share a name.
 */
export function createPhraseMatcher<T>(items: Iterable<readonly [name: string, value: T]>): PhraseMatcher<T> {
  const root = node<T>();
  let size = 0;
  for (const [name, value] of items) {
    const keys = name.split(" ").filter((k) => k !== "");
    if (keys.length === 0) continue;
    let at = root;
    for (const key of keys) {
      at.next ??= new Map();
      let child = at.next.get(key);
      if (!child) {
        child = node<T>();
        at.next.set(key, child);
        const lower = key.toLowerCase();
        if (lower !== key) {
          // The flag sits on the lower-case key's node, where every token's key leads; a node with no
          // phrase of its own stands in when no lower-case phrase goes through that key.
          let twin = at.next.get(lower);
          if (!twin) at.next.set(lower, (twin = node<T>()));
          twin.cased = true;
        }
      }
      at = child;
    }
    if (at.values === null) {
      at.values = [];
      size++;
    }
    at.values.push(value);
  }

  const matchAt = (keys: readonly string[], i: number, surface?: readonly string[]): PhraseMatch<T> | null => {
    if (i >= keys.length || keys[i] === "") return null;
    bestEnd = -1;
    bestValues = null;
    longestFrom(root, keys, surface, i);
    if (bestValues === null) return null;
    const values = bestValues as readonly T[];
    bestValues = null;
    return { start: i, end: bestEnd, values };
  };

  return {
    size,
    matchAt,
    findAll(tokens) {
      const keys = tokens.map(tokenKey);
      const out: PhraseMatch<T>[] = [];
      for (let i = 0; i < keys.length; ) {
        const m = matchAt(keys, i, tokens);
        if (m) {
          out.push(m);
          i = m.end;
        } else {
          i++;
        }
      }
      return out;
    },
  };
}

/** A matcher over actor entries by all their names; entries keep their given order (supplement first). */
export function createActorMatcher(entries: readonly ActorEntry[]): PhraseMatcher<ActorEntry> {
  return createPhraseMatcher(entries.flatMap((e) => e.names.map((n) => [n, e] as const)));
}

/** A matcher over agent entries (role words → sectors) by their singular and plural forms. */
export function createAgentMatcher(agents: readonly AgentEntry[]): PhraseMatcher<AgentEntry> {
  return createPhraseMatcher(agents.flatMap((a) => a.names.map((n) => [n, a] as const)));
}

const isDated = (c: DatedCode) => c.from !== null || c.to !== null;
const covers = (c: DatedCode, day: string) => (c.from === null || c.from <= day) && (c.to === null || day <= c.to);

/**
 * Every dated code of the entry in force on `date` (YYYY-MM-DD; a longer ISO string is cut to the
 * day), most specific first: the latest start wins, so on a hand-over day the new office comes first.
 */
export function codesAt(entry: Pick<ActorEntry, "codes">, date: string): DatedCode[] {
  const day = date.slice(0, 10);
  return entry.codes
    .map((code, order) => ({ code, order }))
    .filter(({ code }) => isDated(code) && covers(code, day))
    .sort((a, b) => (b.code.from ?? "").localeCompare(a.code.from ?? "") || a.order - b.order)
    .map(({ code }) => code);
}

/**
 * The code of an actor on a date. With a date: the most specific dated code in force (see
 * `codesAt`), else the entry's undated code (the default outside every range), else null. With
 * `null` (date unknown): the current code — the open-ended dated code with the latest start —
 * else the undated code, else null. The returned code's `code` is null for the dictionaries'
 * deliberate "---" (known but not coded).
 */
export function codeAt(entry: Pick<ActorEntry, "codes">, date: string | null): DatedCode | null {
  const undated = entry.codes.find((c) => !isDated(c)) ?? null;
  if (date !== null) return codesAt(entry, date)[0] ?? undated;
  let current: DatedCode | null = null;
  for (const c of entry.codes) {
    if (c.from !== null && c.to === null && (current === null || (current.from ?? "") < c.from)) current = c;
  }
  return current ?? undated;
}

/**
 * The most recent dated code that ended before `date`, for an actor mentioned after leaving office
 * or dying ("the late commander"); null when there is none.
 */
export function formerCodeAt(entry: Pick<ActorEntry, "codes">, date: string): DatedCode | null {
  const day = date.slice(0, 10);
  let best: DatedCode | null = null;
  for (const c of entry.codes) {
    if (c.to !== null && c.to < day && (best === null || (best.to ?? "") < c.to)) best = c;
  }
  return best;
}

// Many cue tests over one text at once. A cue that is a case-insensitive list of plain words
// (/week|month|year/i) is answered from one pass over the text through an Aho–Corasick automaton of
// every such word, instead of one regex run per cue: those runs cost more than the time rules they
// guard. Other cues stay regexes.

const LITERAL_LIST = /^[a-z]+(?:\|[a-z]+)*$/;

/** Whether a regex is a case-insensitive alternation of lower-case ASCII words, answered by the trie. */
function literalWords(cue: RegExp): string[] | null {
  const flags = cue.flags;
  if (!flags.includes("i") || flags.includes("u") || flags.includes("v") || flags.includes("g") || flags.includes("y")) return null;
  return LITERAL_LIST.test(cue.source) ? cue.source.split("|") : null;
}

/** The answers of one scan: `has(k)` is `cues[k].test(text)`; valid until the index scans again. */
export interface CueHits {
  has(k: number): boolean;
}

/** A fixed list of cues, each answered for a text as `cue.test(text)` would answer it. */
export class CueIndex implements CueHits {
  /**
   * Aho–Corasick automaton over the words, as a full transition table: the state after letter c
   * (0–25) in state s is at s * 26 + c (state 0 is the root, where every non-letter leads). One
   * step per character, however the words overlap ("mon" inside "month").
   */
  private readonly next: Int32Array;
  /** Cue indices of every word ending in a state (its own and its suffixes'); null for most states. */
  private readonly found: (readonly number[] | null)[];
  /** Cues that stay regexes (undefined for trie cues). */
  private readonly regexes: (RegExp | undefined)[];
  /** For a regex cue, the first cue with the same regex (several chrono parsers share /\d/): run once per text. */
  private readonly same: Int32Array;
  /** Per cue for the last text: 1 found, 2 absent, 0 not yet asked (regex cues are run on demand). */
  private readonly state: Uint8Array;
  /** `state` before a scan: 0 for regex cues, 2 for the others. */
  private readonly initial: Uint8Array;
  private text = "";

  constructor(cues: readonly (RegExp | null | undefined)[]) {
    this.regexes = cues.map((cue) => (cue && !literalWords(cue) ? cue : undefined));
    const first = new Map<string, number>();
    this.same = Int32Array.from(this.regexes, (cue, k) => {
      if (!cue || cue.global || cue.sticky) return k;
      const key = `${cue.flags}/${cue.source}`;
      if (!first.has(key)) first.set(key, k);
      return first.get(key) as number;
    });
    this.state = new Uint8Array(cues.length);
    this.initial = Uint8Array.from(this.regexes, (cue) => (cue ? 0 : 2));
    // The trie of the words.
    const goto: number[] = new Array<number>(26).fill(-1);
    const own: Set<number>[] = [new Set()];
    cues.forEach((cue, k) => {
      for (const word of (cue && literalWords(cue)) || []) {
        let node = 0;
        for (let i = 0; i < word.length; i++) {
          const slot = node * 26 + word.charCodeAt(i) - 97;
          if (goto[slot] < 0) {
            goto[slot] = own.length;
            own.push(new Set());
            for (let c = 0; c < 26; c++) goto.push(-1);
          }
          node = goto[slot];
        }
        own[node].add(k);
      }
    });
    // Breadth-first: each state's missing transitions follow its failure link, and it inherits the
    // words its failure state ends (the longest proper suffix that is a trie state).
    const next = new Int32Array(goto.length);
    const fail = new Int32Array(own.length);
    const queue: number[] = [];
    for (let c = 0; c < 26; c++) {
      const child = goto[c];
      next[c] = child < 0 ? 0 : child;
      if (child > 0) queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head];
      for (const k of own[fail[s]]) own[s].add(k);
      for (let c = 0; c < 26; c++) {
        const child = goto[s * 26 + c];
        if (child < 0) next[s * 26 + c] = next[fail[s] * 26 + c];
        else {
          next[s * 26 + c] = child;
          fail[child] = next[fail[s] * 26 + c];
          queue.push(child);
        }
      }
    }
    this.next = next;
    this.found = own.map((set) => (set.size > 0 ? [...set] : null));
  }

  /**
   * Answer every cue for `text`. Case-insensitive matching without the `u` flag folds only ASCII
   * letters onto each other (no other character matches a-z), so folding A–Z is exact.
   */
  scan(text: string): CueHits {
    this.text = text;
    const { state, next, found } = this;
    state.set(this.initial);
    let s = 0;
    for (let p = 0, n = text.length; p < n; p++) {
      const c = text.charCodeAt(p) | 32;
      if (c < 97 || c > 122) {
        s = 0;
        continue;
      }
      s = next[s * 26 + c - 97];
      const words = found[s];
      if (words !== null) for (let i = 0; i < words.length; i++) state[words[i]] = 1;
    }
    return this;
  }

  has(k: number): boolean {
    let s = this.state[k];
    if (s === 0) {
      const first = this.same[k];
      s = this.state[first];
      // A regex without the g or y flag keeps no state between tests, so one answer serves every copy.
      if (s === 0) s = (this.regexes[k] as RegExp).test(this.text) ? 1 : 2;
      this.state[k] = this.state[first] = s;
    }
    return s === 1;
  }
}

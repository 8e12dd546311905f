// Many cue tests over one text at once. A cue that is a case-insensitive list of plain words
// (/week|month|year/i) is answered from one scan of the text over a trie of every such word, instead
// of one regex run per cue: those runs cost more than the time rules they guard. Other cues stay regexes.

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
  /** Trie over the words: child of node n by letter c (0–25) at n * 26 + c, 0 for none (node 0 is the root). */
  private readonly children: Int32Array;
  /** Cue indices a word ending at node n belongs to (null for most nodes). */
  private readonly ends: (number[] | null)[];
  /** Cues that stay regexes (undefined for trie cues). */
  private readonly regexes: (RegExp | undefined)[];
  /** Per cue for the last text: 1 found, 2 absent, 0 not yet asked (regex cues are run on demand). */
  private readonly state: Uint8Array;
  private text = "";

  constructor(cues: readonly (RegExp | null | undefined)[]) {
    this.regexes = cues.map((cue) => (cue && !literalWords(cue) ? cue : undefined));
    this.state = new Uint8Array(cues.length);
    const children: number[] = new Array<number>(26).fill(0);
    const ends: (number[] | null)[] = [null];
    cues.forEach((cue, k) => {
      for (const word of (cue && literalWords(cue)) || []) {
        let node = 0;
        for (let i = 0; i < word.length; i++) {
          const slot = node * 26 + word.charCodeAt(i) - 97;
          if (children[slot] === 0) {
            children[slot] = ends.length;
            ends.push(null);
            for (let c = 0; c < 26; c++) children.push(0);
          }
          node = children[slot];
        }
        (ends[node] ??= []).push(k);
      }
    });
    this.children = Int32Array.from(children);
    this.ends = ends;
  }

  /**
   * Answer every cue for `text`. Case-insensitive matching without the `u` flag folds only ASCII
   * letters onto each other (no other character matches a-z), so folding A–Z is exact.
   */
  scan(text: string): CueHits {
    this.text = text;
    const { state, regexes, children, ends } = this;
    for (let k = 0; k < state.length; k++) state[k] = regexes[k] ? 0 : 2;
    const n = text.length;
    for (let p = 0; p < n; p++) {
      let node = 0;
      for (let q = p; q < n; q++) {
        let c = text.charCodeAt(q);
        if (c >= 65 && c <= 90) c += 32;
        if (c < 97 || c > 122) break;
        node = children[node * 26 + c - 97];
        if (node === 0) break;
        const found = ends[node];
        if (found) for (const k of found) state[k] = 1;
      }
    }
    return this;
  }

  has(k: number): boolean {
    let s = this.state[k];
    if (s === 0) {
      s = (this.regexes[k] as RegExp).test(this.text) ? 1 : 2;
      this.state[k] = s;
    }
    return s === 1;
  }
}

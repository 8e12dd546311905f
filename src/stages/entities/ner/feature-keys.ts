// Numeric feature keys: every feature is a 32-bit hash of its template and parts, so the tagger
// never builds feature strings per token (hashing fresh strings was most of its run time).
// Collisions are possible in principle (the hashing trick); with ~10^5 features in 2^32 keys a
// false hit costs one small weight once in thousands of tokens, which the scores cannot see.

/** 32-bit FNV-1a hash of a string's UTF-16 code units, never 0 (0 marks an empty table slot). */
export function hashString(s: string): number {
  return hashFinish(hashMore(HASH_START, s));
}

/** The FNV-1a state before any code unit. */
export const HASH_START = 0x811c9dc5 | 0;

/**
 * The FNV-1a state `h` continued over code units [from, to) of `s`: hashing is sequential, so
 * hashString(a + b) === hashFinish(hashMore(hashMore(HASH_START, a), b)) without building a + b.
 */
export function hashMore(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The key of a finished FNV-1a state (never 0). */
export function hashFinish(h: number): number {
  return h === 0 ? 1 : h | 0;
}

/** Combine a key with one more part (murmur3-style finaliser), never 0. */
export function mix(h: number, x: number): number {
  let k = Math.imul(h ^ Math.imul(x, 0xcc9e2d51), 0x1b873593);
  k ^= k >>> 15;
  k = Math.imul(k, 0x85ebca6b);
  k ^= k >>> 13;
  return k === 0 ? 1 : k | 0;
}

/** The key of a feature given as template and string parts: featureKey("b-", "the", "iraq"). */
export function featureKey(template: string, ...parts: string[]): number {
  let h = hashString(template);
  for (const p of parts) h = mix(h, hashString(p));
  return h;
}

/**
 * A frozen open-addressing table from feature key to row: much faster than a Map for 32-bit
 * numbers (which V8 boxes when they leave the small-integer range). Each slot holds its key and
 * row side by side, so a lookup touches one cache line. Keys are hashes already, so a key's home
 * slot is the top bits of one multiplication (Fibonacci hashing), which also spreads the FNV keys
 * of similar short strings.
 */
export class KeyTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  readonly size: number;

  constructor(keys: ArrayLike<number>) {
    let capacity = 16;
    let bits = 4;
    while (capacity < keys.length * 2) {
      capacity *= 2;
      bits++;
    }
    this.slots = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    this.shift = 32 - bits;
    this.size = keys.length;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r] | 0;
      if (key === 0) throw new RangeError("feature key 0 is reserved");
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.slots[2 * slot] !== 0) {
        if (this.slots[2 * slot] === key) throw new RangeError(`duplicate feature key ${key}`);
        slot = (slot + 1) & this.mask;
      }
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = r;
    }
  }

  /** The row of `key`, or -1. */
  get(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.slots[2 * slot];
      if (k === key) return this.slots[2 * slot + 1];
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Numbers grouped by token in one growable buffer, reused sentence after sentence: token t owns
 * values[start(t) .. end(t)). The tagger collects feature keys and model rows in these instead of
 * one small array per token (allocation was a tenth of its run time).
 */
export class TokenBuffer {
  values = new Int32Array(1024);
  ends = new Int32Array(256);
  size = 0;
  tokens = 0;

  /** Empty the buffer for the next sentence. */
  clear(): void {
    this.size = 0;
    this.tokens = 0;
  }

  /** Append a value to the current token. */
  push(value: number): void {
    if (this.size === this.values.length) this.values = grown(this.values);
    this.values[this.size++] = value;
  }

  /** Close the current token: the values pushed since the previous call are its. */
  endToken(): void {
    if (this.tokens === this.ends.length) this.ends = grown(this.ends);
    this.ends[this.tokens++] = this.size;
  }

  /** First value index of token t. */
  start(t: number): number {
    return t === 0 ? 0 : this.ends[t - 1];
  }

  /** The values of every token as separate arrays (tests, training). */
  toArrays(): number[][] {
    const out: number[][] = [];
    for (let t = 0; t < this.tokens; t++) out.push(Array.from(this.values.subarray(this.start(t), this.ends[t])));
    return out;
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

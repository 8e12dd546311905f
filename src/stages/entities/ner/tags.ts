// Tag schemes for the NER tagger: CoNLL IOB1 input, BIO (IOB2) output, BILOU inside the model,
// and the conversions and transition constraints between them.

/** The entity types the tagger is trained on (CoNLL-2003). */
export const CONLL_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
/** One of the CoNLL-2003 entity types. */
export type ConllType = (typeof CONLL_TYPES)[number];

/** A typed token span [start, end) over one sentence's tokens. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/** Split a tag into prefix and type: "B-PER" → ["B", "PER"], "O" → ["O", ""]. */
export function splitTag(tag: string): [string, string] {
  if (tag === "O" || tag.length < 3 || tag[1] !== "-") return ["O", ""];
  return [tag[0], tag.slice(2)];
}

/**
 * Spans from IOB1 (CoNLL-2003: I- continues or starts, B- only starts a phrase right after one of
 * the same type) or BIO/IOB2 (B- starts); a stray I- after O or another type starts a span in both.
 */
export function spansFromIob(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = splitTag(tag);
    if (prefix === "O") {
      open = null;
      return;
    }
    if (prefix === "B" || open === null || open.type !== type) {
      open = { start: i, end: i + 1, type };
      spans.push(open);
    } else {
      open.end = i + 1;
    }
  });
  return spans;
}

/** BIO (IOB2) tags for `length` tokens from non-overlapping spans. */
export function bioFromSpans(spans: readonly TagSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? "B-" : "I-") + s.type;
  }
  return tags;
}

/** BILOU tags for `length` tokens from non-overlapping spans. */
export function bilouFromSpans(spans: readonly TagSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill("O");
  for (const s of spans) {
    if (s.end - s.start === 1) {
      tags[s.start] = "U-" + s.type;
      continue;
    }
    for (let i = s.start; i < s.end; i++) {
      tags[i] = (i === s.start ? "B-" : i === s.end - 1 ? "L-" : "I-") + s.type;
    }
  }
  return tags;
}

/** Spans from well-formed BILOU tags (the decoder's constraints guarantee well-formedness). */
export function spansFromBilou(tags: readonly string[]): TagSpan[] {
  const parts = tags.map(splitTag);
  return spansFromParts(parts.length, (i) => parts[i]);
}

// Split forms of a model's fixed label set, kept so the per-sentence fast path splits each name once.
const splitLabels = new WeakMap<readonly string[], [string, string][]>();

/**
 * `spansFromBilou` of label indices into `names`, a fixed label set (such as `model.labels`) that
 * must not be mutated afterwards: its split form is cached per array.
 */
export function spansFromLabels(labels: ArrayLike<number>, names: readonly string[]): TagSpan[] {
  let parts = splitLabels.get(names);
  if (!parts) splitLabels.set(names, (parts = names.map(splitTag)));
  const split = parts;
  return spansFromParts(labels.length, (i) => split[labels[i]]);
}

/** Spans from `count` split BILOU tags, the i-th given by `partAt(i)`. */
function spansFromParts(count: number, partAt: (i: number) => [string, string]): TagSpan[] {
  const spans: TagSpan[] = [];
  let start = -1;
  for (let i = 0; i < count; i++) {
    const [prefix, type] = partAt(i);
    if (prefix === "U") spans.push({ start: i, end: i + 1, type });
    else if (prefix === "B") start = i;
    else if (prefix === "L" && start >= 0) {
      spans.push({ start, end: i + 1, type });
      start = -1;
    }
  }
  return spans;
}

/** Convert CoNLL IOB1 tags to BIO (IOB2). */
export function iob1ToBio(tags: readonly string[]): string[] {
  return bioFromSpans(spansFromIob(tags), tags.length);
}

/** The BILOU label set for the given types: "O" first, then B/I/L/U per type. */
export function bilouLabels(types: readonly string[]): string[] {
  const labels = ["O"];
  for (const t of types) labels.push(`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`);
  return labels;
}

/**
 * Allowed label transitions for BILOU, as a flat boolean matrix [prev * n + next], plus which
 * labels may start and end a sentence. Decoding under these constraints can only produce
 * well-formed sequences (every B is closed by an L of the same type; no I or L after O).
 */
export function bilouConstraints(labels: readonly string[]): {
  allowed: Uint8Array;
  canStart: Uint8Array;
  canEnd: Uint8Array;
} {
  const n = labels.length;
  const parts = labels.map(splitTag);
  const allowed = new Uint8Array(n * n);
  const canStart = new Uint8Array(n);
  const canEnd = new Uint8Array(n);
  for (let a = 0; a < n; a++) {
    const [pa, ta] = parts[a];
    const openA = pa === "B" || pa === "I";
    canStart[a] = pa === "O" || pa === "B" || pa === "U" ? 1 : 0;
    canEnd[a] = openA ? 0 : 1;
    for (let b = 0; b < n; b++) {
      const [pb, tb] = parts[b];
      const continues = pb === "I" || pb === "L";
      allowed[a * n + b] = (openA ? continues && ta === tb : !continues) ? 1 : 0;
    }
  }
  return { allowed, canStart, canEnd };
}

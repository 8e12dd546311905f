// Stage tokens.wink@1: sentences, tokens, universal POS tags and lemmas from wink-nlp, as offset spans.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "../../model/schema.js";
import { defineStage } from "../../pipeline/stage.js";

export type WinkNlp = ReturnType<typeof winkNLP>;

let shared: WinkNlp | null = null;

/** The wink-nlp instance with sentence boundaries and POS; loaded once per process (the model is read-only). */
export function loadWink(): WinkNlp {
  shared ??= winkNLP(model, ["sbd", "pos"]);
  return shared;
}

export interface TokenLayers {
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * Tokenise with wink-nlp and map its tokens back to offsets in `text`. Line breaks always end a
 * sentence: headlines, tag lines and list items are not glued to the next paragraph.
 */
export function tokenise(nlp: WinkNlp, text: string): TokenLayers {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = lemmasOf(nlp, all, pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Token index → offset; wink-nlp does not expose offsets, but its token values are substrings in order.
  const starts = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    starts[i] = at < 0 ? -1 : at;
    if (at >= 0) cursor = at + values[i].length;
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    let open = -1;
    let end = -1;
    for (let i = first; i <= last; i++) {
      const start = starts[i];
      if (start < 0) continue;
      if (pos[i] === "SPACE" || isSpace(values[i])) {
        if (open >= 0 && values[i].includes("\n")) {
          sentences.push({ start: open, end });
          open = -1;
        }
        continue;
      }
      const previous = tokens[tokens.length - 1];
      if (previous && previous.end === start && splitWord(text, previous, values[i])) {
        // wink-nlp splits words at letters outside Latin-1 ("Brudzi|ń|ski", "Erdo|ğ|an"): one word again.
        previous.end = start + values[i].length;
        previous.lemma = text.slice(previous.start, previous.end).toLowerCase();
        if (pos[i] === "PROPN") previous.pos = "PROPN";
        end = previous.end;
        continue;
      }
      const clitic = possessiveAt(values[i]);
      if (clitic > 0) {
        // wink-nlp keeps "Trump's" whole once an earlier document made it a lexeme of its cache, and
        // splits it otherwise: split it here, so a text's tokens do not depend on what came before.
        tokens.push({ start, end: start + clitic, pos: pos[i], lemma: values[i].slice(0, clitic).toLowerCase() });
        tokens.push({ start: start + clitic, end: start + values[i].length, pos: "PART", lemma: "'s" });
      } else {
        tokens.push({ start, end: start + values[i].length, pos: pos[i], lemma: lemmas[i] ?? values[i].toLowerCase() });
      }
      if (open < 0) open = start;
      end = start + values[i].length;
    }
    if (open >= 0) sentences.push({ start: open, end });
  }
  return { sentences, tokens };
}

type WinkTokens = ReturnType<ReturnType<WinkNlp["readDoc"]>["tokens"]>;

/** Per wink-nlp instance: lexeme id × 32 + POS number → lemma, and POS tag → its number. */
interface LemmaMemo {
  lemmas: Map<number, string | undefined>;
  tags: Map<string, number>;
}

const lemmaMemos = new WeakMap<WinkNlp, LemmaMemo>();
const LEMMA_MEMO_LIMIT = 200_000;

/**
 * wink-nlp's lemma of every token, as `tokens.out(its.lemma)` gives it. Lemmatising was nearly all
 * the stage's cost beyond wink's own tokenising and tagging, and words recur: wink-nlp 2.4 reads a
 * lemma off the token's lexeme and POS alone (the lexeme's lemma, or its rules over the lexeme's
 * normal form, which look only at the model's own vocabulary), except for a contraction's parts
 * ("ca|n't"), whose lemmas the token carries. So the lemma of a lexeme id (a lexeme's id never
 * changes) under a POS is asked once and memoised; contractions are asked every time.
 */
function lemmasOf(nlp: WinkNlp, all: WinkTokens, pos: readonly string[]): (string | undefined)[] {
  const its = nlp.its;
  const ids = all.out(its.uniqueId) as number[];
  const contractions = all.out(its.contractionFlag) as boolean[];
  let memo = lemmaMemos.get(nlp);
  if (!memo) lemmaMemos.set(nlp, (memo = { lemmas: new Map(), tags: new Map() }));
  const { lemmas, tags } = memo;
  const out = new Array<string | undefined>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    let tag = tags.get(pos[i]);
    if (tag === undefined) tags.set(pos[i], (tag = tags.size));
    // Universal POS tags are 17: 32 slots per lexeme keep the key a small integer.
    if (contractions[i] || tag >= 32) {
      out[i] = lemmaAt(nlp, all, i);
      continue;
    }
    const key = ids[i] * 32 + tag;
    let lemma = lemmas.get(key);
    if (lemma === undefined && !lemmas.has(key)) {
      lemma = lemmaAt(nlp, all, i);
      if (lemmas.size >= LEMMA_MEMO_LIMIT) lemmas.clear();
      lemmas.set(key, lemma);
    }
    out[i] = lemma;
  }
  return out;
}

function lemmaAt(nlp: WinkNlp, all: WinkTokens, i: number): string | undefined {
  return all.itemAt(i).out(nlp.its.lemma as unknown as typeof nlp.its.value) as string | undefined;
}

const LETTERS = /^\p{L}+$/u;

/** Words whose "'s" is "is" or "us" ("it's", "let's"): wink-nlp expands those itself. */
const CONTRACTED = new Set(["it", "he", "she", "that", "what", "there", "here", "who", "let", "how", "where", "when", "why"]);

/** Where the possessive "'s" of a whole token starts ("Trump's" → 5), or 0 when it has none. */
function possessiveAt(value: string): number {
  const n = value.length;
  if (n < 3 || (value[n - 1] !== "s" && value[n - 1] !== "S") || (value[n - 2] !== "'" && value[n - 2] !== "\u2019")) return 0;
  const stem = value.slice(0, n - 2);
  return /\p{L}$/u.test(stem) && !CONTRACTED.has(stem.toLowerCase()) ? n - 2 : 0;
}

/**
 * Two touching letter runs that wink-nlp split because one has a letter beyond Latin-1: the token
 * `left` (a span of `text`) and the next token's value. The characters at the seam are checked
 * first, so the slice and the regexes run only for the rare tokens that need them.
 */
function splitWord(text: string, left: { start: number; end: number }, right: string): boolean {
  if (text.charCodeAt(left.end - 1) <= 0xff && !(right.charCodeAt(0) > 0xff)) return false;
  return LETTERS.test(text.slice(left.start, left.end)) && LETTERS.test(right);
}

/** Whether a token is all white space; most tokens start with a printable ASCII character and are not. */
function isSpace(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return /^\s+$/.test(value);
}

export const createTokensStage = defineStage<{ nlp?: WinkNlp } | void>(
  { id: "tokens.wink", version: 1, requires: ["text"], assigns: ["sentences", "tokens"] },
  (options) => {
    const nlp = (options && options.nlp) || loadWink();
    return {
      resources: { "wink-eng-lite-web-model": "1.8.1" },
      run(doc) {
        const { sentences, tokens } = tokenise(nlp, doc.text);
        return { ...doc, sentences, tokens };
      },
    };
  },
);

// Shapes shared by the attribution readers (units, candidates, the per-document context) and the
// token- and character-position helpers they all use: verb groups, nearby quotations, span trimming.
import type { Span } from "../../model/schema.js";
import { CUE_ADJUNCT_WORDS, type CueClass, type QuoteRule } from "./cues.js";
import { looksLikeQuotation, type QuotedSpan } from "./marks.js";
import { isPossessiveMarker, type Tok, type TokRange } from "./phrases.js";

/** A stretch of tokens processed together: a sentence, merged with others a quotation runs across. */
export interface Unit {
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
}

/** How an attribution was found: a pattern of QUOTE_RULES (kept for explanations and error analysis). */
export type AttributionRule = Exclude<QuoteRule, "continuation" | "unattributed">;

/** A found attribution: content is a quoted span (direct) or a clause (indirect or mixed). */
export interface Attribution {
  cue: Span;
  /** Token range of the speaker phrase, or null when none was found. */
  speaker: TokRange | null;
  content: Span;
  /** Index of the quoted span that is the whole content (direct), else null. */
  quote: number | null;
  /** Indices of quoted spans inside an indirect content (makes it mixed). */
  inner: number[];
  rule: AttributionRule;
  unit: number;
}

/** Options of attribution finding. */
export interface AttributionOptions {
  /** Which cue classes count; belief verbs ("believes that") are attributions of a stated position. */
  classes: ReadonlySet<CueClass>;
}

/** What every reader of a document's attributions looks at, built once per document. */
export interface Context {
  text: string;
  toks: readonly Tok[];
  quoted: readonly QuotedSpan[];
  /** Quoted span index for every token inside a quote (marks included), else -1. */
  quoteOf: Int32Array;
  options: AttributionOptions;
}

/** Content after a cue: a quoted span, or a clause from a character offset (a noun phrase if `np`). */
export type Forward =
  | { kind: "quote"; quote: number }
  | { kind: "clause"; start: number; rule: AttributionRule; np?: boolean; end?: number };

/** A cue found by one reader, with its speaker and content, before the unit's candidates are assembled. */
export interface Candidate {
  cueFirst: number;
  cueLast: number;
  /**
   * The cue as reported, when wider than the verb: adverbs before it and adjuncts after it ("also
   * said on Tuesday"), the verb governing an infinitive ("went on to say"), as PARC and PolNeAR mark cues.
   */
  span?: { first: number; last: number };
  speaker: TokRange | null;
  /** The speaker is the subject of the clause the cue hangs on ("…, adding that"; "and warned"). */
  inherits: boolean;
  forward: Forward | null;
  /** Quoted span closing right before the speaker or cue ("“…,” he said"). */
  backQuote: number | null;
  /** Comma before the speaker or cue that ends a reported clause ("…, Baqeri said"). */
  backComma: number | null;
  /** After the cue, a comma and more clause follows: "They, he added, also visited …". */
  parenthetical: boolean;
  rule: AttributionRule | null;
  /** Class of the cue verb, if the cue is a verb. */
  verbClass?: CueClass;
  /** The speaker must be a person, group or organisation (see CueVerb.sourceSubject). */
  sourceSubject?: boolean;
  /** The cue names no source and needs none ("claims of voter fraud"): kept with a null speaker. */
  sourceless?: boolean;
  /** Token index where the attribution phrase (speaker and cue) begins. */
  segmentFirst: number;
  /** Token index where it ends. */
  segmentLast: number;
}

/** Closing quotation marks. */
export const CLOSING = /["”’'»]/;

/** Words that open an embedded question ("asked whether …"). */
export const WH_WORDS = new Set(["if", "whether", "why", "how", "what", "when", "where", "who"]);

/** Pronouns that stand as an addressee or object ("told them"). */
export const OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them", "you", "it"]);

/** Object pronouns that can only name people ("infuriated them", "according to him"). */
export const PERSON_OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them"]);

/** Skip left over spaces from `at`; return the offset of the previous non-space character or -1. */
export function prevChar(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

/** Is there no line break between offsets `from` and `to`? */
export function sameLine(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes("\n");
}

/** Words of permission ("not authorized to speak"): an anonymous source's reason. */
export const PERMISSION_WORDS = /^(authori[sz]ed|allowed|permitted)$/;

/** Adverbs that stand inside a verb group ("has since said", "is still insisting"). */
export const GROUP_ADVERBS = new Set(["also", "still", "already", "just", "even", "never", "ever", "now", "since", "long", "only", "further", "not"]);

// Module-level rather than closures in the functions below: those run for every cue candidate.
function isAux(t: Tok): boolean {
  return t.pos === "AUX" || t.lower === "not" || t.lower === "n't" || t.lower === "n’t";
}

function groupAdverb(t: Tok): boolean {
  // ("has since said": the tagger reads "since" as a conjunction; after an auxiliary it is an adverb.)
  return (t.pos === "ADV" || t.lower === "since") && (/ly$/.test(t.lower) || CUE_ADJUNCT_WORDS.has(t.lower) || GROUP_ADVERBS.has(t.lower));
}

/** Is the token a time or manner word that may join a cue ("Sunday", "again")? */
export function timeWord(t: Tok | undefined): boolean {
  return t !== undefined && CUE_ADJUNCT_WORDS.has(t.lower);
}

/** Token range of the verb group ending at `i`: auxiliaries and negation before the cue verb. */
export function verbGroupStart(ctx: Context, unit: Unit, i: number): number {
  let g = i;
  while (g - 1 >= unit.first && ctx.quoteOf[g - 1] < 0) {
    const p = ctx.toks[g - 1];
    if (isAux(p)) {
      g--;
      continue;
    }
    // "has repeatedly said", "have already officially accused"; not "to be dead citing" (a predicate,
    // then a gerund).
    let a = g - 1;
    while (a >= unit.first && ctx.quoteOf[a] < 0 && groupAdverb(ctx.toks[a]) && g - a <= 3) a--;
    if (a < g - 1 && a >= unit.first && isAux(ctx.toks[a])) g = a;
    else break;
  }
  return g;
}

/** The lowest token index a left-hand speaker phrase may reach: not into a quotation. */
export function leftFloor(ctx: Context, unit: Unit, from: number): number {
  let f = from;
  while (f - 1 >= unit.first && ctx.quoteOf[f - 1] < 0) f--;
  return f;
}

/** After a noun phrase ending before `k`: past a quoted title owned by it ("NBC's “Meet the Press”"). */
export function afterTitle(ctx: Context, k: number): number {
  const title = titleEnd(ctx, isPossessiveMarker(ctx.toks[k]) ? k + 1 : k);
  return title ?? k;
}

/** If token `k` opens a quoted title (not a quotation), the token index after it; else null. */
export function titleEnd(ctx: Context, k: number): number | null {
  const q = ctx.quoteOf[k];
  if (q === undefined || q < 0) return null;
  const quote = ctx.quoted[q];
  if (ctx.toks[k].start !== quote.open || looksLikeQuotation(ctx.text, quote)) return null;
  let e = k;
  while (e < ctx.toks.length && ctx.quoteOf[e] === q) e++;
  return e;
}

/** The quoted span that opens right after offset `from` with only `:`, `,` or "that" between. */
export function quoteOpeningAfter(ctx: Context, from: number): number | null {
  for (let q = 0; q < ctx.quoted.length; q++) {
    const quote = ctx.quoted[q];
    if (quote.open < from) continue;
    const gap = ctx.text.slice(from, quote.open);
    if (/^[ \t]*(?:[,:]|that)?[ \t]*$/.test(gap) || /^[ \t]*:\s*$/.test(gap)) return q;
    return null;
  }
  return null;
}

/** Quoted span whose closing mark ends right before offset `at` (spaces and a comma between). */
export function quoteClosingBefore(ctx: Context, at: number): number | null {
  const i = prevChar(ctx.text, at);
  if (i < 0) return null;
  let j = i;
  if (ctx.text[j] === ",") j = prevChar(ctx.text, j);
  if (j < 0 || !CLOSING.test(ctx.text[j])) return null;
  // A quotation ending the paragraph before belongs to that paragraph's speaker, not to this one.
  if (!sameLine(ctx.text, j, at)) return null;
  for (let q = ctx.quoted.length - 1; q >= 0; q--) {
    const quote = ctx.quoted[q];
    // A quotation closed after a full stop ends its sentence: "“It is not for them.” The email began, …"
    // is no attribution of it (news writes "“…,” he said").
    if (quote.close === j + 1 && /\.\s*$/.test(ctx.text.slice(quote.start, quote.close - 1)) && /^\s*\p{Lu}/u.test(ctx.text.slice(quote.close, at + 1))) return null;
    if (quote.close === j + 1 || (quote.close === j + 2 && ctx.text[j + 1] === ",")) return quote.closed ? q : null;
    if (quote.close < j) break;
  }
  return null;
}

/** Token index of a comma right before token `first` (the end of a reported clause), else null. */
export function commaBefore(ctx: Context, unit: Unit, first: number): number | null {
  const p = first - 1;
  return p > unit.first && ctx.toks[p].text === "," && ctx.quoteOf[p] < 0 ? p : null;
}

/** Is token k a verb in its base form, as after an infinitive "to" ("appeal to working-class voters" has none)? */
export function infinitiveAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && (t.pos === "VERB" || t.pos === "AUX") && t.lower === t.lemma;
}

/** The span without surrounding spaces and punctuation, nor a conjunction left dangling at its end. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  for (;;) {
    while (s < e && /[\s,;:\u2014\u2013-]/.test(text[s])) s++;
    while (e > s && /[\s,;:.\u2014\u2013-]/.test(text[e - 1])) e--;
    // A content cut before the next attribution may end in the conjunction that joined them.
    const tail = /(?:^|\s)(and|but|or|as well as|while)$/i.exec(text.slice(Math.max(s, e - 12), e));
    if (!tail || e - tail[1].length <= s) return { start: s, end: e };
    e -= tail[1].length;
  }
}

/** Quoted spans lying inside [start, end). */
export function quotesInside(ctx: Context, start: number, end: number): number[] {
  const out: number[] = [];
  ctx.quoted.forEach((q, i) => {
    if (q.open >= start && q.close <= end + 1) out.push(i);
  });
  return out;
}

/** Does the span consist of nothing but the quoted span (and its marks)? */
export function isWholeQuote(ctx: Context, q: number, span: Span): boolean {
  const quote = ctx.quoted[q];
  const before = ctx.text.slice(span.start, quote.open);
  const after = ctx.text.slice(quote.close, span.end);
  return /^[\s"“”‘’'«»,.]*$/.test(before) && /^[\s"“”‘’'«»,.]*$/.test(after);
}

// Quotation marks: tells quotes from apostrophes, pairs opening and closing marks (straight, curly,
// doubled '' and guillemets), nests single inside double, and joins quotes that run over paragraphs.
import type { Span } from "../../model/schema.js";
import { ELISIONS } from "./cues.js";

export type QuoteStyle = "double" | "single";

/** A quoted stretch of text found from its marks alone (no decision yet on whether it is a quotation). */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the end of the paragraph when the quote is never closed. */
  close: number;
  /** Content inside the outer marks, without surrounding spaces or a trailing comma. */
  start: number;
  end: number;
  /** One content span per paragraph the quote runs over (one element for most quotes). */
  pieces: Span[];
  style: QuoteStyle;
  closed: boolean;
}

type MarkKind = "open" | "close" | "either" | "close-if-open" | "apostrophe";

interface Mark {
  at: number;
  length: number;
  style: QuoteStyle;
  kind: MarkKind;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE_BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;]/;
const CLOSE_FOLLOWER = /[\s.,;:!?)\]}\u2014\u2013\-/…]/;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

function isQuoteChar(ch: string | undefined): boolean {
  return ch !== undefined && /["'“”‘’«»„]/.test(ch);
}

/** Can a mark between `prev` and `next` open a quotation? (start of text, after space or bracket) */
function opensLike(prev: string | undefined, next: string | undefined): boolean {
  const before = prev === undefined || SPACE_BEFORE_OPEN.test(prev) || isQuoteChar(prev);
  return before && next !== undefined && !/\s/.test(next);
}

/** Can a mark between `prev` and `next` close a quotation? (after a non-space, before space or punctuation) */
function closesLike(prev: string | undefined, next: string | undefined): boolean {
  const before = prev !== undefined && !/\s/.test(prev);
  return before && (next === undefined || CLOSE_FOLLOWER.test(next) || isQuoteChar(next));
}

function flankKind(prev: string | undefined, next: string | undefined): MarkKind {
  const o = opensLike(prev, next);
  const c = closesLike(prev, next);
  if (o && !c) return "open";
  if (c && !o) return "close";
  return "either";
}

/** The word right after offset `i` (letters only), lower-cased. */
function wordAt(text: string, i: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(i, i + 12));
  return m ? m[0].toLowerCase() : "";
}

/**
 * Classify a single-quote character at `i` (‘ ’ or '): an apostrophe inside or before a word
 * ("Iran’s", "’90s", "rock ’n’ roll", "'em"), or a possible opening or closing single quote.
 */
export function classifySingle(text: string, i: number): "open" | "close-if-open" | "apostrophe" {
  const ch = text[i];
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = i + 1 < text.length ? text[i + 1] : undefined;
  // "rock ’n’ roll", "rock 'n' roll": both marks belong to the elided "and".
  if ((next === "n" || next === "N") && /['’]/.test(text[i + 2] ?? "") && !isWord(text[i + 3]) && !isWord(prev)) return "apostrophe";
  if ((prev === "n" || prev === "N") && /['’‘]/.test(text[i - 2] ?? "") && !isWord(text[i - 3]) && !isWord(next)) return "apostrophe";
  if (isWord(prev) && isWord(next)) return "apostrophe";
  const openPosition = prev === undefined || SPACE_BEFORE_OPEN.test(prev) || isQuoteChar(prev);
  if (openPosition && next !== undefined && /\d/.test(next)) return "apostrophe";
  if (openPosition && isWord(next)) {
    const word = wordAt(text, i + 1);
    if (ELISIONS.has(word) && word === text.slice(i + 1, i + 1 + word.length) && !isWord(text[i + 1 + word.length])) {
      return "apostrophe";
    }
    return "open";
  }
  if (openPosition && next !== undefined && ch !== "’" && isQuoteChar(next)) return "open";
  if (prev !== undefined && !/\s/.test(prev) && (next === undefined || CLOSE_FOLLOWER.test(next) || isQuoteChar(next))) {
    return "close-if-open";
  }
  return "apostrophe";
}

/** Every character scanMarks looks at: the scan visits only these (most text has few). */
const MARK_CHARS = /['`"“„«”»‘’]/g;

/** Offsets of all mark characters of the text, in order. */
function markOffsets(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MARK_CHARS)) out.push(m.index);
  return out;
}

/**
 * Every quotation-mark candidate in [from, to), in text order, given the mark offsets of the text
 * and a cursor into them (advanced past `to`).
 */
function scanMarks(text: string, from: number, to: number, offsets: readonly number[], cursor: { at: number }): Mark[] {
  const marks: Mark[] = [];
  while (cursor.at < offsets.length && offsets[cursor.at] < from) cursor.at++;
  for (; cursor.at < offsets.length && offsets[cursor.at] < to; cursor.at++) {
    const i = offsets[cursor.at];
    const ch = text[i];
    const prev = i > from ? text[i - 1] : undefined;
    if (ch === "'" && text[i + 1] === "'") {
      const next = i + 2 < to ? text[i + 2] : undefined;
      marks.push({ at: i, length: 2, style: "double", kind: flankKind(prev, next) });
      cursor.at++;
      continue;
    }
    if (ch === "`" && text[i + 1] === "`") {
      marks.push({ at: i, length: 2, style: "double", kind: "open" });
      cursor.at++;
      continue;
    }
    const next = i + 1 < to ? text[i + 1] : undefined;
    switch (ch) {
      case "“":
      case "„":
      case "«": {
        // A left mark glued to the end of a word is a mistyped closing mark.
        const kind = isWord(prev) && (next === undefined || /\s/.test(next)) ? "close" : "open";
        marks.push({ at: i, length: 1, style: "double", kind });
        break;
      }
      case "”":
      case "»": {
        const kind = (prev === undefined || /\s/.test(prev)) && isWord(next) ? "open" : "close";
        marks.push({ at: i, length: 1, style: "double", kind });
        break;
      }
      case '"':
        marks.push({ at: i, length: 1, style: "double", kind: flankKind(prev, next) });
        break;
      case "‘":
      case "’":
      case "'": {
        const kind = classifySingle(text, i);
        if (kind !== "apostrophe") marks.push({ at: i, length: 1, style: "single", kind });
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

interface Open {
  mark: Mark;
  /** Content pieces of earlier paragraphs when the quote runs over paragraphs. */
  pieces: Span[];
  /** Start of the current piece's content. */
  pieceStart: number;
}

/** Trim spaces and a trailing comma (it belongs to the attribution: “…,” he said). */
function trimContent(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Paragraph spans: lines of the text (line breaks end paragraphs in normalised text). */
export function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // From line break to line break with indexOf: a loop over every character cost more than the rest.
  while (start <= text.length) {
    let i = text.indexOf("\n", start);
    if (i < 0) i = text.length;
    if (i > start && text.slice(start, i).trim()) out.push({ start, end: i });
    start = i + 1;
  }
  return out;
}

/** The first mark of a paragraph, if the paragraph begins with an opening mark of `style`. */
function opensParagraph(marks: Mark[], paragraph: Span, text: string, style: QuoteStyle): Mark | null {
  const first = marks[0];
  if (!first || first.style !== style || (first.kind !== "open" && first.kind !== "either")) return null;
  return text.slice(paragraph.start, first.at).trim() === "" ? first : null;
}

/**
 * Find quoted spans: outermost quotes only (a quote inside a quote is part of its content). A quote
 * left open at the end of a paragraph continues when the next paragraph opens with a quote mark
 * (news style for quotations over several paragraphs); otherwise it ends with its paragraph.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const paragraphs = paragraphsOf(text);
  const offsets = markOffsets(text);
  const cursor = { at: 0 };
  const marksByParagraph = paragraphs.map((p) => scanMarks(text, p.start, p.end, offsets, cursor));
  let carried: Open | null = null;

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p];
    const marks = marksByParagraph[p];
    const stack: Open[] = [];
    let from = 0;
    if (carried) {
      const continuation = opensParagraph(marks, paragraph, text, carried.mark.style);
      if (continuation) {
        carried.pieceStart = continuation.at + continuation.length;
        stack.push(carried);
        from = 1;
      }
      carried = null;
    }
    for (let m = from; m < marks.length; m++) {
      const mark = marks[m];
      const openIndex = findOpen(stack, mark.style);
      let kind = mark.kind;
      if (kind === "either") kind = openIndex >= 0 ? "close" : "open";
      if (kind === "close-if-open") {
        // A single closing mark only closes a single quote opened at the current nesting level.
        kind = stack.length > 0 && stack[stack.length - 1].mark.style === "single" ? "close" : "apostrophe";
      }
      if (kind === "open") {
        stack.push({ mark, pieces: [], pieceStart: mark.at + mark.length });
        continue;
      }
      if (kind !== "close" || openIndex < 0) continue;
      const opened = stack[openIndex];
      stack.length = openIndex;
      if (stack.length > 0) continue;
      const last = trimContent(text, opened.pieceStart, mark.at);
      const pieces = [...opened.pieces, last].filter((s) => s.end > s.start);
      if (pieces.length === 0) continue;
      out.push({
        open: opened.mark.at,
        close: mark.at + mark.length,
        start: pieces[0].start,
        end: pieces[pieces.length - 1].end,
        pieces,
        style: opened.mark.style,
        closed: true,
      });
    }
    // Unclosed single quotes at the end of a paragraph were apostrophes after all.
    while (stack.length > 0 && stack[stack.length - 1].mark.style === "single" && stack.length > 1) stack.pop();
    const outer = stack[0];
    if (!outer) continue;
    const piece = trimContent(text, outer.pieceStart, paragraph.end);
    const next = paragraphs[p + 1];
    if (next && opensParagraph(marksByParagraph[p + 1], next, text, outer.mark.style)) {
      carried = { mark: outer.mark, pieces: [...outer.pieces, piece].filter((s) => s.end > s.start), pieceStart: 0 };
      continue;
    }
    if (outer.mark.style === "single" && outer.pieces.length === 0) continue;
    const pieces = [...outer.pieces, piece].filter((s) => s.end > s.start);
    if (pieces.length === 0) continue;
    out.push({
      open: outer.mark.at,
      close: paragraph.end,
      start: pieces[0].start,
      end: pieces[pieces.length - 1].end,
      pieces,
      style: outer.mark.style,
      closed: false,
    });
  }
  return out;
}

function findOpen(stack: Open[], style: QuoteStyle): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].mark.style === style) return i;
  return -1;
}

const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** A quoted span that reads as a quotation rather than a scare quote or a title. */
export function looksLikeQuotation(text: string, q: QuotedSpan): boolean {
  const words = text.slice(q.start, q.end).match(WORDS) ?? [];
  const raw = text.slice(q.start, q.close).replace(/[\s"“”‘’'»]+$/, "");
  const punctuated = /[.?!…,]$/.test(raw);
  const long = words.filter((w) => w.length > 3);
  const capitalised = long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.75;
  // Titles of shows, books and tapes: capitalised words, even with a full stop inside the marks.
  const titleLike = capitalised && (!punctuated || (words.length <= 6 && !/[?!]$/.test(raw)));
  if (titleLike) return false;
  return words.length >= 8 || (words.length >= 3 && punctuated);
}

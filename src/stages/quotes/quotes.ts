// Stage quotes@2: direct, indirect and mixed quotations with their cue and their speaker, resolved to
// an actor when the entity and actor layers are present.
//
// Decisions: a quote split by its attribution (“…,” he said, “…”) becomes two quotes sharing speaker
// and cue, so every content span is exact (no "he said" inside it). A quotation over several
// paragraphs is one quote whose content runs from the first opening mark to the last closing mark.
// Quote-only paragraphs and quote sentences after an attributed quote take that quote's speaker
// (cue null). A parenthetical attribution ("They, he added, also visited …") gives one quote whose
// content is the whole clause, with speaker and cue inside it.
// Attributions follow PARC/PolNeAR: besides speech, stated beliefs, stances, plans and evidence are
// quotes of their holder ("endorsed X", "plans to …", "was optimistic that …", "polls show …");
// `classes` narrows that. Cue spans take adverbs and short time adjuncts ("also said on Tuesday"); a
// relative pronoun speaker ("who told …") keeps its span and is named through its antecedent. A claim
// noun without a holder ("claims of voter fraud"), a passive of hearsay ("is said to have …") and an
// agentless passive characterisation ("was seen as wooden") are quotes with a cue and a null speaker.
import type { Document, Quote, Span } from "../../model/schema.js";
import { defineStage, diagnostic } from "../../pipeline/stage.js";
import { findAttributions } from "./attribution.js";
import { CUE_CLASSES, CUE_FORMS, CUE_VERBS, type CueClass, type QuoteRule } from "./cues.js";
import { findQuotedSpans, looksLikeQuotation, paragraphsOf, type QuotedSpan } from "./marks.js";
import { tokensOf, type TokRange } from "./phrases.js";
import { SpeakerResolver, type ResolvedSpeaker } from "./speakers.js";
import { buildUnits } from "./units.js";

export interface QuotesOptions {
  /**
   * Cue classes to report; default all: speech ("said"), belief ("believes that"), evidence ("polls
   * show"), stance ("condemned the attack"), intent ("plans to visit").
   */
  classes?: readonly CueClass[];
}

/** A quote with the rule that found it (for explanations and error analysis). */
export interface ExplainedQuote {
  quote: Quote;
  rule: QuoteRule;
}

interface Draft {
  content: Span;
  kind: Quote["kind"];
  speakerRange: TokRange | null;
  speaker: ResolvedSpeaker | null;
  cue: Span | null;
  rule: ExplainedQuote["rule"];
  quoteIndex: number | null;
  /** A quotation without a cue: kept only if it continues a speaker's quote or looks like a quotation. */
  pending: boolean;
}

/** Lemmas and forms of reporting verbs, which stay verbs even when capitalised after a name. */
const REPORTING_FORMS: ReadonlySet<string> = new Set([...CUE_VERBS.keys(), ...CUE_FORMS.keys()]);

/** Does the quoted span open a sentence (after a full stop, a quotation or a line break)? */
function opensSentence(text: string, q: QuotedSpan): boolean {
  let i = q.open - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || /[.?!:\n"”’»]/.test(text[i]);
}

/** Find the quotes of a tokenised document, with the rule behind each. */
export function explainQuotes(doc: Document, options: QuotesOptions = {}): ExplainedQuote[] {
  return analyse(doc, options, findQuotedSpans(doc.text));
}

function analyse(doc: Document, options: QuotesOptions, quoted: readonly QuotedSpan[]): ExplainedQuote[] {
  const text = doc.text;
  const classes = new Set<CueClass>(options.classes ?? CUE_CLASSES);
  const toks = tokensOf(doc, REPORTING_FORMS);
  const units = buildUnits(text, doc.sentences, toks, quoted);
  const attributions = findAttributions(text, toks, units, quoted, { classes });
  const paragraphs = paragraphsOf(text);
  const paragraphOf = (offset: number) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const drafts: Draft[] = [];
  const used = new Set<number>();
  for (const a of attributions) {
    if (a.quote !== null) {
      if (used.has(a.quote)) continue;
      used.add(a.quote);
    }
    a.inner.forEach((i) => used.add(i));
    drafts.push({
      content: a.content,
      kind: a.quote !== null ? "direct" : a.inner.length > 0 ? "mixed" : "indirect",
      speakerRange: a.speaker,
      speaker: null,
      cue: a.cue,
      rule: a.rule,
      quoteIndex: a.quote,
      pending: false,
    });
  }
  quoted.forEach((q, i) => {
    if (used.has(i)) return;
    drafts.push({ content: { start: q.start, end: q.end }, kind: "direct", speakerRange: null, speaker: null, cue: null, rule: "unattributed", quoteIndex: i, pending: true });
  });
  drafts.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);

  const resolver = new SpeakerResolver(doc, toks);
  let last: { speaker: ResolvedSpeaker; paragraph: number } | null = null;
  // The speaker of the last quotation: a quotation after "“…,” McCaul said, though officials haven't
  // said …" continues McCaul's words, not the indirect speech in between.
  let lastDirect: { speaker: ResolvedSpeaker; paragraph: number } | null = null;
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (d.speakerRange) {
      d.speaker = resolver.resolve(d.speakerRange);
      last = { speaker: d.speaker, paragraph: paragraphOf(d.content.end) };
      if (d.kind === "direct") lastDirect = last;
      kept.push(d);
      continue;
    }
    // A cue that names no source ("claims of voter fraud", "is said to") is kept without a speaker; it continues nobody.
    if (!d.pending && d.cue !== null) {
      kept.push(d);
      continue;
    }
    if (!d.pending || d.quoteIndex === null) continue;
    const q = quoted[d.quoteIndex];
    const paragraph = paragraphOf(q.open);
    if (last && lastDirect && lastDirect.speaker.name !== last.speaker.name && lastDirect.paragraph === last.paragraph && last.paragraph === paragraph) last = lastDirect;
    const quotation = looksLikeQuotation(text, q);
    const sameParagraph = last !== null && last.paragraph === paragraph && (quotation || opensSentence(text, q));
    const nextParagraph = last !== null && last.paragraph === paragraph - 1 && text.slice(paragraphs[paragraph].start, q.open).trim() === "";
    if (last && (sameParagraph || nextParagraph)) {
      d.speaker = last.speaker;
      d.rule = "continuation";
      last = { speaker: last.speaker, paragraph: paragraphOf(q.end) };
      lastDirect = last;
      kept.push(d);
    } else if (quotation) {
      kept.push(d);
    }
  }

  return kept.map((d, n) => ({
    rule: d.rule,
    quote: {
      id: `q${n + 1}`,
      start: d.content.start,
      end: d.content.end,
      text: text.slice(d.content.start, d.content.end),
      kind: d.kind,
      speaker: d.speaker ? { ...d.speaker } : null,
      cue: d.cue ? { ...d.cue, text: text.slice(d.cue.start, d.cue.end) } : null,
    },
  }));
}

/** Find the quotes of a tokenised document. */
export function findQuotes(doc: Document, options: QuotesOptions = {}): Quote[] {
  return explainQuotes(doc, options).map((e) => e.quote);
}

export const createQuotesStage = defineStage<QuotesOptions | void>(
  { id: "quotes", version: 2, requires: ["sentences", "tokens"], assigns: ["quotes"] },
  (options) => {
    const settings: QuotesOptions = options ? { ...options } : {};
    return {
      run(doc) {
        // An opening mark never closed is bad input, not a failure: the quote ends with its paragraph.
        const quoted = findQuotedSpans(doc.text);
        const unclosed = quoted
          .filter((q) => !q.closed)
          .map((q) =>
            diagnostic("quotes", "quotes.unclosed-quotation", "quotation mark opened but never closed; the quote ends with its paragraph", {
              severity: "info",
              start: q.open,
              end: q.close,
            }),
          );
        const quotes = analyse(doc, settings, quoted).map((e) => e.quote);
        return { ...doc, quotes, diagnostics: [...doc.diagnostics, ...unclosed] };
      },
    };
  },
);

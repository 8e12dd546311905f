// Attribution finding: runs the pattern readers over every unit (and speaker-colon paragraphs) and
// assembles their candidates into attributions, cutting each forward content where the next begins;
// a fronted "On X," topic joins the attribution of the clause it opens.
import type { Span } from "../../model/schema.js";
import {
  ATTITUDE_ADJECTIVES,
  BARE_CUE_NOUNS,
  CUE_NOUNS,
  DOCUMENT_VERBS,
  IDIOM_CUES,
  MESSAGE_VERBS,
  NON_SPEAKER_LABELS,
  OCCASION_NOUNS,
  isVerbFormCompound,
  type Complement,
  type CueVerb,
} from "./cues.js";
import type { QuotedSpan } from "./marks.js";
import { isTimePhrase, npRight, type Tok, type TokRange } from "./phrases.js";
import {
  type Attribution,
  type AttributionOptions,
  type Candidate,
  type Context,
  type Unit,
  isWholeQuote,
  quotesInside,
  trimSpan,
  verbGroupStart,
} from "./attribution-context.js";
import {
  cueSpan,
  forwardEnd,
  messageContent,
  subordinateEnd,
} from "./content-span.js";
import { TitleCaseMemo, capitalisedInside, cueVerbOf } from "./cue-words.js";
import {
  accordingTo,
  bareCueNoun,
  cueNoun,
  cueNounWithSourceAfter,
  headlineColon,
  titleCaseHeadline,
} from "./noun-patterns.js";
import {
  firstSubject,
  subjectLeft,
  isDocumentLike,
  isSourceLike,
  subjectAfterFronted,
  withoutAnonymityClause,
} from "./source-phrase.js";
import {
  CHARACTERISATION_PARTICIPLES,
  attitude,
  characterisationPassive,
  cameToLight,
  cueVerbCandidate,
  experiencerObject,
  messageAct,
} from "./verb-patterns.js";

export type { Attribution, AttributionOptions, AttributionRule, Unit } from "./attribution-context.js";

/** Find attributions in every unit of a document. */
export function findAttributions(
  text: string,
  toks: readonly Tok[],
  units: readonly Unit[],
  quoted: readonly QuotedSpan[],
  options: AttributionOptions,
): Attribution[] {
  const quoteOf = new Int32Array(toks.length).fill(-1);
  let q = 0;
  for (let i = 0; i < toks.length; i++) {
    while (q < quoted.length && quoted[q].close <= toks[i].start) q++;
    if (q < quoted.length && quoted[q].open <= toks[i].start && toks[i].end <= quoted[q].close) quoteOf[i] = q;
  }
  const ctx: Context = { text, toks, quoted, quoteOf, options };
  const out: Attribution[] = [];
  let claimed = -1;
  units.forEach((unit, u) => {
    if (unit.paragraph === claimed) return;
    const turn = speakerColon(ctx, units, u);
    if (turn) {
      out.push(turn);
      claimed = unit.paragraph;
      return;
    }
    out.push(...unitAttributions(ctx, unit, u));
  });
  return out;
}

/**
 * A paragraph opened by a speaker's name and a colon: transcripts ("MS. CLINTON: …") and headlines
 * ("McCaul: If elected, Clinton could be impeached"). The rest of the paragraph is the content. The
 * name must be a person or organisation entity, or written in capitals as transcripts do.
 */
function speakerColon(ctx: Context, units: readonly Unit[], u: number): Attribution | null {
  const { toks, text } = ctx;
  const unit = units[u];
  if (u > 0 && units[u - 1].paragraph === unit.paragraph) return null;
  let c = unit.first;
  while (c <= Math.min(unit.last, unit.first + 5) && toks[c].text !== ":") c++;
  if (c > unit.last || c === unit.first || toks[c].text !== ":" || ctx.quoteOf[c] >= 0) return null;
  const name = toks.slice(unit.first, c);
  if (NON_SPEAKER_LABELS.has(text.slice(name[0].start, name[name.length - 1].end).toLowerCase())) return null;
  const capitals = name.every((t) => /^[\p{Lu}.]+$/u.test(t.text)) && name.some((t) => t.text.length > 2);
  const entity = name.some((t) => t.entity === "PERSON" || t.entity === "ORG");
  if (!(capitals || entity) || !name.every((t) => t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "PUNCT" || t.entity)) return null;
  let last = u;
  while (last + 1 < units.length && units[last + 1].paragraph === unit.paragraph) last++;
  const start = toks[c].end;
  const end = units[last].end;
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  if (end <= s) return null;
  const content = { start: s, end };
  const inner = quotesInside(ctx, content.start, content.end);
  const whole = inner.length === 1 && isWholeQuote(ctx, inner[0], content);
  return {
    cue: { start: toks[c].start, end: toks[c].end },
    speaker: { first: unit.first, last: c - 1 },
    content: whole ? { start: ctx.quoted[inner[0]].start, end: ctx.quoted[inner[0]].end } : content,
    quote: whole ? inner[0] : null,
    inner: whole ? [] : inner,
    rule: "speaker-colon",
    unit: u,
  };
}

function unitAttributions(ctx: Context, unit: Unit, u: number): Attribution[] {
  const { toks } = ctx;
  const candidates: Candidate[] = [];
  const title = titleCaseHeadline(ctx, unit);
  if (title) return assemble(ctx, unit, u, [title]);
  const titleCase = new TitleCaseMemo(ctx, unit);
  for (let i = unit.first; i <= unit.last; i++) {
    if (ctx.quoteOf[i] >= 0) continue;
    const t = toks[i];
    let candidate: Candidate | null = null;
    if (t.lower === "according" && toks[i + 1]?.lower === "to") candidate = accordingTo(ctx, unit, i);
    else if (ATTITUDE_ADJECTIVES.has(t.lower) && ctx.options.classes.has("belief")) candidate = attitude(ctx, unit, i);
    if (!candidate && t.pos === "NOUN" && CUE_NOUNS.has(t.lemma)) candidate = cueNoun(ctx, unit, i) ?? cueNounWithSourceAfter(ctx, unit, i);
    // ("amid hopes that …": after a preposition a plural the tagger read as a verb is a noun.)
    const nounAfterPreposition = t.pos === "VERB" && /s$/.test(t.lower) && toks[i - 1]?.pos === "ADP" && i - 1 >= unit.first;
    if (!candidate && (t.pos === "NOUN" || nounAfterPreposition) && BARE_CUE_NOUNS.has(t.lemma)) candidate = bareCueNoun(ctx, unit, i);
    if (!candidate && t.lower !== "according") {
      // Only these parts of speech can be read as a cue verb, a verb of feeling, a message act or a
      // document verb (see cueVerbOf): the other half of the tokens skip those readers.
      const verbLike = t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "AUX";
      const verb = verbLike ? cueVerbOf(toks, i, ctx.options.classes) : null;
      if (verb && !capitalisedInside(ctx, unit, i, titleCase) && !isVerbFormCompound(t.lower, toks[i + 1]?.lower)) {
        candidate = cueVerbCandidate(ctx, unit, i, verb);
      }
      // "took issue with the remarks", "made little mention of Trump": an idiom of communication.
      // (Active only: in the passive the noun is the subject, "Tributes were paid", which the
      // passive readings below do not check.)
      if (!candidate && t.pos === "VERB" && IDIOM_CUES.has(t.lemma) && !toks.slice(verbGroupStart(ctx, unit, i), i).some((x) => x.lemma === "be")) {
        const reason = "an idiom of communication: took issue with …";
        const idiom: CueVerb = { lemma: t.lemma, cueClass: "stance", complements: new Set<Complement>(["np"]), reason, sourceSubject: true, documentSubject: false, objectNouns: IDIOM_CUES.get(t.lemma) };
        candidate = cueVerbCandidate(ctx, unit, i, idiom);
      }
      // "was seen as wooden", "has been criticized as uninspiring": a view held by unnamed people.
      if (!candidate && CHARACTERISATION_PARTICIPLES.has(t.lower)) candidate = characterisationPassive(ctx, unit, i);
      // "The move infuriated some agents": a reaction of the object to the subject.
      if (!candidate && verbLike) candidate = experiencerObject(ctx, unit, i);
      // "It emerged that …": something came to light, told by nobody named.
      if (!candidate && verbLike) candidate = cameToLight(ctx, unit, i);
      // "sent out a series of scathing tweets targeted at Clinton", "dashed off a note": a message put out.
      if (!candidate && t.pos === "VERB" && MESSAGE_VERBS.has(t.lemma)) {
        const act = messageAct(ctx, unit, i);
        const found = act ? cueVerbCandidate(ctx, unit, i, act) : null;
        // ("appeared with mothers to deliver much the same message": an infinitive takes the main subject.)
        const infinitive = toks[i - 1]?.lower === "to";
        if (found?.forward?.kind === "clause" && (!found.inherits || infinitive)) candidate = { ...found, forward: messageContent(ctx, unit, found.forward) };
      }
      // "The survey gave Trump a lead", "the returns reveal enough about …": a record as the source.
      const documentVerb = candidate || !verbLike ? null : cueVerbOf(toks, i, ctx.options.classes, DOCUMENT_VERBS);
      if (documentVerb && !capitalisedInside(ctx, unit, i, titleCase)) {
        const found = cueVerbCandidate(ctx, unit, i, documentVerb);
        // (Checked here, not when assembling: a rejected candidate must not cut the content before it.)
        if (found && !found.inherits && found.speaker && isDocumentLike(toks, found.speaker)) candidate = found;
      }
    }
    if (candidate) {
      candidates.push(candidate);
      i = Math.max(i, candidate.cueLast);
    }
  }
  if (candidates.length === 0) {
    const headline = headlineColon(ctx, unit);
    if (headline) candidates.push(headline);
  }
  const found = assemble(ctx, unit, u, candidates);
  const topic = frontedTopic(ctx, unit, u, found);
  return topic ? [topic, ...found] : found;
}

/**
 * "On Syria's civil war, Trump said …": a fronted "On" phrase before a reporting clause names the topic
 * of what its subject says, an attribution of its own (PolNeAR marks it with "On" as cue). Not a time
 * ("On Friday,"), an occasion or medium ("On the campaign trail,", "On one hand,"), nor a place: the
 * phrase must name something by a proper name that is no place ("On Russia,", "On Syria's civil war,";
 * not "On condition of anonymity,", "On Capitol Hill,") and end at a comma right before the subject of
 * the unit's first attribution.
 */
function frontedTopic(ctx: Context, unit: Unit, u: number, found: readonly Attribution[]): Attribution | null {
  const { toks } = ctx;
  if (toks[unit.first]?.text !== "On" || ctx.quoteOf[unit.first] >= 0) return null;
  const np = npRight(toks, unit.first + 1, unit.last, true);
  if (!np || toks[np.last + 1]?.text !== "," || ctx.quoteOf[np.last + 1] >= 0) return null;
  let named = false;
  for (let k = np.first; k <= np.last; k++) {
    const t = toks[k];
    if (t.pos === "NUM" || isTimePhrase(toks, { first: k, last: k }) || OCCASION_NOUNS.has(t.lemma) || OCCASION_NOUNS.has(t.lower)) return null;
    if (t.entity === "LOC" || t.entity === "FAC") return null;
    if (t.pos === "PROPN") named = true;
  }
  if (!named) return null;
  const main = found.find((a) => a.speaker !== null && a.speaker.first === np.last + 2);
  if (!main) return null;
  return {
    cue: { start: toks[unit.first].start, end: toks[unit.first].end },
    speaker: main.speaker,
    content: { start: toks[np.first].start, end: toks[np.last].end },
    quote: null,
    inner: [],
    rule: "topic",
    unit: u,
  };
}

/** The span of a candidate's cue: its own span if it has one, else its cue tokens. */
function cueOf(toks: readonly Tok[], c: Candidate): Span {
  return { start: toks[c.span?.first ?? c.cueFirst].start, end: toks[c.span?.last ?? c.cueLast].end };
}

/** Turn a unit's candidates into attributions: cut forward contents where the next attribution starts. */
function assemble(ctx: Context, unit: Unit, u: number, candidates: Candidate[]): Attribution[] {
  const { toks, text } = ctx;
  const out: Attribution[] = [];
  let openForward: { attribution: Attribution; contentFirstChar: number } | null = null;
  let lastSpeaker: TokRange | null = null;
  let segmentEnd = unit.start;

  for (const c of candidates) {
    const at = toks[c.segmentFirst].start;
    const insideForward = openForward !== null && at >= openForward.contentFirstChar && at < openForward.attribution.content.end;
    // An explicit attribution inside a reported clause belongs to it ("said X's comments showed …"),
    // unless it introduces its own quotation with a speech verb ("… in a video where she said, “…”").
    const ownQuote = c.forward?.kind === "quote" && c.verbClass === "speech";
    if (insideForward && !c.inherits && c.backComma === null && c.backQuote === null && !ownQuote) continue;
    // "asked Flynn to describe Putin", "said he planned to ask Congress to …": an infinitive inside a
    // reported clause, with no punctuation before it, is part of what is reported, not a new report.
    // (The verb group may hold the "to": "not to announce".)
    const to = c.inherits && openForward ? infinitiveMarker(toks, c.cueFirst - 1, c.cueLast) : -1;
    if (insideForward && openForward && to >= 0 && !/[,;:()—–]/.test(text.slice(openForward.contentFirstChar, toks[to].start))) continue;
    if (insideForward && openForward) {
      // The earlier content stops where this attribution begins.
      const cut = trimSpan(text, openForward.attribution.content.start, Math.min(at, openForward.attribution.content.end));
      openForward.attribution.content = cut;
      openForward = null;
    }
    let speaker = c.speaker;
    // "Insisting it wasn't rehearsed, Trump invited …": a fronted participle's subject follows it.
    let frontedEnd: number | null = null;
    if (c.inherits && c.segmentFirst === unit.first) {
      const fronted = subjectAfterFronted(ctx, unit, c.segmentLast);
      speaker = fronted?.subject ?? null;
      if (fronted) frontedEnd = toks[fronted.comma].start;
    } else if (c.inherits) speaker = lastSpeaker ?? coordinatedSubject(ctx, unit, c.segmentFirst) ?? firstSubject(ctx, unit, c.segmentFirst);
    if (speaker) {
      speaker = withoutAnonymityClause(toks, speaker);
      if (c.sourceSubject && !isSourceLike(toks, speaker)) continue;
      lastSpeaker = speaker;
    } else if (!c.sourceless) continue;
    const cueSpan = cueOf(toks, c);

    if (c.backQuote !== null) {
      const q = ctx.quoted[c.backQuote];
      out.push({ cue: cueSpan, speaker, content: { start: q.start, end: q.end }, quote: c.backQuote, inner: [], rule: c.rule ?? "quote-before-cue", unit: u });
    } else if (c.backComma !== null) {
      const commaAt = toks[c.backComma].start;
      const from = Math.max(unit.start, segmentEnd);
      const contentEnd = c.parenthetical ? unit.end : commaAt;
      const span = trimSpan(text, from, contentEnd);
      if (span.end > span.start) {
        const inner = quotesInside(ctx, span.start, span.end);
        const whole = inner.length === 1 && isWholeQuote(ctx, inner[0], span);
        out.push({
          cue: cueSpan,
          speaker,
          content: whole ? { start: ctx.quoted[inner[0]].start, end: ctx.quoted[inner[0]].end } : span,
          quote: whole ? inner[0] : null,
          inner: whole ? [] : inner,
          rule: c.rule ?? (c.parenthetical ? "parenthetical" : "clause-final"),
          unit: u,
        });
      }
    }
    if (c.forward && !c.parenthetical) {
      if (c.forward.kind === "quote") {
        const q = ctx.quoted[c.forward.quote];
        out.push({ cue: cueSpan, speaker, content: { start: q.start, end: q.end }, quote: c.forward.quote, inner: [], rule: c.rule ?? "cue-before-quote", unit: u });
      } else {
        const attribution: Attribution = {
          cue: cueSpan,
          speaker,
          content: trimSpan(text, c.forward.start, Math.min(c.forward.end ?? unit.end, frontedEnd ?? unit.end, forwardEnd(ctx, unit, c.forward.start, c.forward.np), subordinateEnd(ctx, unit, c))),
          quote: null,
          inner: [],
          rule: c.forward.rule,
          unit: u,
        };
        out.push(attribution);
        openForward = { attribution, contentFirstChar: c.forward.start };
      }
    }
    // (A sourceless cue — "The claims of …", "is said to" — lies inside what a clause-final
    // attribution reports, so it moves no segment boundary.)
    if (!c.sourceless) segmentEnd = Math.max(segmentEnd, toks[c.segmentLast].end);
  }
  // Settle indirect contents: quotations inside make them mixed; one quotation alone makes them direct.
  for (const a of out) {
    if (a.quote !== null) continue;
    if (a.content.end <= a.content.start) continue;
    a.inner = quotesInside(ctx, a.content.start, a.content.end);
    if (a.inner.length === 1 && isWholeQuote(ctx, a.inner[0], a.content)) {
      const q = ctx.quoted[a.inner[0]];
      a.quote = a.inner[0];
      a.inner = [];
      a.content = { start: q.start, end: q.end };
    } else {
      // A quotation that ends after the cut-off keeps its closing mark inside the content.
      for (const i of a.inner) a.content.end = Math.max(a.content.end, Math.min(ctx.quoted[i].close, unit.end));
    }
  }
  return out.filter((a) => a.content.end > a.content.start && /[\p{L}\p{N}]/u.test(text.slice(a.content.start, a.content.end)));
}

/**
 * "After he mimicked his advisers and referenced their pleas, Trump …": a verb after "and"/"or" shares
 * the subject of the verb coordinated before it (in the same clause: no semicolon, colon or quotation
 * between), even where that clause is subordinate.
 */
function coordinatedSubject(ctx: Context, unit: Unit, first: number): TokRange | null {
  const { toks } = ctx;
  if (!/^(and|or)$/.test(toks[first - 1]?.lower ?? "")) return null;
  for (let m = first - 2; m >= unit.first && first - m <= 25; m--) {
    if (ctx.quoteOf[m] >= 0 || /^[;:]$/.test(toks[m].text)) return null;
    if (toks[m].pos !== "VERB" || /ing$/.test(toks[m].lower)) continue;
    const left = subjectLeft(ctx, unit, verbGroupStart(ctx, unit, m));
    if (!left.speaker || left.speaker.antecedent) return null;
    // ("found the air strike justified and called …", "a rally focused on … and asserted": a phrase
    // governed by a verb or preposition is an object, its "-ed" word no predicate; look further back.)
    // (A subject pronoun is never an object: "after he mimicked" opens a clause.)
    const governor = toks[left.speaker.first - 1];
    const nominative = left.speaker.first === left.speaker.last && /^(he|she|they|we|i)$/.test(toks[left.speaker.first].lower);
    if (!nominative && governor && left.speaker.first - 1 >= unit.first && (governor.pos === "VERB" || governor.pos === "ADP" || governor.pos === "AUX")) continue;
    return left.speaker;
  }
  return null;
}

/** Index of the infinitive "to" among tokens first..last (before the cue verb), or -1. */
function infinitiveMarker(toks: readonly Tok[], first: number, last: number): number {
  for (let k = Math.max(0, first); k < last; k++) if (toks[k].lower === "to" && toks[k].pos === "PART") return k;
  return -1;
}

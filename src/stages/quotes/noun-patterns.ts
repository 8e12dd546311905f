// Attribution readers built on nouns and layout: "according to", cue nouns (possessed, with the
// source after them, or sourceless) and headlines ("…: Name", title-case lines).
import {
  BARE_CUE_NOUNS,
  CUE_ADJUNCT_WORDS,
  CUE_NOUNS,
  CUE_VERBS,
} from "./cues.js";
import { looksLikeQuotation } from "./marks.js";
import {
  appositionRight,
  hasFiniteVerb,
  hasVerb,
  isPossessiveMarker,
  isPossessivePronoun,
  npLeft,
  npRight,
  type Tok,
  type TokRange,
} from "./phrases.js";
import {
  type Candidate,
  type Context,
  type Forward,
  type Unit,
  PERSON_OBJECT_PRONOUNS,
  WH_WORDS,
  commaBefore,
  infinitiveAt,
  leftFloor,
  quoteClosingBefore,
  quoteOpeningAfter,
} from "./attribution-context.js";
import {
  bareClauseEnd,
  complementThat,
  copularContent,
  predicateStart,
} from "./content-span.js";
import { TITLE_SMALL_WORDS, pastTenseBases, startsWithLetter, withParticle } from "./cue-words.js";
import { isDocumentLike, isSourceLike } from "./source-phrase.js";

/** After a headline's kicker ("Wikileaks Bombshell: Podesta Instructed …"), the first token of the speaker. */
function afterKicker(toks: readonly Tok[], first: number, verb: number): number {
  for (let k = verb - 2; k >= first; k--) if (toks[k].text === ":") return k + 1;
  return first;
}

/**
 * A title-case headline with a cue verb ("Trump Warns Clinton Policy On Syria Would Lead To War",
 * "Polls Show Trump Still Running Strong"): the tagger reads every capitalised word as a name, so the
 * words before the verb are the speaker and the rest of the line is the content.
 */
export function titleCaseHeadline(ctx: Context, unit: Unit): Candidate | null {
  const { toks, text } = ctx;
  const lineStart = text.lastIndexOf("\n", unit.start - 1) + 1;
  const lineEnd = text.indexOf("\n", unit.start);
  if (lineStart !== unit.start || (lineEnd >= 0 ? lineEnd : text.length) > unit.end + 1) return null;
  // Count the words first, without allocating: most lines are sentences of more than 20 words.
  let count = 0;
  for (let i = unit.first; i <= unit.last && count <= 20; i++) if (startsWithLetter(toks[i].text)) count++;
  if (count < 4 || count > 20) return null;
  const words = toks.slice(unit.first, unit.last + 1).filter((t) => startsWithLetter(t.text));
  if (words.length < 4 || words.length > 20) return null;
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  const small = words.filter((t) => TITLE_SMALL_WORDS.has(t.text)).length;
  if (capitalised + small < words.length || capitalised < words.length * 0.6) return null;
  for (let i = unit.first + 1; i < unit.last; i++) {
    const t = toks[i];
    if (ctx.quoteOf[i] >= 0 || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    // "Trump Warns …" (third person) or "Polls Show …" (a plural subject).
    // ("Clinton Joked …", "Representative Thanked …": headlines also report in the past tense.)
    const past = /ed$/.test(t.lower) ? pastTenseBases(t.lower) : [];
    const forms = /s$/.test(t.lower) ? [t.lower.replace(/ies$/, "y"), t.lower.replace(/es$/, ""), t.lower.replace(/s$/, "")] : [...(/s$/.test(toks[i - 1].lower) ? [t.lower] : []), ...past];
    const stem = forms.find((x) => CUE_VERBS.has(x));
    const verb = stem ? CUE_VERBS.get(stem) : undefined;
    if (!verb || verb.complements.size === 0 || !ctx.options.classes.has(verb.cueClass)) continue;
    // (A past form may be a participle or a relative clause's verb, "The Man Who Wanted To Be King":
    // only verbs of saying and stance are read so.)
    if (stem !== undefined && past.includes(stem) && stem !== t.lower && verb.cueClass !== "speech" && verb.cueClass !== "stance") continue;
    // The words before the verb must be a name or noun phrase, not a clause.
    if (toks.slice(unit.first, i).some((x) => x.pos === "AUX" || /^(who|that|which)$/.test(x.lower) || ctx.quoteOf[unit.first] >= 0) || i - unit.first > 8) return null;
    // "Warned Of Rising Costs": a particle of a phrasal cue joins the cue; another particle makes
    // a different verb ("Backed Away From", "Called Into The Pits").
    const phrasal = withParticle(toks, i, verb);
    if (phrasal.last === i && HEADLINE_PARTICLES.has(toks[i + 1]?.lower ?? "")) continue;
    const next = toks[phrasal.last + 1];
    // A quoted title right after the verb is no content unless it ends a sentence (“You Are The
    // Smartest People.”: title case hides a quotation here) or the clause goes on after it ("Trump
    // Claims ‘The Shackles’ Have Been Taken Off").
    const title = next && ctx.quoteOf[phrasal.last + 1] >= 0 ? ctx.quoted[ctx.quoteOf[phrasal.last + 1]] : null;
    const sentence = title !== null && (/[.?!]\s*$/.test(text.slice(title.start, title.end)) || /\p{L}/u.test(text.slice(title.close, unit.end)));
    if (!next || (title && !looksLikeQuotation(text, title) && !sentence)) continue;
    return {
      cueFirst: i, cueLast: phrasal.last, speaker: { first: afterKicker(toks, unit.first, i), last: i - 1 }, inherits: false,
      forward: { kind: "clause", start: next.start, rule: "clause-after-cue" },
      backQuote: null, backComma: null, parenthetical: false, rule: "clause-after-cue", verbClass: verb.cueClass,
      segmentFirst: unit.first, segmentLast: phrasal.last,
    };
  }
  return null;
}

/** Particles that, after a headline verb, make another verb than the cue ("Backed Away", "Called Off"). */
const HEADLINE_PARTICLES = new Set(["away", "off", "into", "up", "down", "out", "back", "over", "around", "through", "in"]);

/** Can a lone word after "according to" name a source ("police", "reports", "him", "Sarea"; not "plan")? */
function loneSource(toks: readonly Tok[], j: number): boolean {
  const range = { first: j, last: j };
  if (/^\p{Lu}/u.test(toks[j].text) || /s$/.test(toks[j].lower) || PERSON_OBJECT_PRONOUNS.has(toks[j].lower)) return true;
  return isSourceLike(toks, range) || isDocumentLike(toks, range);
}

/** "according to X": X is the source; the content is the clause before it, or after it when the phrase opens the sentence. */
export function accordingTo(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  // A noun mis-tagged as a verb may open the phrase ("according to state media").
  const opener = toks[i + 2];
  const np0 =
    npRight(toks, i + 2, unit.last, true) ??
    (opener?.pos === "VERB" && toks[i + 3]?.pos === "NOUN" ? npRight(toks, i + 3, unit.last, true) : null) ??
    // ("according to police, …": a lone word before a comma there is a noun, however it was tagged.)
    // (A name, a plural or a word for a source or record: "went according to plan" names none.)
    (opener && /^\p{L}+$/u.test(opener.text) && /^[,.]$/.test(toks[i + 3]?.text ?? "") && loneSource(toks, i + 2) ? { first: i + 2, last: i + 2 } : null);
  if (np0 && np0.first === i + 3) np0.first = i + 2;
  if (!np0) return null;
  const atStart = i === unit.first || toks[i - 1]?.text === "," && !hasVerb(toks, unit.first, i - 2);
  let np = appositionRight(toks, np0, unit.last);
  // ("According to the report, the army shelled the town": at the start of a sentence the source ends
  // at a comma; an "apposition" running to the end of the sentence is the reported clause.)
  if (atStart && toks[np.last + 1]?.text !== "," && toks[np0.last + 1]?.text === ",") np = np0;
  const base = { cueFirst: i, cueLast: i + 1, speaker: np, inherits: false, parenthetical: false, segmentFirst: i, segmentLast: np.last };
  const backQuote = quoteClosingBefore(ctx, toks[i].start);
  if (backQuote !== null) return { ...base, forward: null, backQuote, backComma: null, rule: "according-to" };
  const next = toks[np.last + 1];
  if (atStart && next?.text === ",") {
    const quote = quoteOpeningAfter(ctx, next.end);
    if (quote !== null) return { ...base, forward: { kind: "quote", quote }, backQuote: null, backComma: null, rule: "according-to" };
    const first = toks[np.last + 2];
    if (first && np.last + 2 <= unit.last) {
      return { ...base, forward: { kind: "clause", start: first.start, rule: "according-to" }, backQuote: null, backComma: null, rule: "according-to" };
    }
    return null;
  }
  // "…, according to X." or "… grew 3 percent according to X": the clause before is the content.
  const comma = commaBefore(ctx, unit, i);
  return { ...base, forward: null, backQuote: null, backComma: comma ?? i, rule: "according-to" };
}

/** The complement key of a preposition after a cue noun: a prepositional "to" is "to-np" (see CueNoun). */
function prepositionKey(t: Tok): string {
  return t.lower === "to" ? "to-np" : t.lower;
}

/**
 * A possessed cue noun with its content: "X's remarks that …", "his decision to …", "the woman's
 * cancellation of a press conference". The possessor speaks; without one there is no attribution.
 */
export function cueNoun(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  const noun = CUE_NOUNS.get(toks[i].lemma);
  const next = toks[i + 1];
  if (!noun || !next || i + 2 > unit.last || ctx.quoteOf[i + 1] >= 0) return null;
  let forward: Forward | null = null;
  let cueLast = i;
  if (next.lower === "that" && noun.complements.has("that") && hasVerb(toks, i + 2, Math.min(unit.last, i + 30)) && !(toks[i + 2].pos === "VERB" || toks[i + 2].pos === "AUX")) {
    forward = { kind: "clause", start: toks[i + 2].start, rule: "cue-noun" };
  } else if (next.lower === "to" && noun.complements.has("to") && infinitiveAt(toks, i + 2)) {
    forward = { kind: "clause", start: next.start, rule: "cue-noun" };
  } else if (next.pos === "ADP" && noun.complements.has(prepositionKey(next)) && (npRight(toks, i + 2, unit.last) || toks[i + 2].pos === "VERB")) {
    forward = { kind: "clause", start: toks[i + 2].start, rule: "cue-noun", np: true };
    cueLast = i + 1;
  } else if (next.text === ":" && noun.complements.has("quote")) {
    // "Abedin's succinct reply: “JEB BUSH.”": a colon hands the noun its quotation.
    const q = quoteOpeningAfter(ctx, next.end);
    if (q !== null) forward = { kind: "quote", quote: q };
  }
  if (!forward) return null;
  // The possessor: "his", "Mrs. Clinton's", "FBI Director James Comey's Friday announcement".
  let p = i - 1;
  while (p > unit.first && (toks[p].pos === "ADJ" || CUE_ADJUNCT_WORDS.has(toks[p].lower))) p--;
  const marker = toks[p];
  let speaker: TokRange | null = null;
  if (isPossessivePronoun(marker)) speaker = { first: p, last: p };
  else if (isPossessiveMarker(marker) && p - 1 >= unit.first) speaker = npLeft(toks, p - 1, leftFloor(ctx, unit, p - 1));
  if (!speaker) return null;
  // "His decision to run for a third term led to tensions": as a subject, the phrase's content ends
  // where the sentence's own verb begins.
  const opener = toks[speaker.first - 1];
  const subject = speaker.first === unit.first || opener?.text === "," || opener?.pos === "CCONJ";
  if (forward.kind === "clause" && subject && (forward.np || next.lower === "to")) {
    const end = predicateStart(toks, forward.np ? i + 2 : i + 3, unit.last);
    if (end !== null) forward = { ...forward, end: toks[end].start };
  } else if (forward.kind === "clause" && subject && next.lower === "that") {
    // ("The ministry's statement that the talks had failed surprised diplomats": so does a that-clause.)
    forward = { ...forward, end: bareClauseEnd(ctx, unit, i + 2, true) };
  }
  return {
    cueFirst: p + 1 <= i && p < i - 1 ? p + 1 : i,
    cueLast,
    speaker,
    inherits: false,
    forward,
    backQuote: null,
    backComma: null,
    parenthetical: false,
    rule: "cue-noun",
    segmentFirst: speaker.first,
    segmentLast: cueLast,
  };
}

/**
 * A cue noun whose source follows it: "the decision of the F.B.I. director, James B. Comey, to send
 * …", "an appeal from Hollywood executive Casey Wasserman for help …", "requests for meetings from
 * the wife of the emir". The source must be able to hold a view; "of" names a source only for nouns
 * that do not take "of" as their content ("criticism of the plan").
 */
export function cueNounWithSourceAfter(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  const noun = CUE_NOUNS.get(toks[i].lemma);
  if (!noun || i > 0 && (isPossessiveMarker(toks[i - 1]) || isPossessivePronoun(toks[i - 1]))) return null;
  const sourceAt = (k: number): { speaker: TokRange; after: number } | null => {
    const link = toks[k];
    if (!link || k + 1 > unit.last || ctx.quoteOf[k] >= 0) return null;
    if (!(link.lower === "from" || (link.lower === "of" && !noun.complements.has("of")))) return null;
    let np = npRight(toks, k + 1, unit.last, true);
    // ("from the wife of the emir and an appeal from …": a new determiner opens another phrase.)
    for (let c = np ? np.first + 1 : 0; np && c < np.last; c++) {
      if (/^(and|or)$/.test(toks[c].lower) && toks[c + 1].pos === "DET") np = { first: np.first, last: c - 1 };
    }
    if (!np || toks[np.first].pos === "PRON" || !isSourceLike(toks, np)) return null;
    const speaker = toks[np.last + 1]?.text === "," ? appositionRight(toks, np, unit.last) : np;
    let after = speaker.last + 1;
    if (toks[after]?.text === ",") after++;
    return { speaker, after };
  };
  const complementAt = (k: number): Forward | null => {
    const c = toks[k];
    if (!c || k + 1 > unit.last || ctx.quoteOf[k] >= 0) return null;
    if (c.lower === "to" && noun.complements.has("to") && infinitiveAt(toks, k + 1)) return { kind: "clause", start: c.start, rule: "cue-noun" };
    if (c.lower === "that" && noun.complements.has("that") && hasVerb(toks, k + 1, Math.min(unit.last, k + 30))) return { kind: "clause", start: toks[k + 1].start, rule: "cue-noun" };
    if (c.pos === "ADP" && c.lower !== "of" && noun.complements.has(prepositionKey(c)) && npRight(toks, k + 1, unit.last)) return { kind: "clause", start: toks[k + 1].start, rule: "cue-noun", np: true };
    return null;
  };
  let source = sourceAt(i + 1);
  let forward: Forward | null = source ? complementAt(source.after) : null;
  // Where the complement's own words begin ("to send …": after "to"), for finding the main verb.
  const complementWords = source && forward?.kind === "clause" && !forward.np ? source.after + 2 : source ? source.after + 1 : 0;
  if (!source || !forward) {
    // "requests for meetings with Clinton from the wife of …": the content first, then the source.
    const content = complementAt(i + 1);
    const np = content?.kind === "clause" && content.np ? npRight(toks, i + 2, unit.last, false) : null;
    let k = np ? np.last + 1 : -1;
    // ("meetings with Clinton": one prepositional phrase inside the content.)
    if (np && toks[k]?.pos === "ADP" && toks[k].lower !== "from") {
      const inner = npRight(toks, k + 1, unit.last, false);
      k = inner ? inner.last + 1 : -1;
    }
    source = k > 0 ? sourceAt(k) : null;
    if (!source || !content || content.kind !== "clause") return null;
    forward = { ...content, end: toks[source.speaker.first - 1].start };
  }
  const content = forward;
  if (content.kind === "clause" && content.end === undefined) {
    const end = predicateStart(toks, complementWords, unit.last);
    if (end !== null) forward = { ...content, end: toks[end].start };
  }
  return {
    cueFirst: i, cueLast: i, speaker: source.speaker, inherits: false, forward, backQuote: null, backComma: null,
    parenthetical: false, rule: "cue-noun", segmentFirst: i, segmentLast: i,
  };
}

/**
 * A cue noun with its content but no holder named ("the claims of voter fraud", "fears that the vote
 * will be delayed"): an attribution without a source, as PolNeAR marks them. The cue is the noun
 * phrase up to the noun (determiner and modifiers included, as annotators mark it) and, for a
 * prepositional complement, the preposition. A possessed noun is left to `cueNoun`; "that" must open
 * a complement clause (`complementThat`), since "the claim that he made" is a relative clause.
 */
export function bareCueNoun(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  const noun = BARE_CUE_NOUNS.get(toks[i].lemma);
  const next = toks[i + 1];
  const after = toks[i + 2];
  if (!noun || !next || !after || i + 2 > unit.last || ctx.quoteOf[i + 1] >= 0) return null;
  // ("the demand for oil": the singular names a market's demand; "demands for an inquiry" are voiced.)
  if (toks[i].lower === "demand" && next.lower === "for") return null;
  let first = i;
  // (Modifiers: "the fresh revelation", "near-unanimous condemnation", "festering speculation", which
  // the tagger may read as a noun.)
  const modifier = (t: Tok, next: Tok | undefined) => t.pos === "ADJ" || (t.pos === "ADV" && next?.pos === "ADJ") || (t.pos === "NOUN" && /ing$/.test(t.lower));
  while (first - 1 >= unit.first && ctx.quoteOf[first - 1] < 0 && modifier(toks[first - 1], toks[first])) first--;
  const before = toks[first - 1];
  // A possessor or a noun modifier ("voter fraud allegations") makes another phrase; leave those.
  if (before && first - 1 >= unit.first && (isPossessiveMarker(before) || isPossessivePronoun(before) || before.pos === "NOUN" || before.pos === "PROPN")) return null;
  if (before?.pos === "DET" && first - 1 >= unit.first && ctx.quoteOf[first - 1] < 0) {
    // "No claims of responsibility were made": a negated noun says nothing was claimed.
    if (/^(no|neither)$/.test(before.lower)) return null;
    first--;
  }
  let forward: Forward | null = null;
  let cueLast = i;
  const opener = toks[first - 1];
  const subject = first === unit.first || opener?.pos === "PUNCT" || opener?.pos === "CCONJ" || opener?.pos === "SCONJ";
  if (next.lower === "that" && complementThat(toks, unit, i + 1) && noun.complements.has("that") && !(after.pos === "VERB" || after.pos === "AUX") && hasFiniteVerb(toks, i + 2, Math.min(unit.last, i + 30))) {
    forward = { kind: "clause", start: after.start, rule: "cue-noun", end: bareClauseEnd(ctx, unit, i + 2, subject) };
  } else if (next.pos === "ADP" && noun.complements.has(next.lower) && WH_WORDS.has(after.lower)) {
    forward = { kind: "clause", start: after.start, rule: "cue-noun", end: bareClauseEnd(ctx, unit, i + 2, subject) };
    cueLast = i + 1;
  } else if (next.pos === "ADP" && noun.complements.has(next.lower)) {
    // The content is the noun phrase alone: what follows it belongs to the sentence, not the claim.
    const np = npRight(toks, i + 2, unit.last);
    if (!np) return null;
    forward = { kind: "clause", start: after.start, rule: "cue-noun", np: true, end: toks[np.last].end };
    cueLast = i + 1;
  }
  if (!forward && subject && noun.complements.has("is")) forward = copularContent(ctx, unit, i);
  if (!forward) return null;
  return {
    cueFirst: first, cueLast, speaker: null, inherits: false, forward, backQuote: null, backComma: null,
    parenthetical: false, rule: "cue-noun", sourceless: true, segmentFirst: first, segmentLast: cueLast,
  };
}

/** Headline attribution: "Defense ties … to boost Iraq's security: Gen. Baqeri" (a line ending in ": Name"). */
export function headlineColon(ctx: Context, unit: Unit): Candidate | null {
  const { toks, text } = ctx;
  const last = toks[unit.last];
  if (!last || /[.?!"”]$/.test(last.text)) return null;
  const lineStart = text.lastIndexOf("\n", unit.start) + 1;
  const lineEnd = text.indexOf("\n", unit.end);
  if (lineStart !== unit.start || (lineEnd >= 0 ? lineEnd : text.length) !== unit.end) return null;
  for (let c = unit.last - 1; c > unit.first + 2 && unit.last - c <= 6; c--) {
    if (toks[c].text !== ":") continue;
    const np = npRight(toks, c + 1, unit.last, false);
    if (!np || np.last !== unit.last || !toks.slice(np.first, np.last + 1).some((t) => t.pos === "PROPN")) return null;
    return {
      cueFirst: c,
      cueLast: c,
      speaker: np,
      inherits: false,
      forward: null,
      backQuote: null,
      backComma: c,
      parenthetical: false,
      rule: "headline-colon",
      segmentFirst: c,
      segmentLast: np.last,
    };
  }
  return null;
}

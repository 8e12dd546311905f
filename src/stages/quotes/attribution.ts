// Attribution finding: cue verbs and idioms, "according to", cue nouns (possessed or sourceless),
// attitude adjectives, passives (with an agent, of hearsay, of characterisation) and headlines, each
// with its speaker phrase and its content (a clause, a noun phrase, or a quoted span).
import type { Span } from "../../model/schema.js";
import {
  ATTITUDE_ADJECTIVES,
  ATTITUDE_NOUN_EXTRA_LINKS,
  ATTITUDE_NOUN_LINKS,
  ATTITUDE_NOUNS,
  ATTITUDE_ONLY_VERBS,
  ATTITUDE_VERBS,
  BARE_CUE_NOUNS,
  CUE_ADJUNCT_PREPOSITIONS,
  CUE_ADJUNCT_WORDS,
  CUE_FORMS,
  CUE_NOUNS,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  GROUP_NOUNS,
  IDIOM_CUES,
  VERBAL_ATTACKS,
  VERBAL_TARGETS,
  MESSAGE_NOUNS,
  MESSAGE_VERBS,
  NON_SPEAKER_LABELS,
  PERSON_NOUNS,
  PHRASAL_CUES,
  POSITION_VERBS,
  isVerbFormCompound,
  type Complement,
  type CueClass,
  type CueVerb,
  type QuoteRule,
} from "./cues.js";
import { looksLikeQuotation, type QuotedSpan } from "./marks.js";
import {
  appositionLeft,
  appositionRight,
  hasFiniteVerb,
  hasVerb,
  isNominalAdverb,
  isPossessiveMarker,
  isPossessivePronoun,
  isSubjectPronoun,
  isTimePhrase,
  npLeft,
  npRight,
  type Tok,
  type TokRange,
} from "./phrases.js";

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

export interface AttributionOptions {
  /** Which cue classes count; belief verbs ("believes that") are attributions of a stated position. */
  classes: ReadonlySet<CueClass>;
}

interface Context {
  text: string;
  toks: readonly Tok[];
  quoted: readonly QuotedSpan[];
  /** Quoted span index for every token inside a quote (marks included), else -1. */
  quoteOf: Int32Array;
  options: AttributionOptions;
}

type Forward =
  | { kind: "quote"; quote: number }
  | { kind: "clause"; start: number; rule: AttributionRule; np?: boolean; end?: number };

interface Candidate {
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

const CLOSING = /["”’'»]/;
/** Prepositions that make a gerund a noun ("accused of saying", "known for telling"), not a cue. */
const NOMINAL_GERUND_ADP = new Set(["of", "for", "about", "from", "to", "with", "against"]);
const WH_WORDS = new Set(["if", "whether", "why", "how", "what", "when", "where", "who"]);
const OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them", "you", "it"]);

/** A plural noun right before and a clause-like word after: "polls show that …", "officials say the …". */
function verbInNounClothes(prev: Tok | undefined, next: Tok | undefined, t?: Tok, after?: Tok): boolean {
  if (!prev || !next) return false;
  // "The senator plans to visit": a third-person verb read as a plural noun, before an infinitive.
  const subject = prev.pos === "NOUN" || prev.pos === "PROPN" || (prev.pos === "PRON" && /^(he|she|it|who)$/.test(prev.lower));
  if (t && subject && /[^s]s$/.test(t.lower) && next.lower === "to" && (after?.pos === "VERB" || after?.pos === "AUX")) return true;
  // "Washington Post backs Clinton", "Justice Department pledges quick work": a third-person verb
  // right after a name, before its object.
  if (t && prev.pos === "PROPN" && prev.entity && prev.entity !== "MISC" && /[^s']s$/.test(t.lower) && ["PROPN", "ADJ", "DET", "NUM"].includes(next.pos)) return true;
  // "Clinton talks about the crisis": the same before the particle of a phrasal reporting verb.
  if (t && prev.pos === "PROPN" && prev.entity && prev.entity !== "MISC" && /[^s']s$/.test(t.lower) && next.pos === "ADP" && PHRASAL_CUES.get(t.lemma)?.has(next.lower)) return true;
  const pluralSubject = (prev.pos === "NOUN" || prev.pos === "PROPN") && /s$/.test(prev.lower) && (prev.lemma !== prev.lower || prev.pos === "PROPN");
  // "…, the emails show.": a clause-final evidence verb after its plural subject.
  if (pluralSubject && t && EVIDENCE_FORMS.has(t.lower) && (next.text === "." || next.text === ",")) return true;
  return pluralSubject && (next.lower === "that" || ["DET", "PROPN", "PRON", "ADJ", "NUM", "ADV"].includes(next.pos));
}

/** Forms of evidence verbs the tagger reads as nouns ("the emails show", "polls show"). */
const EVIDENCE_FORMS = new Set(["show", "shows", "suggest", "suggests", "reveal", "reveals", "indicate", "indicates"]);

/** The token before `i`, stepping back over time words ("New CNN polls out Monday show"). */
function subjectWordBefore(toks: readonly Tok[], i: number): Tok | undefined {
  let k = i - 1;
  while (k > 0 && (CUE_ADJUNCT_WORDS.has(toks[k].lower) || (toks[k].lower === "out" && k === i - 2))) k--;
  return k < i - 1 && toks[i].pos === "NOUN" && EVIDENCE_FORMS.has(toks[i].lower) ? toks[k] : toks[i - 1];
}

/** "The poll has Trump leading": "have" as a main verb before its object, not an auxiliary. */
function mainHave(toks: readonly Tok[], i: number): boolean {
  const next = toks[i + 1];
  return toks[i].lemma === "have" && next !== undefined && ["DET", "PROPN", "NUM", "ADJ"].includes(next.pos) && !/^(been|got|had)$/.test(next.lower);
}

/**
 * "Other emails that have recently been unearthed show …": an evidence verb read as a noun after a
 * relative clause ending in a participle, with the clause's noun (a plural) as its subject.
 */
function afterRelativeParticiple(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (t.pos !== "NOUN" || !EVIDENCE_FORMS.has(t.lower) || !prev || !next) return false;
  if (!(prev.pos === "VERB" && /(ed|en)$/.test(prev.lower)) || !(next.lower === "that" || ["DET", "PROPN", "PRON", "NUM"].includes(next.pos))) return false;
  for (let k = i - 2; k >= Math.max(1, i - 7); k--) {
    if (/^[,;:.]$/.test(toks[k].text)) return false;
    if (/^(that|which)$/.test(toks[k].lower) && (toks[k - 1].pos === "NOUN" || toks[k - 1].pos === "PROPN") && /s$/.test(toks[k - 1].lower)) return true;
  }
  return false;
}

function cueVerbOf(toks: readonly Tok[], i: number, classes: ReadonlySet<CueClass>, table: ReadonlyMap<string, CueVerb> = CUE_VERBS): CueVerb | null {
  const t = toks[i];
  let verb: CueVerb | undefined;
  if (table === CUE_VERBS && afterRelativeParticiple(toks, i)) {
    verb = CUE_VERBS.get(t.lemma);
    return verb && classes.has(verb.cueClass) ? verb : null;
  }
  if (table === DOCUMENT_VERBS) {
    // Most words are no document verb: look the lemma up before testing how the word is used.
    if (!table.has(t.lemma)) return null;
    if (t.pos === "VERB" || (t.pos === "AUX" && mainHave(toks, i)) || (t.pos === "NOUN" && verbInNounClothes(subjectWordBefore(toks, i), toks[i + 1], t, toks[i + 2]))) verb = table.get(t.lemma);
    return verb && classes.has(verb.cueClass) ? verb : null;
  }
  // A noun that is no cue verb's lemma or form can only be a participle's stem below ("saying"):
  // answered before testing whether it is a verb in noun's clothes.
  if (t.pos === "NOUN" && !CUE_VERBS.has(t.lemma) && !CUE_VERBS.has(CUE_FORMS.get(t.lower) ?? "") && !t.lower.endsWith("ing")) return null;
  if (t.pos === "VERB" || (t.pos === "NOUN" && verbInNounClothes(subjectWordBefore(toks, i), toks[i + 1], t, toks[i + 2]))) {
    verb = CUE_VERBS.get(t.lemma) ?? CUE_VERBS.get(CUE_FORMS.get(t.lower) ?? "");
  } else if ((t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "NOUN") && /^(said|says|told)$/.test(t.lower)) {
    verb = CUE_VERBS.get(CUE_FORMS.get(t.lower) ?? "");
  } else if (t.pos === "ADJ" && /ed$/.test(t.lower) && subjectNameBefore(toks, i)) {
    // "Mr. Burton fumed", "Hotak also alleged": a past tense the tagger read as an adjective, right
    // after a name (or a name and an adverb).
    const stem = t.lower.replace(/d$/, "");
    verb = CUE_VERBS.get(stem) ?? CUE_VERBS.get(stem.replace(/e$/, "")) ?? CUE_VERBS.get(t.lower.replace(/ied$/, "y"));
  } else if ((t.pos === "NOUN" || t.pos === "ADJ") && /ing$/.test(t.lower) && /^[,:]$/.test(toks[i + 1]?.text ?? "") && /^["“]$/.test(toks[i + 2]?.text ?? "")) {
    // "further saying, “…”": a participle before a quotation, whatever the tagger made of it.
    const stem = t.lower.replace(/ing$/, "");
    verb = CUE_VERBS.get(stem) ?? CUE_VERBS.get(`${stem}e`);
    if (verb?.complements.has("quote")) return classes.has(verb.cueClass) ? verb : null;
    verb = undefined;
  } else if ((t.pos === "ADJ" || t.pos === "NOUN") && /ing$/.test(t.lower) && (toks[i - 1]?.text === "," || /^(while|when|after|before|by|without)$/.test(toks[i - 1]?.lower ?? ""))) {
    // ", promising more funding", ", musing why …", "while promising to …": a participle the tagger
    // read as an adjective or a noun (right after a comma or a conjunction, no adjective stands alone).
    const stem = t.lower.replace(/ing$/, "");
    verb = CUE_VERBS.get(stem) ?? CUE_VERBS.get(`${stem}e`);
    if (verb) return classes.has(verb.cueClass) ? { ...verb, lemma: verb.lemma } : null;
  }
  return verb && classes.has(verb.cueClass) ? verb : null;
}

/** Is the token before `i` (past one adverb) a name or a personal subject pronoun? */
function subjectNameBefore(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1]?.pos === "ADV" ? toks[i - 2] : toks[i - 1];
  if (prev !== undefined && (prev.pos === "PROPN" || /^(he|she|they|i|we)$/.test(prev.lower))) return true;
  // "“…,” the party informed reporters": a noun phrase right after a quotation and its comma.
  let k = i - 1;
  while (k >= 0 && (toks[k].pos === "NOUN" || toks[k].pos === "PROPN" || toks[k].pos === "ADJ" || toks[k].pos === "DET") && i - k <= 4) k--;
  return k < i - 1 && toks[i - 1].pos === "NOUN" && /^["”’']$/.test(toks[k]?.text ?? "") && toks[k - 1]?.text === ",";
}

/** Skip left over spaces from `at`; return the offset of the previous non-space character or -1. */
function prevChar(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

function sameLine(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes("\n");
}

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
    if (!candidate && t.pos === "NOUN" && BARE_CUE_NOUNS.has(t.lemma)) candidate = bareCueNoun(ctx, unit, i);
    if (!candidate && t.lower !== "according") {
      const verb = cueVerbOf(toks, i, ctx.options.classes);
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
      // "sent out a series of scathing tweets targeted at Clinton", "dashed off a note": a message put out.
      if (!candidate && t.pos === "VERB" && MESSAGE_VERBS.has(t.lemma)) {
        const act = messageAct(ctx, unit, i);
        const found = act ? cueVerbCandidate(ctx, unit, i, act) : null;
        // ("appeared with mothers to deliver much the same message": an infinitive takes the main subject.)
        const infinitive = toks[i - 1]?.lower === "to";
        if (found?.forward?.kind === "clause" && (!found.inherits || infinitive)) candidate = { ...found, forward: messageContent(ctx, unit, found.forward) };
      }
      // "The survey gave Trump a lead", "the returns reveal enough about …": a record as the source.
      const documentVerb = candidate ? null : cueVerbOf(toks, i, ctx.options.classes, DOCUMENT_VERBS);
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
  return assemble(ctx, unit, u, candidates);
}

/**
 * A message put out by a verb right before a gerund cue ("issued a statement Tuesday saying"): the
 * start of that verb's group, else null.
 */
function messageBefore(ctx: Context, unit: Unit, g: number): { verbGroup: number } | null {
  const { toks } = ctx;
  let k = g - 1;
  while (k > unit.first && ctx.quoteOf[k] < 0 && CUE_ADJUNCT_WORDS.has(toks[k].lower)) k--;
  if (k <= unit.first || ctx.quoteOf[k] >= 0 || !MESSAGE_NOUNS.has(toks[k].lemma)) return null;
  // The message phrase: modifiers back to its determiner ("an extraordinary statement").
  let v = k - 1;
  while (v > unit.first && (toks[v].pos === "ADJ" || toks[v].pos === "ADV" || toks[v].pos === "NUM")) v--;
  if (toks[v]?.pos === "DET" || isPossessivePronoun(toks[v])) v--;
  if (toks[v]?.pos === "ADP" && /^(out|off)$/.test(toks[v].lower)) v--;
  const verb = toks[v];
  // "issues" after a name is often tagged as a noun.
  const verbLike = verb && (verb.pos === "VERB" || (verb.pos === "NOUN" && /s$/.test(verb.lower) && toks[v - 1]?.pos === "PROPN"));
  if (!verbLike || v < unit.first || !MESSAGE_VERBS.has(verb.lemma)) return null;
  return { verbGroup: verbGroupStart(ctx, unit, v) };
}

/**
 * A verb that puts out a message ("sent out a series of tweets", "fired off a letter") as a cue of
 * its own whose content is the message phrase: a speech act with the message as its object, else
 * null. A bare message ("issued a statement.") says nothing, and one followed by "saying"/"that" is
 * read from that cue.
 */
function messageAct(ctx: Context, unit: Unit, i: number): CueVerb | null {
  const { toks } = ctx;
  let k = i + 1;
  const particle = toks[k] && /^(out|off)$/.test(toks[k].lower) && (toks[k].pos === "ADP" || toks[k].pos === "ADV") ? toks[k].lower : null;
  if (particle) k++;
  if (k > unit.last || ctx.quoteOf[k] >= 0) return null;
  // The message noun heads the object or follows "a series/string/flurry of".
  let head = -1;
  // (Modifiers may be graded or coordinated: "much the same message", "a sharply honed campaign message",
  // "an insular and self-referential closing message".)
  const inObject = (x: Tok) =>
    x.pos === "DET" || x.pos === "ADJ" || x.pos === "NOUN" || x.pos === "NUM" || x.pos === "ADV" || x.lower === "of" || x.lower === "and" ||
    (x.pos === "VERB" && /(ed|ing)$/.test(x.lower)) || x.text === "-" || isPossessivePronoun(x);
  for (let m = k; m <= Math.min(unit.last, k + 7) && ctx.quoteOf[m] < 0 && inObject(toks[m]); m++) {
    if (MESSAGE_NOUNS.has(toks[m].lemma) && toks[m].pos === "NOUN") head = m;
  }
  if (head < 0) return null;
  const next = toks[head + 1];
  // ("delivered an insular, self-referential closing message.": a message characterised by its
  // modifiers gives its gist, so it is content even with nothing after it; "issued a statement." or
  // "a corresponding press release" name a document, not what it says.)
  const characterised = toks[head].lemma === "message" && toks.slice(k, head).some((x) => x.pos === "ADJ" || x.lower === "same" || (x.pos === "VERB" && /ed$/.test(x.lower)));
  const ends = !next || head + 1 > unit.last || /^[.!?;]$/.test(next.text);
  if ((ends && !characterised) || /^(saying|that|which)$/.test(next?.lower ?? "")) return null;
  const reason = "a message put out: sent out a series of tweets targeted at …";
  const complements = new Set<Complement>(["np", "quote"]);
  return { lemma: toks[i].lemma, cueClass: "speech", complements, reason, sourceSubject: true, documentSubject: false, particle: particle ?? undefined };
}

/**
 * The content of a message act: what follows a colon after the message ("fired off tweets with 30
 * exclamation points: “…”"), else the message phrase up to a coordinated clause (", but …").
 */
function messageContent(ctx: Context, unit: Unit, forward: Extract<Forward, { kind: "clause" }>): Forward {
  const { toks } = ctx;
  for (let k = unit.first; k <= unit.last; k++) {
    const t = toks[k];
    if (t.start < forward.start || ctx.quoteOf[k] >= 0) continue;
    if (t.text === ":" && k + 1 <= unit.last) {
      const q = ctx.quoteOf[k + 1];
      return q >= 0 && ctx.quoted[q].close <= unit.end ? { kind: "quote", quote: q } : { ...forward, start: toks[k + 1].start, np: false };
    }
    if (t.text === "," && toks[k + 1]?.pos === "CCONJ") return { ...forward, end: t.start };
  }
  return forward;
}

/**
 * A noun with a participle and time words right before a gerund cue ("a report released Thursday
 * suggesting"), as the speaker phrase, else null.
 */
function reducedRelativeBefore(ctx: Context, unit: Unit, g: number): TokRange | null {
  const { toks } = ctx;
  let k = g - 1;
  let times = 0;
  while (k > unit.first && ctx.quoteOf[k] < 0 && CUE_ADJUNCT_WORDS.has(toks[k].lower)) {
    k--;
    times++;
  }
  if (times === 0 || k <= unit.first || toks[k].pos !== "VERB" || !/(ed|en)$/.test(toks[k].lower)) return null;
  const head = npLeft(toks, k - 1, leftFloor(ctx, unit, k - 1));
  if (!head || toks[head.last].pos === "PRON" || isTimePhrase(toks, head)) return null;
  return { first: head.first, last: g - 1 };
}

/**
 * A speaker phrase stops before a relative clause that reports something itself ("Norman Ornstein, a
 * scholar … who describes Trump's campaign as …"): that clause is an attribution of its own.
 */
function withoutReportingRelative(toks: readonly Tok[], range: TokRange): TokRange {
  for (let r = range.first + 1; r <= range.last; r++) {
    if (!/^(who|which|that)$/.test(toks[r].lower) || toks[r].pos !== "PRON") continue;
    for (let v = r + 1; v <= range.last; v++) {
      if (toks[v].pos === "VERB" && (CUE_VERBS.has(toks[v].lemma) || CUE_FORMS.has(toks[v].lower))) {
        let last = r - 1;
        if (toks[last].text === ",") last--;
        return last >= range.first ? { first: range.first, last } : range;
      }
    }
  }
  return range;
}

/** Speech verbs whose following noun phrase is an object, never an inverted speaker ("called X Y"). */
const NON_INVERTING = new Set(["call", "describe", "accuse", "ask", "urge", "tell", "inform", "remind", "assure", "reassure", "advise", "implore", "beg", "caution", "promise"]);

/** Adverbs that stand inside a verb group ("has since said", "is still insisting"). */
/** Words of permission ("not authorized to speak"): an anonymous source's reason. */
const PERMISSION_WORDS = /^(authori[sz]ed|allowed|permitted)$/;
const GROUP_ADVERBS = new Set(["also", "still", "already", "just", "even", "never", "ever", "now", "since", "long", "only", "further", "not"]);

/** `titleCased` of one unit, computed once and only when a capitalised cue word asks. */
class TitleCaseMemo {
  private memo: boolean | null = null;
  constructor(
    private readonly ctx: Context,
    private readonly unit: Unit,
  ) {}

  value(): boolean {
    return (this.memo ??= titleCased(this.ctx, this.unit));
  }
}

/**
 * A capitalised word inside a sentence (not after a quotation mark or colon) is part of a name
 * ("Qaboos bin Said"); title-case headlines are read by titleCaseHeadline.
 */
function capitalisedInside(ctx: Context, unit: Unit, i: number, titleCase: TitleCaseMemo): boolean {
  const t = ctx.toks[i];
  if (i === unit.first || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  const before = ctx.text[prevChar(ctx.text, t.start)];
  return !/["“”‘’'«»:\n(—–-]/.test(before ?? "") && !titleCase.value();
}

/** Are (nearly) all words of the unit capitalised, as in a title-case headline? */
function titleCased(ctx: Context, unit: Unit): boolean {
  const words = ctx.toks.slice(unit.first, unit.last + 1).filter((t, k) => /^\p{L}/u.test(t.text) && ctx.quoteOf[unit.first + k] < 0);
  if (words.length < 4) return false;
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  const small = words.filter((t) => TITLE_SMALL_WORDS.has(t.text)).length;
  return capitalised + small >= words.length - 1 && capitalised >= words.length * 0.6;
}

/** /^\p{L}/u, answered without the regex for an ASCII first character. */
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/** Small words a title-case headline leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "of", "to", "in", "on", "for", "at", "by", "with", "and", "or", "but", "as", "from", "vs", "via"]);

/**
 * A title-case headline with a cue verb ("Trump Warns Clinton Policy On Syria Would Lead To War",
 * "Polls Show Trump Still Running Strong"): the tagger reads every capitalised word as a name, so the
 * words before the verb are the speaker and the rest of the line is the content.
 */
function titleCaseHeadline(ctx: Context, unit: Unit): Candidate | null {
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
    const forms = /s$/.test(t.lower) ? [t.lower.replace(/ies$/, "y"), t.lower.replace(/es$/, ""), t.lower.replace(/s$/, "")] : /s$/.test(toks[i - 1].lower) ? [t.lower] : [];
    const stem = forms.find((x) => CUE_VERBS.has(x));
    const verb = stem ? CUE_VERBS.get(stem) : undefined;
    if (!verb || verb.complements.size === 0 || !ctx.options.classes.has(verb.cueClass)) continue;
    // The words before the verb must be a name or noun phrase, not a clause.
    if (toks.slice(unit.first, i).some((x) => x.pos === "AUX" || ctx.quoteOf[unit.first] >= 0) || i - unit.first > 8) return null;
    const next = toks[i + 1];
    if (!next || ctx.quoteOf[i + 1] >= 0 && !looksLikeQuotation(text, ctx.quoted[ctx.quoteOf[i + 1]])) continue;
    return {
      cueFirst: i, cueLast: i, speaker: { first: unit.first, last: i - 1 }, inherits: false,
      forward: { kind: "clause", start: next.start, rule: "clause-after-cue" },
      backQuote: null, backComma: null, parenthetical: false, rule: "clause-after-cue", verbClass: verb.cueClass,
      segmentFirst: unit.first, segmentLast: i,
    };
  }
  return null;
}

// Module-level rather than closures in the functions below: those run for every cue candidate.
function isAux(t: Tok): boolean {
  return t.pos === "AUX" || t.lower === "not" || t.lower === "n't" || t.lower === "n’t";
}

function groupAdverb(t: Tok): boolean {
  // ("has since said": the tagger reads "since" as a conjunction; after an auxiliary it is an adverb.)
  return (t.pos === "ADV" || t.lower === "since") && (/ly$/.test(t.lower) || CUE_ADJUNCT_WORDS.has(t.lower) || GROUP_ADVERBS.has(t.lower));
}

function timeWord(t: Tok | undefined): boolean {
  return t !== undefined && CUE_ADJUNCT_WORDS.has(t.lower);
}

/** Token range of the verb group ending at `i`: auxiliaries and negation before the cue verb. */
function verbGroupStart(ctx: Context, unit: Unit, i: number): number {
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
function leftFloor(ctx: Context, unit: Unit, from: number): number {
  let f = from;
  while (f - 1 >= unit.first && ctx.quoteOf[f - 1] < 0) f--;
  return f;
}

/** The subject phrase of a cue whose verb group starts at `g`, or null. */
function subjectLeft(ctx: Context, unit: Unit, g: number): { speaker: TokRange | null; inherits: boolean } {
  const { toks } = ctx;
  let s = g - 1;
  // ("the daily wrote": an adverb after an article is the subject's head noun, not an adverb.)
  while (s >= unit.first && ctx.quoteOf[s] < 0 && toks[s].pos === "ADV" && !isNominalAdverb(toks, s, unit.first)) s--;
  // "CNN host Wolf Blitzer last week asked": a time adjunct between subject and verb.
  if (s - 1 >= unit.first && timeWord(toks[s]) && (toks[s].pos === "PROPN" || timeWord(toks[s - 1]))) {
    let k = s;
    while (k - 1 >= unit.first && timeWord(toks[k - 1])) k--;
    if (toks[k - 1] && (toks[k - 1].pos === "PROPN" || toks[k - 1].pos === "NOUN" || toks[k - 1].pos === "PRON")) s = k - 1;
  }
  // "Trump in recent days has suggested", "The Post on Thursday said": a time phrase after a preposition.
  s = beforeTimePhrase(ctx, unit, s);
  if (s < unit.first || ctx.quoteOf[s] >= 0) return { speaker: null, inherits: false };
  const floor = leftFloor(ctx, unit, s);
  // "officials in both parties, though, say": skip a parenthetical adverb.
  if (toks[s].text === "," && (toks[s - 1]?.pos === "ADV" || toks[s - 1]?.pos === "SCONJ") && toks[s - 2]?.text === "," && s - 3 >= floor) s -= 3;
  const t = toks[s];
  if (t.pos === "CCONJ" || t.text === ";") return { speaker: null, inherits: true };
  if (t.text === "," || /^[-\u2013\u2014]+$/.test(t.text)) {
    const apposition = appositionLeft(toks, s, floor);
    // "Trump, in the middle of a swing through Florida, hammered …": the subject before an adjunct,
    // when the adjunct reads as no apposition (PolNeAR keeps "X, in a tough race," whole as source).
    const open = apposition || t.text !== "," ? null : adjunctOpeningComma(ctx, unit, s, floor);
    return open !== null ? subjectLeft(ctx, unit, open) : { speaker: apposition, inherits: false };
  }
  // "leaked tax returns that showed …": a relative "that" stands for the noun before it.
  const relativeThat = t.lower === "that" && (t.pos === "PRON" || t.pos === "DET") && s - 1 >= floor && (toks[s - 1].pos === "NOUN" || toks[s - 1].pos === "PROPN");
  // "Other emails that have recently been unearthed show …", "Officials who were briefed said …": a
  // subject with a relative clause ending in a participle right before the cue.
  if (t.pos === "VERB" && /(ed|en)$/.test(t.lower) && !RESPONDENT_PARTICIPLES.has(t.lower)) {
    for (let r = s - 1; r - 1 >= floor && r >= s - 7; r--) {
      if (/^[,;:.]$/.test(toks[r].text) || ctx.quoteOf[r] >= 0) break;
      if (!/^(that|which|who)$/.test(toks[r].lower) || !(toks[r - 1].pos === "NOUN" || toks[r - 1].pos === "PROPN")) continue;
      const antecedent = npLeft(toks, r - 1, floor);
      // (Only auxiliaries and adverbs before the participle: "that have recently been unearthed".)
      const passive = toks.slice(r + 1, s).every((x) => x.pos === "AUX" || x.pos === "ADV" || x.pos === "PART");
      if (antecedent && passive) return { speaker: { first: antecedent.first, last: s }, inherits: false };
      break;
    }
  }
  // "77 percent of Republicans polled want …": respondents named by a participle after them.
  const respondents = !relativeThat && t.pos === "VERB" && RESPONDENT_PARTICIPLES.has(t.lower) && s - 1 >= floor && (toks[s - 1].pos === "NOUN" || toks[s - 1].entity === "NORP") ? npLeft(toks, s - 1, floor) : null;
  let np = respondents ? { first: respondents.first, last: s } : relativeThat ? { first: s, last: s } : npLeft(toks, s, floor);
  if (!np) return { speaker: null, inherits: false };
  if (toks[np.first].lower === "who" || toks[np.first].lower === "which" || relativeThat) {
    let before = toks[np.first - 1]?.text === "," ? np.first - 2 : np.first - 1;
    // "Sen. Ron Johnson (R-Wis.), who told …": step over the parenthesis.
    if (toks[before]?.text === ")") {
      let open = before - 1;
      while (open > floor && toks[open].text !== "(" && before - open < 8) open--;
      if (toks[open]?.text === "(") before = open - 1;
    }
    // The pronoun is the speaker phrase (as annotators mark it); its antecedent names the speaker.
    const antecedent = before >= floor ? npLeft(toks, before, floor) : null;
    return { speaker: antecedent ? { first: np.first, last: np.first, antecedent } : null, inherits: false };
  }
  // A noun right after a preposition or verb may be an object inside a relative clause ("officials
  // who spoke on condition of anonymity said"): then the subject is the noun before "who".
  const before = toks[np.first - 1];
  // (A pronoun after a verb is the subject of a reported clause: "announced he had asked …".)
  if (before && np.first - 1 >= floor && (before.pos === "ADP" || before.pos === "VERB") && toks[np.last].pos !== "PRON") {
    for (let r = np.first - 2; r > floor; r--) {
      if (toks[r].text === ",") break;
      if (toks[r].lower === "who" || (toks[r].lower === "that" && toks[r].pos === "PRON")) {
        const antecedent = npLeft(toks, toks[r - 1].text === "," ? r - 2 : r - 1, floor);
        if (antecedent) return { speaker: antecedent, inherits: false };
        break;
      }
    }
    // "An ABC News tracking poll published on Sunday showed": the noun heads a reduced relative.
    let k = np.first - 1;
    if (before.pos === "ADP") k--;
    while (k > floor && CUE_ADJUNCT_WORDS.has(toks[k].lower)) k--;
    if (k >= floor && toks[k].pos === "VERB" && /(ed|en|ing)$/.test(toks[k].lower)) {
      const head = npLeft(toks, k - 1, floor);
      if (head && toks[head.last].pos !== "PRON") return { speaker: { first: head.first, last: np.last }, inherits: false };
    }
  }
  // "NBC News and ABC News both reported": a floating quantifier after its noun phrase.
  if (np.first === np.last && /^(both|all|each)$/.test(toks[np.first].lower) && np.first - 1 >= floor && (toks[np.first - 1].pos === "PROPN" || toks[np.first - 1].pos === "NOUN")) {
    const quantified = npLeft(toks, np.first - 1, floor);
    if (quantified) np = { first: coordinated(toks, quantified, floor).first, last: np.last };
  }
  return { speaker: withoutTimeWords(toks, openingApposition(toks, coordinated(toks, np, floor), floor, unit.first)), inherits: false };
}

/**
 * The comma opening a prepositional or subordinate adjunct that ends with the comma at `close`
 * ("Trump, despite an effort to stay on script, asserted …"), when a noun phrase stands before it.
 */
function adjunctOpeningComma(ctx: Context, unit: Unit, close: number, floor: number): number | null {
  const { toks } = ctx;
  for (let k = close - 2; k > floor && close - k <= 30; k--) {
    if (ctx.quoteOf[k] >= 0 || toks[k].text === ";" || toks[k].text === ":") return null;
    if (toks[k].text !== ",") continue;
    const opener = toks[k + 1];
    const before = toks[k - 1];
    const adjunct = opener.pos === "ADP" || opener.pos === "SCONJ";
    return adjunct && (before.pos === "NOUN" || before.pos === "PROPN" || isSubjectPronoun(before)) ? k : null;
  }
  return null;
}

/**
 * The verb group of the main verb governing a participle or purpose infinitive at `at` within its
 * clause (no comma, colon or quotation between, at most 12 tokens back), or null.
 */
function mainVerbBefore(ctx: Context, unit: Unit, at: number): number | null {
  const { toks } = ctx;
  for (let m = at - 1; m >= unit.first && at - m <= 12 && ctx.quoteOf[m] < 0 && !/^[,;:()—–-]$/.test(toks[m].text); m--) {
    // (A reporting verb there has its own content: "reported X to be dead, citing …" is two reports.)
    // (Nor does a passive one govern: "was interrupted by protesting legislators".)
    if (toks[m].pos === "VERB" && !/ing$/.test(toks[m].lower)) {
      const group = verbGroupStart(ctx, unit, m);
      const passive = /(ed|en)$/.test(toks[m].lower) && toks.slice(group, m).some((x) => x.lemma === "be");
      return CUE_VERBS.has(toks[m].lemma) || passive ? null : group;
    }
  }
  return null;
}

/** Participles that name poll respondents after their noun: "voters surveyed", "Republicans polled". */
const RESPONDENT_PARTICIPLES = new Set(["polled", "surveyed", "questioned", "interviewed", "sampled", "asked"]);

/** Prepositions that open a time adjunct between a subject and its verb ("in recent weeks"). */
const TIME_PREPOSITIONS = new Set(["in", "on", "during", "over", "for", "since", "until", "by", "at", "after", "before"]);

/**
 * If tokens ending at `s` are a time phrase after a preposition ("in recent days", "on Thursday"),
 * the index before that phrase; else `s`. A subject and a noun phrase must remain before it.
 */
function beforeTimePhrase(ctx: Context, unit: Unit, s: number): number {
  const { toks } = ctx;
  if (s < unit.first || ctx.quoteOf[s] >= 0) return s;
  const np = npLeft(toks, s, leftFloor(ctx, unit, s));
  if (!np || !isTimePhrase(toks, np)) return s;
  const p = np.first - 1;
  // ("polls out Monday show": "out" before a day works as a preposition.)
  if (p - 1 < unit.first || !((TIME_PREPOSITIONS.has(toks[p].lower) && toks[p].pos === "ADP") || toks[p].lower === "out")) return s;
  const before = toks[p - 1];
  return before.pos === "NOUN" || before.pos === "PROPN" || before.pos === "PRON" || before.text === ")" ? p - 1 : s;
}

/**
 * A subject that renames the noun phrase opening the sentence: "Two outside groups aligned with
 * Republicans, the U.S. Chamber of Commerce and the Senate Leadership Fund, have begun" → both.
 */
function openingApposition(toks: readonly Tok[], np: TokRange, floor: number, first: number): TokRange {
  const comma = np.first - 1;
  if (comma - 1 < floor || toks[comma]?.text !== "," || toks[np.first].pos === "PRON") return np;
  const left = npLeft(toks, comma - 1, floor);
  if (!left || toks[left.last].pos === "PRON" || isTimePhrase(toks, left)) return np;
  const opening = coordinated(toks, left, floor);
  return opening.first === first ? { first: opening.first, last: np.last } : np;
}

/** Drop time words opening a subject: "Last week Hope Hicks said" → "Hope Hicks". */
function withoutTimeWords(toks: readonly Tok[], np: TokRange): TokRange {
  let first = np.first;
  while (first < np.last && CUE_ADJUNCT_WORDS.has(toks[first].lower) && toks[first].pos !== "PRON") first++;
  return first === np.first ? np : { first, last: np.last };
}

/**
 * Extend a subject over a coordination or list ("Comey and other officials", "Sens. Carper,
 * Feinstein and Cardin"), unless the extended phrase would be the object of a verb before it.
 */
function coordinated(toks: readonly Tok[], np: TokRange, floor: number): TokRange {
  const conjunction = toks[np.first - 1];
  if (!conjunction || np.first - 2 < floor || !/^(and|or)$/.test(conjunction.lower)) return np;
  let first = np.first;
  const left = npLeft(toks, np.first - 2, floor);
  if (!left || toks[left.last].pos === "PRON" && toks[np.last].pos !== "PRON") return np;
  first = left.first;
  const governed = (f: number) => {
    const opener = toks[f - 1];
    return opener !== undefined && f - 1 >= floor && (opener.pos === "VERB" || opener.pos === "ADP" || opener.pos === "AUX");
  };
  if (governed(first)) return np;
  // "Sens. Carper, Feinstein and Cardin": earlier list members, but not a fronted phrase ("In meetings,").
  while (toks[first - 1]?.text === "," && first - 2 >= floor) {
    const more = npLeft(toks, first - 2, floor);
    if (!more || (more.first === more.last && toks[more.first].pos === "PRON") || governed(more.first)) break;
    first = more.first;
  }
  return { first, last: np.last };
}

/** Skip an addressee and adjuncts after a cue ("told reporters on Sunday in a statement"). */
function skipAfterCue(ctx: Context, unit: Unit, k: number, verb: CueVerb | null): number {
  const { toks } = ctx;
  if (verb?.complements.has("object") && k <= unit.last && ctx.quoteOf[k] < 0 && toks[k].lower !== "that") {
    if (OBJECT_PRONOUNS.has(toks[k].lower)) k++;
    else {
      // ("told the public via Twitter": an adjective after a determiner stands for a noun.)
      const object = npRight(toks, k, unit.last, false) ?? (toks[k].pos === "DET" && toks[k + 1]?.pos === "ADJ" && k + 1 <= unit.last && (toks[k + 2]?.pos === "ADP" || toks[k + 2]?.pos === "PUNCT") ? { first: k, last: k + 1 } : null);
      if (object) k = afterTitle(ctx, object.last + 1);
      // "told local media Adamowicz's heart was restarted": the addressee ends where a name opens
      // the reported clause.
      if (object && verb.complements.has("bare") && !clauseStarts(ctx, unit, k)) {
        for (let m = object.first + 1; m <= object.last; m++) {
          const subject = toks[m].pos === "PROPN" && toks[m - 1].pos === "NOUN" ? npRight(toks, m, unit.last, false) : null;
          const verbAfter = subject ? toks[subject.last + 1] : undefined;
          if (subject && (verbAfter?.pos === "AUX" || verbAfter?.pos === "VERB")) {
            k = m;
            break;
          }
        }
      }
      // "called on Italy and Egypt to join": a coordinated addressee.
      while (object && /^(and|or)$/.test(toks[k]?.lower ?? "") && k + 1 <= unit.last && ctx.quoteOf[k + 1] < 0) {
        const more = npRight(toks, k + 1, unit.last, false);
        if (!more) break;
        k = more.last + 1;
      }
    }
  }
  return adjunctsEnd(ctx, unit, k);
}

/** Token index after the adjuncts starting at `k` ("Sunday", "again", "in a statement", "on CNN"). */
function adjunctsEnd(ctx: Context, unit: Unit, k: number): number {
  const { toks } = ctx;
  for (let steps = 0; steps < 5 && k <= unit.last && ctx.quoteOf[k] < 0; steps++) {
    const t = toks[k];
    if (WH_WORDS.has(t.lower)) break;
    if (isAdjunctWord(toks, k) || (t.pos === "ADV" && t.lower !== "not")) {
      k++;
      continue;
    }
    if (t.pos === "ADP" && CUE_ADJUNCT_PREPOSITIONS.has(t.lower) && toks[k + 1]?.pos !== "VERB") {
      // "on “Meet the Press”", "on NBC's “Meet the Press”": a quoted title is part of the adjunct.
      // Not "pledged to “cancel” the accord": a quoted verb after "to" is an infinitive.
      const quotedVerb = toks[k + 2]?.pos === "VERB" || toks[k + 2]?.pos === "AUX";
      const title = quotedVerb ? null : titleEnd(ctx, k + 1);
      const np = title === null ? npRight(toks, k + 1, unit.last, true) : { first: k + 1, last: title - 1 };
      if (np) {
        k = afterTitle(ctx, np.last + 1);
        continue;
      }
    }
    break;
  }
  return k;
}

/** After a noun phrase ending before `k`: past a quoted title owned by it ("NBC's “Meet the Press”"). */
function afterTitle(ctx: Context, k: number): number {
  const title = titleEnd(ctx, isPossessiveMarker(ctx.toks[k]) ? k + 1 : k);
  return title ?? k;
}

/** A time or manner word after a cue; "this", "last" and "next" only before a time noun ("this week"). */
function isAdjunctWord(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!CUE_ADJUNCT_WORDS.has(t.lower)) return false;
  if (/^(this|last|next)$/.test(t.lower)) return toks[k + 1] !== undefined && isTimePhrase(toks, { first: k + 1, last: k + 1 });
  return true;
}

/** Adverbs that join a cue: frequency, time and manner of speaking ("also", "later", "publicly"). */
function isCueAdverb(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t.pos !== "ADV" || /^(not|n['’]t)$/.test(t.lower) || WH_WORDS.has(t.lower)) return false;
  const next = toks[k + 1];
  // "roughly one million", "only this organisation": the adverb belongs to what follows.
  if (next && (next.pos === "NUM" || next.pos === "ADJ" || next.pos === "DET")) return false;
  return /ly$/.test(t.lower) || CUE_ADJUNCT_WORDS.has(t.lower) || GROUP_ADVERBS.has(t.lower) || /^(once|again|instead|too|then|first|twice)$/.test(t.lower);
}

/** If token `k` opens a quoted title (not a quotation), the token index after it; else null. */
function titleEnd(ctx: Context, k: number): number | null {
  const q = ctx.quoteOf[k];
  if (q === undefined || q < 0) return null;
  const quote = ctx.quoted[q];
  if (ctx.toks[k].start !== quote.open || looksLikeQuotation(ctx.text, quote)) return null;
  let e = k;
  while (e < ctx.toks.length && ctx.quoteOf[e] === q) e++;
  return e;
}

/** The quoted span that opens right after offset `from` with only `:`, `,` or "that" between. */
function quoteOpeningAfter(ctx: Context, from: number): number | null {
  for (let q = 0; q < ctx.quoted.length; q++) {
    const quote = ctx.quoted[q];
    if (quote.open < from) continue;
    const gap = ctx.text.slice(from, quote.open);
    if (/^[ \t]*(?:[,:]|that)?[ \t]*$/.test(gap) || /^[ \t]*:\s*$/.test(gap)) return q;
    return null;
  }
  return null;
}

const RELATIVE_OPENERS = new Set(["which", "who", "whose", "whom", "where", "when"]);

/** Is there a clause (a verb after a subject-like start) from token k on? */
function clauseStarts(ctx: Context, unit: Unit, k: number): boolean {
  const { toks } = ctx;
  const t = toks[k];
  if (!t || k > unit.last) return false;
  const gerundSubject = t.pos === "VERB" && /ing$/.test(t.lower);
  const subjectLike =
    gerundSubject || t.pos === "DET" || t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "NUM" || t.pos === "ADJ" ||
    (t.pos === "PRON" && !/^(what|who|whom|which)$/.test(t.lower)) || isPossessivePronoun(t);
  const conjunction = t.pos === "SCONJ" && /^(if|because|although|when|while|unless|since)$/.test(t.lower);
  if (!subjectLike && !conjunction) return false;
  // "wrote in a statement that was published …": "that" between a noun and its verb is a relative pronoun.
  // ("fear that protecting those zones could …": a gerund after it opens a subject.)
  const after = toks[k + 1];
  if (t.lower === "that" && (toks[k - 1]?.pos === "NOUN" || toks[k - 1]?.pos === "PROPN") && (after?.pos === "AUX" || (after?.pos === "VERB" && !/ing$/.test(after.lower)))) return false;
  // "wrote while acknowledging …": a conjunction before a bare participle opens no clause of its own.
  if (conjunction && toks[k + 1]?.pos === "VERB" && /(ing|ed)$/.test(toks[k + 1].lower)) return false;
  let inRelative = false;
  for (let i = gerundSubject ? k + 1 : k; i <= Math.min(unit.last, k + 40); i++) {
    const x = toks[i];
    if (x.text === ",") {
      // "the 2013 race, which brought new revelations, had been …": a relative clause inside the subject.
      if (inRelative) inRelative = false;
      else if (RELATIVE_OPENERS.has(toks[i + 1]?.lower ?? "")) inRelative = true;
      else if (!conjunction) return false;
      continue;
    }
    if (inRelative) continue;
    // "said the use of foreign currencies “costs Africa billions”": a quotation right after the
    // subject is its predicate (the tagger often reads quoted verbs as nouns).
    if (i > k && ctx.quoteOf[i] >= 0 && toks[i].start === ctx.quoted[ctx.quoteOf[i]].open && (toks[i - 1].pos === "NOUN" || toks[i - 1].pos === "PROPN")) return true;
    if (x.text === ";" || x.text === ":" || (x.pos === "PUNCT" && /^[.?!]$/.test(x.text))) return false;
    if (x.pos === "VERB" || x.pos === "AUX") {
      if (gerundSubject && x.pos === "VERB" && /ing$/.test(x.lower)) continue;
      return i > k || conjunction;
    }
  }
  return false;
}

/** What follows a cue as its content, if anything: a quotation or the start of a clause. */
function forwardContent(ctx: Context, unit: Unit, k: number, verb: CueVerb | null): Forward | null {
  const { toks, text } = ctx;
  const prevEnd = toks[k - 1].end;
  let quote = quoteOpeningAfter(ctx, prevEnd);
  // "wrote “The Art of the Deal”": right after the verb without a colon or comma, a title is an object.
  if (quote !== null && !/[:,]/.test(text.slice(prevEnd, ctx.quoted[quote].open)) && !looksLikeQuotation(text, ctx.quoted[quote])) quote = null;
  if (quote !== null && (verb === null || verb.complements.has("quote") || verb.complements.has("that"))) {
    return { kind: "quote", quote };
  }
  const beforeObject = adjunctsEnd(ctx, unit, k);
  k = skipAfterCue(ctx, unit, k, verb);
  // "promising more robust funding": with nothing after it, the supposed addressee is the content.
  if (verb?.complements.has("object") && verb.complements.has("np") && k > beforeObject && beforeObject <= unit.last && ctx.quoteOf[beforeObject] < 0) {
    const n = toks[k];
    const contentFollows = n !== undefined && k <= unit.last && (n.lower === "that" || n.lower === "to" || n.text === ":" || WH_WORDS.has(n.lower) || ctx.quoteOf[k] >= 0);
    if (!contentFollows && npRight(toks, beforeObject, unit.last)) return { kind: "clause", start: toks[beforeObject].start, rule: "clause-after-cue", np: true };
  }
  if (k > unit.last) return null;
  // "said about Bush, “…”", "said of her rival: “…”": the topic named before a quotation.
  if (verb?.complements.has("quote") && /^(about|of)$/.test(toks[k].lower) && ctx.quoteOf[k] < 0) {
    const topic = npRight(toks, k + 1, unit.last, true);
    const q = topic ? quoteOpeningAfter(ctx, toks[topic.last].end) : null;
    if (topic && q !== null && /[:,]/.test(text.slice(toks[topic.last].end, ctx.quoted[q].open)) && looksLikeQuotation(text, ctx.quoted[q])) return { kind: "quote", quote: q };
  }
  const afterAdjuncts = quoteOpeningAfter(ctx, toks[k - 1].end);
  const titled = afterAdjuncts !== null && !/[:,]/.test(text.slice(toks[k - 1].end, ctx.quoted[afterAdjuncts].open)) && !looksLikeQuotation(text, ctx.quoted[afterAdjuncts]);
  if (afterAdjuncts !== null && !titled && verb?.complements.has("quote")) {
    return { kind: "quote", quote: afterAdjuncts };
  }
  const t = toks[k];
  if (ctx.quoteOf[k] >= 0) {
    // A clause that opens with quoted words ("said “rigged” polls were wrong") is mixed; a title is not.
    const opened = ctx.quoted[ctx.quoteOf[k]];
    if (!looksLikeQuotation(text, opened) && !clauseStarts(ctx, unit, k + 1)) return null;
    return verb?.complements.has("bare") || verb?.complements.has("np") ? { kind: "clause", start: t.start, rule: "clause-after-cue" } : null;
  }
  // "that" right before a verb is a relative pronoun ("in a statement that was published").
  const relativeThat = toks[k + 1]?.pos === "AUX" || toks[k + 1]?.pos === "VERB";
  // (A quotation in the clause counts as its verb: the tagger often reads quoted verbs as nouns.)
  const clauseAhead = hasVerb(toks, k + 1, Math.min(unit.last, k + 30)) || (ctx.quoteOf[k + 2] >= 0 || ctx.quoteOf[k + 3] >= 0 || ctx.quoteOf[k + 4] >= 0);
  if (t.lower === "that" && !relativeThat && verb?.complements.has("that") && clauseAhead) {
    const next = toks[k + 1];
    if (next && (next.pos !== "PUNCT" || ctx.quoteOf[k + 1] >= 0)) return { kind: "clause", start: next.start, rule: "that-clause" };
  }
  if (t.text === ":" && k + 1 <= unit.last && sameLine(text, t.end, toks[k + 1].start)) {
    return { kind: "clause", start: toks[k + 1].start, rule: "clause-after-cue" };
  }
  if (t.lower === "not" && toks[k + 1]?.lower === "to" && verb?.complements.has("to")) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue" };
  }
  // "pledged to “cancel” the accord": a quotation mark may stand between "to" and its verb.
  const infinitive = ctx.quoteOf[k + 1] >= 0 && /^\p{P}+$/u.test(toks[k + 1]?.text ?? "") ? toks[k + 2] : toks[k + 1];
  if (t.lower === "to" && verb?.complements.has("to") && (infinitive?.pos === "VERB" || infinitive?.pos === "AUX")) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue" };
  }
  if ((verb?.complements.has("wh") && WH_WORDS.has(t.lower)) || (verb?.complements.has("how") && t.lower === "how")) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue" };
  }
  if (verb?.complements.has("bare") && clauseStarts(ctx, unit, k)) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue" };
  }
  // ("talked of a “stolen election”": quotation marks inside the noun phrase.)
  const quotedNoun = (t.pos === "DET" || t.pos === "ADJ" || isPossessivePronoun(t)) && toks.slice(k + 1, Math.min(unit.last, k + 4) + 1).some((x) => x.pos === "NOUN" || x.pos === "PROPN");
  if (verb?.complements.has("np") && (npRight(toks, k, unit.last) || OBJECT_PRONOUNS.has(t.lower) || demonstrative(toks, k) || quotedNoun)) {
    return { kind: "clause", start: t.start, rule: "clause-after-cue", np: true };
  }
  return null;
}

/** "that notion", "this claim": a demonstrative the tagger read as a conjunction, before a noun. */
function demonstrative(toks: readonly Tok[], k: number): boolean {
  return /^(that|this|these|those)$/.test(toks[k]?.lower ?? "") && (toks[k + 1]?.pos === "NOUN" || toks[k + 1]?.pos === "ADJ") && !hasVerb(toks, k + 1, k + 1);
}

/** Quoted span whose closing mark ends right before offset `at` (spaces and a comma between). */
function quoteClosingBefore(ctx: Context, at: number): number | null {
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
function commaBefore(ctx: Context, unit: Unit, first: number): number | null {
  const p = first - 1;
  return p > unit.first && ctx.toks[p].text === "," && ctx.quoteOf[p] < 0 ? p : null;
}

/** After the cue (and adjuncts), does the unit end or break off (comma, colon, full stop)? */
function endsAfterCue(ctx: Context, unit: Unit, k: number, verb: CueVerb | null): { ends: boolean; comma: boolean } {
  k = skipAfterCue(ctx, unit, k, verb);
  if (k > unit.last) return { ends: true, comma: false };
  const t = ctx.toks[k];
  if (ctx.quoteOf[k] >= 0) return { ends: true, comma: false };
  if (t.pos === "PUNCT" && /^[.?!;:]$/.test(t.text)) return { ends: true, comma: false };
  if (t.text === ",") return { ends: true, comma: true };
  return { ends: false, comma: false };
}

/** The verb with its particle when the pair reports speech ("called for", "warned of"), else the verb alone. */
function withParticle(toks: readonly Tok[], i: number, verb: CueVerb): { verb: CueVerb; last: number } {
  // "made it clear that …": a dummy "it" before an adjective particle stands for the that-clause.
  const dummy = toks[i + 1]?.lower === "it" && toks[i + 2] !== undefined && toks[i + 2].pos !== "ADP" && PHRASAL_CUES.get(verb.lemma)?.has(toks[i + 2].lower) ? 1 : 0;
  const particle = toks[i + 1 + dummy];
  if (verb.particle && particle?.lower === verb.particle) return { verb, last: i + 1 };
  const phrasal = particle ? PHRASAL_CUES.get(verb.lemma)?.get(particle.lower) : undefined;
  // "agreed to sell" is the verb with its infinitive, not the phrasal "agreed to (a deal)".
  if (!phrasal || (particle.lower === "to" && toks[i + 2]?.pos === "VERB")) return { verb, last: i };
  return { verb: { ...verb, complements: phrasal.complements, reason: phrasal.reason }, last: i + 1 + dummy };
}

function cueVerbCandidate(ctx: Context, unit: Unit, i: number, plainVerb: CueVerb): Candidate | null {
  const { toks } = ctx;
  const t = toks[i];
  const { verb, last: cueLast } = withParticle(toks, i, plainVerb);
  if (verb.complements.size === 0) return null;
  const g = verbGroupStart(ctx, unit, i);
  const group = toks.slice(g, i);
  const gerund = /ing$/.test(t.lower) && g === i;
  // Passives ("was told", "is expected to") report nothing said by their subject; with an agent
  // ("the plan was denounced by the party chairman") the agent speaks about the subject.
  if (!gerund && group.some((x) => x.lemma === "be") && !/ing$/.test(t.lower)) return passiveWithAgent(ctx, unit, g, cueLast, verb) ?? hearsayPassive(ctx, unit, g, cueLast);
  // A participle opening a sentence ("Asked about …, Trump said") is not a cue of its own.
  if (!gerund && g === unit.first && /ed$/.test(t.lower)) return null;

  let speaker: TokRange | null = null;
  let inherits = false;
  let inverted = false;
  let governorFirst = g;
  if (gerund) {
    const as = toks[g - 1];
    const prev = toks[g - 1];
    if (as?.lower === "as" && toks[g - 2]?.lower === "quoted") {
      const passiveStart = verbGroupStart(ctx, unit, g - 2);
      speaker = subjectLeft(ctx, unit, passiveStart).speaker;
    } else if (messageBefore(ctx, unit, g) !== null) {
      // "Pence released an extraordinary statement saying …": the one who put out the message speaks,
      // and the cue is the whole act ("released an extraordinary statement saying").
      const message = messageBefore(ctx, unit, g)!;
      speaker = subjectLeft(ctx, unit, message.verbGroup).speaker;
      governorFirst = message.verbGroup;
      if (!speaker) inherits = true;
    } else if (reducedRelativeBefore(ctx, unit, g) !== null) {
      // "a U.N. report released Thursday suggesting …": the report with its participle speaks.
      speaker = reducedRelativeBefore(ctx, unit, g);
    } else if (prev && g - 1 >= unit.first && ctx.quoteOf[g - 1] < 0 && (prev.pos === "NOUN" || prev.pos === "PROPN") && !CUE_ADJUNCT_WORDS.has(prev.lower)) {
      // "with spokesman Glen Caplin saying …", "polls showing …": the noun phrase before speaks, unless
      // it is the object of a preposition ("in the past, saying") or of a verb.
      speaker = npLeft(toks, g - 1, leftFloor(ctx, unit, g - 1));
      const governor = speaker ? toks[speaker.first - 1] : undefined;
      if (!speaker || (governor && governor.lower !== "with" && (governor.pos === "ADP" || governor.pos === "VERB"))) {
        speaker = null;
        inherits = true;
      }
    } else if (g === unit.first || (prev?.pos !== "VERB" && !((prev?.pos === "ADP" || prev?.pos === "SCONJ") && NOMINAL_GERUND_ADP.has(prev.lower)))) {
      // "…, saying", "by telling voters", "after adding": the subject of the main clause speaks; without
      // a comma the cue runs from the main verb ("spent the rally attacking", "tried … by wondering").
      // ("confirmed it before saying", "donated while lobbying": after other prepositions it stands alone.)
      inherits = true;
      if (!prev || (prev.pos !== "ADP" && prev.pos !== "SCONJ") || prev.lower === "by") governorFirst = mainVerbBefore(ctx, unit, g) ?? g;
    } else return null;
  } else if (toks[g - 1]?.lower === "to") {
    // "officials not authorized to discuss the case": a permission denied reports nothing said.
    if (PERMISSION_WORDS.test(toks[g - 2]?.lower ?? "") && toks.slice(Math.max(unit.first, g - 5), g - 2).some((x) => /^(not|n['’]t|never)$/.test(x.lower))) return null;
    // "answers to detailed questions": after a preposition "to", an inflected form is no infinitive.
    if (g === i && t.lower !== t.lemma && /(ed|en)$/.test(t.lower)) return null;
    // "went on to say", "declined to say whether", "didn't step up to oppose": the subject of the
    // governing verb (with its particle) speaks.
    const particle = (k: number) => toks[k].pos === "ADP" && /^(up|out|on|off|forward|down|in)$/.test(toks[k].lower) && toks[k - 1]?.pos === "VERB";
    let s = g - 2;
    while (s > unit.first && (toks[s].pos === "VERB" || toks[s].pos === "AUX" || toks[s].pos === "ADV" || toks[s].lower === "on" || particle(s)) && g - s < 6) s--;
    // ("urged the mayor not to announce": an adverb alone before "to" governs nothing.)
    if (s + 1 < g - 1 && toks.slice(s + 1, g - 1).some((x) => x.pos === "VERB" || x.pos === "AUX")) {
      governorFirst = verbGroupStart(ctx, unit, s + 1);
      speaker = subjectLeft(ctx, unit, governorFirst).speaker;
    } else {
      // "gave $1 million to support the party", "likely to back him": a position verb in an infinitive
      // of purpose or prospect names what an act serves, not a declared position.
      if (POSITION_VERBS.has(verb.lemma)) return null;
      // "working on how to cite the work": an infinitive after a wh-word is an embedded question, no act.
      if (WH_WORDS.has(toks[g - 2]?.lower ?? "")) return null;
      // "took to Instagram to thank supporters": an infinitive of purpose; the main subject speaks, and
      // the cue runs from the main verb, as PolNeAR marks it ("appeared Tuesday with employees to tout").
      inherits = true;
      governorFirst = mainVerbBefore(ctx, unit, g - 1) ?? g - 1;
    }
  } else {
    const left = subjectLeft(ctx, unit, g);
    speaker = left.speaker;
    inherits = left.inherits;
    if (!speaker && !inherits) {
      // Inversion after a quotation or a reported clause: "“…,” said Mr. Kelly, a retired astronaut."
      const beforeCue = prevChar(ctx.text, toks[g].start);
      const opensAfterBreak = beforeCue < 0 || /[,"”’'»\n]/.test(ctx.text[beforeCue]) || g === unit.first;
      // Only verbs that introduce quotations invert; "The move, called prorogation, came …" does not.
      // ("“Is that the issue?” asked campaign manager Robby Mook": right after a quotation even "ask" inverts.)
      const inverts = verb.cueClass === "speech" && verb.complements.has("quote") && (!NON_INVERTING.has(verb.lemma) || (verb.lemma === "ask" && quoteClosingBefore(ctx, toks[g].start) !== null));
      // The speaker phrase and its apposition stop before the next quotation.
      let ceiling = i + 1;
      while (ceiling <= unit.last && ctx.quoteOf[ceiling] < 0) ceiling++;
      const np = opensAfterBreak && inverts ? npRight(toks, i + 1, ceiling - 1, true) : null;
      if (np && ctx.quoteOf[np.first] < 0 && !isTimePhrase(toks, np)) {
        speaker = withoutReportingRelative(toks, appositionRight(toks, np, ceiling - 1));
        inverted = true;
      }
    }
    // "Trump has suggested X, talked of Y and called Z": a coordinated predicate shares the subject.
    if (!speaker && !inherits && toks[g - 1]?.text === "," && g === i && /ed$/.test(t.lower) && hasFiniteVerb(toks, unit.first, g - 2) && forwardContent(ctx, unit, cueLast + 1, verb)) inherits = true;
  }
  if (!speaker && !inherits) return null;

  const after = inverted && speaker ? speaker.last + 1 : cueLast + 1;
  // An inverted attribution after a quotation reports that quotation, not what follows it.
  let forward = inverted && quoteClosingBefore(ctx, toks[g].start) !== null ? null : forwardContent(ctx, unit, after, verb);
  // "Candidates who touted their skills lost": a restrictive relative clause ends at the main verb.
  if (forward?.kind === "clause" && speaker?.antecedent && toks[speaker.first - 1]?.text !== ",") {
    let k = after;
    while (k <= unit.last && toks[k].start < forward.start) k++;
    const end = predicateStart(toks, forward.np ? k + 1 : k + 2, unit.last);
    if (end !== null) forward = { ...forward, end: toks[end].start };
  }
  // ", further saying": a modifier between the comma and an inheriting participle belongs to the cue.
  const modifier = gerund && inherits && g - 2 >= unit.first && /,\s*["”’]?\s*$/.test(ctx.text.slice(Math.max(0, toks[g - 1].start - 4), toks[g - 1].start)) && (toks[g - 1].pos === "ADV" || toks[g - 1].pos === "ADJ") ? 1 : 0;
  if (modifier) governorFirst = g - 1;
  // A relative clause ("…, who told …") starts at its pronoun: the antecedent belongs to the clause before.
  const segmentFirst = speaker && !inverted ? Math.min(speaker.first, g) : g - modifier;
  const segmentLast = inverted && speaker ? speaker.last : i;
  const closing = quoteClosingBefore(ctx, toks[segmentFirst].start);
  // "… as a “historic mandate”, saying he intends …": a quoted phrase before a cue that has its own
  // content is part of the clause before, not what the cue reports.
  const backQuote = closing !== null && forward?.kind === "clause" && !looksLikeQuotation(ctx.text, ctx.quoted[closing]) ? null : closing;
  // "“…,” she said in her first comments since it was released": after the quotation it reports, a
  // speech cue's words are adjuncts, not a second content (unless "that" opens one).
  if (backQuote !== null && forward?.kind === "clause" && verb.cueClass === "speech" && !/^that\b/i.test(ctx.text.slice(forward.start, forward.start + 5))) forward = null;
  let backComma: number | null = null;
  let parenthetical = false;
  const comma = backQuote === null && forward === null && !speaker?.antecedent ? commaBefore(ctx, unit, segmentFirst) : null;
  if (comma !== null) {
    const tail = endsAfterCue(ctx, unit, after, verb);
    if (tail.ends) backComma = comma;
    // "They, he added, also visited …": a subject before the attribution, the predicate after it.
    // ("Owning Time Warner, Mr. Stephenson said, would …": a gerund subject has no finite verb.)
    // ("The documents leaked to the press, he said, were forged": with a predicate after the
    // attribution, a noun's "-ed" form before it is a participle, whatever follows it.)
    if (tail.comma && !hasFiniteVerb(toks, unit.first, comma - 1, false) && hasVerb(toks, skipAfterCue(ctx, unit, after, verb) + 1, unit.last)) {
      parenthetical = true;
    }
  }
  // "A video expected to kill …", "was a colony called Southern Rhodesia": a participle after a noun
  // that is itself an object or complement is a reduced relative, not a cue.
  if (forward?.kind === "clause" && /ed$/.test(t.lower) && g === i && speaker && speaker.last === i - 1 && !inverted) {
    const governor = toks[speaker.first - 1];
    const objectNoun = governor && speaker.first - 1 >= unit.first && (governor.pos === "VERB" || governor.pos === "AUX");
    // Only verbs that take an object before "to" make such participles ("a video expected to …"); "the
    // chief executive agreed to sell" is a subject and its verb.
    const objectControl = verb.complements.has("object") || verb.lemma === "expect";
    if ((toks[speaker.last].pos === "NOUN" && toks[i + 1]?.lower === "to" && objectControl) || objectNoun) return null;
  }
  // A reported clause before the attribution needs a finite verb: "After lashing X in a speech, she urged …" has none.
  if (backComma !== null && !parenthetical && !hasFiniteVerb(toks, unit.first, backComma - 1)) backComma = null;
  if (!forward && backQuote === null && backComma === null) return null;
  // Attackers in the verbal sense are named people and organisations ("A man attacked …" is an assault).
  if (VERBAL_ATTACKS.has(verb.lemma) && !(forward?.kind === "clause" && verbalTarget(ctx, unit, forward.start) && (inherits || (speaker !== null && namedSubject(toks, speaker))))) return null;
  const objectNouns = verb.objectNouns ?? (ATTITUDE_VERBS.has(verb.lemma) ? ATTITUDE_OBJECTS : null);
  const attitude = forward?.kind === "clause" && forward.np && objectNouns ? attitudeObject(ctx, unit, forward.start, objectNouns) : null;
  // (An idiom's verb reports nothing without its noun: "took the train" is no cue.)
  if ((verb.objectNouns || ATTITUDE_ONLY_VERBS.has(verb.lemma)) && !attitude) return null;
  if (attitude) forward = { kind: "clause", start: toks[attitude.content].start, rule: forward?.kind === "clause" ? forward.rule : "clause-after-cue", np: attitude.np };
  const spanLast = attitude ? attitude.last : cueLast;
  // (After an attitude noun's preposition the content begins: no time words join the cue there, so
  // the span is built as for an inverted cue.)
  return {
    cueFirst: g, cueLast, speaker, inherits, forward, backQuote, backComma, parenthetical, rule: null,
    verbClass: verb.cueClass, sourceSubject: verb.sourceSubject, segmentFirst, segmentLast: Math.max(segmentLast, spanLast),
    span: cueSpan(ctx, unit, governorFirst, spanLast, speaker && !inverted ? speaker.last : unit.first - 1, inverted || attitude !== null),
  };
}

/** Every attitude noun with the prepositions that may open its object (ATTITUDE_NOUNS × ATTITUDE_NOUN_LINKS). */
const ATTITUDE_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...ATTITUDE_NOUNS].map((noun) => [noun, new Set([...ATTITUDE_NOUN_LINKS, ...(ATTITUDE_NOUN_EXTRA_LINKS.get(noun) ?? [])])]),
);

/**
 * "expressed open hostility towards the United States", "took issue with the remarks": a noun of
 * `nouns` (with its modifiers) right at `start`, followed by one of its prepositions, which opens what
 * it is about. Returns the last token of the cue (the preposition), the first of the content, and
 * whether the content is a noun phrase; null when the object is no such noun. (Before a that-clause
 * PolNeAR mostly leaves the noun in the content: "expressed | confidence that she would …".)
 */
function attitudeObject(ctx: Context, unit: Unit, start: number, nouns: ReadonlyMap<string, ReadonlySet<string>>): { last: number; content: number; np: boolean } | null {
  const { toks } = ctx;
  let k = unit.first;
  while (k <= unit.last && toks[k].start < start) k++;
  let m = k;
  while (m <= Math.min(unit.last, k + 3) && ctx.quoteOf[m] < 0 && (toks[m].pos === "DET" || toks[m].pos === "ADJ" || toks[m].pos === "ADV" || isPossessivePronoun(toks[m]))) m++;
  const noun = toks[m];
  const link = toks[m + 1];
  if (!noun || !link || m + 2 > unit.last || noun.pos !== "NOUN" || ctx.quoteOf[m + 1] >= 0) return null;
  if (!nouns.get(noun.lemma)?.has(link.lower)) return null;
  // ("expressed frustration on Monday": a time phrase is an adjunct, not the attitude's object.)
  const object = npRight(toks, m + 2, unit.last, false);
  if (link.pos !== "ADP" || !((object && !isTimePhrase(toks, object)) || WH_WORDS.has(toks[m + 2].lower))) return null;
  return { last: m + 1, content: m + 2, np: !WH_WORDS.has(toks[m + 2].lower) };
}

/**
 * "The Republican nominee's language was denounced by the party's chairman": a passive cue with a
 * "by" agent; the agent is the speaker and the subject is what the act was about.
 */
function passiveWithAgent(ctx: Context, unit: Unit, g: number, cueLast: number, verb: CueVerb): Candidate | null {
  const { toks } = ctx;
  // Only verbs whose object is what they are about ("denounced X", "described X as …"); "was reported
  // by local media" reports an event, not a view of the subject.
  if (verb.cueClass === "belief" || verb.cueClass === "intent" || !verb.complements.has("np")) return null;
  let k = cueLast + 1;
  while (k <= unit.last && toks[k].pos === "ADV") k++;
  if (toks[k]?.lower !== "by" || ctx.quoteOf[k] >= 0) return null;
  const agent = npRight(toks, k + 1, unit.last, true);
  if (!agent || toks[agent.first].pos === "PRON" || !isSourceLike(toks, agent)) return null;
  let speaker = appositionRight(toks, agent, unit.last);
  // "officials who spoke on the condition of anonymity": a relative clause naming the agent.
  if (speaker.last === agent.last && /^(who|whose)$/.test(toks[agent.last + 1]?.lower ?? "")) {
    let e = agent.last + 1;
    while (e + 1 <= unit.last && toks[e + 1].text !== "," && !/^[.;:]$/.test(toks[e + 1].text) && ctx.quoteOf[e + 1] < 0) e++;
    speaker = { first: agent.first, last: e };
  }
  // The subject: the whole phrase back to the clause start when it holds no verb, else the noun phrase.
  let s = g - 1;
  // ("Election implications regarding the EU were described …": a participle after a noun stays.)
  const inSubject = (k: number) => {
    const t = toks[k];
    if (/^[,;:]$/.test(t.text) || t.pos === "AUX" || t.pos === "SCONJ") return false;
    const before = toks[k - 1]?.pos;
    return t.pos !== "VERB" || (/(ing|ed)$/.test(t.lower) && before === "NOUN") || (/ing$/.test(t.lower) && before === "ADP");
  };
  while (s >= unit.first && ctx.quoteOf[s] < 0 && inSubject(s)) s--;
  const whole: TokRange | null = s < g - 1 && (s < unit.first || /^[,;:]$/.test(toks[s].text) || toks[s].pos === "SCONJ") ? { first: s + 1, last: g - 1 } : null;
  const subject = whole ?? subjectLeft(ctx, unit, g).speaker;
  if (!subject || subject.antecedent || toks[subject.last].pos === "PRON") return null;
  return {
    cueFirst: g, cueLast, speaker, inherits: false,
    forward: { kind: "clause", start: toks[subject.first].start, end: toks[subject.last].end, rule: "clause-after-cue", np: true },
    backQuote: null, backComma: null, parenthetical: false, rule: null, verbClass: verb.cueClass,
    segmentFirst: g, segmentLast: speaker.last,
  };
}

/** Participles of hearsay: "is said to", "are believed to", "it is widely known that". */
const HEARSAY_PARTICIPLES = new Set(["said", "reported", "believed", "alleged", "rumored", "rumoured", "thought", "understood", "known", "suspected", "claimed"]);

/**
 * "The senator is said to have made his peace with …", "it is widely known that …": a passive of
 * hearsay reports what unnamed people say or believe, an attribution without a source (PARC and
 * PolNeAR mark these). The infinitive (after "to", which joins the cue) or the that-clause after an
 * expletive "it" is the content.
 */
function hearsayPassive(ctx: Context, unit: Unit, g: number, cueLast: number): Candidate | null {
  const { toks } = ctx;
  if (!HEARSAY_PARTICIPLES.has(toks[cueLast].lower)) return null;
  let k = cueLast + 1;
  while (k <= unit.last && toks[k].pos === "ADV") k++;
  const next = toks[k];
  const after = toks[k + 1];
  if (!next || !after || k + 1 > unit.last || ctx.quoteOf[k] >= 0 || ctx.quoteOf[k + 1] >= 0) return null;
  let forward: Forward | null = null;
  let last = cueLast;
  // ("The suspect was known to police.": a recipient the tagger reads as a verb, with nothing after it.)
  const recipient = after.pos === "VERB" && (k + 2 > unit.last || toks[k + 2].pos === "PUNCT");
  // ("The fire was reported to police on Monday": after other verbs "to" may name a recipient; hearsay
  // goes on with "to be" or "to have".)
  if (next.lower === "to" && (after.pos === "AUX" || ((after.lower === "be" || after.lower === "have") && infinitiveAt(toks, k + 1) && !recipient))) {
    forward = { kind: "clause", start: after.start, rule: "clause-after-cue" };
    last = k;
  } else if (next.lower === "that" && toks[g - 1]?.lower === "it" && hasFiniteVerb(toks, k + 1, Math.min(unit.last, k + 30))) {
    forward = { kind: "clause", start: after.start, rule: "that-clause" };
  }
  if (!forward) return null;
  return {
    cueFirst: g, cueLast: last, speaker: null, inherits: false, forward, backQuote: null, backComma: null, parenthetical: false,
    rule: null, sourceless: true, segmentFirst: g, segmentLast: last,
  };
}

/** Participles that characterise their subject in the passive: "was seen as", "has been criticized as". */
const CHARACTERISATION_PARTICIPLES = new Set([
  "seen", "viewed", "regarded", "perceived", "criticized", "criticised", "branded", "labeled", "labelled", "dubbed", "described",
]);

/**
 * "Al Gore … was seen as wooden and off-putting", "Trump will be viewed as lacking": a passive
 * characterisation without an agent reports a view of unnamed people (PolNeAR marks it with no
 * source). The cue runs from the verb group through "as"; what follows "as", up to the next comma or
 * stop, is the content. With a "by" agent the passive is read by `passiveWithAgent` instead.
 */
function characterisationPassive(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  const g = verbGroupStart(ctx, unit, i);
  if (g === i || !toks.slice(g, i).some((x) => x.lemma === "be")) return null;
  let k = i + 1;
  while (k <= unit.last && toks[k].pos === "ADV" && toks[k].lower !== "as") k++;
  if (toks[k]?.lower !== "as" || k + 1 > unit.last || ctx.quoteOf[k] >= 0) return null;
  let end = k + 1;
  while (end + 1 <= unit.last && ctx.quoteOf[end + 1] < 0 && !/^[,;:.]$/.test(toks[end + 1].text)) end++;
  if (toks.slice(k + 1, end + 1).some((x) => x.lower === "by")) return null;
  // ("was seen as it crossed the border", "as soon as", "as well": an "as" that opens a clause or a
  // fixed phrase is no characterisation.)
  if (/^(well|soon|long|far|if|though|usual)$/.test(toks[k + 1].lower)) return null;
  const subject = npRight(toks, k + 1, end, false);
  const verb = subject && subject.last + 1 <= end ? toks[subject.last + 1] : undefined;
  if (verb && (verb.pos === "AUX" || (verb.pos === "VERB" && !/ing$/.test(verb.lower)))) return null;
  return {
    cueFirst: g, cueLast: k, speaker: null, inherits: false,
    forward: { kind: "clause", start: toks[k + 1].start, end: toks[end].end, rule: "clause-after-cue" },
    backQuote: null, backComma: null, parenthetical: false, rule: null, sourceless: true, segmentFirst: g, segmentLast: k,
  };
}

/**
 * Is the target of an attack verb, starting at offset `start`, verbal? A person (name entity or
 * personal pronoun), a stance or remark (VERBAL_TARGETS), or an attack "over/for/as" something.
 */
function namedSubject(toks: readonly Tok[], range: TokRange): boolean {
  const head = toks[(range.antecedent ?? range).last];
  return head.entity === "PERSON" || head.entity === "ORG" || /^(he|she|they|i|we|who)$/.test(head.lower) || (head.pos === "PROPN" && !head.entity);
}

function verbalTarget(ctx: Context, unit: Unit, start: number): boolean {
  const { toks } = ctx;
  let k = unit.first;
  while (k <= unit.last && toks[k].start < start) k++;
  // "hammered the “disgusting” media": quoted words in the object are the attacker's own.
  for (let q = k; q <= unit.last && q <= k + 3; q++) if (ctx.quoteOf[q] >= 0) return true;
  const object = npRight(toks, k, unit.last, false);
  if (!object) return /^(him|her|them|me|us)$/.test(toks[k]?.lower ?? "");
  let head = object.last;
  if (isPossessiveMarker(toks[head + 1])) {
    const possessed = npRight(toks, head + 2, unit.last, false);
    if (possessed) head = possessed.last;
  }
  // "attacked Smith with a knife": an instrument makes it physical.
  if (toks[head + 1]?.lower === "with" && toks[head + 2]?.pos === "DET") return false;
  if (toks[object.first].entity === "PERSON" && head === object.last) return true;
  if (VERBAL_TARGETS.has(toks[head].lemma)) return true;
  // "hammered Ryan over his remarks", "blasted Clinton as a creature of the establishment".
  for (let p = head + 1; p <= unit.last && p <= head + 8; p++) {
    if (!/^(over|for|as)$/.test(toks[p].lower)) continue;
    const what = npRight(toks, p + 1, unit.last, false);
    if (what && !isTimePhrase(toks, what) && (toks[p].lower !== "for" || toks[what.last].pos !== "NUM")) return true;
  }
  return false;
}

/**
 * The reported cue around a verb group [first, last]: adverbs between the speaker and the verb
 * ("also", "later", "publicly") and adjuncts right after the verb ("on Tuesday", "in a statement").
 * An addressee or object ends the cue ("told reporters"), and so does an inverted speaker.
 */
function cueSpan(ctx: Context, unit: Unit, first: number, last: number, speakerLast: number, inverted: boolean): { first: number; last: number } {
  const { toks } = ctx;
  let f = first;
  while (f - 1 > speakerLast && f - 1 >= unit.first && ctx.quoteOf[f - 1] < 0 && toks[f - 1].pos === "ADV" && isCueAdverb(toks, f - 1)) f--;
  let l = last;
  // Only short time adjuncts join the cue ("said Sunday", "said on Tuesday", "said again"); places
  // and occasions ("in a statement released by …") stay out, as annotators mostly leave them.
  for (let steps = 0; !inverted && steps < 3 && l + 1 <= unit.last && ctx.quoteOf[l + 1] < 0; steps++) {
    const t = toks[l + 1];
    if (isAdjunctWord(toks, l + 1) || isCueAdverb(toks, l + 1)) {
      l++;
      continue;
    }
    // "said on “Fox News Sunday.”": a programme named by its title is the medium of the cue.
    const q = ctx.quoteOf[l + 2] ?? -1;
    if (t.lower === "on" && q >= 0 && toks[l + 2].start <= ctx.quoted[q].open && !looksLikeQuotation(ctx.text, ctx.quoted[q])) {
      let e = l + 2;
      while (e + 1 <= unit.last && ctx.quoteOf[e + 1] === q) e++;
      l = e;
      break;
    }
    if (t.pos === "ADP" && /^(on|during|over|last|this)$/.test(t.lower)) {
      const np = npRight(toks, l + 2, unit.last, false);
      // ("during a press call last Thursday" names an occasion: only a phrase of time words joins.)
      let timeOnly = np !== null;
      for (let k = np?.first ?? 0; np && k < np.last; k++) {
        if ((toks[k].pos === "NOUN" || toks[k].pos === "PROPN") && !isTimePhrase(toks, { first: k, last: k })) timeOnly = false;
      }
      if (np && timeOnly && isTimePhrase(toks, np)) {
        l = np.last;
        continue;
      }
    }
    break;
  }
  return { first: f, last: l };
}

/** Verbs that link a subject to an attitude adjective like "be" does ("became agitated", "seems confident"). */
const LINKING_VERBS = new Set(["be", "become", "get", "grow", "seem", "appear", "remain", "feel", "sound"]);

/**
 * "Mrs. Clinton's campaign was optimistic that …", "many were outraged at the protest", "Democrats
 * increasingly nervous about turnout": an attitude adjective after "be" (or right after its
 * holder) with a that-clause, an infinitive or a prepositional object as content.
 */
function attitude(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  const prepositions = ATTITUDE_ADJECTIVES.get(toks[i].lower);
  if (!prepositions) return null;
  let k = i + 1;
  let cueLast = i;
  let forward: Forward | null = null;
  const next = toks[k];
  if (!next || k > unit.last || ctx.quoteOf[k] >= 0) return null;
  if (next.lower === "that" && hasVerb(toks, k + 1, Math.min(unit.last, k + 30)) && toks[k + 1] && !(toks[k + 1].pos === "AUX" || toks[k + 1].pos === "VERB")) {
    forward = { kind: "clause", start: toks[k + 1].start, rule: "that-clause" };
  } else if (next.lower === "to" && (toks[k + 1]?.pos === "VERB" || toks[k + 1]?.pos === "AUX")) {
    forward = { kind: "clause", start: next.start, rule: "clause-after-cue" };
  } else if (prepositions.has(next.lower) && k + 1 <= unit.last && (npRight(toks, k + 1, unit.last) || WH_WORDS.has(toks[k + 1].lower) || toks[k + 1].pos === "VERB")) {
    forward = { kind: "clause", start: toks[k + 1].start, rule: "clause-after-cue", np: true };
    cueLast = k;
  }
  if (!forward) return null;
  // The holder: the subject of a linking verb ("were outraged", "has for weeks been confident"), or a
  // noun phrase right before ("Democrats increasingly nervous about").
  let a = i;
  while (a - 1 >= unit.first && ctx.quoteOf[a - 1] < 0 && (toks[a - 1].pos === "ADV" || /^(so|too|very|more|most|less|increasingly)$/.test(toks[a - 1].lower))) a--;
  let g = a;
  const link = toks[a - 1];
  if (link && a - 1 >= unit.first && (link.lemma === "be" || (link.pos === "VERB" && LINKING_VERBS.has(link.lemma)))) {
    g = verbGroupStart(ctx, unit, a - 1);
    // "has for weeks been confident": a time phrase inside the verb group.
    const p = toks[g - 1];
    if (p?.pos === "NOUN" && isTimePhrase(toks, { first: g - 1, last: g - 1 }) && toks[g - 2]?.pos === "ADP" && toks[g - 3]?.pos === "AUX") g -= 3;
  } else if (!(link && (link.pos === "NOUN" || link.pos === "PROPN" || link.pos === "PRON") && /s$|^(he|she|they|we|i)$/.test(link.lower))) {
    return null;
  }
  const left = g === a && !(link?.lemma === "be") ? { speaker: npLeft(toks, a - 1, leftFloor(ctx, unit, a - 1)), inherits: false } : subjectLeft(ctx, unit, g);
  if (!left.speaker && !left.inherits) return null;
  return {
    cueFirst: g, cueLast, speaker: left.speaker, inherits: left.inherits, forward, backQuote: null, backComma: null,
    parenthetical: false, rule: null, verbClass: "belief", sourceSubject: true, segmentFirst: left.speaker ? Math.min(left.speaker.first, g) : g,
    segmentLast: cueLast,
  };
}

function accordingTo(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  // A noun mis-tagged as a verb may open the phrase ("according to state media").
  const opener = toks[i + 2];
  const np0 =
    npRight(toks, i + 2, unit.last, true) ??
    (opener?.pos === "VERB" && toks[i + 3]?.pos === "NOUN" ? npRight(toks, i + 3, unit.last, true) : null);
  if (np0 && np0.first === i + 3) np0.first = i + 2;
  if (!np0) return null;
  const np = appositionRight(toks, np0, unit.last);
  const base = { cueFirst: i, cueLast: i + 1, speaker: np, inherits: false, parenthetical: false, segmentFirst: i, segmentLast: np.last };
  const backQuote = quoteClosingBefore(ctx, toks[i].start);
  if (backQuote !== null) return { ...base, forward: null, backQuote, backComma: null, rule: "according-to" };
  const next = toks[np.last + 1];
  const atStart = i === unit.first || toks[i - 1]?.text === "," && !hasVerb(toks, unit.first, i - 2);
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

/** Is token k a verb in its base form, as after an infinitive "to" ("appeal to working-class voters" has none)? */
function infinitiveAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && (t.pos === "VERB" || t.pos === "AUX") && t.lower === t.lemma;
}

/** The complement key of a preposition after a cue noun: a prepositional "to" is "to-np" (see CueNoun). */
function prepositionKey(t: Tok): string {
  return t.lower === "to" ? "to-np" : t.lower;
}

/**
 * A possessed cue noun with its content: "X's remarks that …", "his decision to …", "the woman's
 * cancellation of a press conference". The possessor speaks; without one there is no attribution.
 */
function cueNoun(ctx: Context, unit: Unit, i: number): Candidate | null {
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
  if ((speaker.first === unit.first || opener?.text === "," || opener?.pos === "CCONJ") && (forward.np || next.lower === "to")) {
    const end = predicateStart(toks, forward.np ? i + 2 : i + 3, unit.last);
    if (end !== null) forward = { ...forward, end: toks[end].start };
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
function cueNounWithSourceAfter(ctx: Context, unit: Unit, i: number): Candidate | null {
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
function bareCueNoun(ctx: Context, unit: Unit, i: number): Candidate | null {
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

/**
 * Does the "that" at k open a complement clause ("fears that Mr. Weiner's behavior might undermine the
 * party") rather than a relative clause ("the claim that he made was false")? The tagger's
 * complementiser says so; where it reads a pronoun, the clause must go on after its verb (a relative
 * clause on an object leaves a gap right after the verb).
 */
function complementThat(toks: readonly Tok[], unit: Unit, k: number): boolean {
  if (toks[k].pos === "SCONJ") return true;
  const subject = npRight(toks, k + 1, unit.last, true);
  if (!subject) return false;
  let v = subject.last + 1;
  while (v <= unit.last && (toks[v].pos === "AUX" || toks[v].pos === "ADV" || toks[v].pos === "PART" && toks[v].lower !== "to")) v++;
  if (v > unit.last || toks[v].pos !== "VERB") return false;
  // ("on the assumption that they are aging, …": a progressive verb seldom closes an object relative.)
  if (/ing$/.test(toks[v].lower) && toks[v - 1]?.pos === "AUX") return true;
  const next = toks[v + 1];
  return next !== undefined && v + 1 <= unit.last && !(next.pos === "VERB" || next.pos === "AUX" || next.pos === "PUNCT" || next.lower === "to");
}

/**
 * "The worry among consumer groups, of course, is that …", "The question is whether …": a subject cue
 * noun whose copula introduces the content. A prepositional phrase and a short aside set off by commas
 * may stand between the noun and "is".
 */
function copularContent(ctx: Context, unit: Unit, i: number): Forward | null {
  const { toks } = ctx;
  let k = i + 1;
  if (toks[k]?.pos === "ADP") {
    const pp = npRight(toks, k + 1, unit.last);
    if (pp) k = pp.last + 1;
  }
  if (toks[k]?.text === ",") {
    let close = k + 1;
    while (close <= Math.min(unit.last, k + 5) && toks[close].text !== ",") close++;
    if (toks[close]?.text === ",") k = close + 1;
  }
  const be = toks[k];
  const c = toks[k + 1];
  if (!be || !c || k + 2 > unit.last || be.lemma !== "be" || ctx.quoteOf[k] >= 0 || ctx.quoteOf[k + 1] >= 0) return null;
  // (After "is", "that" opens a clause even where the tagger reads a pronoun: "is that for AT&T to …".)
  const d = toks[k + 2];
  if (c.lower === "that" && d && !(d.pos === "VERB" || d.pos === "AUX" || d.pos === "PUNCT")) return { kind: "clause", start: d.start, rule: "cue-noun" };
  if (c.lower === "whether") return { kind: "clause", start: c.start, rule: "cue-noun" };
  return null;
}

/**
 * Where the clause after a bare cue noun ends: before ", and/but <clause>" or ", <clause>" (a new
 * statement, or the main clause after a fronted phrase), and, when the noun phrase is the sentence's
 * subject ("The announcement that the F.B.I. is reviewing emails has slowed …"), at the verb group
 * that follows a complete phrase after the clause's own verb. Returns a character offset (the unit's
 * end if nothing stops it).
 */
function bareClauseEnd(ctx: Context, unit: Unit, k: number, subject: boolean): number {
  const { toks } = ctx;
  let ownVerb = false;
  for (let v = k; v <= unit.last; v++) {
    const t = toks[v];
    // (A comma may sit inside a closing quotation: "an “assassination attempt,” and a supporter …".)
    if (t.pos === "CCONJ" && v > k) {
      let p = v - 1;
      while (p > k && CLOSING.test(toks[p].text) && toks[p].text.length === 1) p--;
      if (toks[p].text === "," && clauseStarts(ctx, unit, v + 1)) return t.start;
    }
    if (ctx.quoteOf[v] >= 0) continue;
    if (t.text === ";" || t.text === ":") return t.start;
    // "Amid fears that X might undermine the party, Democrats said …": a new clause after a comma.
    if (t.text === "," && ownVerb && clauseStarts(ctx, unit, v + 1)) return t.start;
    const verb = t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower));
    // ("… aide has slowed", "… was reopened has slowed": a verb group after a complete phrase or verb group.)
    const prev = toks[v - 1]?.pos;
    if (subject && ownVerb && verb && (prev === "NOUN" || prev === "PROPN" || prev === "ADJ" || prev === "NUM" || prev === "PRON" || (prev === "VERB" && t.pos === "AUX"))) return t.start;
    if (verb) ownVerb = true;
  }
  return unit.end;
}

/** The first finite verb from `k` on that is not inside an infinitive or relative clause, or null. */
function predicateStart(toks: readonly Tok[], k: number, last: number): number | null {
  let relative = false;
  for (let v = k; v <= last; v++) {
    const t = toks[v];
    if (/^(which|who|whom|whose|that)$/.test(t.lower) && t.pos !== "SCONJ") relative = true;
    if (t.text === "," || /^[.;:]$/.test(t.text)) return null;
    if (relative) continue;
    const prev = toks[v - 1];
    // Participles modify nouns: "a failed coup", "a report released by …", "the data released Thursday".
    const next = toks[v + 1];
    const participle = /(ed|en)$/.test(t.lower) && (prev?.pos === "DET" || prev?.pos === "ADJ" || next?.lower === "by" || (next !== undefined && CUE_ADJUNCT_WORDS.has(next.lower)));
    if (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower) && prev?.lower !== "to" && !participle)) return v;
  }
  return null;
}

/** Headline attribution: "Defense ties … to boost Iraq's security: Gen. Baqeri" (a line ending in ": Name"). */
function headlineColon(ctx: Context, unit: Unit): Candidate | null {
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

/** Words after which a noun phrase is no main-clause subject: prepositions, verbs, relative pronouns. */
const NOT_SUBJECT_AFTER = new Set(["that", "which", "who", "whom", "whose", "to", "than", "as"]);

/**
 * The subject of the main clause of a unit before token `before`, for cues that inherit their subject
 * ("…, saying"): the first noun phrase followed by its verb that is not inside a prepositional phrase,
 * an object or a relative clause ("Before a crowd of 15,000 people gathered, Trump attacked …").
 */
function firstSubject(ctx: Context, unit: Unit, before: number): TokRange | null {
  const { toks } = ctx;
  for (let k = unit.first; k < before; k++) {
    if (ctx.quoteOf[k] >= 0) continue;
    const np = npRight(toks, k, before - 1, true);
    if (!np) continue;
    const prev = np.first > unit.first ? toks[np.first - 1] : undefined;
    const governed = prev !== undefined && (prev.pos === "ADP" || prev.pos === "VERB" || prev.pos === "AUX" || prev.pos === "SCONJ" || NOT_SUBJECT_AFTER.has(prev.lower));
    if (governed || isTimePhrase(toks, np)) {
      k = np.last;
      continue;
    }
    const withApposition = toks[np.last + 1]?.text === "," ? appositionRight(toks, np, before - 1) : np;
    // An apposition cut off by the cue ("Paul Ryan, who didn't step up to [oppose]") is a clause of
    // its own whose verb is not the main one.
    if (withApposition.last > np.last && withApposition.last + 1 >= before) {
      k = np.last;
      continue;
    }
    let v = withApposition.last + 1;
    // "Donald Trump, despite an effort to stay on script, deviated …": past an adjunct set off by commas.
    if (toks[v]?.text === "," && (toks[v + 1]?.pos === "ADP" || toks[v + 1]?.pos === "SCONJ")) {
      let close = v + 2;
      while (close < before && toks[close].text !== "," && ctx.quoteOf[close] < 0 && close - v <= 30) close++;
      if (close < before && toks[close].text === ",") v = close;
    }
    if (toks[v]?.text === ",") v++;
    // "Pence himself released", "Trump on Sunday said", "the F.B.I. also agreed".
    if (toks[v]?.pos === "PRON" && /self$|selves$/.test(toks[v].lower)) v++;
    while (v < before && (toks[v].pos === "ADV" || CUE_ADJUNCT_WORDS.has(toks[v].lower))) v++;
    if (toks[v]?.pos === "ADP" && TIME_PREPOSITIONS.has(toks[v].lower)) {
      const time = npRight(toks, v + 1, before - 1, false);
      if (time && isTimePhrase(toks, time)) v = time.last + 1;
    }
    if (toks[v] && (toks[v].pos === "VERB" || toks[v].pos === "AUX") && !/ing$/.test(toks[v].lower)) return withApposition;
    k = np.last;
  }
  return null;
}

function trimSpan(text: string, start: number, end: number): Span {
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

/**
 * Where a forward content ends inside its unit: at a semicolon or colon (a new clause or utterance
 * follows) or before ", <participle>" that hangs on the main clause ("…, playing down a goal").
 */
function forwardEnd(ctx: Context, unit: Unit, start: number, np = false): number {
  const { toks } = ctx;
  for (let i = unit.first; i <= unit.last; i++) {
    const t = toks[i];
    if (t.start < start || ctx.quoteOf[i] >= 0) continue;
    if (t.text === ";" || t.text === ":") return t.start;
    const next = toks[i + 1];
    // The reporter's own subordinate clause ends any content: "…, even as the party concedes …".
    if (t.text === "," && next && /^(even|although|though|whereas|despite)$/.test(next.lower)) return t.start;
    // A noun-phrase content ends before a relative clause about it ("endorsed Clinton, who has …") or
    // before the main clause it was fronted to ("With Democrats nervous about turnout, Clinton came …").
    if (np && t.text === "," && next && (/^(who|which|whose)$/.test(next.lower) || clauseStarts(ctx, unit, i + 1) || next.pos === "AUX")) return t.start;
    if (t.text === "," && next && next.pos === "VERB" && /ing$/.test(next.lower) && ctx.quoteOf[i + 1] < 0) return t.start;
    // "…, talked of a stolen election", "…, promising more funding": the next cue of the same subject.
    if (t.text === "," && next && ctx.quoteOf[i + 1] < 0 && (next.pos === "VERB" || next.pos === "ADJ") && /(ed|ing)$/.test(next.lower) && isCueWord(next)) return t.start;
  }
  return unit.end;
}

/** Is the token a form of a cue verb ("talked", "promising"), whatever the tagger made of it? */
function isCueWord(t: Tok): boolean {
  if (CUE_VERBS.has(t.lemma) || CUE_FORMS.has(t.lower)) return true;
  const stem = t.lower.replace(/ing$/, "").replace(/ed$/, "");
  return CUE_VERBS.has(stem) || CUE_VERBS.has(`${stem}e`);
}

/** The subject of the main clause after a fronted participle clause ending at the first comma after `from`. */
function subjectAfterFronted(ctx: Context, unit: Unit, from: number): { subject: TokRange; comma: number } | null {
  const { toks } = ctx;
  for (let k = from + 1; k < unit.last; k++) {
    if (ctx.quoteOf[k] >= 0 || toks[k].text !== ",") continue;
    const np = npRight(toks, k + 1, unit.last, true);
    if (!np) continue;
    const subject = appositionRight(toks, np, unit.last);
    let v = subject.last + 1;
    if (toks[v]?.text === ",") v++;
    while (v <= unit.last && toks[v].pos === "ADV") v++;
    if (toks[v] && (toks[v].pos === "VERB" || toks[v].pos === "AUX")) return { subject, comma: k };
  }
  return null;
}

/** Conjunctions that open a fronted subordinate clause ("While Clinton has vowed to …, Trump …"). */
const SUBORDINATORS = new Set(["while", "although", "though", "as", "if", "because", "when", "whereas", "since", "unless", "after", "before"]);

/**
 * The end of a forward content whose cue sits in a fronted subordinate clause: the comma where the
 * main clause begins ("While Clinton has vowed to honor the accord, Trump has pledged to cancel it").
 */
function subordinateEnd(ctx: Context, unit: Unit, c: Candidate): number {
  const { toks } = ctx;
  const opener = toks[unit.first];
  if (!opener || !SUBORDINATORS.has(opener.lower) || c.forward?.kind !== "clause") return unit.end;
  for (let k = unit.first + 1; k < c.segmentFirst; k++) if (toks[k].text === ",") return unit.end;
  for (let k = c.segmentLast + 1; k <= unit.last; k++) {
    if (ctx.quoteOf[k] >= 0 || toks[k].start < c.forward.start || toks[k].text !== ",") continue;
    if (clauseStarts(ctx, unit, k + 1)) return toks[k].start;
  }
  return unit.end;
}

/** Quoted spans lying inside [start, end). */
function quotesInside(ctx: Context, start: number, end: number): number[] {
  const out: number[] = [];
  ctx.quoted.forEach((q, i) => {
    if (q.open >= start && q.close <= end + 1) out.push(i);
  });
  return out;
}

const SOURCE_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "who"]);

/** The phrase's last token before an apposition or a bracket ("the minister, Ali Shamkhani" → "minister"). */
function lastBeforeApposition(toks: readonly Tok[], named: TokRange): number {
  for (let i = named.first; i <= named.last; i++) if (toks[i].text === "," || toks[i].text === "(") return i - 1;
  return named.last;
}

/**
 * Can the phrase hold a view? A name entity of a person, group, organisation or country, a personal
 * pronoun, a name, or a head noun for a person or an institution ("the campaign", "officials").
 */
function isSourceLike(toks: readonly Tok[], range: TokRange): boolean {
  const named = range.antecedent ?? range;
  let last = lastBeforeApposition(toks, named);
  for (let i = named.first; i <= last; i++) if (toks[i].entity && toks[i].entity !== "MISC") return true;
  if (last > named.first && RESPONDENT_PARTICIPLES.has(toks[last].lower)) last--;
  const head = toks[last];
  if (!head) return false;
  if (named.first === last && SOURCE_PRONOUNS.has(head.lower)) return true;
  if (head.pos === "PROPN") return true;
  // "77 percent of Republicans", "only 13 percent": a share of people answering a poll.
  if (/^(percent|per cent|%)$/.test(head.lower) && toks[last - 1]?.pos === "NUM") return true;
  return PERSON_NOUNS.has(head.lemma) || GROUP_NOUNS.has(head.lemma) || GROUP_NOUNS.has(head.lower);
}

/** Is the phrase headed by a poll, document or record ("the latest survey", "emails from WikiLeaks")? */
function isDocumentLike(toks: readonly Tok[], range: TokRange): boolean {
  const named = range.antecedent ?? range;
  let last = lastBeforeApposition(toks, named);
  // The head is the last noun before a postnominal link: "emails from WikiLeaks", "a story in Vanity Fair".
  for (let i = named.first; i <= last; i++) {
    if (toks[i].pos === "ADP" && i > named.first) {
      last = i - 1;
      break;
    }
  }
  const head = toks[last];
  return head !== undefined && (head.pos === "NOUN" || head.pos === "PROPN") && (DOCUMENT_NOUNS.has(head.lemma) || DOCUMENT_NOUNS.has(head.lower));
}

/** Turn a unit's candidates into attributions: cut forward contents where the next attribution starts. */
function assemble(ctx: Context, unit: Unit, u: number, candidates: Candidate[]): Attribution[] {
  const { toks, text } = ctx;
  const out: Attribution[] = [];
  let openForward: { attribution: Attribution; contentFirstChar: number } | null = null;
  let lastSpeaker: TokRange | null = null;
  let segmentEnd = unit.start;
  const cue = (c: Candidate): Span => ({ start: toks[c.span?.first ?? c.cueFirst].start, end: toks[c.span?.last ?? c.cueLast].end });

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
    } else if (c.inherits) speaker = lastSpeaker ?? firstSubject(ctx, unit, c.segmentFirst);
    if (speaker) {
      speaker = withoutAnonymityClause(toks, speaker);
      if (c.sourceSubject && !isSourceLike(toks, speaker)) continue;
      lastSpeaker = speaker;
    } else if (!c.sourceless) continue;
    const cueSpan = cue(c);

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

/** Does token k ask for anonymity ("on condition of anonymity", "not authorized to", "asked not to be named")? */
function anonymityWord(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (/^anonym/.test(t.lower)) return true;
  if (PERMISSION_WORDS.test(t.lower)) return toks[k + 1]?.lower === "to";
  return /^(named|identified|quoted)$/.test(t.lower) && toks[k - 1]?.lower === "be";
}

/**
 * "officials, who spoke on condition of anonymity, said": a non-restrictive relative clause about the
 * report itself (anonymity, leave to speak) hedges the attribution and is no part of the source.
 */
function withoutAnonymityClause(toks: readonly Tok[], range: TokRange): TokRange {
  for (let r = range.first + 1; r <= range.last; r++) {
    // (Only a non-restrictive clause: "officials who spoke on condition of anonymity" picks them out.)
    if (toks[r].lower !== "who" || toks[r - 1].text !== ",") continue;
    let anonymity = false;
    for (let k = r + 1; k <= range.last && !anonymity; k++) anonymity = anonymityWord(toks, k);
    if (!anonymity) continue;
    return r - 2 >= range.first ? { ...range, last: r - 2 } : range;
  }
  return range;
}

/** Index of the infinitive "to" among tokens first..last (before the cue verb), or -1. */
function infinitiveMarker(toks: readonly Tok[], first: number, last: number): number {
  for (let k = Math.max(0, first); k < last; k++) if (toks[k].lower === "to" && toks[k].pos === "PART") return k;
  return -1;
}

/** Does the span consist of nothing but the quoted span (and its marks)? */
function isWholeQuote(ctx: Context, q: number, span: Span): boolean {
  const quote = ctx.quoted[q];
  const before = ctx.text.slice(span.start, quote.open);
  const after = ctx.text.slice(quote.close, span.end);
  return /^[\s"“”‘’'«»,.]*$/.test(before) && /^[\s"“”‘’'«»,.]*$/.test(after);
}

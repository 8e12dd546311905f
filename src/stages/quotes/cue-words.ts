// Recognising cue words among tagged tokens: a reporting verb whatever the tagger made of it (a noun
// in "polls show", an adjective in "Mr. Burton fumed"), its particle, and capitalised words in names or headlines.
import {
  CUE_ADJUNCT_WORDS,
  CUE_FORMS,
  CUE_VERBS,
  DOCUMENT_VERBS,
  PHRASAL_CUES,
  type CueClass,
  type CueVerb,
} from "./cues.js";
import { isPossessivePronoun, type Tok } from "./phrases.js";
import { type Context, type Unit, prevChar } from "./attribution-context.js";

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

/** The cue verb that token `i` is (in `table`, of one of `classes`), however the tagger read it; else null. */
export function cueVerbOf(toks: readonly Tok[], i: number, classes: ReadonlySet<CueClass>, table: ReadonlyMap<string, CueVerb> = CUE_VERBS): CueVerb | null {
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
  } else if (t.pos === "ADJ" && /ed$/.test(t.lower) && (subjectNameBefore(toks, i) || coordinatedBeforeObject(toks, i))) {
    // "Mr. Burton fumed", "Hotak also alleged": a past tense the tagger read as an adjective, right
    // after a name (or a name and an adverb).
    verb = pastTenseBases(t.lower).map((x) => CUE_VERBS.get(x)).find((x) => x !== undefined);
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
  } else if (t.pos === "ADJ" && /ing$/.test(t.lower) && progressiveBefore(toks, i) && /^(NOUN|PROPN|DET)$/.test(toks[i + 1]?.pos ?? "")) {
    // "The department is promising members of Congress that …": after "be", an "-ing" form the tagger
    // read as an adjective is a progressive verb when its addressee follows.
    const stem = t.lower.replace(/ing$/, "");
    verb = CUE_VERBS.get(stem) ?? CUE_VERBS.get(`${stem}e`);
    if (!verb?.complements.has("object")) verb = undefined;
  }
  return verb && classes.has(verb.cueClass) ? verb : null;
}

/**
 * "mimicked his advisers and referenced their pleas": after "and"/"or" that follows a noun, an "-ed"
 * word before a determiner or possessive opens a second predicate, not an adjective.
 */
function coordinatedBeforeObject(toks: readonly Tok[], i: number): boolean {
  const next = toks[i + 1];
  return /^(and|or)$/.test(toks[i - 1]?.lower ?? "") && (toks[i - 2]?.pos === "NOUN" || toks[i - 2]?.pos === "PROPN") && next !== undefined && (next.pos === "DET" || isPossessivePronoun(next));
}

/** Is the token before `i` (past one adverb) a form of "be"? */
function progressiveBefore(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1]?.pos === "ADV" ? toks[i - 2] : toks[i - 1];
  return prev !== undefined && prev.lemma === "be";
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

/** `titleCased` of one unit, computed once and only when a capitalised cue word asks. */
export class TitleCaseMemo {
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
export function capitalisedInside(ctx: Context, unit: Unit, i: number, titleCase: TitleCaseMemo): boolean {
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
export function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/** Small words a title-case headline leaves in lower case. */
export const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "of", "to", "in", "on", "for", "at", "by", "with", "and", "or", "but", "as", "from", "vs", "via"]);

/** The verb with its particle when the pair reports speech ("called for", "warned of"), else the verb alone. */
export function withParticle(toks: readonly Tok[], i: number, verb: CueVerb): { verb: CueVerb; last: number } {
  // "made it clear that …": a dummy "it" before an adjective particle stands for the that-clause.
  const dummy = toks[i + 1]?.lower === "it" && toks[i + 2] !== undefined && toks[i + 2].pos !== "ADP" && PHRASAL_CUES.get(verb.lemma)?.has(toks[i + 2].lower) ? 1 : 0;
  const particle = toks[i + 1 + dummy];
  if (verb.particle && particle?.lower === verb.particle) return { verb, last: i + 1 };
  const phrasal = particle ? PHRASAL_CUES.get(verb.lemma)?.get(particle.lower) : undefined;
  // "agreed to sell" is the verb with its infinitive, not the phrasal "agreed to (a deal)".
  if (!phrasal || (particle.lower === "to" && toks[i + 2]?.pos === "VERB")) return { verb, last: i };
  return { verb: { ...verb, complements: phrasal.complements, reason: phrasal.reason }, last: i + 1 + dummy };
}

/** Is the token a form of a cue verb ("talked", "promising"), whatever the tagger made of it? */
export function isCueWord(t: Tok): boolean {
  if (CUE_VERBS.has(t.lemma) || CUE_FORMS.has(t.lower)) return true;
  const stem = t.lower.replace(/ing$/, "").replace(/ed$/, "");
  return CUE_VERBS.has(stem) || CUE_VERBS.has(`${stem}e`);
}

/** The bases an "-ed" form may come from, likeliest first: "fumed" → fume, "warned" → warn, "denied" → deny. */
export function pastTenseBases(lower: string): string[] {
  return [lower.replace(/d$/, ""), lower.replace(/ed$/, ""), lower.replace(/ied$/, "y")];
}

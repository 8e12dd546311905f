// Shallow phrase finding on wink-nlp tokens for the quotes stage: speaker noun phrases (with "of"
// links and appositions), verb groups and clause starts, without a parser.
import type { Document, EntityType } from "../../model/schema.js";
import { TIME_WORDS } from "../syntax/lexicon.js";
import { isVerbFormCompound, NP_LINKS, SPEAKER_PRONOUNS } from "./cues.js";

/** A token as the quotes stage sees it. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** UPOS; tokens inside a name entity count as PROPN. */
  readonly pos: string;
  readonly lemma: string;
  /** Type of the name entity the token belongs to, if any. */
  readonly entity: EntityType | null;
}

/** An inclusive range of token indices. */
export interface TokRange {
  first: number;
  last: number;
  /** For a relative pronoun ("who told"), the phrase it stands for, which names the speaker. */
  antecedent?: TokRange;
}

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** Determiners and quantifiers that stand alone as a subject: "Another said …", "Some say …". */
const PRONOMINAL = new Set([
  "another", "one", "some", "many", "others", "both", "all", "none", "few", "several", "most", "each", "either", "neither", "this", "these", "those",
  "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
]);
const NAME_TYPES = new Set(["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "MISC"]);

/**
 * Tokens of a document with entity tokens re-tagged as proper nouns (names chunk as one phrase), and
 * capitalised words right after a proper noun re-tagged too ("Kathryn Stack" is not a verb), unless
 * they are reporting verbs (headlines: "Trump Says …").
 */
export function tokensOf(doc: Document, reportingForms: ReadonlySet<string> = new Set()): Tok[] {
  const tokens = doc.tokens ?? [];
  const entities = doc.entities ?? [];
  const out: Tok[] = [];
  let e = 0;
  for (const t of tokens) {
    while (e < entities.length && entities[e].end <= t.start) e++;
    const entity = entities[e];
    const text = doc.text.slice(t.start, t.end);
    const inName = entity && entity.start <= t.start && t.end <= entity.end && NAME_TYPES.has(entity.type);
    const pos = inName && t.pos !== "PART" && hasLetterOrDigit(text) ? "PROPN" : t.pos;
    const prev = out[out.length - 1];
    // A word the tokenizer split at a letter it does not know ("Brudzi|ń|ski") is one word again.
    if (prev && prev.end === t.start && allLetters(text) && allLetters(prev.text)) {
      const joined = doc.text.slice(prev.start, t.end);
      const joinedPos = prev.pos === "PROPN" || pos === "PROPN" || /^\p{Lu}/u.test(joined) ? "PROPN" : prev.pos;
      out[out.length - 1] = { ...prev, end: t.end, text: joined, lower: joined.toLowerCase(), pos: joinedPos, lemma: joined.toLowerCase(), entity: prev.entity ?? (inName ? entity.type : null) };
      continue;
    }
    out.push({ start: t.start, end: t.end, text, lower: text.toLowerCase(), pos, lemma: t.lemma.toLowerCase(), entity: inName ? entity.type : null });
  }
  // "think tank": the verb form of a fixed compound is a noun modifier.
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i].pos === "VERB" && isVerbFormCompound(out[i].lower, out[i + 1].lower)) out[i] = { ...out[i], pos: "NOUN" };
  }
  const capitalised = (t: Tok) =>
    (t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ") && startsUpper(t.text) && upperThenLower(t.text) &&
    !reportingForms.has(t.lemma) && !reportingForms.has(t.lower);
  const glued = (a: Tok, b: Tok) => doc.text.slice(a.end, b.start) === " ";
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!capitalised(t)) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    if ((prev?.pos === "PROPN" && glued(prev, t)) || (next?.pos === "PROPN" && glued(t, next) && prev && !/^[.!?\n]/.test(doc.text.slice(prev.end, t.start) + prev.text))) {
      out[i] = { ...t, pos: "PROPN" };
    }
  }
  return out;
}

/** /[\p{L}\p{N}]/u, answered without the regex while the text is ASCII (where that is A–Z, a–z, 0–9). */
function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /[\p{L}\p{N}]/u.test(text);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** /^\p{Lu}\p{Ll}/u, answered without the regex for two ASCII characters. */
function upperThenLower(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(text);
}

/** /^\p{L}+$/u, with a fast path for ASCII text (the regex is costly when run per token). */
function allLetters(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /^\p{L}+$/u.test(text);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** A cheap necessary test for /^\p{Lu}/u: an ASCII first letter must be A–Z (most words are lower case). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

export function isPossessiveMarker(t: Tok | undefined): boolean {
  return t !== undefined && /^['’]s?$/.test(t.lower);
}

export function isPossessivePronoun(t: Tok | undefined): boolean {
  return t !== undefined && t.pos === "PRON" && POSSESSIVE_PRONOUNS.has(t.lower);
}

/** A pronoun that can be the subject of a cue ("he said"), including relative "who". */
export function isSubjectPronoun(t: Tok | undefined): boolean {
  return t !== undefined && (SPEAKER_PRONOUNS.has(t.lower) || t.lower === "who");
}

function isNounLike(t: Tok | undefined): boolean {
  return t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM");
}

const TIME_HEADS = new Set([
  "day", "week", "month", "year", "hour", "minute", "time", "morning", "afternoon", "evening", "night", "weekend",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "decade", "past",
]);

/** Is the phrase a time expression ("recent days", "Sunday")? It is an adjunct, not part of a name. */
export function isTimePhrase(toks: readonly Tok[], np: TokRange): boolean {
  return TIME_HEADS.has(toks[np.last].lemma) || TIME_HEADS.has(toks[np.last].lower);
}

/** A preposition that continues a noun phrase ("to" is tagged PART before nouns at times). */
function isLink(t: Tok): boolean {
  return NP_LINKS.has(t.lower) && (t.pos === "ADP" || (t.lower === "to" && t.pos === "PART"));
}

/** Degree adverbs inside a noun phrase before an adjective: "the most recent surveys". */
const DEGREE_ADVERBS = new Set(["most", "more", "least", "less", "very"]);

function isLeftModifier(t: Tok | undefined, next?: Tok): boolean {
  if (!t) return false;
  if (t.pos === "ADV" && DEGREE_ADVERBS.has(t.lower) && next?.pos === "ADJ") return true;
  if (t.pos === "DET" || t.pos === "ADJ" || isNounLike(t) || isPossessiveMarker(t) || isPossessivePronoun(t)) return true;
  // Hyphenated or abbreviated parts of names ("U.S.", "al-") come through as punctuation or symbols.
  // ("Politico/Morning Consult poll": a slash joins two names.)
  return (t.pos === "PUNCT" || t.pos === "SYM") && /^[-&./]$/.test(t.text);
}

const ARTICLES = new Set(["the", "a", "an"]);

/**
 * Is token `j` an adverb the tagger gave a noun's place, right after an article or a possessive ("the
 * daily wrote", "its weekly reported")? An adverb never follows an article directly in English.
 */
export function isNominalAdverb(toks: readonly Tok[], j: number, floor: number): boolean {
  const t = toks[j];
  if (t?.pos !== "ADV" || DEGREE_ADVERBS.has(t.lower) || j - 1 < floor) return false;
  const opener = toks[j - 1];
  return (opener.pos === "DET" && ARTICLES.has(opener.lower)) || isPossessivePronoun(opener) || isPossessiveMarker(opener);
}

/**
 * The noun phrase ending at token `j`, walking left no further than `floor`: modifiers, possessives
 * and "of/for/at …" links ("Chairman of the Chiefs of Staff … Mohammad Baqeri"). A subject pronoun
 * is a phrase of its own.
 */
export function npLeft(toks: readonly Tok[], j: number, floor: number): TokRange | null {
  const t = toks[j];
  if (!t || j < floor) return null;
  // "the National Crime Agency (NCA)": a bracketed short name after a phrase belongs to it.
  if (t.text === ")" && toks[j - 2]?.text === "(" && isNounLike(toks[j - 1]) && j - 3 >= floor) {
    const inner = npLeft(toks, j - 3, floor);
    return inner ? { ...inner, last: j } : null;
  }
  if (t.pos === "PRON") return isSubjectPronoun(t) || PRONOMINAL.has(t.lower) ? { first: j, last: j } : null;
  if (PRONOMINAL.has(t.lower) && (t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM")) return { first: j, last: j };
  // An adjective used as a noun after a determiner ("the general", "the accused"), or a noun the
  // tagger read as an adjective at the end of a compound ("the Iraqi defense chief").
  const prev = toks[j - 1];
  if (t.pos === "ADJ" && prev?.pos === "DET" && j - 1 >= floor) return { first: j - 1, last: j };
  const adjectiveHead = t.pos === "ADJ" && j - 1 >= floor && (prev?.pos === "NOUN" || prev?.pos === "PROPN");
  if (!isNounLike(t) && !adjectiveHead && !isNominalAdverb(toks, j, floor)) return null;
  let k = j;
  for (;;) {
    if (k - 1 < floor) break;
    const m = toks[k - 1];
    // "over the weekend Mr. Bewkes agreed": a time noun before a name is an adjunct, not a modifier.
    if (toks[k].pos === "PROPN" && m.pos === "NOUN" && TIME_HEADS.has(m.lemma)) break;
    if (isLeftModifier(m, toks[k])) {
      k--;
      // A determiner opens the phrase: "two days the woman's" stops at "the".
      if (m.pos === "DET" && !isPossessiveMarker(toks[k - 1])) break;
      continue;
    }
    // A participle inside or opening the phrase: "private polling data", "Leading Democratic strategists".
    const before = toks[k - 2];
    const opens = k - 1 === floor || before?.pos === "DET" || before?.pos === "ADJ" || before?.pos === "ADP" || isPossessivePronoun(before) || isPossessiveMarker(before);
    if (m.pos === "VERB" && /(ing|ed)$/.test(m.lower) && opens) {
      k--;
      continue;
    }
    break;
  }
  // A trailing symbol never starts a phrase.
  while (k < j && (toks[k].pos === "PUNCT" || toks[k].pos === "SYM")) k++;
  const link = toks[k - 1];
  // "An analysis by The Post": the author of a work belongs to the phrase naming the work.
  const byAuthor = link?.lower === "by" && link.pos === "ADP" && toks[k - 2]?.pos === "NOUN";
  if (k - 2 >= floor && link && (isLink(link) || byAuthor)) {
    // "an official familiar with the matter", "a lawyer supportive of Mrs. Clinton"
    const postnominal = toks[k - 2].pos === "ADJ" && isNounLike(toks[k - 3]) && k - 3 >= floor ? 1 : 0;
    const inner = npLeft(toks, k - 2 - postnominal, floor);
    if (inner && toks[inner.last].pos !== "PRON" && !isTimePhrase(toks, { first: k, last: j })) return { first: inner.first, last: j };
  }
  return { first: k, last: j };
}

/**
 * The noun phrase starting at token `j` and ending no later than `ceiling`, with "of/for/at …" links.
 * Determiners only open a phrase (or follow a possessive), so "Sunday the talks" stops at "Sunday".
 */
export function npRight(toks: readonly Tok[], j: number, ceiling: number, links = true): TokRange | null {
  const t = toks[j];
  if (!t || j > ceiling) return null;
  if (t.pos === "PRON" && !isPossessivePronoun(t)) return isSubjectPronoun(t) ? { first: j, last: j } : null;
  if (!(t.pos === "DET" || t.pos === "ADJ" || isNounLike(t) || isPossessivePronoun(t))) return null;
  let k = j;
  while (k + 1 <= ceiling) {
    const n = toks[k + 1];
    const afterPossessive = isPossessiveMarker(toks[k]);
    if (n.pos === "DET" && !afterPossessive) break;
    // A participle inside the phrase: "The registered Democrat", "the leaked emails".
    const participle = n.pos === "VERB" && /(ed|ing)$/.test(n.lower) && k + 2 <= ceiling && (toks[k].pos === "DET" || toks[k].pos === "ADJ" || isPossessivePronoun(toks[k])) && (isNounLike(toks[k + 2]) || toks[k + 2].pos === "ADJ");
    if (participle || gerundAfterPossessive(toks, k + 1)) {
      k++;
      continue;
    }
    if (!isLeftModifier(n, toks[k + 2]) || (n.pos === "PUNCT" && n.text === "-" && !isNounLike(toks[k + 2]))) break;
    k++;
  }
  while (k > j && !isNounLike(toks[k]) && !gerundAfterPossessive(toks, k)) k--;
  if (!isNounLike(toks[k]) && !gerundAfterPossessive(toks, k)) return null;
  // A parenthesis after a name belongs to it: "Sen. Ben Sasse (R-Neb.)".
  if (toks[k + 1]?.text === "(") {
    let close = k + 2;
    while (close <= Math.min(ceiling, k + 8) && toks[close].text !== ")") close++;
    if (close <= ceiling && toks[close]?.text === ")") k = close;
  }
  // "a person familiar with his thinking", "excerpts flagged as problematic by …": a postnominal
  // adjective or participle with its complement.
  const post = toks[k + 1];
  // (A name is not modified so: "Netanyahu called on Italy" is a clause.)
  // ("a database built by The Post": an irregular participle before its agent.)
  const participle = post?.pos === "VERB" && toks[k].pos === "NOUN" && (/(ed|en)$/.test(post.lower) || (post.lower !== post.lemma && toks[k + 2]?.lower === "by"));
  if (links && post && k + 2 <= ceiling && (post.pos === "ADJ" || participle)) {
    let m = k + 2;
    if (toks[m]?.lower === "as" && toks[m + 1]?.pos === "ADJ") m += 2;
    if ((toks[m] && m <= ceiling && isLink(toks[m])) || /^(by|on|about)$/.test(toks[m]?.lower ?? "")) {
      const inner = npRight(toks, m + 1, ceiling, true);
      // ("familiar with his thinking": a possessive opens the complement.)
      if (inner && (toks[inner.first].pos !== "PRON" || isPossessivePronoun(toks[inner.first]))) return { first: j, last: inner.last };
    }
  }
  // "Republican and Democratic strategists", "Carper and Cardin": a coordination of phrases.
  const conjunction = toks[k + 1];
  if (links && conjunction && /^(and|or)$/.test(conjunction.lower) && k + 2 <= ceiling && toks[k + 2].pos !== "PRON") {
    const more = npRight(toks, k + 2, ceiling, true);
    if (more) return { first: j, last: more.last };
  }
  if (links) {
    const link = toks[k + 1];
    // "an analysis by The Post": the author of a work is part of the phrase naming it.
    // ("Center on Global Energy Policy": a preposition inside a capitalised name.)
    const inName = link !== undefined && /^(on|against)$/.test(link.lower) && INSTITUTION_HEADS.has(toks[k].lower) && toks[k + 2]?.pos === "PROPN" && /^\p{Lu}/u.test(toks[k + 2].text);
    if (link && k + 2 <= ceiling && (isLink(link) || inName || (link.lower === "by" && link.pos === "ADP")) && toks[k + 2].pos !== "VERB") {
      const inner = npRight(toks, k + 2, ceiling, true);
      // ("the chairman of his party" links; "a letter to them" does not.)
      if (inner && (toks[inner.first].pos !== "PRON" || isPossessivePronoun(toks[inner.first])) && !isTimePhrase(toks, inner)) return { first: j, last: inner.last };
    }
  }
  return { first: j, last: k };
}

/** Capitalised heads of institutions whose names go on with "on"/"against" ("Center on Global Energy Policy"). */
const INSTITUTION_HEADS = new Set([
  "center", "centre", "institute", "committee", "subcommittee", "council", "commission", "coalition", "forum", "panel",
  "office", "alliance", "network", "project", "initiative", "conference", "caucus", "campaign", "league", "foundation",
]);

/** A gerund used as a noun after a possessive: "his thinking", "the party's polling". */
function gerundAfterPossessive(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && t.pos === "VERB" && /ing$/.test(t.lower) && (isPossessivePronoun(toks[k - 1]) || isPossessiveMarker(toks[k - 1]));
}

/** Does the range contain a finite-looking verb (a clause rather than a phrase)? */
export function hasVerb(toks: readonly Tok[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (toks[i].pos === "VERB" || toks[i].pos === "AUX") return true;
  return false;
}

/**
 * Is [first, last] a parenthetical that can follow a name: noun phrases joined by "and" or commas
 * ("the group's president"), a relative clause ("who spoke in Ohio"), a prepositional phrase ("in an
 * interview with CNN") or a participle clause ("speaking at a rally")?
 */
function isParenthetical(toks: readonly Tok[], first: number, last: number): boolean {
  const head = toks[first];
  if (!head || first > last) return false;
  if (head.lower === "who" || head.lower === "whose" || head.lower === "which") return true;
  // "for whom Mr. Weiner once worked", "in which …": a relative clause opened by a preposition.
  if (head.pos === "ADP" && /^(whom|which|whose)$/.test(toks[first + 1]?.lower ?? "")) return true;
  if (head.pos === "VERB" && /ing$/.test(head.lower)) return true;
  for (let i = first; i <= last; i++) {
    const t = toks[i];
    // Verbs of a relative clause inside the apposition ("a billionaire who paid no tax") are fine.
    if (i > first && (t.lower === "who" || t.lower === "whose" || t.lower === "which" || (t.lower === "that" && t.pos === "PRON"))) break;
    if (t.pos === "AUX") return false;
    if (t.pos !== "VERB") continue;
    // A verb right after a name or pronoun is a clause ("Baqeri referred to …"); a participle after a
    // common noun is not ("a lawyer based in Ohio").
    const before = toks[i - 1];
    const subject = (x: Tok | undefined) => x?.pos === "PROPN" || x?.pos === "PRON";
    if (!/(ing|ed|en)$/.test(t.lower) || subject(before) || (before?.pos === "ADV" && subject(toks[i - 2]))) return false;
  }
  return head.pos !== "VERB" && head.pos !== "CCONJ" && head.pos !== "SCONJ" && head.pos !== "PUNCT";
}

/**
 * The speaker phrase ending right before a comma at `comma` when it is an apposition or relative
 * clause: "Mike Shields, the group's president, said" → "Mike Shields, the group's president".
 */
export function appositionLeft(toks: readonly Tok[], comma: number, floor: number): TokRange | null {
  const delimiter = toks[comma].text;
  for (let c = comma - 2; c >= Math.max(floor, comma - 40); c--) {
    const t = toks[c];
    if (t.text === ";" || t.text === ":" || (/[.?!]$/.test(t.text) && t.pos === "PUNCT")) return null;
    if (t.text !== delimiter) continue;
    // A relative clause may itself hold commas ("Geneva Reed-Veal, whose daughter, Sandra Bland,
    // died in a Texas jail, called on …"): a failing stretch sends the search to the comma before.
    const relative = /^(who|whose|which)$/.test(toks[c + 1]?.lower ?? "");
    if (!relative && !isParenthetical(toks, c + 1, comma - 1)) {
      // Only a relative clause further left may hold this stretch.
      let r = c - 1;
      while (r >= Math.max(floor, comma - 40) && !(toks[r].text === delimiter && /^(who|whose|which)$/.test(toks[r + 1]?.lower ?? ""))) {
        if (toks[r].text === ";" || toks[r].text === ":" || (/[.?!]$/.test(toks[r].text) && toks[r].pos === "PUNCT")) return null;
        r--;
      }
      if (r < Math.max(floor, comma - 40)) return null;
      c = r + 1;
      continue;
    }
    const head = npLeft(toks, c - 1, floor);
    if (!head || toks[head.last].pos === "PRON") return null;
    return { first: head.first, last: comma - 1 };
  }
  return null;
}

/** Extend a right-hand speaker phrase with an apposition up to the next comma or `ceiling`. */
export function appositionRight(toks: readonly Tok[], np: TokRange, ceiling: number): TokRange {
  let last = np.last;
  // Several appositions may follow: "Karen Flynn, president of Common Cause, a watchdog group".
  for (let round = 0; round < 3; round++) {
    const comma = toks[last + 1];
    if (!comma || comma.text !== "," || last + 2 > ceiling) break;
    let end = last + 2;
    while (end + 1 <= ceiling && toks[end + 1].text !== "," && !(toks[end + 1].pos === "PUNCT" && /^[.?!;:]$/.test(toks[end + 1].text))) end++;
    if (end - last > 30) break;
    const first = toks[last + 2];
    const relative = first.lower === "who" || first.lower === "whose";
    // After the speaker, ", adding that …" is a new cue, not an apposition; later rounds take only
    // noun phrases.
    if (first.pos === "VERB" || (relative && round > 0)) break;
    if (!relative && !isParenthetical(toks, last + 2, end)) break;
    last = end;
  }
  return last === np.last ? np : { first: np.first, last };
}

/**
 * Finite verbs (not participles or infinitives) in a range: a clause, not a phrase. With `byTail` off,
 * an "-ed" form right after a noun is always a participle (a subject before ", he said, …").
 */
export function hasFiniteVerb(toks: readonly Tok[], first: number, last: number, byTail = true): boolean {
  let participle = false;
  for (let i = first; i <= last; i++) {
    const t = toks[i];
    if (t.pos === "AUX") return true;
    if (t.pos === "VERB" && !/ing$/.test(t.lower) && toks[i - 1]?.lower !== "to") {
      // "-ed" after a noun may be a participle ("the reports released Tuesday"); after a subject it is finite.
      if (/(ed|en)$/.test(t.lower) && toks[i - 1]?.pos === "NOUN" && i - 1 > first) {
        participle = true;
        continue;
      }
      return true;
    }
  }
  // "that the fire started in the kitchen": with no other verb, an "-ed" form after the noun is the
  // clause's own verb when more than an agent or a time follows it ("the reports released by the
  // ministry", "… released Tuesday" stay noun phrases).
  return byTail && participle && finiteByItsTail(toks, first, last);
}

/** Whether the last "-ed" verb of a span is followed by words other than a "by" agent or a time noun. */
function finiteByItsTail(toks: readonly Tok[], first: number, last: number): boolean {
  for (let i = last; i > first; i--) {
    if (toks[i].pos !== "VERB" || !/(ed|en)$/.test(toks[i].lower)) continue;
    const next = toks[i + 1];
    return i < last && next !== undefined && next.lower !== "by" && next.pos !== "PUNCT" && !TIME_WORDS.has(next.lower);
  }
  return false;
}

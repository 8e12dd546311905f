// Shallow syntax, part 1: noun-phrase and verb-group chunks over wink-nlp tokens of one sentence.
// No parser: chunks come from UPOS sequences, with entity spans kept whole inside noun phrases.
import type { Document, Entity, Token } from "../../model/schema.js";
import {
  ADVERBIAL_TIME_NOUNS,
  TIME_QUALIFIERS,
  RELATIVE_TIME_WORDS,
  MONTHS,
  COMPLEMENT_VERBS,
  BE_FORMS,
  DEICTIC_TIME_UNITS,
  TIME_DEICTICS,
  DETERMINERS,
  HAVE_FORMS,
  FUTURE_MODALS,
  GET_FORMS,
  HYPOTHETICAL_MODALS,
  INTENT_VERBS,
  IRREGULAR_PARTICIPLES,
  NEGATORS,
  SPEECH_VERBS,
  SUBJUNCTIVE_VERBS,
  POSSESSIVE_DETERMINERS,
  QUANTITY_NOUNS,
  GERUND_OPENERS,
  SUBORDINATORS,
} from "./lexicon.js";

/** One token of a sentence with the views the analyser needs. */
export interface Word {
  /** Index into doc.tokens. */
  index: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** Index into doc.entities if the token lies inside an entity. */
  entity: number | null;
}

export interface NounPhrase {
  kind: "NP";
  /** Word positions within the sentence, inclusive. */
  first: number;
  last: number;
  /** The head word (rightmost noun of the base phrase). */
  head: number;
  /** Entities (indices into doc.entities) inside the phrase, left to right. */
  entities: number[];
  /** Word positions of the possessor phrase ("Iraq’s" in "Iraq’s defence minister"), if any. */
  possessor: [number, number] | null;
  /** "of"-complements folded into the phrase ("the aid of Iraqi forces"), by their first word. */
  ofComplements: number[];
  pronoun: boolean;
}

export type Modal = "future" | "hypothetical" | null;

export interface VerbGroup {
  kind: "VG";
  first: number;
  last: number;
  head: number;
  lemma: string;
  passive: boolean;
  negated: boolean;
  modal: Modal;
  /** The modal or semi-modal word itself ("will", "would", "must", "should"), lower case, if any. */
  modalWord: string | null;
  /** "to" + verb. */
  infinitive: boolean;
  /** A bare -ing or -ed form without auxiliary opening a participle clause ("…, saying …"). */
  participle: boolean;
  /** Only auxiliaries: a copula ("is") or an elided verb. */
  copula: boolean;
}

export interface Other {
  kind: "O";
  first: number;
  last: number;
}

export type Chunk = NounPhrase | VerbGroup | Other;

export interface ChunkedSentence {
  index: number;
  start: number;
  end: number;
  words: Word[];
  chunks: Chunk[];
}

const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
/** Verbs whose object may follow them with "of" ("warned of", "complaining of", "consists of"). */
const OF_VERBS = new Set(["warn", "think", "speak", "talk", "hear", "learn", "know", "dream", "approve", "disapprove", "dispose", "complain", "consist", "tire", "despair", "boast", "die", "smell", "taste", "partake", "conceive", "repent", "beware", "accuse", "convict", "suspect", "inform", "remind", "rob", "strip", "deprive", "clear", "rid", "relieve", "cure", "convince", "assure", "notify"]);
/** Prefixes written with a hyphen that may be left hanging before the word they modify. */
const HYPHEN_PREFIXES = new Set(["anti", "pro", "non", "ex", "counter", "post", "pre", "neo", "pan"]);
/** Participles that with "in" say what their subject takes part in ("were engaged in fighting"). */
const PARTAKING_PARTICIPLES = new Set(["engaged", "involved"]);
const POSSESSIVE = new Set(["’s", "'s", "’", "'"]);

function isParticiple(w: Word): boolean {
  return (w.lower.endsWith("ed") && w.lower !== w.lemma) || irregularParticiple(w.lower);
}

/** A verb's past form the tagger may have read as a noun: an irregular participle or a word in -ed ("shot", "shelled"). */
function pastForm(w: Word): boolean {
  return irregularParticiple(w.lower) || (/[^e]ed$/.test(w.lower) && w.lower.length >= 6 && w.lower !== "hundred");
}

/** "taken", and with a verb prefix "retaken", "overtaken", "withdrawn": an irregular past participle. */
function irregularParticiple(lower: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(lower)) return true;
  const m = /^(re|over|under|out|with|mis|fore)([a-z]{4,})$/.exec(lower);
  return m != null && IRREGULAR_PARTICIPLES.has(m[2]);
}

/** The words of each sentence, with entity membership. Sentences and tokens are both sorted. */
export function sentenceWords(doc: Document): Word[][] {
  const tokens: Token[] = doc.tokens ?? [];
  const entities: Entity[] = doc.entities;
  const sentences = doc.sentences;
  const text = doc.text;
  const out: Word[][] = sentences.map(() => []);
  let s = 0;
  let e = 0;
  // The current sentence and entity, kept in locals: this runs once per token of every article.
  let sentence = sentences[0];
  let entity: Entity | undefined = entities[0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const start = t.start;
    while (s < sentences.length && sentence.end <= start) sentence = sentences[++s];
    if (s >= sentences.length) break;
    while (e < entities.length && entity!.end <= start) entity = entities[++e];
    const inEntity = entity !== undefined && entity.start <= start && t.end <= entity.end ? e : null;
    if (start >= sentence.start) {
      const lemma = t.lemma.toLowerCase();
      let surface: string;
      let lower: string;
      // Most tokens are spelled as their lemma ("the", "attack"): the lemma's string is then the
      // surface text too, and the text is neither sliced nor lower-cased again.
      if (t.end - start === t.lemma.length && text.startsWith(t.lemma, start)) {
        surface = t.lemma;
        lower = lemma;
      } else {
        surface = text.slice(start, t.end);
        lower = surface.toLowerCase();
      }
      // "didn’t", "won’t": curly apostrophes read as straight ones, so word lists match either.
      if (lower.includes("’")) lower = lower.replaceAll("’", "'");
      out[s].push({ index: i, text: surface, lower, lemma, pos: t.pos, start, end: t.end, entity: inEntity });
    }
  }
  return out;
}

function nounPhraseAt(words: Word[], i: number): NounPhrase | null {
  const w = words[i];
  if (!w) return null;
  // "blasted her as a liar", "defending her against": "her" with no noun after it is the object pronoun.
  const next = words[i + 1];
  const objectHer = w.lower === "her" && !(next && (next.entity != null || NOMINAL.has(next.pos) || next.pos === "ADJ" || next.pos === "ADV" || next.pos === "NUM" || next.pos === "VERB"));
  if (w.pos === "PRON" && (!POSSESSIVE_DETERMINERS.has(w.lower) || objectHer)) {
    if (["who", "whom", "which", "that", "what", "whose"].includes(w.lower)) return null;
    return { kind: "NP", first: i, last: i, head: i, entities: [], possessor: null, ofComplements: [], pronoun: true };
  }
  // "said today that cattle rustlers have killed …": after a verb of saying (and a word of when),
  // "that" opens what is said, though the tagger may read it as a determiner.
  if (w.lower === "that" && saidBefore(words, i)) return null;
  const opens =
    w.entity != null ||
    compassPrefix(words, i) ||
    NOMINAL.has(w.pos) ||
    w.pos === "ADJ" ||
    (w.pos === "DET" && DETERMINERS.has(w.lower)) ||
    POSSESSIVE_DETERMINERS.has(w.lower);
  if (!opens) return null;
  let j = i;
  let head = -1;
  let possessor: [number, number] | null = null;
  let lastAdjective = -1;
  let parenEnd = -1;
  const entities: number[] = [];
  while (j < words.length) {
    const x = words[j];
    // "The rebels plan to attack": a noun-tagged intent verb before "to" + verb is the clause's verb.
    if (head >= 0 && x.pos === "NOUN" && INTENT_VERBS.has(x.lemma) && words[j + 1]?.lower === "to" && words[j + 2]?.pos === "VERB") break;
    // "said on Thursday Iran had attacked": a name after a day says who, not which day.
    if (head >= 0 && (x.entity != null || x.pos === "PROPN") && ADVERBIAL_TIME_NOUNS.has(words[head].lower)) break;
    if (x.entity != null) {
      const ent = x.entity;
      if (!entities.includes(ent)) entities.push(ent);
      while (j + 1 < words.length && words[j + 1].entity === ent) j++;
      head = j;
      j++;
      continue;
    }
    // "Robert Mugabe today accused": an adverbial time noun after a head ends the phrase.
    // "The following day several thousand people demonstrated": "the following day" says when; the
    // subject starts after it.
    if (head === i + 2 && j === i + 3 && words[i].lower === "the" && RELATIVE_TIME_WORDS.has(words[i + 1].lower) && (DEICTIC_TIME_UNITS.has(words[head].lower) || words[head].lower === "day")) break;
    // ("Late Thursday", "early Monday" are one time phrase.)
    if (head >= 0 && ADVERBIAL_TIME_NOUNS.has(x.lower)) {
      if (j !== i + 1 || !TIME_QUALIFIERS.has(words[i].lower)) break;
      head = j;
      j++;
      continue;
    }
    // "sought refuge in Germany last month": "last month" says when, it is not part of the name (but
    // "a meeting next week of the factions" goes on after it).
    if (head >= 0 && TIME_DEICTICS.has(x.lower) && DEICTIC_TIME_UNITS.has(words[j + 1]?.lower ?? "") && words[j + 2]?.lower !== "of") break;
    if (NOMINAL.has(x.pos)) {
      head = j;
      j++;
      // "On December 18 Eritrea captured …": a day's number after its month closes a date; a name or
      // determiner after it opens another phrase ("the May 5 elections" go on).
      const after = words[j];
      if (x.pos === "NUM" && j - 1 > i && MONTHS.has(words[j - 2].lower) && /^\d{1,2}$/.test(x.text) && after && (after.entity != null || after.pos === "PROPN" || after.pos === "DET")) break;
      continue;
    }
    // "on Saturday due to the bombardment": "due to", "owing to", "prior to" are prepositions.
    if (head >= 0 && COMPLEX_PREPOSITION_HEADS.has(x.lower) && words[j + 1]?.lower === "to") break;
    // "Qatar mediated talks between …", "Qatar mediated between …": a lower-case past form the tagger
    // read as an adjective right after a name and before a phrase or preposition is the clause's verb
    // (a name takes no adjective after it; a demonym does, as the participles in MODIFYING_PARTICIPLES:
    // "Iraqi armed forces", "Saudi led coalition").
    if (x.pos === "ADJ" && head >= 0 && head === j - 1 && (words[head].entity != null || words[head].pos === "PROPN") && /^\p{Ll}+ed$/u.test(x.text) && !MODIFYING_PARTICIPLES.has(x.lower) && words[j + 1] && (NOMINAL.has(words[j + 1].pos) || words[j + 1].pos === "DET" || words[j + 1].pos === "ADP")) {
      x.pos = "VERB";
      break;
    }
    if (x.pos === "ADJ" || (x.pos === "DET" && j === i) || (POSSESSIVE_DETERMINERS.has(x.lower) && j === i)) {
      if (x.pos === "ADJ") lastAdjective = j;
      // "the Iraqi defense chief held": an adjective ending a phrase after its noun is a mis-tagged head noun.
      const after = words[j + 1];
      if (x.pos === "ADJ" && head >= 0 && (!after || ["VERB", "AUX", "ADP", "CCONJ", "PUNCT"].includes(after.pos))) head = j;
      j++;
      continue;
    }
    // "Ithilen's awful and evil minister": common adjectives joined by "and"/"or" before a noun modify
    // that one noun (not names: "Iraqi and Syrian forces" are two parties).
    if ((x.lower === "and" || x.lower === "or") && words[j - 1]?.pos === "ADJ" && words[j - 1].entity == null && j > i) {
      const next = words[j + 1];
      const after = words[j + 2];
      // "awful and cool minister": coordination joins like with like, so a bare verb form joined to an
      // adjective before a noun is an adjective too.
      if (next?.pos === "VERB" && next.entity == null && next.lower === next.lemma && after && (NOMINAL.has(after.pos) || after.entity != null)) next.pos = "ADJ";
      if (next?.pos === "ADJ" && next.entity == null && /^\p{Ll}/u.test(next.text) && /^\p{Ll}/u.test(words[j - 1].text) && after && (NOMINAL.has(after.pos) || after.pos === "ADJ" || after.entity != null)) {
        j++;
        continue;
      }
    }
    // "a very senior official", "a clearly inebriated official": an adverb grading the next modifier;
    // so one joined by a hyphen to a participle ("the so-called alliance forces", "a well-armed militia").
    const hyphenated = words[j + 1]?.text === "-" && words[j + 1].start === x.end && words[j + 2]?.start === words[j + 1].end && words[j + 2].pos === "VERB" && isParticiple(words[j + 2]);
    if (x.pos === "ADV" && j > i && head < 0 && (words[j + 1]?.pos === "ADJ" || (words[j + 1]?.pos === "VERB" && isParticiple(words[j + 1])) || hyphenated)) {
      j++;
      continue;
    }
    if (compassPrefix(words, j)) {
      j++;
      continue;
    }
    // "US-sponsored", "anti-terror" (and "anti- Gondor", a prefix left hanging): a hyphen joins two
    // words of one phrase.
    if (x.text === "-" && j > i && j + 1 < words.length && x.start === words[j - 1].end && (words[j + 1].start === x.end || HYPHEN_PREFIXES.has(words[j - 1].lower))) {
      j++;
      continue;
    }
    // A participle used as a modifier before the head ("the armed forces", "US-sponsored group"); after
    // a head noun it is the clause's verb ("the two sides exchanged views").
    // So after an adjective that follows a possessive ("the nation's top elected Republican").
    // So after a lower-case hyphenated compound, which modifies like an adjective ("a one-day working
    // visit"), before a common noun ("the President-Elect praised Mexico" keeps its verb).
    const hyphenCompound = head === j - 1 && head >= 2 && words[head - 1].text === "-" && words[head - 1].start === words[head - 2].end && words[head].start === words[head - 1].end && /^\p{Ll}/u.test(words[head].text) && words[j + 1]?.pos === "NOUN" && /^\p{Ll}/u.test(words[j + 1].text);
    // ("The military launched airstrikes": after an adjective that heads a phrase of its own, the
    // past form is the clause's verb.)
    // ("Zimbabwe's military placed …": so right after a possessor's name.)
    const afterPossessor = possessor != null && possessor[1] === j - 2;
    const afterNominalAdjective = j > i && words[j - 1].pos === "ADJ" && NOMINAL_ADJECTIVES.has(words[j - 1].lower) && ((head < 0 && words[j - 2]?.pos === "DET") || afterPossessor);
    const modifies = (head < 0 && !afterNominalAdjective) || words[j - 1]?.text === "-" || hyphenCompound || (possessor != null && !afterNominalAdjective && lastAdjective === j - 1 && words.slice(possessor[1] + 1, j).every((y) => y.pos === "ADJ" || y.pos === "ADV"));
    // "the President-Elect praised": a word joined by a hyphen ends a compound, never the clause's verb.
    const joined = j > i + 1 && words[j - 1].text === "-" && words[j - 1].start === words[j - 2].end && x.start === words[j - 1].end;
    if (joined && x.pos === "VERB" && !((isParticiple(x) || x.lower.endsWith("ing")) && NOMINAL.has(words[j + 1]?.pos ?? ""))) {
      x.pos = "NOUN";
      head = j;
      j++;
      continue;
    }
    // ("Thailand's military said Cambodia attacked …": a verb of saying before a name is the clause's verb.)
    const saysOfName = SPEECH_VERBS.has(x.lemma) && (words[j + 1]?.entity != null || words[j + 1]?.pos === "PROPN");
    if (modifies && !saysOfName && x.pos === "VERB" && j > i && j + 1 < words.length && NOMINAL.has(words[j + 1].pos) && (isParticiple(x) || x.lower.endsWith("ing"))) {
      j++;
      continue;
    }
    // "Supreme National Security Council (SNSC) Ali Shamkhani": a parenthesised acronym stays inside.
    if (x.text === "(" && head >= 0 && words[j + 2]?.text === ")" && /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(words[j + 1]?.text ?? "")) {
      parenEnd = j + 2;
      j += 3;
      continue;
    }
    // "Hizbollah (Party of God) group", "the Azadliq (Freedom) opposition coalition": a name's gloss in
    // parentheses stays inside when the phrase goes on after it with a noun.
    if (x.text === "(" && head >= 0 && head === j - 1 && words[head].entity != null) {
      let close = -1;
      for (let k = j + 1; k < Math.min(words.length, j + 7); k++) {
        if (words[k].text === ")") {
          close = k;
          break;
        }
        if (words[k].pos === "VERB" || words[k].pos === "AUX" || words[k].text === "(") break;
      }
      const after = close > j + 1 ? words[close + 1] : undefined;
      if (after && after.entity == null && (NOMINAL.has(after.pos) || after.pos === "ADJ") && !ADVERBIAL_TIME_NOUNS.has(after.lower)) {
        for (let k = j + 1; k < close; k++) {
          const e = words[k].entity;
          if (e != null && !entities.includes(e)) entities.push(e);
        }
        j = close + 1;
        continue;
      }
    }
    // Possessive: the phrase so far becomes the possessor of what follows.
    if (POSSESSIVE.has(x.text) && head >= 0 && j + 1 < words.length) {
      const next = words[j + 1];
      // "Lynch's highly criticized meeting": an adverb grading a participle before the possessed noun.
      const graded = next.pos === "ADV" && words[j + 2]?.pos === "VERB" && isParticiple(words[j + 2]) && NOMINAL.has(words[j + 3]?.pos ?? "");
      if (next.entity != null || NOMINAL.has(next.pos) || next.pos === "ADJ" || graded) {
        if (graded) words[j + 2].pos = "ADJ";
        possessor = [i, j];
        j += graded ? 3 : 1;
        continue;
      }
    }
    break;
  }
  // "the general", "the wounded": an adjective after a determiner heads the phrase.
  if (head < 0 && lastAdjective >= 0 && lastAdjective === j - 1 && words[i].pos === "DET") head = lastAdjective;
  if (head < 0) return null;
  // "the European Union (EU)": a closing acronym belongs to the phrase.
  const last = parenEnd > head ? parenEnd : head;
  return { kind: "NP", first: i, last, head, entities, possessor, ofComplements: [], pronoun: false };
}

function verbGroupAt(words: Word[], i: number): VerbGroup | null {
  let j = i;
  let infinitive = false;
  let negated = false;
  let modal: Modal = null;
  let modalWord: string | null = null;
  let sawBe = false;
  let head = -1;
  let auxOnly = -1;
  // "decided not to attack", "promised never to return": a negator before "to" negates the infinitive.
  if (NEGATORS.has(words[j]?.lower ?? "") && words[j + 1]?.lower === "to" && words[j + 1].pos === "PART" && words[j + 2]?.pos === "VERB") {
    negated = true;
    j++;
  }
  if (words[j]?.lower === "to" && words[j].pos === "PART" && words[j + 1]?.pos === "VERB") {
    infinitive = true;
    j++;
  }
  for (; j < words.length; j++) {
    const w = words[j];
    if (w.pos === "AUX") {
      if (FUTURE_MODALS.has(w.lower)) (modal = "future"), (modalWord = w.lower);
      else if (HYPOTHETICAL_MODALS.has(w.lower)) modal ??= ((modalWord ??= w.lower), "hypothetical");
      if (BE_FORMS.has(w.lower) || GET_FORMS.has(w.lower) || w.lemma === "be") sawBe = true;
      auxOnly = j;
      continue;
    }
    if (w.pos === "PART" && NEGATORS.has(w.lower)) {
      negated = true;
      continue;
    }
    // "will no longer tolerate": "no longer" negates the verb it precedes.
    if (w.lower === "no" && words[j + 1]?.lower === "longer" && ["VERB", "AUX"].includes(words[j + 2]?.pos ?? "")) {
      negated = true;
      j++;
      continue;
    }
    if (w.pos === "ADV" && (NEGATORS.has(w.lower) || (j + 1 < words.length && ["AUX", "VERB", "ADV", "PART"].includes(words[j + 1].pos)))) {
      if (NEGATORS.has(w.lower)) negated = true;
      if (head >= 0) break;
      continue;
    }
    const nounVerb = w.pos === "NOUN" && INTENT_VERBS.has(w.lemma) && words[j + 1]?.lower === "to" && words[j + 2]?.pos === "VERB";
    // "have retaken a village": an irregular participle right after a perfect "have" is the verb,
    // whatever the tagger made of a form its lexicon lacks.
    const perfect = head < 0 && auxOnly >= 0 && auxOnly === j - 1 && HAVE_FORMS.has(words[auxOnly].lower) && (w.pos === "NOUN" || w.pos === "ADJ") && irregularParticiple(w.lower);
    if (perfect) w.pos = "VERB";
    if (w.pos === "VERB" || (nounVerb && head < 0 && j > 0 && words[j - 1].pos !== "DET" && words[j - 1].pos !== "ADJ")) {
      if (head >= 0) break;
      head = j;
      continue;
    }
    break;
  }
  if (head < 0) {
    if (auxOnly < 0) return null;
    // A group of auxiliaries alone: a copula ("is") or an elided verb.
    return {
      kind: "VG", first: i, last: auxOnly, head: auxOnly, lemma: words[auxOnly].lemma, passive: false, negated, modal, modalWord,
      infinitive: false, participle: false, copula: true,
    };
  }
  // "shot dead", "was beaten dead": the result adjective completes the verb, before its object.
  const last = words[head + 1]?.lower === "dead" && words[head + 1].entity == null ? head + 1 : head;
  const h = words[head];
  // "were engaged in ethnic cleansing", "is involved in the talks": what the subject takes part in, not a passive.
  const partaking = PARTAKING_PARTICIPLES.has(h.lower) && words[head + 1]?.lower === "in";
  const passive = sawBe && isParticiple(h) && !h.lower.endsWith("ing") && !partaking;
  const participle = head === i && !infinitive && (h.lower.endsWith("ing") || isParticiple(h));
  return {
    kind: "VG", first: i, last, head, lemma: h.lemma, passive, negated, modal, modalWord, infinitive, participle, copula: false,
  };
}

/**
 * Two finite verbs do not follow each other, so a word the tagger calls a verb right after a lexical
 * verb is a noun ("rejected calls by …") or a participle modifying the noun after it ("reject
 * proposed Israeli changes"). Corrects the word's tag in this sentence's analysis.
 */
function retagAfterVerb(words: Word[], i: number, previous: Chunk | undefined): void {
  const w = words[i];
  // "for the reopening of …": after a determiner, a verb form is a noun.
  if (w.pos === "VERB" && w.entity == null && i > 0 && words[i - 1].pos === "DET" && DETERMINERS.has(words[i - 1].lower)) {
    w.pos = "NOUN";
    return;
  }
  // "over the president's handling of issues": after a possessive 's (not "he's", a verb), an -ing
  // form is a noun too.
  if (w.pos === "VERB" && w.entity == null && i > 0 && w.lower.endsWith("ing") && words[i - 1].lower === "'s" && words[i - 1].pos === "PART") {
    w.pos = "NOUN";
    return;
  }
  if (w.pos !== "VERB" || w.entity != null || previous?.kind !== "VG" || previous.copula || previous.last !== i - 1) return;
  if (words[previous.head].pos !== "VERB" || previous.infinitive) return;
  // "used tear gas to disperse": a bare form after a verb that takes no bare infinitive, before a noun
  // closing the phrase, is the first noun of a compound.
  if (!BARE_INFINITIVE_VERBS.has(words[previous.head].lemma) && modifiesClosingNoun(words, i)) {
    w.pos = "NOUN";
    return;
  }
  const next = words[i + 1];
  const nominalNext = !!next && (next.entity != null || NOMINAL.has(next.pos) || next.pos === "ADJ");
  if (isParticiple(w) && !w.lower.endsWith("ing") && nominalNext && !BE_FORMS.has(words[previous.head].lower)) w.pos = "ADJ";
  else if (/[^s]s$/.test(w.lower) && w.lower !== w.lemma && !BE_FORMS.has(w.lower) && !HAVE_FORMS.has(w.lower) && !(next && next.pos === "VERB")) w.pos = "NOUN";
}

/** Verbs followed by a bare infinitive ("help rebuild", "let go", "made them leave"). */
const BARE_INFINITIVE_VERBS = new Set(["help", "let", "make", "have", "see", "hear", "watch", "feel", "notice", "bid", "dare", "go", "come", "need"]);
/** Tags that may follow a noun phrase's last word ("gas" in "tear gas to disperse", "tear gas at them"). */
const AFTER_PHRASE = new Set(["ADP", "SCONJ", "CCONJ", "PUNCT", "PART"]);

/**
 * "tear gas", "cross fire": a bare lower-case verb form followed by a lower-case common noun that
 * ends the phrase, in a place where a noun phrase is expected, is the first noun of a compound.
 */
function modifiesClosingNoun(words: Word[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  const after = words[i + 2];
  if (w.lower !== w.lemma || w.lower.endsWith("ing") || !/^\p{Ll}+$/u.test(w.text)) return false;
  if (!next || next.pos !== "NOUN" || next.entity != null || !/^\p{Ll}+$/u.test(next.text)) return false;
  return !after || AFTER_PHRASE.has(after.pos);
}

/**
 * "Israeli shelling in Gaza wounded 20", "Russian bombing killed …": an -ing form right after a
 * nationality or other adjective that opens a phrase, and followed by a preposition, a verb or the
 * clause's end, is an activity noun, not a verb ("the Iraqi army attacking …" keeps its verb).
 */
function retagNominalGerund(words: Word[], i: number): void {
  const w = words[i];
  const prev = words[i - 1];
  const next = words[i + 1];
  if (w.pos !== "VERB" || !w.lower.endsWith("ing") || w.lower.length < 6 || !prev) return;
  // "the arrests and jailing of activists", "began shelling of the town", "the extra-judicial killing of
  // youths": an -ing form whose object comes with "of" is a noun, unless its verb takes "of" ("warning
  // of", "thinking of") or "be" makes it a verb form.
  if (next?.lower === "of" && !OF_VERBS.has(w.lemma) && (prev.lower === "and" || prev.lower === "or" || prev.pos === "ADJ" || prev.pos === "DET" || (prev.pos === "NOUN" && words[i - 2]?.pos === "DET") || (prev.pos === "VERB" && prev.lemma !== "be"))) {
    w.pos = "NOUN";
    return;
  }
  if (!(prev.pos === "ADJ" || (prev.entity != null && /^\p{Lu}/u.test(prev.text) && prev.pos !== "NOUN"))) return;
  const before = words[i - 2];
  if (before && (NOMINAL.has(before.pos) || before.pos === "AUX")) return;
  if (!next || ["ADP", "VERB", "AUX", "PUNCT", "CCONJ"].includes(next.pos)) w.pos = "NOUN";
}

/**
 * "were killed when rebels attacked an army post": an -s form right after a subordinator and before a
 * verb is the clause's plural subject, not its verb.
 */
function retagSubjectAfterSubordinator(words: Word[], i: number): void {
  // (Read at the subordinator, which the chunker may fold into a verb group with the word after it.)
  if (!SUBORDINATORS.has(words[i].lower) && words[i].lower !== "where") return;
  const w = words[i + 1];
  const next = words[i + 2];
  if (w && w.pos === "VERB" && w.entity == null && pluralForm(w) && next && (next.pos === "VERB" || next.pos === "AUX")) w.pos = "NOUN";
}

/**
 * "Boko Haram insurgents abducted dozens of schoolgirls": a past form the tagger read as a noun, right
 * after a noun or name and before an object (a determiner, number, pronoun, name or count of people),
 * is the clause's verb. ("hundred", "kindred", "-eed" nouns are no past forms.)
 */
function retagPastFormNoun(words: Word[], i: number): void {
  const w = words[i];
  const prev = words[i - 1];
  const next = words[i + 1];
  if (w.pos !== "NOUN" || w.entity != null || !/^\p{Ll}{3,}[^e]ed$/u.test(w.text) || NOUNS_IN_ED.has(w.lower) || !prev || !next) return;
  if (!(NOMINAL.has(prev.pos) || prev.entity != null)) return;
  // ("abducted more than 300 schoolboys", "killed at least 20 people": a count's hedge opens the object.)
  const hedged = COUNT_HEDGES.has(next.lower) || (next.lower === "at" && words[i + 2]?.lower === "least");
  const object = next.pos === "DET" || next.pos === "NUM" || (next.pos === "PRON" && !RELATIVE_PRONOUNS.has(next.lower)) || next.entity != null || next.pos === "PROPN" || QUANTITY_NOUNS.has(next.lower) || hedged;
  if (object) w.pos = "VERB";
}
const NOUNS_IN_ED = new Set(["hundred", "kindred"]);
const COUNT_HEDGES = new Set(["more", "nearly", "almost", "about", "around", "several", "over"]);

/**
 * "NATO's Supreme Allied Commander John Sheehan": a capitalised verb form inside a run of capitalised
 * words, mid-sentence, is part of a title or name, not the clause's verb.
 */
function retagTitleWord(words: Word[], i: number): void {
  const w = words[i];
  const prev = words[i - 1];
  const next = words[i + 1];
  if (w.pos !== "VERB" || i < 2 || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || !prev || !next) return;
  const capitalised = (x: Word) => /^\p{Lu}/u.test(x.text) && (x.pos === "PROPN" || x.pos === "NOUN" || x.pos === "ADJ");
  if (capitalised(prev) && capitalised(next) && !/^["'“‘(]$/.test(words[i - 2].text)) w.pos = "PROPN";
}

/**
 * "Pakistan arrests former prime minister Imran Khan": a headline tells in the present, and the tagger
 * may read its verb as a plural noun after the name that opens it. In a sentence with no verb at all,
 * an -s noun right after an opening name and before an object (a determiner, a modifier, a name or a
 * count of something) is that verb.
 */
function retagHeadlineVerb(words: Word[]): void {
  if (words.some((w) => (w.pos === "VERB" || w.pos === "AUX") && w.entity == null)) return;
  const nameStart = words[0]?.lower === "the" ? 1 : 0;
  let i = nameStart;
  while (i < words.length && (words[i].entity != null || words[i].pos === "PROPN")) i++;
  const w = words[i];
  const next = words[i + 1];
  if (i === nameStart || !w || w.pos !== "NOUN" || w.entity != null || !/^\p{Ll}+[^s]s$/u.test(w.text) || !next) return;
  const counted = next.pos === "NUM" && ["ADJ", "NOUN", "PROPN"].includes(words[i + 2]?.pos ?? "");
  if (next.pos === "DET" || next.pos === "ADJ" || next.pos === "PROPN" || next.entity != null || POSSESSIVE_DETERMINERS.has(next.lower) || counted) w.pos = "VERB";
}

/**
 * "Neighbouring Pakistan condemned …", "Embattled Maduro said …": an -ing or -ed form opening the
 * sentence right before a name that the clause's finite verb follows describes that name; it opens no
 * participle clause ("Visiting Iran, Putin said …" has a comma after the name).
 */
function retagOpeningModifier(words: Word[]): void {
  const start = /^["“‘']$/.test(words[0]?.text ?? "") ? 1 : 0;
  const w = words[start];
  const name = words[start + 1];
  if (!w || !name || w.pos !== "VERB" || w.entity != null || !/^\p{Lu}\p{Ll}+(ing|ed)$/u.test(w.text) || name.pos !== "PROPN") return;
  let after = start + 2;
  while (words[after]?.pos === "PROPN") after++;
  if (words[after] && finiteVerb(words, after)) w.pos = "ADJ";
}

/**
 * "broke off his address": a verb form right after a possessive determiner heads a noun phrase, or
 * modifies the noun after it ("their shared maritime border"); "her" may be an object pronoun.
 */
function retagAfterPossessive(words: Word[], i: number): void {
  // (Read at the determiner, before its phrase is chunked.)
  const w = words[i + 1];
  if (!w || w.pos !== "VERB" || w.entity != null || !/^(his|its|their|our|my|your)$/.test(words[i].lower)) return;
  const next = words[i + 2];
  w.pos = next && (NOMINAL.has(next.pos) || next.pos === "ADJ") ? "ADJ" : "NOUN";
}

/**
 * "said after meeting Hong Kong Governor Chris Patten": an -ing word the tagger read as a noun, right
 * after a preposition that takes a gerund and before a name, a determiner or a pronoun, is the gerund's
 * verb with its object ("after the meeting", "before meeting rooms" stay nouns).
 */
function retagGerundAfterPreposition(words: Word[], i: number): void {
  const w = words[i];
  const next = words[i + 1];
  // ("accused Iran of arming the rebels": "of" opens a gerund too, as complement of the word before.)
  const opener = words[i - 1]?.lower ?? "";
  if (w.pos !== "NOUN" || w.entity != null || !/^\p{Ll}+ing$/u.test(w.text) || !(GERUND_OPENERS.has(opener) || opener === "of") || !next) return;
  if (next.entity != null || next.pos === "PROPN" || (next.pos === "DET" && /^(the|a|an|his|her|its|their)$/.test(next.lower)) || (next.pos === "PRON" && OBJECT_PRONOUN_WORDS.has(next.lower))) w.pos = "VERB";
  // ("responded by expelling diplomats": after "by", what says how is a deed, with a bare plural object too.)
  else if (words[i - 1].lower === "by" && next.pos === "NOUN" && /s$/.test(next.lower) && next.lower !== next.lemma) w.pos = "VERB";
  // ("accused Russia of poisoning opposition politician Alexei Navalny": an object whose modifiers lead
  // to a name; "the scale of fighting in the region" has none.)
  else if ((next.pos === "NOUN" || next.pos === "ADJ") && namedAhead(words, i + 1)) w.pos = "VERB";
}

/** Whether common nouns and adjectives from k on run into a name within their phrase ("opposition politician Alexei Navalny"). */
function namedAhead(words: Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + 4; j++) {
    if (words[j].entity != null || words[j].pos === "PROPN") return true;
    if (words[j].pos !== "NOUN" && words[j].pos !== "ADJ") return false;
  }
  return false;
}

const OBJECT_PRONOUN_WORDS = new Set(["him", "her", "them", "it", "us", "me"]);

/**
 * "Michigan, Oregon and Utah all report cases": a quantifier floated after the subject is no
 * determiner, and the verb of saying after it, which the tagger may read as a noun, is the verb.
 */
function retagFloatingQuantifier(words: Word[], i: number, previous: Chunk | undefined): void {
  const w = words[i];
  const next = words[i + 1];
  if (previous?.kind !== "NP" || !/^(all|both|each)$/.test(w.lower) || next?.pos !== "NOUN" || next.entity != null) return;
  if (!SPEECH_VERBS.has(next.lemma) && !COMPLEMENT_VERBS.has(next.lemma)) return;
  w.pos = "ADV";
  next.pos = "VERB";
}

/**
 * "the police used water cannons and tear gas": after "and"/"or" closing a noun phrase, a bare verb
 * form before a closing noun is the first noun of a compound when the clause's verb is in another
 * (inflected) form, as joined verbs share theirs ("attack villages and burn houses" keeps its verb).
 */
function retagAfterConjunction(words: Word[], i: number, chunks: readonly Chunk[]): void {
  const w = words[i];
  const previous = chunks.at(-1);
  if (w.pos !== "VERB" || w.entity != null || previous?.kind !== "O" || previous.last !== i - 1 || !/^(and|or)$/.test(words[i - 1].lower)) return;
  if (chunks.at(-2)?.kind !== "NP") return;
  const verb = chunks.findLast((c) => c.kind === "VG");
  if (!verb || verb.kind !== "VG" || words[verb.head].lower === words[verb.head].lemma) return;
  // "arrested journalists and shut newspapers": a verb whose past is its bare form shares the clause's tense.
  if (SAME_PAST_VERBS.has(w.lower)) return;
  if (modifiesClosingNoun(words, i)) w.pos = "NOUN";
}
/**
 * "left-wing activists", "a cease-fire": a verb form joined by a hyphen to a noun or adjective after
 * it begins a compound, never a verb group.
 */
function retagHyphenatedModifier(words: Word[], i: number): void {
  const w = words[i];
  const hyphen = words[i + 1];
  const next = words[i + 2];
  if (w.pos !== "VERB" || w.entity != null || hyphen?.text !== "-" || hyphen.start !== w.end || next?.start !== hyphen.end) return;
  if (next.pos === "NOUN" || next.pos === "ADJ") w.pos = "ADJ";
}

/**
 * "Police arrived and shot him dead", "drew his pistol, pointed it, and shot at one person":
 * coordination joins like with like, so after "and" in a sentence that has a verb, a verb's past form
 * the tagger read as a noun, before what opens its object (or "at", "on"), is a verb joined to it;
 * an -s form only before an object ("tear gas and shots at the crowd" keeps its noun).
 */
function retagJoinedVerb(words: Word[], i: number, chunks: readonly Chunk[]): void {
  const w = words[i];
  if (w.pos !== "NOUN" || w.entity != null || !/^\p{Ll}+$/u.test(w.text) || !/^(and|or)$/.test(words[i - 1]?.lower ?? "")) return;
  if (!chunks.some((c) => c.kind === "VG")) return;
  const past = pastForm(w);
  const present = /[^s]s$/.test(w.lower) && w.lower !== w.lemma;
  const next = words[i + 1];
  if ((past || present) && opensObject(words, i + 1, words[i - 1])) w.pos = "VERB";
  else if (past && next && next.pos === "ADP" && JOINED_VERB_PREPOSITIONS.has(next.lower)) w.pos = "VERB";
}
const JOINED_VERB_PREPOSITIONS = new Set(["at", "on", "into", "down"]);
const SAME_PAST_VERBS = new Set(["cut", "shut", "hit", "set", "put", "quit", "spread", "hurt", "cast", "let", "split", "burst", "shed", "upset", "beat", "broadcast"]);

/**
 * "against besieged Osgiliath", "in occupied territories", "of suspected terrorist X": a past
 * participle right after a preposition and before a noun modifies that noun, as a preposition takes
 * a noun phrase.
 */
function retagAfterPreposition(words: Word[], i: number, previous: Chunk | undefined): void {
  const w = words[i];
  // (The tagger may read "for" as a subordinator: "available for comment on …".)
  const preposition = words[i - 1]?.pos === "ADP" || (words[i - 1]?.pos === "SCONJ" && words[i - 1].lower === "for");
  if (w.entity != null || previous?.kind !== "O" || previous.last !== i - 1 || !preposition) return;
  const next = words[i + 1];
  // "called for closer ties with …": so does one after a modifier ("closer", "further") that opens the phrase.
  if ((w.pos === "ADJ" || w.pos === "ADV") && next?.pos === "VERB" && next.entity == null && pluralForm(next) && !VERB_TAKING_PREPOSITIONS.has(words[i - 1].lower) && words[i + 2]?.pos !== "DET") {
    w.pos = "ADJ";
    next.pos = "NOUN";
    return;
  }
  if (w.pos !== "VERB") return;
  // "died as a result of torture while …": a preposition takes a noun phrase, so a bare verb form
  // standing alone between a preposition (not "to", "than", which take verbs) and a phrase boundary is
  // a noun.
  if (w.lower === w.lemma && !w.lower.endsWith("ing") && /^\p{Ll}+$/u.test(w.text) && !VERB_TAKING_PREPOSITIONS.has(words[i - 1].lower)
    && (!next || PHRASE_BOUNDARIES.has(next.pos) || modifiesClosingNoun(words, i) || timePhraseAt(words, i + 1))) {
    w.pos = "NOUN";
    return;
  }
  // "amid hopes that …", "despite fears of …": no finite verb follows a preposition, so an -s form
  // right after one is a plural noun.
  if (pluralForm(w) && !VERB_TAKING_PREPOSITIONS.has(words[i - 1].lower)) {
    w.pos = "NOUN";
    return;
  }
  // "of suspected terrorist Osama bin Laden": an adjective may stand between it and the noun.
  const after = words[i + 2];
  const nominal = (x: Word | undefined) => !!x && (x.entity != null || NOMINAL.has(x.pos));
  if (!nominal(next) && !(next?.pos === "ADJ" && nominal(after))) return;
  if (isParticiple(w) && !w.lower.endsWith("ing")) w.pos = "ADJ";
}

/** Whether a lower-case word is an -s form of its lemma ("hopes", "ties"), which may be a plural noun. */
function pluralForm(w: Word): boolean {
  return /[^s]s$/.test(w.lower) && w.lower !== w.lemma && /^\p{Ll}+$/u.test(w.text);
}

/** Whether a phrase of time starts at word i ("every year", "last week"): it ends the noun phrase before it. */
function timePhraseAt(words: Word[], i: number): boolean {
  return TIME_DETERMINERS.has(words[i]?.lower ?? "") && TIME_PERIODS.has(words[i + 1]?.lemma ?? "");
}
const TIME_DETERMINERS = new Set(["every", "each", "this", "last", "next"]);
const TIME_PERIODS = new Set(["year", "month", "week", "day", "night", "morning", "afternoon", "evening", "weekend", "season", "summer", "winter", "spring", "autumn"]);

/**
 * "The Taliban, which control the southern two-thirds of Afghanistan, captured …": after a comma,
 * "which" or "who" opens a relative clause, so a word the tagger read as a noun right after it and
 * right before what opens an object is the clause's verb ("which" is no determiner there).
 */
function retagRelativeVerb(words: Word[], i: number): void {
  const w = words[i];
  const relative = words[i - 1];
  if (w.pos !== "NOUN" || w.entity != null || !/^\p{Ll}+$/u.test(w.text) || !relative || !/^(which|who)$/.test(relative.lower) || words[i - 2]?.text !== ",") return;
  if (!opensObject(words, i + 1, w)) return;
  w.pos = "VERB";
  relative.pos = "PRON";
}

/** Tags that end a noun phrase. */
const PHRASE_BOUNDARIES = new Set(["ADP", "SCONJ", "CCONJ", "PUNCT"]);
/** Past participles that commonly modify a noun after a name or demonym ("Iraqi armed forces", "Saudi led coalition", "state owned firms"). */
const MODIFYING_PARTICIPLES = new Set(["armed", "backed", "led", "based", "owned", "held", "allied", "sponsored", "controlled", "occupied", "funded", "trained", "supported", "affiliated", "linked", "born", "made", "administered", "dominated", "elected", "appointed", "organized", "organised", "flagged", "registered", "aligned", "inspired"]);

/** Adjectives that head a phrase after "the" ("the military", "the wounded", "the accused"). */
const NOMINAL_ADJECTIVES = new Set(["military", "wounded", "injured", "accused", "dead", "displaced"]);

/** Prepositions (as the tagger labels them) that may be followed by a bare verb. */
const VERB_TAKING_PREPOSITIONS = new Set(["to", "than", "but", "except", "save"]);

/** Adjectives that take a noun phrase as complement ("worth a billion", "like a ghost town"). */
const PREPOSITIONAL_ADJECTIVES = new Set(["worth", "like", "unlike", "near", "nearer", "nearest", "next", "opposite", "due", "close", "ready", "able", "aware", "sure", "busy", "alone", "own", "such", "many", "much", "more", "most", "few", "several", "other", "same", "whole", "half", "all", "both"]);

/**
 * "Fornost and Gondor welcome a resumption of ties": a word the tagger read as an adjective right
 * after a noun phrase's head and right before a determiner is the clause's verb, as adjectives do not
 * take a determined noun phrase (except the few in PREPOSITIONAL_ADJECTIVES).
 */
function retagAdjectiveVerb(words: Word[], i: number, previous: Chunk | undefined): void {
  const w = words[i];
  if (w.pos !== "ADJ" || w.entity != null || previous?.kind !== "NP" || previous.last !== i - 1 || previous.head !== i - 1) return;
  if (PREPOSITIONAL_ADJECTIVES.has(w.lower) || !/^\p{Ll}+$/u.test(w.text)) return;
  const next = words[i + 1];
  if (!next || next.pos !== "DET" || !DETERMINERS.has(next.lower)) return;
  w.pos = "VERB";
}

/**
 * "demanded that the government end curbs": after "that", a bare verb the tagger read as a noun
 * inside the subject phrase ends that phrase and is the clause's verb (the mandative subjunctive).
 * Only verbs that demands and proposals commonly take are considered.
 */
function splitSubjunctive(words: Word[], np: NounPhrase): void {
  for (let j = np.first + 1; j <= np.last; j++) {
    const w = words[j];
    const before = words[j - 1];
    if (w.pos !== "NOUN" || w.entity != null || w.lower !== w.lemma || !SUBJUNCTIVE_VERBS.has(w.lower)) continue;
    if (!(NOMINAL.has(before.pos) || before.entity != null)) continue;
    verbEndsPhrase(words, np, j);
    return;
  }
}

/** The word at `j` inside a noun phrase is its clause's verb: the phrase ends before it. */
function verbEndsPhrase(words: Word[], np: NounPhrase, j: number): void {
  words[j].pos = "VERB";
  np.last = j - 1;
  np.head = j - 1;
  np.entities = np.entities.filter((e) => words.some((x, k) => k >= np.first && k <= np.last && x.entity === e));
}

/**
 * "The government claims Mahan flies …": a speech verb in -s the tagger read as a plural noun, right
 * before a name whose own verb follows, is the verb of the sentence.
 */
function splitSpeechVerb(words: Word[], np: NounPhrase): void {
  for (let j = np.first + 1; j < np.last; j++) {
    const w = words[j];
    const next = words[j + 1];
    if (w.pos !== "NOUN" || !SPEECH_VERBS.has(w.lemma) || w.lower === w.lemma || !w.lower.endsWith("s")) continue;
    if (!(next.pos === "PROPN" || next.entity != null) || !NOMINAL.has(words[j - 1].pos)) continue;
    if (!words.slice(np.last + 1).some((x) => x.pos === "VERB" || x.pos === "AUX")) continue;
    verbEndsPhrase(words, np, j);
    return;
  }
}

/** A verb form that can head a clause on its own (not "-ing", not after "to"). */
function finiteVerb(words: Word[], k: number): boolean {
  const w = words[k];
  if (w.pos === "AUX") return true;
  return w.pos === "VERB" && !w.lower.endsWith("ing") && words[k - 1]?.lower !== "to";
}

/** Punctuation that closes a clause for the purposes of finding its verb. */
const CLAUSE_ENDS = new Set([",", ";", ":", ".", "!", "?", "—", "–", "(", ")", "\"", "“", "”"]);

/**
 * "before police shot and killed the attacker": coordination joins like with like, so a noun that is
 * a verb's past form ending a phrase, joined by "and" to a past-tense verb, is a verb too.
 */
function splitJoinedVerb(words: Word[], np: NounPhrase): void {
  const w = words[np.last];
  const and = words[np.last + 1];
  const next = words[np.last + 2];
  if (np.last <= np.first || w.pos !== "NOUN" || w.entity != null || and?.lower !== "and" || next?.pos !== "VERB" || next.lower === next.lemma) return;
  if (!w.lower.endsWith("ed") && !irregularParticiple(w.lower)) return;
  w.pos = "VERB";
  np.last -= 1;
  np.head = np.last;
  np.entities = np.entities.filter((e) => words.some((x, k) => k >= np.first && k <= np.last && x.entity === e));
}

/**
 * "Russian negotiators return to Geneva": a clause needs a finite verb, so in a clause that has none
 * before or after its subject phrase, a bare noun right after a plural noun in that phrase is the
 * present-tense verb agreeing with the plural subject.
 */
function splitPluralSubjectVerb(words: Word[], np: NounPhrase): void {
  if (clauseHasVerb(words, np)) return;
  for (let j = np.first + 1; j <= np.last; j++) {
    const w = words[j];
    const before = words[j - 1];
    if (w.pos !== "NOUN" || w.entity != null || w.lower !== w.lemma || !/^\p{Ll}+$/u.test(w.text)) continue;
    if (!NOMINAL.has(before.pos) || before.entity != null || !pluralNoun(before)) continue;
    const next = words[j + 1];
    if (next && !(next.pos === "ADP" || next.pos === "DET" || next.pos === "ADV" || next.pos === "NUM" || next.pos === "PRON" || next.entity != null)) continue;
    // "police disapproval in …": a collective noun often modifies the next ("police raid the offices"
    // is a verb only before its object).
    if (COLLECTIVE_PLURALS.has(before.lower) && !opensObject(words, j + 1, before)) continue;
    verbEndsPhrase(words, np, j);
    return;
  }
}

/** Words opening a subordinate clause, which has its own verb ("was killed when gunmen shot him"). */
const CLAUSE_OPENERS = new Set(["when", "after", "before", "while", "because", "since", "if", "until", "although", "though", "unless", "whereas", "where"]);

/** "negotiators", "police", "gunmen", "children": a noun in the plural, regular or not. */
function pluralNoun(w: Word): boolean {
  if (/[^s]s$/.test(w.lower)) return w.lower !== w.lemma;
  return COLLECTIVE_PLURALS.has(w.lower) || (w.lower.endsWith("men") && !SINGULAR_IN_MEN.has(w.lower));
}
const SINGULAR_IN_MEN = new Set(["omen", "amen", "abdomen", "specimen", "regimen", "stamen", "acumen", "hymen", "yemen"]);
const COLLECTIVE_PLURALS = new Set(["police", "people"]);

/** Whether the word at k opens a verb's object: a determiner, number, pronoun or a name other than the one before it. */
function opensObject(words: Word[], k: number, before: Word): boolean {
  const next = words[k];
  if (!next) return false;
  return (next.pos === "DET" && DETERMINERS.has(next.lower)) || POSSESSIVE_DETERMINERS.has(next.lower) || next.pos === "NUM" || (next.pos === "PRON" && !RELATIVE_PRONOUNS.has(next.lower)) || (next.entity != null && next.entity !== before.entity);
}

/** First words of prepositions of two words ending in "to". */
const COMPLEX_PREPOSITION_HEADS = new Set(["due", "owing", "prior", "thanks", "according"]);

/** "north-eastern Syria", "south-west Nigeria": a compass point joined by a hyphen to another opens a modifier. */
function compassPrefix(words: Word[], i: number): boolean {
  const w = words[i];
  const hyphen = words[i + 1];
  const next = words[i + 2];
  return COMPASS_POINTS.has(w.lower) && w.entity == null && hyphen?.text === "-" && hyphen.start === w.end && next?.start === hyphen.end && /^(?:north|south|east|west)/.test(next.lower);
}
const COMPASS_POINTS = new Set(["north", "south", "east", "west"]);

/** Whether the clause around a noun phrase has a finite verb outside it, before or after. */
function clauseHasVerb(words: Word[], np: NounPhrase): boolean {
  for (let k = np.first - 1; k >= 0; k--) {
    const x = words[k];
    if (CLAUSE_ENDS.has(x.text) || x.lower === "that" || CLAUSE_OPENERS.has(x.lower) || (x.pos === "VERB" && SPEECH_VERBS.has(x.lemma))) break;
    if (finiteVerb(words, k)) return true;
  }
  // "European-based" after the subject modifies a noun; it is no verb of the clause.
  for (let k = np.last + 1; k < words.length && !CLAUSE_ENDS.has(words[k].text); k++) if (finiteVerb(words, k) && words[k - 1].text !== "-") return true;
  return false;
}

/**
 * "Gunmen shot a policeman", "Israel attacks Gaza": a clause needs a finite verb, so in a clause that
 * has none outside its subject phrase, a verb's past or -s form the tagger read as a noun, right
 * after the subject's head and right before what opens its object (a determiner, number, pronoun or
 * name), is the clause's verb: a noun compound does not run on into a determined phrase.
 */
function splitObjectVerb(words: Word[], np: NounPhrase): void {
  for (let j = np.first + 1; j <= np.last; j++) {
    const w = words[j];
    const before = words[j - 1];
    if (w.pos !== "NOUN" || w.entity != null || !/^\p{Ll}+$/u.test(w.text)) continue;
    if (!(NOMINAL.has(before.pos) || before.entity != null)) continue;
    const past = pastForm(w);
    const present = /[^s]s$/.test(w.lower) && w.lower !== w.lemma;
    if (!past && !present) continue;
    // ("sanctions against U.S. defence contractors Lockheed Martin": a phrase after a preposition is its
    // object, and an -s noun in it is plural; "after Israel attacks Gaza" opens a clause.)
    const governed = words[np.first - 1]?.pos === "ADP" && !SUBORDINATORS.has(words[np.first - 1].lower);
    if (present && governed) continue;
    // (The object may open with a name: "Israel attacks Gaza"; a past form may take it after "at" or
    // "on": "police in the western part of the city shot at a car".)
    const aimedAt = past && AIMING_PREPOSITIONS.has(words[j + 1]?.lower ?? "") && opensObject(words, j + 2, before);
    if (!opensObject(words, j + 1, before) && !aimedAt) continue;
    if (clauseHasVerb(words, np)) return;
    verbEndsPhrase(words, np, j);
    return;
  }
}
const RELATIVE_PRONOUNS = new Set(["who", "whom", "which", "that", "what", "whose"]);
/** Prepositions a verb of shooting or attacking takes its object with ("shot at", "fired on"). */
const AIMING_PREPOSITIONS = new Set(["at", "on", "upon"]);

/**
 * "Troops shot dead a teenager": "dead" is never a verb, and the past form right before it, with a
 * noun phrase after, is the verb it completes; the tagger often reads the pair as noun + verb.
 */
function retagResultativeDead(words: Word[]): void {
  for (let j = 1; j < words.length; j++) {
    const dead = words[j];
    if (dead.lower !== "dead" || dead.entity != null) continue;
    if (dead.pos === "VERB") dead.pos = "ADJ";
    const verb = words[j - 1];
    const next = words[j + 1];
    if (verb.entity != null || !(verb.pos === "NOUN" || verb.pos === "ADJ") || !isParticiple(verb)) continue;
    if (!next || !(next.entity != null || next.pos === "DET" || next.pos === "NUM" || next.pos === "PRON" || next.pos === "ADJ" || NOMINAL.has(next.pos))) continue;
    verb.pos = "VERB";
  }
}

/** Chunk one sentence into noun phrases, verb groups and other words. */
export function chunkSentence(words: Word[]): Chunk[] {
  const chunks: Chunk[] = [];
  retagHeadlineVerb(words);
  retagResultativeDead(words);
  retagOpeningModifier(words);
  for (let i = 0; i < words.length; i++) retagHyphenatedModifier(words, i);
  for (let i = 1; i < words.length; i++) retagPastFormNoun(words, i);
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    retagAfterVerb(words, i, chunks.at(-1));
    retagAdjectiveVerb(words, i, chunks.at(-1));
    retagAfterPreposition(words, i, chunks.at(-1));
    retagRelativeVerb(words, i);
    retagAfterConjunction(words, i, chunks);
    retagJoinedVerb(words, i, chunks);
    retagFloatingQuantifier(words, i, chunks.at(-1));
    retagNominalGerund(words, i);
    retagGerundAfterPreposition(words, i);
    retagAfterPossessive(words, i);
    retagTitleWord(words, i);
    retagSubjectAfterSubordinator(words, i);
    const vg = w.entity == null && (w.pos === "AUX" || w.pos === "VERB" || w.pos === "NOUN" || (w.pos === "PART" && (w.lower === "to" || (NEGATORS.has(w.lower) && words[i + 1]?.lower === "to"))) || w.pos === "ADV")
      ? verbGroupAt(words, i)
      : null;
    if (vg && vg.last >= i && (w.pos !== "ADV" || vg.head > i) && (w.pos !== "NOUN" || chunks.at(-1)?.kind === "NP")) {
      chunks.push(vg);
      i = vg.last + 1;
      continue;
    }
    const np = nounPhraseAt(words, i);
    if (np && words[i - 1]?.lower === "that") splitSubjunctive(words, np);
    if (np) splitSpeechVerb(words, np);
    if (np) splitPluralSubjectVerb(words, np);
    if (np) splitObjectVerb(words, np);
    if (np) splitJoinedVerb(words, np);
    if (np) {
      // Fold "of"-complements into the phrase: "the aid of Iraqi forces", "Secretary of Iran’s council".
      let last = np.last;
      while (words[last + 1]?.lower === "of") {
        // ("scores of masked rebels": a past participle before the complement's noun modifies it.)
        const first = words[last + 2];
        if (first?.pos === "VERB" && isParticiple(first) && !first.lower.endsWith("ing") && NOMINAL.has(words[last + 3]?.pos ?? "")) first.pos = "ADJ";
        // ("accused Russia of poisoning opposition politician Alexei Navalny": a gerund with its object is no complement noun.)
        if (first) retagGerundAfterPreposition(words, last + 2);
        const tail = nounPhraseAt(words, last + 2);
        if (!tail) break;
        // ("Croat police in the western part of the city shot at a car": the verb may end the complement.)
        splitObjectVerb(words, tail);
        np.ofComplements.push(tail.first);
        for (const e of tail.entities) if (!np.entities.includes(e)) np.entities.push(e);
        last = tail.last;
      }
      np.last = last;
      chunks.push(np);
      i = last + 1;
      continue;
    }
    chunks.push({ kind: "O", first: i, last: i });
    i++;
  }
  return chunks;
}

/**
 * Chunkings already made, keyed by the document's entity layer: the actor and event stages chunk
 * the same text, tokens and entities, so the second asks for what the first computed. A WeakMap
 * keeps no document alive; the result depends only on text, sentences, tokens and entity spans.
 */
const chunked = new WeakMap<object, { text: string; sentences: object; tokens: object | undefined; result: ChunkedSentence[] }>();

/** The words of a phrase as they stand in the sentence. */
export function phraseText(s: ChunkedSentence, np: NounPhrase): string {
  return s.words
    .slice(np.first, np.last + 1)
    .map((w) => w.text)
    .join(" ");
}

/** Chunk every sentence of a document. */
export function chunkDocument(doc: Document): ChunkedSentence[] {
  const hit = chunked.get(doc.entities);
  if (hit && hit.text === doc.text && hit.sentences === doc.sentences && hit.tokens === doc.tokens) return hit.result;
  const result = sentenceWords(doc).map((words, index) => ({
    index,
    start: doc.sentences[index].start,
    end: doc.sentences[index].end,
    words,
    chunks: chunkSentence(words),
  }));
  chunked.set(doc.entities, { text: doc.text, sentences: doc.sentences, tokens: doc.tokens, result });
  return result;
}

/** Whether the word before position i is a verb of saying, or a word of when right after one ("said today"). */
function saidBefore(words: Word[], i: number): boolean {
  const speech = (w: Word | undefined) => w?.pos === "VERB" && SPEECH_VERBS.has(w.lemma);
  const prev = words[i - 1];
  if (speech(prev) || (prev?.pos === "ADV" && speech(words[i - 2])) || (prev != null && /^(today|yesterday|tonight)$/.test(prev.lower) && speech(words[i - 2]))) return true;
  // "told the BBC that police suspect …", "told reporters that …": so after a speech verb's addressee.
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = words[j];
    if (speech(w)) return j < i - 1;
    if (!(NOMINAL.has(w.pos) || w.pos === "DET" || w.pos === "ADJ" || (w.pos === "PRON" && OBJECT_PRONOUN_WORDS.has(w.lower)))) return false;
  }
  return false;
}

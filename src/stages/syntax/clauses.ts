// Shallow syntax, part 2: clause boundaries and argument attachment. Each verb group becomes a
// Predication with its subject, object, prepositional phrases, passive agent, modality and the
// speaker when it sits inside reported speech. Heuristics over chunks, no parse tree.
import type { Modality } from "../../model/schema.js";
import type { Chunk, ChunkedSentence, NounPhrase, VerbGroup, Word } from "./chunk.js";
import {
  ADDRESSEE_VERBS,
  ATTACK_NOUNS,
  RULING_NOUNS,
  HAVE_FORMS,
  OBJECT_BEFORE_INFINITIVE_VERBS,
  AGENT_PREPOSITIONS,
  CATENATIVE_VERBS,
  CEASING_VERBS,
  COMPLEMENT_VERBS,
  DIRECTIVE_VERBS,
  DOING_VERBS,
  DURATION_UNITS,
  FINDING_VERBS,
  INTENT_ADJECTIVES,
  EFFORT_NOUNS,
  INTENT_VERBS,
  INTRANSITIVE_VERBS,
  LIGHT_VERBS,
  MEANS_NOUNS,
  OPPOSING_VERBS,
  PREVENTING_VERBS,
  PHRASAL_PARTICLES,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONAL_PARTICIPLES,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  SUBORDINATORS,
  THREAT_VERBS,
  TIME_QUALIFIERS,
  RELATIVE_TIME_WORDS,
  TIME_DEICTICS,
  TIME_WORDS,
} from "./lexicon.js";

export interface PrepPhrase {
  prep: Word;
  np: NounPhrase;
}

export type SubjectSource = "direct" | "relative" | "participle" | "coordinated" | "infinitive" | "gerund" | "none";

export interface Predication {
  sentence: number;
  verb: VerbGroup;
  /** Grammatical subject (for passives: the patient). */
  subject: NounPhrase | null;
  subjectSource: SubjectSource;
  /** First noun phrase after the verb that is not inside a prepositional phrase. */
  object: NounPhrase | null;
  /** Prepositional phrases after the verb, in order, within the clause. */
  preps: PrepPhrase[];
  /** The "by" agent of a passive. */
  agent: NounPhrase | null;
  /** The speaker when this predication is the content of reported speech. */
  reportedBy: NounPhrase | null;
  modality: Modality;
  negated: boolean;
  /**
   * The word that governs an infinitive or complement clause, as a lemma: "refuse" in "refused to
   * deploy", "ready" in "is ready to contribute", "say" in "said Sudan must return …"; null for a main clause.
   */
  governor: string | null;
  /** Word positions of the clause, inclusive. */
  clauseFirst: number;
  clauseLast: number;
  /**
   * Where the words that govern this clause begin: for a complement clause ("Ethiopia indicated it
   * would act …") the start of the clause with the governing verb, else clauseFirst.
   */
  governorFirst: number;
  /** How the predication's clause was opened. */
  clauseOpener: Clause["opener"];
  /** Index of the chunk of the verb group. */
  chunk: number;
}

const BOUNDARY_PUNCT = new Set([";", ":", "—", "–", "(", ")", "“", "”", '"', "‘"]);
/** Opening quotation marks and the mark that closes each. */
const CLOSING_QUOTE = new Map([["“", "”"], ['"', '"'], ["‘", "’"]]);
/** The longest phrase taken for scare quotes or a title ("a “special law”"), in words. */
const SCARE_QUOTE_WORDS = 5;

/**
 * Word indices of quotation marks around a short phrase without a verb ("approved a “special law”
 * recognizing …", "the so-called “peace plan”"): scare quotes or a title inside the clause, not a
 * quotation that opens or closes one.
 */
function scareQuotes(s: ChunkedSentence): Set<number> {
  const out = new Set<number>();
  const ws = s.words;
  for (let i = 0; i < ws.length; i++) {
    const closing = CLOSING_QUOTE.get(ws[i].text);
    if (!closing) continue;
    let j = i + 1;
    while (j < ws.length && j - i - 1 <= SCARE_QUOTE_WORDS && ws[j].text !== closing) j++;
    if (j >= ws.length || ws[j].text !== closing) continue;
    const inside = ws.slice(i + 1, j);
    const phrase = inside.length > 0 && inside.length <= SCARE_QUOTE_WORDS && inside.every((w) => w.pos !== "VERB" && w.pos !== "AUX" && w.pos !== "PUNCT");
    if (phrase) {
      out.add(i);
      out.add(j);
    }
    i = j;
  }
  return out;
}

function wordAt(s: ChunkedSentence, c: Chunk): Word {
  return s.words[c.first];
}

function isComma(s: ChunkedSentence, c: Chunk | undefined): boolean {
  return !!c && c.kind === "O" && wordAt(s, c).text === ",";
}

function isPrep(s: ChunkedSentence, c: Chunk | undefined): boolean {
  if (!c || c.kind !== "O") return false;
  const w = wordAt(s, c);
  if (!(w.pos === "ADP" || (w.pos === "PART" && w.lower === "to"))) return false;
  // "up to 100 Albanians", "more than 30 members", "about 50 soldiers": a quantity, not a preposition.
  const next = s.chunks[chunkIndex(s.chunks, c) + 1];
  const counted = next?.kind === "NP" && s.words[next.first].pos === "NUM";
  const before = s.words[c.first - 1]?.lower;
  const quantity = w.lower === "to" ? before === "up" : w.lower === "than" ? /^(more|fewer|less)$/.test(before ?? "") : QUANTITY_WORDS.has(w.lower);
  return !(counted && quantity);
}

/** Position of chunk `c` in `chunks`, or -1 (as indexOf): chunks are in word order, so a binary search on `first` finds it. */
function chunkIndex(chunks: readonly Chunk[], c: Chunk): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = chunks[mid];
    if (x === c) return mid;
    if (x.first < c.first) lo = mid + 1;
    else if (x.first > c.first) hi = mid - 1;
    else break;
  }
  return chunks.indexOf(c);
}

const QUANTITY_WORDS = new Set(["about", "around", "over", "under", "nearly", "almost", "some", "approximately"]);

/** The chunk after a quantity's words at chunk j ("at least", "more than", "up to", "nearly" before a number), else j. */
function afterQuantity(s: ChunkedSentence, j: number): number {
  const word = (i: number) => (s.chunks[i]?.kind === "O" ? wordAt(s, s.chunks[i]).lower : "");
  const pair = `${word(j)} ${word(j + 1)}`;
  const skip = /^(at (least|most)|(more|fewer|less) than|up to)$/.test(pair) ? 2 : QUANTITY_WORDS.has(word(j)) ? 1 : 0;
  return skip > 0 && s.chunks[j + skip]?.kind === "NP" && s.words[s.chunks[j + skip].first].pos === "NUM" ? j + skip : j;
}

export interface Clause {
  first: number; // chunk index
  last: number;
  opener: "start" | "subordinate" | "relative" | "complement" | "participle" | "coordinate" | "punct" | "attribution" | "resume";
  /** Chunk index of the noun phrase a relative clause refers to (and a resumed main clause's subject). */
  antecedent: number | null;
}

function isFiniteVerb(s: ChunkedSentence, c: Chunk | undefined): c is VerbGroup {
  // A bare -ed form may be a past tense ("advisers rushed"); a bare -ing form is not finite.
  return !!c && c.kind === "VG" && !c.infinitive && !(c.participle && s.words[c.head].lower.endsWith("ing"));
}

/** Index of the speech verb of an attribution starting at chunk k (", he said." / ", a spokeswoman for the U.S. embassy said."), or -1. */
function attributionVerb(s: ChunkedSentence, k: number): number {
  // ", he said." / ", Baqeri said, adding …" / ", he added," : NP + speech verb, then a comma, quote or the end.
  const np = s.chunks[k];
  if (np?.kind !== "NP") return -1;
  // The speaker may be described by up to two prepositional phrases ("a spokeswoman for the U.S. embassy").
  let v = k + 1;
  for (let n = 0; n < 2 && isPrep(s, s.chunks[v]) && s.chunks[v + 1]?.kind === "NP" && !isTimePhrase(s, s.chunks[v + 1]); n++) v += 2;
  const vg = s.chunks[v];
  const after = s.chunks[v + 1];
  if (vg?.kind !== "VG" || !SPEECH_VERBS.has(vg.lemma) || vg.infinitive) return -1;
  // "…, a senior official said on Saturday night." / "… said today.": a time phrase may close it.
  let j = v + 1;
  if (isTimePhrase(s, s.chunks[j])) j++;
  else if (isPrep(s, s.chunks[j]) && isTimePhrase(s, s.chunks[j + 1])) j += 2;
  const end = s.chunks[j];
  return !end || (end.kind === "O" && /^[,.!?”"’;]$/.test(wordAt(s, end).text)) || (j === v + 1 && !after) ? v : -1;
}

function isSpeechAttribution(s: ChunkedSentence, k: number): boolean {
  return attributionVerb(s, k) >= 0 || invertedAttribution(s, k) || accordingTo(s, k, true);
}

/**
 * Whether chunk k opens "according to X" (the tagger reads "according" as a verb); `closing`: it must
 * also close the sentence or a clause (", according to the police."), up to two phrases after X.
 */
function accordingTo(s: ChunkedSentence, k: number, closing: boolean): boolean {
  const vg = s.chunks[k];
  if (vg?.kind !== "VG" || s.words[vg.head].lower !== "according" || s.words[vg.last + 1]?.lower !== "to") return false;
  let j = k + 1;
  while (j < s.chunks.length && s.chunks[j].kind !== "NP") j++;
  if (j >= s.chunks.length) return false;
  if (!closing) return true;
  for (let n = 0, v = j + 1; n < 2 && v < s.chunks.length; n++, v += 2) {
    const end = s.chunks[v];
    if (end.kind === "O" && /^[,.!?”"’;]$/.test(wordAt(s, end).text)) return true;
    if (!isPrep(s, end) || s.chunks[v + 1]?.kind !== "NP") return false;
  }
  return j + 1 >= s.chunks.length;
}

/**
 * "…," said Sarkozy to reporters in Paris. / "…, added the minister.": a speech verb before its
 * speaker, then only prepositional or time phrases up to a comma, quote or the end.
 */
function invertedAttribution(s: ChunkedSentence, k: number): boolean {
  const vg = s.chunks[k];
  const np = s.chunks[k + 1];
  if (vg?.kind !== "VG" || !SPEECH_VERBS.has(vg.lemma) || ADDRESSEE_VERBS.has(vg.lemma) || vg.infinitive || vg.first !== vg.head) return false;
  if (np?.kind !== "NP" || isTimePhrase(s, np)) return false;
  // ("…, pointed it, and shot": a speaker is never an object pronoun; that is the verb's object.)
  if (np.first === np.last && OBJECT_CASE_PRONOUNS.has(s.words[np.first].lower)) return false;
  for (let j = k + 2; j < s.chunks.length; j++) {
    const c = s.chunks[j];
    if (c.kind === "NP" && (isPrep(s, s.chunks[j - 1]) || isTimePhrase(s, c))) continue;
    if (isPrep(s, c)) continue;
    return c.kind === "O" && /^[,.!?”"’;]$/.test(wordAt(s, c).text);
  }
  return true;
}

/** Pronouns only ever objects or non-persons ("it"): never the speaker of an inverted attribution. */
const OBJECT_CASE_PRONOUNS = new Set(["it", "them", "him", "her", "us", "me", "this", "that", "these", "those"]);

/** Whether a finite verb follows the noun phrase at chunk k, with only phrases and "and"/prepositions between. */
function finiteVerbAhead(s: ChunkedSentence, k: number, joined = true): boolean {
  for (let j = k + 1; j < s.chunks.length; j++) {
    const c = s.chunks[j];
    // "showed a police officer surrounded by protesters": a bare past participle with its "by" agent
    // describes the phrase; the clause's verb, if any, comes after it.
    if (c.kind === "VG" && c.participle && c.first === c.head && !s.words[c.head].lower.endsWith("ing") && isPrep(s, s.chunks[j + 1]) && wordAt(s, s.chunks[j + 1]).lower === "by") continue;
    if (c.kind === "VG") return isFiniteVerb(s, c);
    if (c.kind === "NP") continue;
    // "said the blast in Kayseri, a usually calm industrial hub, was carried out by …": a phrase in
    // apposition, set off by two commas, stands between the subject and its verb.
    let close = isComma(s, c) && s.chunks[j - 1]?.kind === "NP" ? appositionEnd(s, j) : -1;
    if (close > 0) {
      // (Its closing comma may open another: "Paul Thompson, 34, from Wiltshire, was arrested".)
      for (let next = appositionEnd(s, close); next > 0; next = appositionEnd(s, close)) close = next;
      j = close;
      continue;
    }
    const w = wordAt(s, c);
    // "called Putin after Russia annexed Crimea": a subordinator with its own subject and verb opens
    // another clause; the phrase before it is the verb's object, not the subject of what is said.
    if (SUBORDINATORS.has(w.lower) && subjectAndVerbAt(s, j + 1)) return false;
    if (w.pos === "ADP" || (joined && w.pos === "CCONJ") || w.pos === "DET") continue;
    return false;
  }
  return false;
}

/** The chunk index of the comma closing an apposition opened by the comma at chunk k (noun phrases and prepositions only between, a noun phrase or a preposition and its phrase first), or -1. */
function appositionEnd(s: ChunkedSentence, k: number): number {
  // (Or a phrase of origin: "Paul Thompson, 34, from Wiltshire, was arrested".)
  const origin = isPrep(s, s.chunks[k + 1]) && s.chunks[k + 2]?.kind === "NP";
  if (s.chunks[k + 1]?.kind !== "NP" && !origin) return -1;
  for (let j = k + 2; j < s.chunks.length; j++) {
    const c = s.chunks[j];
    if (isComma(s, c)) return j;
    if (c.kind !== "NP" && !isPrep(s, c)) return -1;
  }
  return -1;
}

/** Prepositions of a goal: the phrase after them is where something goes, not a complement of the noun before. */
const GOAL_PREPOSITIONS = new Set(["to", "into", "toward", "towards"]);

/** Prepositions of topic: an -ing participle after their object describes it ("warned of a crisis developing"). */
const TOPIC_PREPOSITIONS = new Set(["of", "about"]);

/** Prepositions that say where a thing named before them is ("bombings in Istanbul"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside"]);

/** Whether chunk k opens a subject (a noun phrase with prepositional phrases of its own) followed by a finite verb. */
function subjectAndVerbAt(s: ChunkedSentence, k: number): boolean {
  if (s.chunks[k]?.kind !== "NP") return false;
  let j = k + 1;
  while (isPrep(s, s.chunks[j]) && s.chunks[j + 1]?.kind === "NP") j += 2;
  // "after French forces backing government troops attacked …": an -ing participle and its object
  // describing the subject stand before its verb.
  const ing = s.chunks[j];
  if (ing?.kind === "VG" && !ing.infinitive && ing.first === ing.head && s.words[ing.head].lower.endsWith("ing") && s.chunks[j + 1]?.kind === "NP") j += 2;
  return isFiniteVerb(s, s.chunks[j]);
}

/** The noun phrase a relative pronoun refers to: the nearest phrase, or the head of "NP prep NP". */
function antecedentOf(s: ChunkedSentence, k: number): number | null {
  let a = s.chunks[k - 1]?.kind === "NP" ? k - 1 : isComma(s, s.chunks[k - 1]) && s.chunks[k - 2]?.kind === "NP" ? k - 2 : null;
  // A complement of the noun ("the leader of Hamas, who", "a document on defense cooperation, which")
  // is passed over; a goal or a place is not ("intelligence to Macedonia, which" is about Macedonia).
  // An adverbial ("after fierce fighting with guerrillas who …") belongs to the verb, not to a noun, so
  // the climb stops at its preposition; and "who" names people, never an activity ("fighting").
  const person = /^(who|whom|whose)$/.test(wordAt(s, s.chunks[k]).lower);
  while (a != null && isPrep(s, s.chunks[a - 1]) && !GOAL_PREPOSITIONS.has(wordAt(s, s.chunks[a - 1]).lower) && s.chunks[a - 2]?.kind === "NP") {
    if (ADVERBIAL_PREPOSITIONS.has(wordAt(s, s.chunks[a - 1]).lower)) break;
    if (person && isActivity(s, s.chunks[a - 2] as NounPhrase)) break;
    // "withdrew the US from a treaty …, which": after a verb's object, "from" says whence the verb
    // moves it, and "which" or "that" does not climb past it to the object.
    if (!person && wordAt(s, s.chunks[a - 1]).lower === "from" && s.chunks[a - 3]?.kind === "VG") break;
    a -= 2;
  }
  return a;
}

/** Prepositions that open an adverbial of time, cause or concession: never a noun's complement. */
const ADVERBIAL_PREPOSITIONS = new Set(["after", "before", "since", "during", "until", "despite", "amid", "following", "because"]);

/** A phrase headed by an -ing noun ("fierce fighting", "the bombing"): an activity, not people. */
function isActivity(s: ChunkedSentence, np: NounPhrase): boolean {
  const head = s.words[np.head].lower;
  return head.endsWith("ing") && head.length > 5;
}

/** Split a chunked sentence into clauses (chunk index ranges). */
export function segmentClauses(s: ChunkedSentence): Clause[] {
  const cs = s.chunks;
  const clauses: Clause[] = [];
  let first = 0;
  let opener: Clause["opener"] = "start";
  let antecedent: number | null = null;
  let hasVerb = false;
  let relativeAntecedent: number | null = null;
  let attributionResumes: number | null = null;
  const scare = scareQuotes(s);
  /** Whether the sentence's first clause closed with no verb: a relative clause then interrupts its subject. */
  let subjectInterrupted = false;
  const close = (end: number, nextOpener: Clause["opener"], nextAntecedent: number | null = null) => {
    if (opener === "start") subjectInterrupted = !hasVerb;
    if (end >= first) clauses.push({ first, last: end, opener, antecedent });
    first = end + 1;
    opener = nextOpener;
    antecedent = nextAntecedent;
    hasVerb = false;
  };
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k];
    const prev = cs[k - 1];
    const next = cs[k + 1];
    if (c.kind === "VG") {
      // "Gunmen who attacked soldiers in Hebron were arrested by police": a relative clause that
      // interrupts the sentence's subject ends where a second finite verb follows its phrase with no
      // "and" or comma; the main clause resumes there, with the subject before the relative clause.
      if ((opener as Clause["opener"]) === "relative" && subjectInterrupted && hasVerb && relativeAntecedent != null && prev?.kind === "NP" && isFiniteVerb(s, c)) {
        close(k - 1, "resume", relativeAntecedent);
        relativeAntecedent = null;
      }
      // ", saying …", ", helping …": a participle after a comma opens a participle clause.
      // "Bashir, following the peace deal, has taken …": a participle that works as a preposition opens
      // an aside, not a clause of its own.
      if (c.participle && isComma(s, prev) && k - 1 > first && (hasVerb || s.words[c.head].lower.endsWith("ing")) && !(c.first === c.head && PREPOSITIONAL_PARTICIPLES.has(s.words[c.head].lower))) {
        close(k - 1, "participle");
      }
      // "A UN report obtained by AFP and Reuters has suggested …": the participle phrase is part of the subject.
      if (!s.words[c.head].lower.endsWith("ing") && isModifyingParticiple(s, k)) {
        k = modifyingParticipleEnd(s, k);
        continue;
      }
      hasVerb = true;
      continue;
    }
    if (c.kind === "NP") {
      // "saying the armed forces … enjoy …": a speech verb's complement without "that" (the subject
      // may carry prepositional phrases: "says cooperation between Iran and Iraq will improve").
      // ("agrees offences committed by children are a problem", "the court heard Hickson had worked …":
      // verbs that take a that-clause may drop "that".)
      // (For them no "and" may stand between: "established ties with and opened an embassy".)
      const speech = SPEECH_VERBS.has(prev?.kind === "VG" ? prev.lemma : "");
      // Not in a relative clause that interrupts the subject ("The women who have accused Clinton
      // criticized …": the next verb is the subject's).
      const interrupting = (opener as Clause["opener"]) === "relative" && subjectInterrupted && !speech;
      // ("told the BBC that police suspect …", "told reporters the plan …": a verb that takes whom it
      // tells names them first when "that" or another phrase follows them.)
      const after = cs[k + 1];
      const addressed = ADDRESSEE_VERBS.has(prev?.kind === "VG" ? prev.lemma : "") && (after?.kind === "NP" || (after?.kind === "O" && s.words[after.first].lower === "that"));
      if (prev?.kind === "VG" && (speech || COMPLEMENT_VERBS.has(prev.lemma) || FINDING_VERBS.has(prev.lemma)) && !prev.infinitive && !interrupting && !addressed && finiteVerbAhead(s, k, speech)) {
        close(k - 1, "complement");
        continue;
      }
      // …and what is said opens at the phrase after the one told ("told reporters [a group of
      // guerrillas stopped the buses]").
      const toldBefore = cs[k - 2];
      if (prev?.kind === "NP" && toldBefore?.kind === "VG" && ADDRESSEE_VERBS.has(toldBefore.lemma) && !toldBefore.infinitive && finiteVerbAhead(s, k, true)) {
        close(k - 1, "complement");
        continue;
      }
      // "said on Tuesday he would press …", "said Monday the talks failed": what is said may open
      // after a time phrase (which takes no relative clause: "Tuesday he would" is none).
      const timed = timedSpeechVerb(s, k, first);
      if (timed && !timed.infinitive && finiteVerbAhead(s, k, true)) {
        close(k - 1, "complement");
        continue;
      }
      // "the equipment it needed": a relative clause without a pronoun.
      if (prev?.kind === "NP" && hasVerb && isFiniteVerb(s, next)) {
        close(k - 1, "relative", k - 1);
        relativeAntecedent = k - 1;
        continue;
      }
      if (!c.pronoun) continue;
    }
    const w = wordAt(s, c);
    // ('warned that "containment is not feasible"': a quotation opening what is said continues that clause.)
    const quoteOpensComplement = (opener as Clause["opener"]) === "complement" && first === k && /^[“"‘']$/.test(w.text);
    if (c.kind === "O" && BOUNDARY_PUNCT.has(w.text) && !scare.has(c.first) && !quoteOpensComplement) {
      close(k, "punct");
      continue;
    }
    if (isComma(s, c)) {
      const skipQuote = cs[k + 1]?.kind === "O" && /^[”"’]$/.test(wordAt(s, cs[k + 1]).text) ? 1 : 0;
      if (isSpeechAttribution(s, k + 1 + skipQuote)) {
        const lead = clauses.length === 0 && !hasVerb && cs[first]?.kind === "NP" ? first : null;
        close(k + skipQuote, "attribution");
        attributionResumes = lead;
        k += skipQuote;
        continue;
      }
      // "They, he added, also visited …": after the aside, the clause before it resumes.
      if ((opener as Clause["opener"]) === "attribution" && hasVerb && isFiniteVerb(s, next)) {
        close(k, "resume", attributionResumes);
        continue;
      }
      // "X, who …, was assassinated": the relative clause ends and the main clause resumes.
      if ((opener as Clause["opener"]) === "relative" && hasVerb && isFiniteVerb(s, next) && relativeAntecedent != null) {
        close(k, "resume", relativeAntecedent);
        relativeAntecedent = null;
        continue;
      }
      // "According to the police, three soldiers were killed": the opening phrase attributes the
      // clause after it, which is the sentence's main clause.
      if (clauses.length === 0 && first < k && accordingTo(s, first, false)) {
        opener = "attribution";
        close(k, "start");
        continue;
      }
      // "…, when Daesh unleashed its campaign, Iranian advisers rushed": a new subject and verb.
      if (hasVerb && next?.kind === "NP" && isFiniteVerb(s, cs[k + 2])) {
        close(k, "punct");
        continue;
      }
      continue;
    }
    // "when …", and "after/before/since/until" when a subject and verb follow ("after crowds burned …").
    // "as" also introduces a role ("ordered out as illegal aliens"): a clause only with its own verb.
    // The subject may carry prepositional phrases ("as authorities in Croatia cracked down").
    const clausal = w.lower === "as" ? subjectAndVerbAt(s, afterQuantity(s, k + 1)) : w.pos === "SCONJ" || w.pos === "ADV" || (w.pos === "ADP" && subjectAndVerbAt(s, afterQuantity(s, k + 1)));
    if (c.kind === "O" && clausal && SUBORDINATORS.has(w.lower) && next && (next.kind !== "O" || cs[afterQuantity(s, k + 1)]?.kind === "NP") && k > first) {
      close(k - 1, "subordinate");
      continue;
    }
    if (c.kind === "O" && w.pos === "CCONJ" && k > first && hasVerb) {
      if (next?.kind === "VG") {
        close(k - 1, "coordinate");
        continue;
      }
      if (next?.kind === "NP" && isFiniteVerb(s, cs[k + 2])) {
        close(k - 1, "punct");
        continue;
      }
    }
    if (RELATIVE_PRONOUNS.has(w.lower) && w.lower !== "that" && k > 0) {
      const ante = antecedentOf(s, k);
      if (ante != null) {
        close(k - 1, "relative", ante);
        relativeAntecedent = ante;
        continue;
      }
      // "a conflict in which tens of thousands of people have been killed": a relative clause opened by
      // a preposition and "which" or "whom" has a subject of its own after them.
      if (/^(which|whom)$/.test(w.lower) && isPrep(s, prev) && cs[k - 2]?.kind === "NP" && k - 2 >= first && cs[k + 1]?.kind === "NP") {
        close(k - 2, "relative", k - 2);
        relativeAntecedent = k - 2;
        continue;
      }
    }
    // "said that …", "demanded that …", "demanded on Friday that …" (a time phrase may come between).
    // "said on Tuesday that …", "told reporters that …": a time phrase may come between, and after a
    // speech verb its addressee too.
    let j = k - 1;
    let addressee = false;
    // An adverb may too ("said yesterday that …", "said again that …").
    while (j > first && j >= k - 4 && (cs[j].kind === "NP" || isPrep(s, cs[j]) || (cs[j].kind === "O" && cs[j].first === cs[j].last && s.words[cs[j].first].pos === "ADV"))) {
      // ("agreed in a phone call that …": a prepositional phrase names no addressee.)
      if (cs[j].kind === "NP" && !isTimePhrase(s, cs[j]) && !isPrep(s, cs[j - 1])) addressee = true;
      j--;
    }
    // ("came forward to say that he had …": after "that", an infinitive speech verb governs it too.)
    const governing = cs[j]?.kind === "VG" && (!(cs[j] as VerbGroup).infinitive || (w.lower === "that" && SPEECH_VERBS.has((cs[j] as VerbGroup).lemma))) ? (cs[j] as VerbGroup) : null;
    // "expressed hopes that Osgiliath could …", "voiced concern that …": a that-clause with its own
    // subject after a noun of attitude is that noun's content, said by the verb before it.
    const noun = cs[j + 1];
    // So after a noun of what is said ("rejected accusations that Russian forces had targeted …"),
    // unless its clause ends at its verb, which then lacks its object: "the claims that Iran made".
    const nounHead = noun?.kind === "NP" ? s.words[noun.head].lemma : "";
    const utterance = UTTERANCE_CONTENT_NOUNS.has(nounHead) && cs[k + 2]?.kind === "VG" && cs[k + 3] != null && !(cs[k + 3].kind === "O" && wordAt(s, cs[k + 3]).pos === "PUNCT");
    const attitude =
      governing != null && noun?.kind === "NP" && (ATTITUDE_NOUNS.has(nounHead) || utterance) && next?.kind === "NP" && cs.slice(j + 2, k).every((c) => isPrep(s, c) || isTimePhrase(s, c));
    // Verbs of finding and knowing take one too ("have revealed that bromide poisoning may be …").
    const fits = governing && (SPEECH_VERBS.has(governing.lemma) || ((COMPLEMENT_VERBS.has(governing.lemma) || FINDING_VERBS.has(governing.lemma)) && !addressee) || attitude);
    // ("claimed the bombings in Istanbul that killed …": a "that" with a finite verb right after it has
    // no subject of its own, so it opens a relative clause, not what is claimed; "said that removing
    // the sanctions is …" has a gerund for subject.)
    if (w.lower === "that" && fits && (next?.kind !== "VG" || bareIngForm(s, next))) {
      close(k, "complement");
      continue;
    }
    if (w.lower === "that" && prev?.kind === "NP" && next?.kind !== "NP" && k > first) {
      // "bombings in Istanbul that killed 44 people": a named place says where the noun before it was;
      // the relative clause is about that noun.
      // (Not when that noun is itself a preposition's object: "the attack on a school in Kabul that killed".)
      const namedPlace = isPrep(s, cs[k - 2]) && PLACE_PREPOSITIONS.has(wordAt(s, cs[k - 2]).lower) && cs[k - 3]?.kind === "NP" && k - 3 >= first && /^\p{Lu}/u.test(s.words[(prev as NounPhrase).head].text);
      const placed = namedPlace && !isPrep(s, cs[k - 4]);
      // (But an attack the phrase is about is: "the attack on peacekeepers in Mali that killed 10 soldiers".)
      const attack = namedPlace && isPrep(s, cs[k - 4]) && cs[k - 5]?.kind === "NP" && k - 5 >= first && ATTACK_NOUNS.has(s.words[(cs[k - 5] as NounPhrase).head].lower);
      const antecedent = attack ? k - 5 : placed ? k - 3 : k - 1;
      close(k - 1, "relative", antecedent);
      relativeAntecedent = antecedent;
      continue;
    }
  }
  if (first < cs.length) clauses.push({ first, last: cs.length - 1, opener, antecedent });
  // A closing "he said." after a quotation mark is an attribution too.
  for (const clause of clauses.slice(1)) {
    if (clause.opener !== "punct") continue;
    const v = attributionVerb(s, clause.first);
    if (v >= 0 && clause.last <= v + 1) clause.opener = "attribution";
  }
  return clauses;
}

function modalityOf(vg: VerbGroup, matrix: VerbGroup | null, inReport: boolean, governor: string | null, perfect: boolean): Modality {
  if (vg.modal === "future") return "intended";
  // "announced US troops would be leaving Syria", "said it would send a team": in what someone says,
  // "would" is the future seen from then (a question or condition still makes it hypothetical, below;
  // "would have attacked" is what did not happen).
  if (vg.modal === "hypothetical" && vg.modalWord === "would" && inReport && !perfect) return "intended";
  if (vg.modal === "hypothetical") return "hypothetical";
  if (vg.infinitive && governor && INTENT_ADJECTIVES.has(governor)) return "intended";
  if (vg.infinitive && matrix && (INTENT_VERBS.has(matrix.lemma) || THREAT_VERBS.has(matrix.lemma) || matrix.modal === "future")) return "intended";
  if (vg.infinitive && !matrix) return "intended";
  // "May is to step down today", "the aim is to reach a deal": "be" + infinitive is arranged or meant.
  if (vg.infinitive && matrix?.copula && matrix.lemma === "be") return "intended";
  // "demanded that Sudan return …": what is demanded, urged or proposed has not happened.
  if (!vg.infinitive && governor && DIRECTIVE_VERBS.has(governor)) return "hypothetical";
  return inReport ? "reported" : "asserted";
}

/** Whether a clause is a relative clause right after a first clause with no verb: it interrupts the sentence's subject. */
function interruptsSubject(cs: readonly Chunk[], clauses: readonly Clause[], clause: Clause): boolean {
  return clause.opener === "relative" && clause === clauses[1] && !cs.slice(clauses[0].first, clauses[0].last + 1).some((c) => c.kind === "VG");
}

/** The subject noun phrase of a clause: the first phrase before the verb not inside a PP or parenthesis. */
function findSubject(s: ChunkedSentence, from: number, verbChunk: number): number | null {
  let depth = 0;
  let candidate: number | null = null;
  /** Chunk index of the last noun phrase governed by a preposition. */
  let prepObject: number | null = null;
  // "After the meeting in Paris, Iraq accused …", "In his earlier tweetstorm, Trump …": a clause
  // opening with a preposition and no verb before its first comma opens with an adverbial.
  const first = s.chunks[from];
  let frontedAdverbial = first?.kind === "O" && (s.words[first.first].pos === "ADP" || s.words[first.first].pos === "SCONJ");
  for (let k = from; k < verbChunk; k++) {
    const c = s.chunks[k];
    if (isComma(s, c)) {
      if (frontedAdverbial && depth === 0) {
        // (The adverbial's last object stays known: a phrase set off after it is in apposition to it.)
        frontedAdverbial = false;
        candidate = null;
        continue;
      }
      // A comma after a found subject opens an apposition or aside ("X, along with Y, said"): skip to the next comma.
      if (candidate != null) depth = depth === 0 ? 1 : 0;
      continue;
    }
    // ("In an incident likely to heighten tensions in Mostar, Croat police shot …": an infinitive inside
    // the adverbial is no verb of the clause.)
    if (c.kind === "VG" && !c.infinitive) frontedAdverbial = false;
    if (depth > 0) continue;
    // "Tuesday the parliament approved …": a bare time phrase is not the subject; the clause's own
    // subordinator ("after crowds burned …") is not a preposition.
    const opener = k - 1 === from && SUBORDINATORS.has(s.words[s.chunks[from].first].lower);
    // "On health and Gondor's hospitals, he said …": a phrase joined by a conjunction to a
    // preposition's object belongs to that prepositional phrase too.
    const joined = prepObject != null && k - 2 === prepObject && s.chunks[k - 1]?.kind === "O" && /^(and|or)$/.test(s.words[s.chunks[k - 1].first].lower);
    // "in Papua, another separatist province, troops shot …": a phrase set off after a preposition's
    // object is in apposition to it (a name is not: "Late on Sunday, Trump, in a statement, announced").
    const apposed = prepObject != null && k - 2 === prepObject && isComma(s, s.chunks[k - 1]) && isComma(s, s.chunks[k + 1]) && candidate == null && c.kind === "NP" && s.words[c.head].pos !== "PROPN" && !isTimePhrase(s, s.chunks[prepObject]);
    if (c.kind === "NP" && !opener && (isPrep(s, s.chunks[k - 1]) || joined || apposed)) prepObject = k;
    else if (c.kind === "NP" && !isTimePhrase(s, c)) {
      if (candidate == null) candidate = k;
    }
    // "Russian aircraft including helicopter gunships killed …": a participle phrase modifying the
    // subject is skipped.
    // (So is one describing a preposition's object in an aside: "Trump, in a statement delivered via …, announced".)
    if (c.kind === "VG" && (candidate === k - 1 || prepObject === k - 1) && isModifyingParticiple(s, k)) {
      k = modifyingParticipleEnd(s, k);
      continue;
    }
    // A fronted adverbial ("In 2014, …", "Also on Sunday, …") ends with a comma before the subject.
    if (c.kind === "VG") candidate = null;
  }
  return candidate;
}

/**
 * "missiles killed 4 Iraqis": a passive participle takes no bare object (only a few verbs take two:
 * "the aid given the refugees"), so an -ed form followed by a noun phrase is a past tense, not a
 * reduced relative on the phrase before it. A bare time phrase ("issued Tuesday") is no object.
 */
function takesBareObject(s: ChunkedSentence, vg: VerbGroup, k: number): boolean {
  const next = s.chunks[k + 1];
  return next?.kind === "NP" && !isTimePhrase(s, next) && !DURATION_UNITS.has(s.words[next.head].lemma) && !TWO_OBJECT_VERBS.has(vg.lemma);
}

/** Prepositions after which a gerund complements the phrase before them ("accused X of sending", "barred X from entering"). */
const GERUND_PREPOSITIONS = new Set(["of", "for", "from", "with"]);

/** Whether chunk k is a bare -ing form after "NP of/for/from/with" ("accused Iran of sending", "the decision of sending"). */
/** The noun of one's will whose "of" a gerund at chunk k follows ("no intention of holding talks"), if any. */
function willGerund(s: ChunkedSentence, k: number): NounPhrase | null {
  const c = s.chunks[k];
  const prep = s.chunks[k - 1];
  const noun = s.chunks[k - 2];
  if (c.kind !== "VG" || !bareIngForm(s, c) || prep?.kind !== "O" || wordAt(s, prep).lower !== "of" || noun?.kind !== "NP") return null;
  return OWN_WILL_NOUNS.has(s.words[noun.head].lemma) && noun.possessor == null ? noun : null;
}

function gerundAfterNoun(s: ChunkedSentence, k: number): number | null {
  const c = s.chunks[k];
  // ("for sexually abusing children": an adverb may open the gerund.)
  if (c.kind !== "VG" || !bareIngForm(s, c)) return null;
  const prep = s.chunks[k - 1];
  // The tagger may read "for" before a gerund as a subordinator.
  if (prep?.kind !== "O" || prep.first !== prep.last || !GERUND_PREPOSITIONS.has(wordAt(s, prep).lower)) return null;
  if (s.chunks[k - 2]?.kind === "NP") return k - 2;
  // "expelled a Chinese diplomat accused of targeting a lawmaker": after a bare past participle
  // describing a phrase, the gerund is that phrase's (the one accused, suspected or charged).
  const participle = s.chunks[k - 2];
  if (participle?.kind === "VG" && participle.participle && participle.first === participle.head && !s.words[participle.head].lower.endsWith("ing") && s.chunks[k - 3]?.kind === "NP") return k - 3;
  // "accused foreign forces, notably the United States, of seeking …": an aside opened by "notably",
  // "including" … and closed by a comma before "of" names the doer too (not "the rebels, backed by Iraq,").
  if (wordAt(s, prep).lower === "of" && isComma(s, s.chunks[k - 2]) && s.chunks[k - 3]?.kind === "NP" && ASIDE_OPENERS.has(s.words[s.chunks[k - 3].first - 1]?.lower ?? "")) return k - 3;
  // "found them guilty of killing 23 passengers": the one found guilty or held responsible did it.
  const adjective = s.chunks[k - 2];
  const culpable = adjective?.kind === "O" && adjective.first === adjective.last && CULPABILITY_ADJECTIVES.has(wordAt(s, adjective).lower);
  return culpable && s.chunks[k - 3]?.kind === "NP" ? k - 3 : null;
}

/** Verbs that say where something lies or leads, whose -ing form describes the phrase before it ("the road linking …"). */
const LOCATING_VERBS = new Set(["link", "connect", "join", "lead", "border", "overlook", "separate", "surround", "span", "straddle", "adjoin"]);

/** Words that open an aside naming the foremost of what is before it ("…, notably the United States, …"). */
const ASIDE_OPENERS = new Set(["notably", "especially", "particularly", "chiefly", "mainly", "including"]);

/** Adjectives of guilt or blame, whose "of"/"for" gerund the one they describe did ("guilty of killing"). */
const CULPABILITY_ADJECTIVES = new Set(["guilty", "innocent", "responsible", "culpable", "liable", "blameworthy"]);

/** Whether a verb can take a clause without "that" as its object ("said", "demanded", "concluded"). */
function takesClause(vg: VerbGroup): boolean {
  return SPEECH_VERBS.has(vg.lemma) || COMPLEMENT_VERBS.has(vg.lemma) || FINDING_VERBS.has(vg.lemma);
}

/** Whether an infinitive follows chunk k ("expected to sign", "expected to be joined"). */
function infinitiveAfter(s: ChunkedSentence, k: number): boolean {
  const next = s.chunks[k + 1];
  if (next?.kind === "VG") return next.infinitive;
  return next?.kind === "O" && s.words[next.first].lower === "to" && s.chunks[k + 2]?.kind === "VG";
}

/** Auxiliaries an infinitive's verb chain may continue after ("to have been", "to be seen"). */
const AUXILIARY_LEMMAS = new Set(["have", "be"]);

/** Prepositions of place, direction and topic, whose phrase is a setting rather than a party. */
const SETTING_PREPOSITIONS = new Set(["in", "at", "to", "into", "on", "near", "inside", "within", "across", "throughout", "from"]);

/** Verbs whose passive keeps a second object ("was given the task", "the money paid the rebels"). */
const TWO_OBJECT_VERBS = new Set(["give", "grant", "award", "offer", "send", "sell", "pay", "show", "tell", "teach", "promise", "deny", "owe", "hand", "lend", "allow", "assign", "name", "elect", "appoint", "call", "consider", "declare"]);

/** Whether a chunk is a comma or a lone "and"/"or", joining items of a list. */
function isListJoint(s: ChunkedSentence, c: Chunk | undefined): boolean {
  return isComma(s, c) || (c?.kind === "O" && c.first === c.last && /^(and|or)$/.test(s.words[c.first].lower));
}

/** Nouns of intent or direction whose infinitive is meant, not done ("plans to visit", "a pledge to withdraw", "an order to arrest"). */
const INTENT_NOUNS = new Set(["plan", "intention", "aim", "bid", "proposal", "offer", "promise", "pledge", "vow", "threat", "decision", "readiness", "willingness", "desire", "wish", "hope", "goal", "ambition", "scheme", "agreement", "commitment", "determination", "resolve", "order", "instruction", "request", "demand", "call", "appeal", "invitation", "permission", "mandate", "warrant"]);

/** Whether the infinitive at chunk k follows a noun of intent, directly or past its "by"/"of" phrase ("plans by X to visit"). */
function intentNounBefore(s: ChunkedSentence, cs: readonly Chunk[], k: number): boolean {
  const intent = (c: Chunk | undefined) => c?.kind === "NP" && INTENT_NOUNS.has(s.words[c.head].lemma);
  if (intent(cs[k - 1])) return true;
  return cs[k - 1]?.kind === "NP" && isPrep(s, cs[k - 2]) && /^(by|of)$/.test(wordAt(s, cs[k - 2]).lower) && intent(cs[k - 3]);
}

/** Words opening a condition ("if Iran attacks", "unless Iraq withdraws"). */
const CONDITIONALS = new Set(["if", "unless"]);

/** Verbs of planning, whose gerund is planned, not done ("considering sending troops"). */
const PLANNING_VERBS = new Set(["consider", "contemplate", "discuss", "propose", "suggest", "recommend", "envisage", "envision", "weigh", "mull", "explore", "debate", "advocate", "favour", "favor"]);
/** Nouns of one's own will or plans, whose infinitive their holder is to do ("readiness to cooperate"). */
const OWN_WILL_NOUNS = new Set(["readiness", "willingness", "preparedness", "eagerness", "determination", "intention", "intent", "desire", "wish", "commitment", "resolve", "plan", "decision", "promise", "pledge", "vow", "threat", "offer", "aim", "goal", "ambition", "hope"]);
/** Verbs by which one voices or shows one's will ("expressed readiness", "announced plans", "reaffirmed its commitment"). */
const WILL_VOICING_VERBS = new Set(["express", "announce", "reaffirm", "affirm", "confirm", "declare", "signal", "show", "voice", "indicate", "state", "repeat", "reiterate", "renew", "unveil", "outline", "present", "stress", "emphasise", "emphasize", "demonstrate", "reveal", "disclose", "proclaim"]);
/** Adjectives of unwillingness, whose infinitive is refused ("reluctant to meet"). */
const UNWILLING_ADJECTIVES = new Set(["unwilling", "reluctant", "loath", "loth"]);
/** Adjectives of will or readiness, whose infinitive is refused when they are denied ("not willing to meet"). */
const WILLING_ADJECTIVES = new Set(["willing", "ready", "prepared", "eager", "keen", "determined"]);
/** Nouns of refusal, whose infinitive is refused ("his refusal to trade land"). */
const REFUSAL_NOUNS = new Set(["refusal", "rejection", "reluctance", "unwillingness"]);

/** Words that rank the one who did something first, last or alone ("the first minister to visit China"). */
const RANKING_WORDS = new Set(["first", "last", "only", "second", "third", "latest"]);

/** Whether chunk k is a lone "visiting" or "touring" that describes the noun phrase after it ("told visiting Minister X", "talks with visiting officials"). */
function isVisitorModifier(s: ChunkedSentence, cs: readonly Chunk[], k: number): boolean {
  const c = cs[k];
  if (c?.kind !== "VG" || c.first !== c.last || !/^(visiting|touring)$/.test(s.words[c.head].lower) || cs[k + 1]?.kind !== "NP") return false;
  const before = cs[k - 1];
  return (before?.kind === "VG" && !before.infinitive && !CATENATIVE_VERBS.has(before.lemma)) || isPrep(s, before);
}

/** The speech or complement verb before chunk k with only time phrases ("on Tuesday", "Monday") between them, if any. */
function timedSpeechVerb(s: ChunkedSentence, k: number, first: number): VerbGroup | null {
  let j = k - 1;
  while (j > first && s.chunks[j].kind === "NP" && isTimePhrase(s, s.chunks[j])) j -= isPrep(s, s.chunks[j - 1]) ? 2 : 1;
  const vg = s.chunks[j];
  return j < k - 1 && j >= first && vg?.kind === "VG" && takesClause(vg) ? vg : null;
}

/** "X including Y killed", "X using Y killed": an -ing participle between a phrase and the finite verb it precedes. */
function isModifyingParticiple(s: ChunkedSentence, k: number): boolean {
  return modifyingParticipleEnd(s, k) >= 0;
}

/**
 * The last chunk of a participle phrase at chunk k that modifies the noun phrase before it and is
 * followed by the clause's finite verb: "aircraft including helicopter gunships killed …", "a UN
 * report obtained by AFP and Reuters has suggested …"; -1 for anything else.
 */
function modifyingParticipleEnd(s: ChunkedSentence, k: number): number {
  const c = s.chunks[k];
  if (c?.kind !== "VG" || !c.participle || c.first !== c.head || s.chunks[k - 1]?.kind !== "NP") return -1;
  if (s.words[c.head].lower.endsWith("ing")) return s.chunks[k + 1]?.kind === "NP" && isFiniteVerb(s, s.chunks[k + 2]) ? k + 1 : -1;
  // "Trump, in a statement delivered via the press secretary, announced …": in an aside that opens
  // with a preposition after a comma, a past participle with its phrases up to the closing comma
  // describes the preposition's object.
  if (isPrep(s, s.chunks[k - 2]) && isComma(s, s.chunks[k - 3])) {
    let end = k;
    while (isPrep(s, s.chunks[end + 1]) && s.chunks[end + 2]?.kind === "NP") end += 2;
    if (end > k && isComma(s, s.chunks[end + 1]) && s.chunks[end + 2]?.kind === "VG") return end;
  }
  // "The militants killed in Rumaila were Tunisians", "soldiers wounded in the attack were taken to
  // hospital": with no agent, a past participle followed only by its place or time phrases and then
  // by a form of "be" describes the phrase before it.
  if (!isPrep(s, s.chunks[k - 2]) && isPrep(s, s.chunks[k + 1]) && wordAt(s, s.chunks[k + 1]).lower !== "by") {
    let end = k;
    while (isPrep(s, s.chunks[end + 1]) && s.chunks[end + 2]?.kind === "NP") end += 2;
    const next = s.chunks[end + 1];
    return next?.kind === "VG" && !next.infinitive && s.words[next.first].lemma === "be" ? end : -1;
  }
  // A past participle with its "by" agent, which may be a list ("by AFP and Reuters"), right after
  // the phrase it describes ("a statement by Boeing given by its spokesman" is left alone).
  if (isPrep(s, s.chunks[k - 2]) || !isPrep(s, s.chunks[k + 1]) || wordAt(s, s.chunks[k + 1]).lower !== "by" || s.chunks[k + 2]?.kind !== "NP") return -1;
  // The agent may carry prepositional phrases ("by children in Far North Queensland are …").
  let end = k + 2;
  while ((isPrep(s, s.chunks[end + 1]) || (s.chunks[end + 1]?.kind === "O" && /^(and|or|,)$/.test(wordAt(s, s.chunks[end + 1]).lower))) && s.chunks[end + 2]?.kind === "NP") end += 2;
  return isFiniteVerb(s, s.chunks[end + 1]) ? end : -1;
}

/** Attach arguments to every verb group of a sentence. */
export function predications(s: ChunkedSentence): Predication[] {
  const out: Predication[] = [];
  const clauses = segmentClauses(s);
  const cs = s.chunks;
  let mainSubject: NounPhrase | null = null;
  let reportedBy: NounPhrase | null = null;

  // Attribution clauses ("…, Baqeri said." / "They, he added, also …") report the rest of the sentence.
  for (const clause of clauses) {
    if (clause.opener !== "attribution") continue;
    // (", according to the police": past "to" to the speaker.)
    let at = cs[clause.first]?.kind === "VG" ? clause.first + 1 : clause.first;
    if (accordingTo(s, clause.first, false)) while (at < clause.last && cs[at].kind !== "NP") at++;
    const np = cs[at];
    if (np?.kind === "NP") reportedBy ??= np;
  }
  let complementBy: NounPhrase | null = null;

  const yesNoQuestionEnd = yesNoQuestionEndOf(s);
  let previous: Predication | null = null;
  /** Participles made passive as items of a list after a passive ("were harassed, killed and taken"). */
  const listedPassives = new Set<Predication>();
  let previousClauseSubject: NounPhrase | null = null;
  for (const clause of clauses) {
    if (clause !== clauses[0]) previousClauseSubject = previousSubjectOf(out, clauses, clause) ?? previousClauseSubject;
    let clauseSubject: NounPhrase | null = null;
    let matrix: VerbGroup | null = null;
    for (let k = clause.first; k <= clause.last; k++) {
      const c = cs[k];
      if (c.kind !== "VG") continue;
      const vg = c;
      let subject: NounPhrase | null = null;
      let subjectSource: SubjectSource = "none";
      let prevented = false;
      let listed = false;
      const previousChunk = cs[k - 1];
      const chained = previousChunk?.kind === "VG" && previous?.chunk === k - 1 && previous.subjectSource !== "gerund" ? previous.subject : null;
      // "upbraided Burr for failing to reject Trump", "accused Iran of planning to attack": an infinitive
      // right after a gerund is the gerund's: its doer acts, and the gerund governs it.
      // So is one after an -ing form a preposition opens ("responded by threatening to attack Iraq").
      const ingAfterPreposition = previous != null && isPrep(s, cs[k - 2]) && bareIngForm(s, previous.verb);
      const afterGerund = vg.infinitive && previousChunk?.kind === "VG" && previous?.chunk === k - 1 && (previous.subjectSource === "gerund" || ingAfterPreposition) ? previous : null;
      // ("a journalist died in jail": a verb that takes no object is never a passive participle.)
      const gerundDoer = gerundAfterNoun(s, k);
      const pastForm = vg.participle && !s.words[vg.head].lower.endsWith("ing") && previousChunk?.kind === "NP" && matrix != null && !INTRANSITIVE_VERBS.has(vg.lemma);
      // "a recall on Salmonella contaminated pistachios", "died of H1N1 related illnesses": a bare past
      // participle between a preposition's object and a noun phrase, after the clause's verb, modifies
      // that noun; it is no verb of its own.
      // (Not after a verb that may take a clause without "that": "said Israeli shelling in Gaza wounded 20".)
      const clauseTaking = matrix != null && (SPEECH_VERBS.has(matrix.lemma) || COMPLEMENT_VERBS.has(matrix.lemma) || FINDING_VERBS.has(matrix.lemma));
      if (pastForm && !clauseTaking && vg.first === vg.last && cs[k + 1]?.kind === "NP" && isPrep(s, cs[k - 2]) && !SUBORDINATORS.has(wordAt(s, cs[k - 2]).lower)) continue;
      // "…," said Sarkozy: the speaker follows the verb.
      const inverted = clause.opener === "attribution" && k === clause.first && cs[k + 1]?.kind === "NP";
      if (inverted) {
        subject = cs[k + 1] as NounPhrase;
        subjectSource = "direct";
      } else if (!s.words[vg.head].lower.endsWith("ing") && isModifyingParticiple(s, k)) {
        // "a UN report obtained by AFP … has suggested": a reduced passive relative on the phrase before.
        vg.passive = true;
        subject = previousChunk as NounPhrase;
        subjectSource = "relative";
      } else if (s.words[vg.head].lower.endsWith("ing") && previousChunk?.kind === "NP" && isPrep(s, cs[k - 2]) && /^with(out)?$/.test(wordAt(s, cs[k - 2]).lower)) {
        // "…, with Mrs Haley once saying she was not a fan": an -ing form after "with" and a noun phrase
        // has that phrase as its subject (an absolute construction).
        subject = previousChunk;
        subjectSource = "direct";
      } else if (vg.participle && INTRANSITIVE_VERBS.has(vg.lemma) && previousChunk?.kind === "NP" && matrix != null && !isTimePhrase(s, previousChunk)) {
        // "… since Algeria gained its independence that a journalist died in jail": a verb that takes no
        // object has the phrase right before it as its subject.
        subject = previousChunk;
        subjectSource = "direct";
      } else if (pastForm && cs[k + 1]?.kind === "NP" && isPrep(s, cs[k + 2]) && wordAt(s, cs[k + 2]).lower === "by" && cs[k + 3]?.kind === "NP") {
        // "wanted the release of their fighters taken hostage by the rebels": a past participle after a
        // noun, with a complement and its "by" agent, is a reduced passive on that noun.
        vg.passive = true;
        subject = previousChunk;
        subjectSource = "relative";
      } else if (pastForm && !takesBareObject(s, vg, k)) {
        // "issues related to …": a participle right after a noun is a reduced relative on that noun.
        vg.passive = true;
        subject = previousChunk;
        subjectSource = "relative";
      } else if (genericGerund(s, k)) {
        // "Trump said defeating Islamic State is a higher priority than persuading Assad …": an -ing
        // phrase that is the subject of what is said, or one compared with "than", names a course of
        // action in general; no one is doing it.
        subject = null;
        subjectSource = "none";
      } else if (pastForm && takesClause(matrix!) && !interruptsSubject(cs, clauses, clause)) {
        // "concluded evidence supported his murder": a past tense with an object after the object of a
        // verb that takes a clause opens that clause, whose subject is the phrase before it. (Elsewhere,
        // "aircraft using precision guided missiles killed …", the clause's subject acts.)
        subject = previousChunk as NounPhrase;
        subjectSource = "direct";
      } else if (vg.infinitive || (matrix && vg.head === vg.first && !vg.participle && cs[k - 1]?.kind === "NP" && (s.words[vg.head].lower === s.words[vg.head].lemma || !isPrep(s, cs[k - 2])))) {
        // "seek to redeploy" → the matrix subject; "efforts to revive" → the phrase before; "helping them reverse" → them.
        // (A finite verb's subject is no phrase after a preposition: in "dealing with this government
        // inflicts harm" the gerund is.)
        const before = cs[k - 1];
        // "agreed in principle on Saturday to provide": a time phrase is not the doer.
        // "a rally in Lagos to protest", "remained in Iraq to prevent", "voted on a resolution to expel":
        // the place or topic after a preposition of place, direction or topic is not the doer ("for the
        // rebels to disarm", "allies such as Germany to restrict", "agreed with Airbus to open" keep theirs),
        // nor in a clause without a verb of its own ("While in New York to attend the assembly, …").
        // ("called on the military to abandon Maduro": after "call on", the one called on is asked to act.)
        const calledOn = isPrep(s, cs[k - 2]) && /^(on|upon)$/.test(wordAt(s, cs[k - 2]).lower) && cs[k - 3]?.kind === "VG" && (cs[k - 3] as VerbGroup).lemma === "call";
        const prepBefore = isPrep(s, cs[k - 2]) && SETTING_PREPOSITIONS.has(wordAt(s, cs[k - 2]).lower) && !calledOn;
        // "When it comes to efforts to combat climate change": an effort's infinitive is the effort's
        // (its owner's, if named), wherever the effort stands; "in his efforts to …" is usually the
        // clause subject's own, as below.
        const effortBefore = before?.kind === "NP" && EFFORT_NOUNS.has(s.words[before.head].lemma) && !POSSESSIVE_DETERMINERS.has(s.words[before.first].lower);
        const doer = before?.kind === "NP" && !isTimePhrase(s, before) && (!prepBefore || effortBefore);
        // "…, an issue likely to dominate relations", "troops ready to fight": a phrase described by an
        // adjective that governs the infinitive is its subject (a reduced relative).
        const described = before?.kind === "O" && s.words[before.first].pos === "ADJ" && before.first === before.last && cs[k - 2]?.kind === "NP" && !isTimePhrase(s, cs[k - 2]);
        // "has taken steps to enhance", "made efforts to revive": the effort's maker acts (not when the
        // effort is abandoned or opposed: "abandoned efforts to stop …").
        const effort = doer && matrix != null && clauseSubject != null && (before as NounPhrase).possessor == null && EFFORT_NOUNS.has(s.words[before.head].lemma) && cs[k - 2] === matrix && (LIGHT_VERBS.has(matrix.lemma) || DOING_VERBS.has(matrix.lemma));
        // "Russia expressed readiness to cooperate", "announced plans to visit": one's own will, voiced or
        // held, is one's own to act on (not someone else's decision welcomed: "welcomed the decision to …").
        const ownWill = doer && matrix != null && clauseSubject != null && (before as NounPhrase).possessor == null && OWN_WILL_NOUNS.has(s.words[before.head].lemma) && cs[k - 2] === matrix && (WILL_VOICING_VERBS.has(matrix.lemma) || LIGHT_VERBS.has(matrix.lemma));
        if (effort || ownWill) {
          subject = clauseSubject;
        } else if (doer && (!matrix || k - 1 > clause.first) && !MEANS_NOUNS.has(s.words[(before as NounPhrase).head].lower)) {
          // (Not a weapon or message: "used firearms to attack a police station" is its user's attack.)
          subject = before;
        } else if (vg.infinitive && described) {
          subject = cs[k - 2] as NounPhrase;
        } else {
          // "people believed to have been involved": an infinitive right after a verb is that verb's
          // subject's, which in a reduced relative is not the clause's.
          subject = chained ?? afterGerund?.subject ?? clauseSubject;
        }
        subjectSource = "infinitive";
      } else if (gerundDoer != null) {
        // "accused Iran of sending troops", "an appeal for deploying troops": the phrase before the
        // preposition is the gerund's doer (or names none), not the clause's subject.
        // (Except a will the clause's subject holds: "Iran has no intention of holding talks".)
        subject = willGerund(s, k) && matrix != null && cs[gerundDoer - 1] === matrix && clauseSubject != null ? clauseSubject : (cs[gerundDoer] as NounPhrase);
        // "Israel was praised by Egypt for agreeing": after a passive's agent, the one praised did it.
        const passive = out.find((q) => q.verb.passive && q.agent === subject && q.subject != null);
        if (passive) subject = passive.subject;
        subjectSource = "gerund";
      } else if (chained && previous?.verb.infinitive && AUXILIARY_LEMMAS.has(s.words[previous.verb.head].lemma)) {
        // "to have" + "been": the rest of an infinitive's verb chain, negated with it ("not to have attacked").
        subject = chained;
        subjectSource = "infinitive";
        if (previous.negated) vg.negated = true;
      } else if (matrix && !vg.infinitive && bareIngForm(s, vg) && previousChunk?.kind === "NP" && k - 1 > clause.first && !(isPrep(s, cs[k - 2]) && !TOPIC_PREPOSITIONS.has(wordAt(s, cs[k - 2]).lower) && !LOCATING_VERBS.has(vg.lemma) && !RULING_NOUNS.has(s.words[previousChunk.head].lower)) && !isTimePhrase(s, previousChunk) && !(MEANS_NOUNS.has(s.words[previousChunk.head].lower) && !OPPOSING_VERBS.has(matrix.lemma)) && !isModifyingParticiple(s, k) && !RESULT_PARTICIPLES.has(vg.lemma)) {
        // "condemned the wildfires destroying the Amazon": an -ing participle right after the object
        // describes it (a reduced relative); the object does it, not the clause's subject. Not a
        // weapon or message, which its user acts through ("launched missiles targeting US troops").
        // "wrote to the embassy in London asking to waive …": not a phrase after a preposition either,
        // but for one of topic ("warned of a crisis developing in Chad", "worried about troops massing"),
        // or when the participle says where the phrase lies ("on the road linking Erzincan and Sivas").
        // (Nor a decision or text, which does what it says: "protested over a court ruling ordering …".)
        // What a blocked or banned message would have done did not happen ("blocked an EU statement
        // criticising China").
        subject = previousChunk;
        subjectSource = "relative";
        if (PREVENTING_VERBS.has(matrix.lemma)) prevented = true;
      } else if (clauseSubject && matrix) {
        subject = clauseSubject;
        subjectSource = "coordinated";
      } else {
        const found = findSubject(s, clause.first, k);
        if (found != null) {
          subject = cs[found] as NounPhrase;
          subjectSource = "direct";
        } else if ((clause.opener === "relative" || clause.opener === "resume") && clause.antecedent != null) {
          subject = cs[clause.antecedent] as NounPhrase;
          subjectSource = clause.opener === "relative" ? "relative" : "direct";
        } else if (clause.opener === "participle") {
          // "since suicide bombers hit Istanbul in 2003, killing 58 people": a result right after a
          // subordinate clause is the outcome of that clause's deed, done by its subject.
          const before = clauses[clauses.indexOf(clause) - 1];
          const deed = RESULT_PARTICIPLES.has(vg.lemma) && before?.opener === "subordinate" ? out.find((q) => q.chunk >= before.first && q.chunk <= before.last && !q.verb.passive && !q.verb.copula && q.subjectSource === "direct") : undefined;
          subject = deed?.subject ?? previousClauseSubject ?? mainSubject;
          subjectSource = "participle";
        } else if (clause.opener === "coordinate") {
          // "Police said the gunman left the hall and attacked soldiers": a verb joined to a reported
          // clause continues it (the gunman attacked), unless it is itself a verb of saying ("… and added").
          const reported = complementBefore(out, clauses, clause);
          // "before police shot and killed the attacker": a one-word verb joined straight to a one-word
          // verb before it shares its subject ("had withdrawn and sent" still goes on with the speaker).
          const before = cs[k - 2];
          // So does a bare verb joined to a relative clause's verb ("Republicans who have accommodated or
          // endorsed him": they endorsed him).
          const joined = cs[k - 1]?.kind === "O" && /^(and|or)$/.test(wordAt(s, cs[k - 1]).lower) && before?.kind === "VG" && vg.first === vg.last;
          const joinedTo = joined ? out.find((q) => q.chunk === k - 2 && !q.verb.infinitive && (before.first === before.last || q.subjectSource === "relative")) : undefined;
          subject = joinedTo?.subject ?? (!SPEECH_VERBS.has(vg.lemma) && !THREAT_VERBS.has(vg.lemma) ? reported ?? subordinateBefore(s, out, clauses, clause) : null) ?? previousClauseSubject ?? mainSubject;
          subjectSource = "coordinated";
        } else if (clause.opener === "punct" && opensAfterSemicolon(s, clause) && mainSubject) {
          // "Trump questioned how Clinton would negotiate …; blamed Obama for …": after a semicolon
          // the sentence's own subject goes on, not a subordinate clause's.
          subject = mainSubject;
          subjectSource = "coordinated";
        } else if (previous && (clause.opener === "subordinate" || clause.opener === "punct") && vg.participle) {
          subject = previous.subject;
          subjectSource = "participle";
        }
      }
      // "Peacekeepers were harassed, killed and taken hostage": bare past participles listed after a passive
      // with commas share its "were" and its subject; the last may come after "and". (A verb joined by
      // "and" alone is often active: "were attacked and fired back".)
      if (!vg.passive && previous?.verb.passive && previous.chunk === k - 2 && (isComma(s, cs[k - 1]) || (isListJoint(s, cs[k - 1]) && listedPassives.has(previous))) && vg.first === vg.head && vg.participle && !s.words[vg.head].lower.endsWith("ing")) {
        vg.passive = true;
        subject = previous.subject;
        subjectSource = "coordinated";
        listed = true;
      }
      // Object and prepositional phrases: up to the next verb group (infinitive complements excepted) or clause end.
      let object: NounPhrase | null = null;
      const preps: PrepPhrase[] = [];
      let agent: NounPhrase | null = null;
      for (let j = inverted ? k + 2 : k + 1; j <= clause.last; j++) {
        const d = cs[j];
        if (d.kind === "VG") break;
        if (d.kind === "NP") {
          const before = cs[j - 1];
          // "served as prime minister": "as" before a noun phrase is a preposition, whatever its tag.
          // "cordoned off the roads", "shot down a plane": a particle right after an active verb belongs
          // to the verb, and the phrase after it is the object.
          const particle = before?.kind === "O" && before.first === before.last && before.first === vg.last + 1 && !vg.passive && PHRASAL_PARTICLES.has(s.words[before.first].lower);
          if (particle && !object && !isTimePhrase(s, d)) {
            object = d;
            continue;
          }
          // "echoed by Japan and China": a phrase joined by a conjunction to a preposition's object
          // belongs to that prepositional phrase, not the verb's object.
          const joined = before?.kind === "O" && before.first === before.last && /^(and|or)$/.test(s.words[before.first].lower) && preps.at(-1)?.np === cs[j - 2];
          // "amid hopes that the hostages would be freed": a phrase after "that" opens a clause of its
          // own (a noun's complement the clause segmenter kept), no phrase of this verb's.
          if (before?.kind === "O" && before.first === before.last && /^(that|whether)$/.test(s.words[before.first].lower) && cs[j - 2]?.kind === "NP" && j - 2 > k) break;
          // ("deploying into previously SDF-held territory": an adverb may stand between the preposition and its phrase.)
          // (Not a count's hedge: "killed at least 20 people" has an object.)
          const adverbAfterPrep = before?.kind === "O" && before.first === before.last && s.words[before.first].pos === "ADV" && j - 2 > k && isPrep(s, cs[j - 2]) && afterQuantity(s, j - 2) === j - 2;
          // ("attacks in at least three states": the preposition stands before the count's hedge.)
          const hedgeAt = j - 2 > k && afterQuantity(s, j - 2) === j ? j - 2 : -1;
          const prepChunk = adverbAfterPrep ? cs[j - 2] : hedgeAt > k + 1 && isPrep(s, cs[hedgeAt - 1]) ? cs[hedgeAt - 1] : before;
          if ((isPrep(s, prepChunk) || (prepChunk?.kind === "O" && wordAt(s, prepChunk).lower === "as")) && j - 1 > k) {
            const prep = wordAt(s, prepChunk!);
            // "…, with Johnson succeeding her": after a comma, "with" and a phrase before an -ing form open
            // an absolute clause, whose phrase is that form's subject, not this verb's partner ("clashed
            // with police firing tear gas" keeps its partner).
            const next = cs[j + 1];
            if (/^with(out)?$/.test(prep.lower) && isComma(s, cs[j - 2]) && next?.kind === "VG" && s.words[next.head].lower.endsWith("ing")) break;
            preps.push({ prep, np: d });
            if (vg.passive && AGENT_PREPOSITIONS.has(prep.lower) && !agent) agent = d;
          } else if (joined) {
            continue;
          } else if (!object && !isComma(s, before) && !(isTimePhrase(s, d) && (d.first === d.last || TIME_DEICTICS.has(s.words[d.first].lower)))) {
            // "rejected Thursday a United Nations appeal", "arrived this week": a bare day or a time
            // placed from now says when; the object follows.
            object = d;
          }
        }
      }
      // "Saddam told visiting Russian nationalist Zhirinovsky", "met with visiting French minister X": a
      // bare "visiting" right after a verb or preposition describes the phrase after it; that phrase's
      // person is the visitor, and the one they visit is the clause's subject.
      if (isVisitorModifier(s, cs, k) && object === cs[k + 1]) {
        const host: NounPhrase | null = cs[k - 1].kind === "VG" ? subject : clauseSubject ?? subject;
        [subject, object] = [object, host];
        subjectSource = "participle";
      }
      // "an army captain was killed and two soldiers wounded in clashes": after a passive, a bare past
      // participle joined with its own subject and no object shares the passive's elided "was"/"were".
      if (!object && subjectSource === "direct" && subject === cs[k - 1] && vg.first === vg.head && vg.participle && !s.words[vg.head].lower.endsWith("ing") && previous?.verb.passive && (clause.opener === "coordinate" || clause.opener === "punct") && !INTRANSITIVE_VERBS.has(vg.lemma)) vg.passive = true;
      // "…, expected to be joined by …", "…, said to be …": a bare past participle opening a clause after
      // a comma and followed by an infinitive is a reduced passive; its subject is expected, not expecting.
      if (clause.opener === "participle" && k === clause.first && vg.participle && !s.words[vg.head].lower.endsWith("ing") && infinitiveAfter(s, k)) vg.passive = true;
      // "Boeing allowed to bid for contracts", "Minister forced to resign": a verb that needs someone
      // before its infinitive, in a bare past form with no one there, is a headline's passive.
      if (!object && !vg.passive && vg.first === vg.head && !vg.infinitive && OBJECT_BEFORE_INFINITIVE_VERBS.has(vg.lemma) && /ed$|^told$/.test(s.words[vg.head].lower) && infinitiveAfter(s, k)) vg.passive = true;
      if (clause.opener === "complement") complementBy = complementSpeaker(s, out);
      // "announced it had entered an agreement after Turkey began an offensive": a clause of time after
      // a reported one tells when, in the writer's words, not what the speaker said.
      const narrated = clause.opener === "subordinate" && complementBy != null && TIME_SUBORDINATORS.has(wordAt(s, cs[clause.first]).lower);
      const speaker = clause.opener === "attribution" || narrated ? null : complementBy ?? reportedBy;
      const inReport = speaker != null;
      const ci = clauses.indexOf(clause);
      // "is ready to contribute": an adjective right before "to" governs the infinitive; otherwise the
      // clause's main verb does; a complement clause is governed by the verb that introduced it.
      const adjective = vg.infinitive && vg.first > 0 && s.words[vg.first - 1].pos === "ADJ" ? s.words[vg.first - 1].lower : null;
      // ("a letter … asking him to intervene": an infinitive right after a verb's object is that verb's.)
      const objectVerb = vg.infinitive && cs[k - 1]?.kind === "NP" && cs[k - 2]?.kind === "VG" ? (cs[k - 2] as VerbGroup) : null;
      const governing = afterGerund?.verb ?? objectVerb ?? matrix;
      const governor = vg.infinitive ? adjective ?? governing?.lemma ?? null : clause.opener === "complement" && k === firstVerbOf(cs, clause) ? governingVerb(out) : null;
      const governorFirst = clause.opener === "complement" && ci > 0 ? cs[clauses[ci - 1].first].first : cs[clause.first].first;
      const p: Predication = {
        sentence: s.index,
        verb: vg,
        subject,
        subjectSource,
        object,
        preps,
        agent,
        reportedBy: SPEECH_VERBS.has(vg.lemma) ? null : speaker && speaker !== subject ? speaker : null,
        modality: prevented ? "hypothetical" : modalityOf(vg, governing, inReport && !(SPEECH_VERBS.has(vg.lemma)), governor, s.words.slice(vg.first, vg.head).some((w) => HAVE_FORMS.has(w.lower))),
        governor,
        // "Neither Iran nor Iraq attacked", "neither side agreed", "attacked neither Kuwait nor Iraq": a
        // "neither" opening the subject or the object negates the verb.
        negated: vg.negated || opensWithNeither(s, object) || ((subjectSource === "direct" || subjectSource === "coordinated") && opensWithNeither(s, subject)),
        clauseFirst: cs[clause.first].first,
        clauseLast: cs[clause.last].last,
        governorFirst,
        clauseOpener: clause.opener,
        chunk: k,
      };
      // "Downer is the first Australian minister to visit China": an infinitive describing "the first",
      // "the last" or "the only" one to do something tells what was done, as the verb it is the object of does.
      if (vg.infinitive && subject && subject === cs[k - 1] && RANKING_WORDS.has(s.words[subject.first + (s.words[subject.first].lower === "the" ? 1 : 0)]?.lower ?? "")) {
        const ranked = out.find((q) => q.object === subject);
        // ("wants to be the first …": a "to be" the chunker left unmarked is still an infinitive.)
        if (ranked && s.words[ranked.verb.first - 1]?.lower !== "to") p.modality = ranked.modality;
      }
      // "plans by an Australian minister to visit Taiwan", "the decision to withdraw": an infinitive after a
      // noun of intent (past its "by" or "of" phrase) is intended, whatever governs the noun.
      if (vg.infinitive && p.modality === "asserted" && intentNounBefore(s, cs, k)) p.modality = "intended";
      // "Netanyahu's refusal to trade the occupied lands": what a refusal is to do is refused, as after "refused to".
      // So is what one is unwilling, or not ready, to do ("Iraq is not willing to meet Kuwait").
      let copula = k - 1;
      while (copula > 0 && cs[copula].kind === "O") copula--;
      const denied = cs[copula]?.kind === "VG" && ((cs[copula] as VerbGroup).negated || s.words.slice(cs[copula].last + 1, vg.first).some((w) => /^(not|n't|never)$/.test(w.lower)));
      const unwilling = adjective != null && (UNWILLING_ADJECTIVES.has(adjective) || (WILLING_ADJECTIVES.has(adjective) && denied));
      // And what one has no wish or plan to do ("has no desire to hold talks").
      const willNoun = cs[k - 1]?.kind === "NP" ? s.words[(cs[k - 1] as NounPhrase).head].lemma : "";
      const noWill = OWN_WILL_NOUNS.has(willNoun) && s.words[cs[k - 1].first].lower === "no";
      if (vg.infinitive && (unwilling || noWill || REFUSAL_NOUNS.has(willNoun))) {
        p.governor = "refuse";
        p.modality = "intended";
      }
      // So with a will's "of" and gerund ("has no intention of holding talks"; "plans of sending troops" are planned).
      const will = willGerund(s, k);
      if (will && p.subject !== will && p.modality !== "hypothetical") {
        p.modality = "intended";
        if (s.words[will.first].lower === "no") p.governor = "refuse";
      }
      // "is considering sending aid": a gerund right after a verb of planning is planned; one after a verb
      // of ceasing ("stopped sending aid") is what was stopped. Either verb governs it.
      const gerundOf = !vg.infinitive && bareIngForm(s, vg) && cs[k - 1]?.kind === "VG" ? (cs[k - 1] as VerbGroup) : null;
      if (gerundOf && (PLANNING_VERBS.has(gerundOf.lemma) || CEASING_VERBS.has(gerundOf.lemma))) {
        p.governor = gerundOf.lemma;
        if (PLANNING_VERBS.has(gerundOf.lemma) && p.modality !== "hypothetical") p.modality = "intended";
      }
      if (p.reportedBy == null && p.modality === "reported") p.modality = "asserted";
      // "FARC rebels allegedly detonated a car bomb", "reportedly captured": what is alleged or
      // reported by someone unnamed is reported, not asserted.
      if (p.modality === "asserted" && s.words.slice(vg.first, vg.head).some((w) => HEARSAY_ADVERBS.has(w.lower))) p.modality = "reported";
      // "asked whether Iran attacked Iraq", "questions about whether …": what is asked is not asserted.
      // (Not past a comma: "Whether by accident or design, Iran attacked Iraq" asserts the attack.)
      const whether = cs[clause.first].first;
      if (s.words[whether].lower === "whether" && !s.words.slice(whether, vg.first).some((w) => w.text === ",") && (p.modality !== "intended" || vg.modalWord === "would")) p.modality = "hypothetical";
      // "Did Putin threaten NATO?", "Has Iran attacked Iraq?": what a yes-no question asks is not asserted.
      if (vg.first < yesNoQuestionEnd) p.modality = "hypothetical";
      // "If Iran attacks Iraq, …", "would retaliate if Iran attacked Kuwait": what a condition supposes has not happened.
      if (CONDITIONALS.has(s.words[whether].lower) && !s.words.slice(whether, vg.first).some((w) => w.text === ",")) p.modality = "hypothetical";
      // "is willing to send material to help defend Saudi Arabia": an infinitive that continues an
      // intended one ("to help", and the bare "defend" right after it, or after its "and": "pledged to end
      // the war and cooperate") is intended too.
      const joinedByAnd = isListJoint(s, cs[k - 1]) && !isComma(s, cs[k - 1]) && vg.first === vg.last;
      const bare = previous != null && (previous.verb.last + 1 === vg.first || joinedByAnd) && s.words[vg.head].lower === s.words[vg.head].lemma;
      if ((vg.infinitive || bare) && previous?.verb.infinitive && (previous.clauseFirst === p.clauseFirst || joinedByAnd) && previous.modality === "intended" && p.modality !== "hypothetical") p.modality = "intended";
      out.push(p);
      if (listed) listedPassives.add(p);
      previous = p;
      // A first verb with no subject ("Ousted President Akayev has agreed …", the tagger's verb read
      // for an adjective) gives way to the next finite verb that has one.
      const replaces = matrix != null && clauseSubject == null && subjectSource === "direct";
      if (!vg.infinitive && (!matrix || replaces) && !isModifyingParticiple(s, k)) {
        matrix = vg;
        clauseSubject = subject;
        if (clause.opener === "start" || clause.opener === "punct") mainSubject ??= subject;
      }
    }
  }
  return out;
}

/** Auxiliaries that open a yes-no question when they come before the subject ("Did Iran …?"). */
const QUESTION_AUXILIARIES = new Set(["do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "has", "have", "had"]);

/**
 * The word index of the question mark closing a yes-no question that opens the sentence (or its
 * quotation) with an auxiliary before a noun phrase or pronoun ("Did Putin threaten NATO?"); -1 if none.
 * Questions with a question word ("Why did Russia invade Ukraine?") take the deed as given.
 */
function yesNoQuestionEndOf(s: ChunkedSentence): number {
  const start = /^["“‘']$/.test(s.words[0]?.text ?? "") ? 1 : 0;
  const aux = s.words[start];
  const next = s.words[start + 1];
  if (!aux || !next || !QUESTION_AUXILIARIES.has(aux.lower) || !/^\p{Lu}/u.test(aux.text)) return -1;
  if (!(next.pos === "PROPN" || next.pos === "PRON" || next.pos === "DET" || next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "NUM")) return -1;
  return s.words.findIndex((w, i) => i > start && w.text === "?");
}

/** Adverbs that make a deed hearsay ("allegedly detonated", "reportedly captured"). */
const HEARSAY_ADVERBS = new Set(["allegedly", "reportedly", "purportedly", "supposedly", "reputedly"]);

/** Subordinators opening a clause of time. */
const TIME_SUBORDINATORS = new Set(["after", "before", "since", "until", "till", "when", "while", "as"]);

/** Outcomes of the clause's own deed ("struck Gaza killing ten"), said of its subject. */
const RESULT_PARTICIPLES = new Set(["kill", "wound", "injure", "leave", "cause", "force", "prompt", "spark"]);

/**
 * A bare -ing form that names an action in general: right after a verb of saying and followed by its
 * object and a finite verb ("said defeating X is …"), or after "than" ("a priority than persuading X").
 */
function genericGerund(s: ChunkedSentence, k: number): boolean {
  const vg = s.chunks[k];
  if (vg.kind !== "VG" || !bareIngForm(s, vg)) return false;
  const before = s.chunks[k - 1];
  if (before?.kind === "O" && s.words[before.last].lower === "than") return true;
  return before?.kind === "VG" && SPEECH_VERBS.has(before.lemma) && s.chunks[k + 1]?.kind === "NP" && isFiniteVerb(s, s.chunks[k + 2]);
}

/** An -ing form with at most adverbs before it ("destroying", "currently destroying"), no auxiliary. */
function bareIngForm(s: ChunkedSentence, vg: VerbGroup): boolean {
  if (vg.infinitive || !s.words[vg.head].lower.endsWith("ing")) return false;
  for (let i = vg.first; i < vg.head; i++) if (s.words[i].pos !== "ADV") return false;
  return true;
}

/** The first predication of a clause that is no infinitive: its main verb's. */
function mainPredicationOf(out: readonly Predication[], clause: Clause): Predication | undefined {
  return out.find((x) => x.chunk >= clause.first && x.chunk <= clause.last && !x.verb.infinitive);
}

/** The subject of the main verb of the clause before `clause`, if any. */
function previousSubjectOf(out: Predication[], clauses: Clause[], clause: Clause): NounPhrase | null {
  // Embedded clauses (complements, relatives, subordinates) do not lend their subject to what follows.
  for (let i = clauses.indexOf(clause) - 1; i >= 0; i--) {
    const before = clauses[i];
    if (i > 0 && ["complement", "relative", "subordinate"].includes(before.opener)) continue;
    const p = mainPredicationOf(out, before);
    if (p?.subject) return p.subject;
  }
  return null;
}

/**
 * "was killed when assailants crept into his house and stabbed him": a verb joined by a bare "and" (no
 * comma) to the active verb of a subordinate clause right before goes on with that clause's subject.
 */
function subordinateBefore(s: ChunkedSentence, out: Predication[], clauses: Clause[], clause: Clause): NounPhrase | null {
  const before = clauses[clauses.indexOf(clause) - 1];
  if (before?.opener !== "subordinate") return null;
  const and = s.chunks[clause.first];
  if (and?.kind !== "O" || s.words[and.first].lower !== "and" || s.words[and.first - 1]?.text === ",") return null;
  const verb = mainPredicationOf(out, before);
  if (!verb || verb.verb.copula || verb.verb.passive || verb.subjectSource !== "direct") return null;
  return verb.subject;
}

/**
 * The subject of the reported clause right before a coordinate `clause` ("said [the gunman left] and
 * attacked …"), if any. Only a plain active verb, in the tense a joined verb shares: after a copula,
 * a passive or a perfect ("said the sanctions were illegal and summoned …", "said the rebels had
 * withdrawn and sent troops") the joined verb goes on with the speaker.
 */
function complementBefore(out: Predication[], clauses: Clause[], clause: Clause): NounPhrase | null {
  const before = clauses[clauses.indexOf(clause) - 1];
  if (before?.opener !== "complement") return null;
  const reported = mainPredicationOf(out, before);
  if (!reported || reported.verb.copula || reported.verb.passive || reported.verb.head !== reported.verb.first) return null;
  return reported.subject;
}

/** The speaker of a "that"-complement: the subject of the verb that introduced it, if that is a speech verb or its object a noun of what is said or felt. */
function complementSpeaker(s: ChunkedSentence, so_far: Predication[]): NounPhrase | null {
  const last = so_far.at(-1);
  if (!last) return null;
  // ("made accusations that …", "voiced concern that …": one who utters what the noun's clause says.)
  const noun = last.object ? s.words[last.object.head].lemma : "";
  return SPEECH_VERBS.has(last.verb.lemma) || UTTERANCE_CONTENT_NOUNS.has(noun) || ATTITUDE_NOUNS.has(noun) ? last.subject : null;
}

/** The lemma of the verb that introduced a complement clause: the last finite verb before it. */
function governingVerb(so_far: Predication[]): string | null {
  for (let i = so_far.length - 1; i >= 0; i--) if (!so_far[i].verb.infinitive) return so_far[i].verb.lemma;
  return null;
}

/** Nouns of what is said whose that-clause, with a subject and verb of its own, says it ("accusations that Iran …"). */
const UTTERANCE_CONTENT_NOUNS = new Set(["accusation", "allegation", "claim", "charge", "report", "suggestion", "assertion", "rumour", "rumor", "speculation", "assurance"]);

/** Nouns whose that-clause states their content ("hopes that …", "concern that …"). */
const ATTITUDE_NOUNS = new Set(["hope", "concern", "fear", "belief", "confidence", "conviction", "doubt", "expectation", "optimism", "worry", "view", "regret", "satisfaction", "hopes", "concerns", "fears"]);

/** Chunk index of the first verb group of a clause. */
function firstVerbOf(cs: Chunk[], clause: Clause): number {
  for (let k = clause.first; k <= clause.last; k++) if (cs[k].kind === "VG") return k;
  return -1;
}

/** "Friday", "on Tuesday", "last week", "after four years": a phrase that only says when. */
function isTimePhrase(s: ChunkedSentence, c: Chunk | undefined): boolean {
  if (!c || c.kind !== "NP") return false;
  const head = s.words[c.head];
  // ("Late on Thursday, …": "late" alone before a time phrase.)
  // ("The following day, …": a day placed after another.)
  const relativeDay = head.lemma === "day" && c.head > c.first && RELATIVE_TIME_WORDS.has(s.words[c.head - 1].lower);
  // ("in 2009 and 2013": a phrase that is only a year.)
  const year = s.words.slice(c.first, c.last + 1).every((w) => /^(1[89]|20)\d\d$/.test(w.text) || w.pos === "CCONJ" || w.pos === "PUNCT");
  return TIME_WORDS.has(head.lower) || TIME_WORDS.has(head.lemma) || relativeDay || year || (c.first === c.last && TIME_QUALIFIERS.has(head.lower));
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/** Whether a clause starts right after a semicolon (the semicolon may be its own first chunk). */
function opensAfterSemicolon(s: ChunkedSentence, clause: Clause): boolean {
  const first = s.chunks[clause.first].first;
  return s.words[first]?.text === ";" || s.words[first - 1]?.text === ";";
}

function opensWithNeither(s: ChunkedSentence, np: NounPhrase | null): boolean {
  return np != null && (s.words[np.first].lower === "neither" || s.words[np.first - 1]?.lower === "neither");
}

// Force and threats done in words: a verb's default code of force or threat recoded where what it is
// done to, or who does it to whom, shows words, not arms ("attacked the proclamation", "Trump
// blasted Clinton", "warned of risks", "Conway defended Trump").
import type { PatternCode } from "../../resources/index.js";
import type { ChunkedSentence, NounPhrase } from "../syntax/chunk.js";
import type { Predication } from "../syntax/clauses.js";
import { partySectors, unofficial, type DocumentContext, type Party } from "./document-context.js";
import { phraseEvent } from "./nominal.js";
import { CONDUCT_NOUNS, FIGURATIVE_ATTACK_VERBS, FORCE_CODES, OPERATION_NOUNS, THREATENED_ACT_NOUNS, UTTERANCE_NOUNS, WARNING_VERBS } from "./word-lists.js";

/** Verbs of attack that are mostly words when a person does them ("Arafat blasted Israel"). */
const VERBAL_ATTACK_VERBS = new Set(["blast", "slam", "assail", "bash", "lash", "savage"]);

/** Sectors that bear arms: their people use force in fact, not in words. */
const ARMED_SECTORS = /^(MIL|COP|SPY|REB|INS|UAF|SEP|RAD)$/;

/** Whether a party bears arms (soldiers, police, intelligence, rebels, insurgents, militias, unidentified gunmen) by its sectors in the event. */
export function bearsArms(x: Party): boolean {
  return partySectors(x).some((y) => ARMED_SECTORS.test(y));
}

/** A person who bears no arms: their force is in words ("Trump attacked Clinton"). */
export function unarmedPerson(ctx: DocumentContext, x: Party): boolean {
  return ctx.isPerson(x) && !x.actor.sectors.some((y) => ARMED_SECTORS.test(y));
}

/** A code recoded for words, and the phrase naming who said or decided what was criticised, if any. */
export interface InWords {
  code: PatternCode;
  criticized: NounPhrase | null;
}

/**
 * The code of a verb's default (no pattern matched) once read as words where the sentence shows
 * them; `say` writes each recoding to the trace.
 */
export function forceInWords(s: ChunkedSentence, p: Predication, preds: readonly Predication[], ctx: DocumentContext, code: PatternCode, say: (message: string) => void): InWords {
  const head = s.words[p.verb.head];
  // "warned of hundreds of jihadists fighting in Iraq": warning of or about something, with no one
  // warned, is a pessimistic comment (012), as CAMEO 2.0's own "WARN * (OF RISK)" codes it, not a
  // threat against what is warned of.
  // A coercive act that names no other doer ("warned of sanctions against Russia", "of a military
  // operation", "of retaliation") is the warner's own, threatened, as CAMEO's "(OF RESPONSE)" 130.
  const threatenedAct = (warnedOf: NounPhrase): boolean => {
    const act = s.words[warnedOf.head];
    return ctx.partiesIn(s, warnedOf).length === 0 &&
      (THREATENED_ACT_NOUNS.has(act.lemma) || OPERATION_NOUNS.has(act.lemma) || /^(1[5-9]|20)/.test(phraseEvent(s, warnedOf)?.code ?? ""));
  };
  // So with a warning against conduct ("warns against the excesses of Wall Street"), and one whose
  // that-clause names no party ("warned that the disease cannot be contained", "that 750,000 people
  // could be hit by flooding", "that sanctions are no end in themselves": what something is, not a
  // sanction threatened); "warned that it would retaliate" is the speaker's own threat.
  const warning = code.code?.startsWith("13") && WARNING_VERBS.has(p.verb.lemma) && !p.object;
  const warnedOf = warning && p.preps[0] && /^(of|about|against)$/.test(p.preps[0].prep.lower) ? p.preps[0] : null;
  const warnedThat = warning && !warnedOf ? preds.find((q) => q.clauseOpener === "complement" && q.governor === p.verb.lemma && q.verb.first > p.verb.last && q.subject != null) : undefined;
  if (warnedOf && !threatenedAct(warnedOf.np)) {
    say(`"${head.text} ${warnedOf.prep.lower}" with no one warned: a pessimistic comment, not a threat (${code.code} → 012)`);
    code = { code: "012", reciprocal: null };
  } else if (warnedThat && ctx.partiesIn(s, warnedThat.subject!, true).length === 0 && (warnedThat.verb.copula || !threatenedAct(warnedThat.subject!))) {
    say(`"${head.text}" that "${s.words[warnedThat.subject!.head].text} …", a clause naming no party: a pessimistic comment, not a threat (${code.code} → 012)`);
    code = { code: "012", reciprocal: null };
  }
  // "Health authorities warned residents to boil their water": a warning to people of no office is
  // advice (an appeal, 020, when it says what to do), not a threat.
  const warned = code.code?.startsWith("13") && WARNING_VERBS.has(p.verb.lemma) && p.object && !p.verb.passive ? ctx.partiesIn(s, p.object, "object") : [];
  if (warned.length > 0 && warned.every(unofficial)) {
    const advice = preds.some((q) => q.verb.infinitive && q.governor === p.verb.lemma && q.verb.first > p.object!.last);
    say(`"${head.text}" people of no office: advice, not a threat (${code.code} → ${advice ? "020" : "012"})`);
    code = { code: advice ? "020" : "012", reciprocal: null };
  }
  // "Erdogan attacked the proclamation of …": force a verb's default names, done to something said
  // or decided, is criticism in words (111).
  // It is aimed at whoever said or decided it ("the proclamation of … by the President of the
  // United States"), when named.
  if (code.code && FORCE_CODES.test(code.code) && p.object && !p.verb.passive && (UTTERANCE_NOUNS.has(s.words[p.object.head].lemma) || CONDUCT_NOUNS.has(s.words[p.object.head].lemma))) {
    say(`"${head.text}" a "${s.words[p.object.head].text}": criticism in words, not force (${code.code} → 111)`);
    return { code: { code: "111", reciprocal: null }, criticized: p.preps.find((pp) => pp.prep.lower === "by")?.np ?? null };
  }
  // "Trump spent his rally attacking Clinton over a new batch of emails": a person attacked over or
  // for a matter is criticised in words; force needs no such reason named. Only by a named
  // attacker: "A mob attacked Ahmed Khan over a land dispute" is force.
  if (code.code && FORCE_CODES.test(code.code) && p.verb.lemma === "attack" && p.object && !p.verb.passive && ctx.namesPerson(s, p.object) && p.subject != null && s.words[p.subject.head].entity != null && p.preps.some((pp) => (pp.prep.lower === "over" || pp.prep.lower === "for") && pp.np.first > p.object!.last)) {
    say(`"${head.text}" a person over a matter: criticism in words, not force (${code.code} → 111)`);
    code = { code: "111", reciprocal: null };
  }
  // "He blasted Clinton as a creature of the establishment": one politician attacking another, with
  // no weapon named, attacks in words. Soldiers, police and armed groups attack in fact.
  const unarmedPersons = (np: NounPhrase | null) => {
    const parties = np ? ctx.partiesIn(s, np) : [];
    return parties.length > 0 && parties.every((x) => unarmedPerson(ctx, x));
  };
  if (code.code && FORCE_CODES.test(code.code) && FIGURATIVE_ATTACK_VERBS.has(p.verb.lemma) && !p.verb.passive && !p.preps.some((pp) => pp.prep.lower === "with") && unarmedPersons(p.object) && unarmedPersons(p.subject)) {
    say(`"${head.text}": one politician attacking another with no weapon named, criticism in words (${code.code} → 111)`);
    code = { code: "111", reciprocal: null };
  }
  // "Arafat blasted Israel": a verb mostly of words ("blast", "slam", "assail"), by an unarmed person, with
  // no weapon named, is criticism of any party that bears no arms ("Putin attacked Ukraine" stays force).
  const unarmedParties = (np: NounPhrase | null) => {
    const parties = np ? ctx.partiesIn(s, np, "object") : [];
    return parties.length > 0 && !parties.some(bearsArms);
  };
  if (code.code && FORCE_CODES.test(code.code) && VERBAL_ATTACK_VERBS.has(p.verb.lemma) && !p.verb.passive && !p.preps.some((pp) => pp.prep.lower === "with") && unarmedPersons(p.subject) && unarmedParties(p.object)) {
    say(`"${head.text}": a person blasting a party with no weapon named, criticism in words (${code.code} → 111)`);
    code = { code: "111", reciprocal: null };
  }
  // "Conway defended Trump": one unarmed person protecting another defends in words, an endorsement.
  if (code.code?.startsWith("074") && !p.verb.passive && unarmedPersons(p.object) && unarmedPersons(p.subject)) {
    say(`"${head.text}": one person defending another in words, an endorsement (${code.code} → 051)`);
    code = { code: "051", reciprocal: null };
  }
  return { code, criticized: null };
}

// Predications that tell of no deed of their own: what is asked for or wished of another, what a
// negated verb would have led to, what a permission allows, an accident's toll. The coder skips them.
import { phraseText, type ChunkedSentence, type NounPhrase, type Word } from "../syntax/chunk.js";
import type { Predication } from "../syntax/clauses.js";
import { DIRECTIVE_VERBS, DURATION_UNITS, INTENT_VERBS, PERMITTING_VERBS, TIME_WORDS } from "../syntax/lexicon.js";
import { ACCIDENT_VERBS, ADVOCACY_VERBS, ALLEGING_VERBS, DEMAND_NOUNS, DESIRE_VERBS, FACTUAL_THAT_DIRECTIVES, INSTRUCTING_VERBS, POTENTIAL_NOUNS } from "./word-lists.js";

/**
 * Why a predication did not happen as a deed of its own, for the trace, or null when it may have.
 * `spelledNegation`: the verb's own pattern spells out a negation ("WON'T TRY TO"), which it codes.
 */
export function unrealised(s: ChunkedSentence, p: Predication, preds: readonly Predication[], spelledNegation: boolean): string | null {
  const head = s.words[p.verb.head];
  // "The jetliner crashed into the ocean, killing all 228 people on board": what an accident's
  // participle says is its toll, nobody's deed. Not when someone crashed or sank something ("the
  // navy sank the boat, killing three fishermen"): that is a deed.
  const accident = p.subjectSource === "participle" && preds.some((q) => q !== p && q.verb.last < p.verb.first && q.subject === p.subject && ACCIDENT_VERBS.has(q.verb.lemma) && q.object == null);
  if (accident) return `the toll of an accident ("${head.text}"), not a deed: not coded`;
  // "urged Iraq to attack Turkey", "called on Gondor to release …": what is asked for has not
  // happened; the appeal or demand is the event.
  // So with "told airlines not to buy …", "instructed troops to …", when someone is told.
  // And with "wanted Trump to step aside", "expects Iran to comply": a wish that someone else act.
  const toldSomeone = p.governor != null && (INSTRUCTING_VERBS.has(p.governor) || DESIRE_VERBS.has(p.governor)) && preds.some((q) => q !== p && q.verb.lemma === p.governor && q.object != null && q.verb.last < p.verb.first);
  if (p.verb.infinitive && p.governor != null && (DIRECTIVE_VERBS.has(p.governor) || toldSomeone) && !selfDirected(p, preds)) return `asked for ("${p.governor}" + to), not done: not coded`;
  // "Iran did not agree to meet Iraq": what a negated verb would have led to is not intended; the
  // negated verb codes the refusal.
  const governing = p.verb.infinitive && p.governor != null ? preds.find((q) => q !== p && q.verb.lemma === p.governor && q.verb.last < p.verb.first && q.clauseFirst === p.clauseFirst) : undefined;
  if (governing?.negated && !spelledNegation) return `under negated "${s.words[governing.verb.head].text}": not coded`;
  // "petitions calling for Mr Suarez to resign": nor when the doer is whom a call is for or on.
  const callFor = p.verb.infinitive && p.subjectSource === "infinitive" && p.subject ? preds.find((q) => q !== p && (DIRECTIVE_VERBS.has(q.verb.lemma) || ADVOCACY_VERBS.has(q.verb.lemma)) && q.preps.some((pp) => pp.np === p.subject)) : undefined;
  if (callFor) return `asked for ("${callFor.verb.lemma} ${callFor.preps.find((pp) => pp.np === p.subject)!.prep.lower} … to"), not done: not coded`;
  // "defended the right of Russian troops to fire on militants", "has the power to veto": an
  // infinitive after a noun of permission or ability says what may be done, not what was done.
  const before = s.chunks[p.chunk - 1];
  const potential = before?.kind === "NP" ? s.words[before.head] : null;
  if (before?.kind === "NP" && p.verb.infinitive && potential && potential.pos === "NOUN" && potential.lower === potential.lemma && POTENTIAL_NOUNS.has(potential.lemma)) return `"${head.text}" is what "${phraseText(s, before)}" allows, not done: not coded`;
  // "allowed inspectors to visit the site", "Boeing (was) allowed to bid": what a permission allows
  // has not happened; the permission is the event.
  if (p.verb.infinitive && p.governor != null && PERMITTING_VERBS.has(p.governor)) return `"${head.text}" allowed ("${p.governor}" + to), not done: not coded`;
  // "was unable to attack Iraq", "is able to strike": what one can or cannot do is not done.
  if (p.verb.infinitive && p.governor != null && ABILITY_WORDS.has(p.governor)) return `"${head.text}" after "${p.governor}": what can or cannot be done, not done: not coded`;
  // So with "is capable of attacking".
  const capable = s.words[p.verb.first - 2];
  if (head.lower.endsWith("ing") && s.words[p.verb.first - 1]?.lower === "of" && capable && ABILITY_WORDS.has(capable.lower)) return `"${head.text}" after "${capable.text} of": what can or cannot be done, not done: not coded`;
  // "denied that it attacked Iraq", "refuted claims that …", "rejected accusations that …": what a
  // denial's that-clause says is denied.
  if (p.clauseOpener === "complement" && p.governor != null && DENYING_VERBS.has(p.governor)) return `"${head.text}" in what "${p.governor}" denies: not coded`;
  // "denied attacking Iraq", "refrained from attacking", "prevented Iran from attacking", "stopped short
  // of attacking": what a verb of denial, avoidance or prevention governs as its gerund did not happen.
  const withheld = gerundGovernor(s, p, preds, withholds);
  if (withheld) return `"${head.text}" under "${s.words[withheld.verb.head].text}": denied, avoided or prevented, not done: not coded`;
  // "demanded that Hamas renounce its armed struggle", "reiterated its demand that Israel ease
  // restrictions": what a that-clause asks for is the content of the demand, coded with it.
  if (askedFor(s, p, preds)) return `asked for in a that-clause of "${p.governor}", not done: not coded`;
  return null;
}

/** Whether `p` is a gerund alleged by a verb of accusation ("Iran was accused of attacking Iraq"): reported, not asserted. */
export function alleged(s: ChunkedSentence, p: Predication, preds: readonly Predication[]): boolean {
  return gerundGovernor(s, p, preds, (q, before) => (before === "of" || before === "for") && ALLEGING_VERBS.has(q.verb.lemma)) !== undefined;
}

/** Words before an infinitive that say whether it can be done ("was unable to attack", "is able to strike"). */
const ABILITY_WORDS = new Set(["able", "unable", "capable", "incapable", "powerless"]);
/** Verbs whose that-clause is denied ("denied that it attacked Iraq"). */
const DENYING_VERBS = new Set(["deny", "refute", "dispute", "reject", "dismiss"]);

/** Verbs whose gerund did not happen ("denied attacking", "refrained from", "prevented … from"). */
const WITHHOLDING_VERBS = new Set(["deny", "refrain", "avoid", "abstain", "prevent", "forbid", "prohibit", "bar", "ban", "block", "deter", "dissuade"]);

/**
 * The earlier verb whose gerund `p` (a bare -ing form) is, with no verb or comma between, that
 * `accepts` takes; `before` is the word right before the gerund.
 */
function gerundGovernor(s: ChunkedSentence, p: Predication, preds: readonly Predication[], accepts: (q: Predication, before: string | undefined, between: readonly Word[]) => boolean): Predication | undefined {
  if (p.verb.first !== p.verb.head || !s.words[p.verb.head].lower.endsWith("ing")) return undefined;
  const before = s.words[p.verb.first - 1]?.lower;
  return preds.find((q) => {
    if (q === p || q.verb.last >= p.verb.first) return false;
    const between = s.words.slice(q.verb.last + 1, p.verb.first);
    return !between.some((w) => w.pos === "VERB" || w.pos === "AUX" || w.text === "," || w.text === ";") && accepts(q, before, between);
  });
}

/** Whether `q` denies, avoids or prevents the gerund after it: right after the verb, or after "from" / "of" ("refrained from", "stopped short of", "prevented Iran from", "ruled out"). */
function withholds(q: Predication, before: string | undefined, between: readonly Word[]): boolean {
  const adjacent = between.length === 0 || before === "from" || before === "of" || (between.length === 1 && before === "out");
  if (!adjacent) return false;
  const particle = between[0]?.lower;
  // ("ruled out attacking": "out" after the verb, or ending its group.)
  const ruledOut = q.verb.lemma === "rule" && (particle === "out" || before === "out");
  return WITHHOLDING_VERBS.has(q.verb.lemma) || (q.verb.lemma === "stop" && (particle === "short" || before === "from")) || ruledOut;
}

/**
 * Whether a that-clause says what is demanded, urged or proposed: the complement of a directive verb
 * ("demanded that Sudan return …") or of a verb whose object is a demand noun ("reiterated its
 * demand that Israel ease …").
 */
function askedFor(s: ChunkedSentence, p: Predication, preds: readonly Predication[], depth = 0): boolean {
  if (p.clauseOpener !== "complement" || p.governor == null || depth > 3) return false;
  const governing = preds.find((q) => q !== p && q.verb.lemma === p.governor && q.verb.last < p.verb.first);
  // "demanded that its partners refuse to recognize X": an infinitive inside what is asked for is asked for too.
  if (p.verb.infinitive) return !!governing && askedFor(s, governing, preds, depth + 1);
  if (DIRECTIVE_VERBS.has(p.governor) && !FACTUAL_THAT_DIRECTIVES.has(p.governor)) return true;
  const object = governing?.object;
  if (!object || object.last >= p.verb.first || !DEMAND_NOUNS.has(s.words[object.head].lemma)) return false;
  // "its demand today that …": a time phrase may stand between the noun and its that-clause.
  let next = object.last + 1;
  const time = s.chunks.find((c): c is NounPhrase => c.kind === "NP" && c.first === next);
  if (time && saysWhen(s.words[time.head])) next = time.last + 1;
  return s.words[next]?.lower === "that";
}

/** Whether a phrase headed by this word only says when ("Monday", "the day before", "two hours later"). */
export function saysWhen(w: { lower: string; lemma: string }): boolean {
  return TIME_WORDS.has(w.lower) || TIME_WORDS.has(w.lemma) || DURATION_UNITS.has(w.lemma);
}

/**
 * "Iran proposed to meet Iraq": an intent verb whose infinitive's doer is the one who proposes,
 * coded as an intent by the stance rules (not "urged Iraq to …", nor "asked to meet": a request).
 */
function selfDirected(p: Predication, preds: readonly Predication[]): boolean {
  if (p.governor === null || !INTENT_VERBS.has(p.governor)) return false;
  let governing: Predication | undefined;
  for (const q of preds) if (q !== p && q.verb.lemma === p.governor && q.verb.last < p.verb.first) governing = q;
  return !!governing && !!governing.subject && !!p.subject && governing.subject.first === p.subject.first && !governing.object;
}


// The event coder: who did what to whom, from predications (shallow syntax) and the CAMEO verb
// patterns, plus nominal events and PETRARCH's reported-speech transformations. Every event keeps
// its evidence spans, the rule that coded it and a trace of why, for `sitrep explain`.
import type { Actor, Document, Event, Modality } from "../../model/schema.js";
import {
  createPhraseMatcher,
  tokenKey,
  type CameoCodeInfo,
  type DiscardEntry,
  type PatternCode,
  type PatternElement,
  type VerbBlock,
  type PhraseMatcher,
  type VerbIndex,
  type VerbRef,
  type VerbPattern,
} from "../../resources/index.js";
import { chunkDocument, phraseText, type ChunkedSentence, type NounPhrase, type VerbGroup, type Word } from "../syntax/chunk.js";
import type { Predication } from "../syntax/clauses.js";
import { ADDRESSEE_VERBS, CEASING_VERBS, DOING_VERBS, EFFORT_NOUNS, FACILITY_NOUNS, INTENT_VERBS, FAILURE_VERBS, FINDING_VERBS, JUDGING_VERBS, LIGHT_VERBS, MEANS_NOUNS, NAMING_VERBS, NEGATORS, OBLIGATION_MODALS, PATIENT_SUBJECT_VERBS, PEOPLE_NOUNS, PHRASAL_PARTICLES, PREPOSITIONAL_PARTICIPLES, QUANTITY_NOUNS, REASON_PREPOSITIONS, REFUSAL_VERBS, RELATIVE_PRONOUNS, SPEECH_VERBS, THREAT_VERBS, TIME_WORDS, TO_PREPOSITION_PARTICIPLES, VERB_PARTICLES } from "../syntax/lexicon.js";
import { matchPatterns, type PatternMatch, type RegionWord } from "./matcher.js";
import { nominalEvent, phraseEvent, type NominalEvent } from "./nominal.js";
import { alleged, saysWhen, unrealised } from "./unrealised.js";
import { bearsArms, forceInWords, unarmedPerson } from "./force-in-words.js";
import { appealCode, isStanceCode, stanceCode, type Stance } from "./stance.js";
import { DocumentContext, partySectors, unofficial, type Party } from "./document-context.js";
import { SportsReportDetector } from "./sports-report.js";
import {
  ARMED_GROUP_SECTORS,
  ARMED_GROUP_WORDS,
  ACCIDENT_VERBS,
  ARRIVAL_VERBS,
  ATTEMPT_VERBS,
  BELIEF_VERBS,
  COMPLAINT_VERBS,
  CONTEST_VERBS,
  NON_STATE_SECTOR_CODES,
  VENUE_CODES,
  singular,
  CIRCUMSTANCE_PREPOSITIONS,
  CONDITIONAL_SUBORDINATORS,
  DEPARTURE_VERBS,
  DOCUMENT_NOUNS,
  EVIDENCE_NOUNS,
  EFFORT_VERBS,
  LOCATIVE_PREPOSITIONS,
  MOVEMENT_PREPOSITIONS,
  SETTLEMENT_NOUNS,
  STOPPING_VERBS,
  OFFICE_VERBS,
  OPERATION_NOUNS,
  SUFFERED_EVENT_NOUNS,
  UTTERANCE_NOUNS,
  GATHERING_NOUNS,
  CONTROL_VERBS,
  GIVING_VERBS,
  GENERAL_TAKING_VERBS,
  GATHERING_VERBS,
  RECOGNIZING_VERBS,
  ALLEGING_VERBS,
  DEMAND_NOUNS,
  INDICATING_VERBS,
  INFORMATION_NOUNS,
  VENUE_NOUNS,
  PLACE_NOUNS,
  CAPTURING_VERBS,
  WITHHOLDING_NOUNS,
  CHANNEL_PREPOSITIONS,
  NATURAL_EVENT_NOUNS,
  STANDARD_NOUNS,
  SUPPORTING_VERBS,
  RETURNING_VERBS,
  TAKING_VERBS,
  WITHDRAWING_VERBS,
  SYMMETRIC_VERBS,
  JOINT_INSTRUMENT_NOUNS,
  VEHICLE_WORDS,
  EVALUATING_VERBS,
  EXAMINING_VERBS,
  PLANNING_VERBS,
  COUNT_LEAD_VERBS,
  FORCE_CODES,
  COMBAT_NOUNS,
  PROPOSED_NOUNS,
  CONDEMNING_WORDS,
  PRAISING_WORDS,
  DESCRIBING_VERBS,
  CLAIMING_VERBS,
  RESPONSIBILITY_NOUNS,
  ARREST_VERBS,
  DEED_JUDGING_VERBS,
} from "./word-lists.js";

export interface CoderResources {
  verbs: VerbIndex;
  cameoInfo: (code: string) => CameoCodeInfo | null;
  discards: readonly DiscardEntry[];
  /**
   * Apply CAMEO's coding rules that rewrite codes (promised, demanded, refused or threatened events
   * under 03/10/12/13; negated cooperation as rejection). Off for dictionaries in other code schemes
   * (see usesCameoCodes); default on.
   */
  cameoRules?: boolean;
  /** Sectors of armed non-state groups: supporting them, as reported by someone, is an accusation. */
  armedGroupSectors?: ReadonlySet<string>;
  /**
   * Events whose source is coded but whose target is not. true (PETRARCH's require_dyad): never
   * coded; false: all coded with no target; unset (sitrep's default): see codeMonadic.
   */
  requireDyad?: boolean;
  /**
   * A town or city that suffers or receives an event is coded as its country's civilians ("shelled
   * Juba" → SDNCVL), as PLOVER's coders do; false codes it as the country, as PETRARCH does. Default on.
   */
  placesAsCivilians?: boolean;
  /**
   * PETRARCH's new_actor_length: a noun phrase in an actor's place that names no coded actor and has
   * at most this many words is coded as its own upper-cased text in quotes ("THE MINISTRY OF MAGIC").
   * 0 or unset (sitrep's default): never.
   */
  newActorLength?: number;
}

/** An event whose source is coded but whose target is not. */
interface Monadic {
  p: Predication;
  sources: Party[];
  code: string;
  modality: Modality;
  negated: boolean;
  rule: string;
  confidence: number;
  say: (message: string) => void;
  /** A light verb ("take", "make") coded only by its block's default. */
  light?: boolean;
  /** An agentless passive whose subject does the event ("were demobilized"). */
  patientDoer?: boolean;
}

/**
 * CAMEO codes of events that stand without a recipient: a specific promise (03xx), a promise to
 * yield (034: "agreed to resign"), yielding (08),
 * rejecting (12), threatening (13), protest (14), force posture (15), cutting relations (16), coercion
 * (17) and violence (18–20). Statements, appeals, consultations, cooperation, aid, investigation,
 * demands and disapproval name whom they address, and without one are mostly misread verbs.
 */
const ONE_SIDED = /^(03\d\d|034|08|1[2-9]|20)/;

/** Verbs by which an authority tells people to go, and the going ("asked the diplomat to leave": an expulsion, 174). */
const EXPELLING_VERBS = new Set(["ask", "order", "tell", "instruct", "direct", "give"]);
const LEAVING_VERBS = new Set(["leave", "quit", "depart"]);

/** Verbs of declining, and the sayings one declines to make ("decline comment"); not answering or responding, which may reject a demand. */
const DECLINING_VERBS = new Set(["decline", "refuse"]);
const COMMENTING_VERBS = new Set(["comment", "say", "elaborate", "discuss", "disclose", "confirm", "speculate", "specify", "reveal", "identify", "name", "give"]);
/** A token that is only quotation marks (straight, curly or TeX-style). */
const QUOTE_MARK = /^['"`\u2018\u2019\u201c\u201d]+$/;
/** Tags of words that head or are a noun phrase. */
const NOMINAL_TAGS = new Set(["NOUN", "PROPN", "NUM", "PRON"]);
/** Sectors of those in office or in established politics, who do not take to the streets against no one. */
const ESTABLISHED_SECTORS = /^(GOV|ELI|LEG|PTY)$/;
/** Private people: a group whose only sector is civilian ("tourists", "voters"). */
const privatePeople = (x: Party): boolean => x.actor.sectors.length > 0 && x.actor.sectors.every((y) => y === "CVL");
/** Working people who can go on strike: workers, teachers and students, health workers, farmers. */
const workers = (x: Party): boolean => {
  const sectors = partySectors(x);
  return sectors.length > 0 && sectors.every((y) => WORKING_SECTORS.has(y));
};
const WORKING_SECTORS = new Set(["LAB", "EDU", "HLH", "AGR"]);
/** Whether a verb form is the simple present ("control", "controls"), not a past form or participle. */
function presentSimple(w: Word): boolean {
  return w.lower === w.lemma || w.lower === `${w.lemma}s` || w.lower === `${w.lemma}es` || (w.lemma.endsWith("y") && w.lower === `${w.lemma.slice(0, -1)}ies`);
}
/** The political acts of people of no office: threats, protests and strikes, violence (13, 14, 18–20). */
const PRIVATE_PEOPLES_ACTS = /^(1[34]|1[89]|20)/;
/** Verbs of going to a place or person, whose 04 codes are visits. */
const VISIT_VERBS = new Set(["visit", "attend", "travel", "tour", "go", "come", "arrive", "head", "fly"]);

/** A person in office or established politics, whose rally at home is a campaign, not a protest. */
const establishedPerson = (ctx: DocumentContext, x: Party): boolean => ctx.isPerson(x) && x.actor.sectors.length > 0 && x.actor.sectors.every((y) => ESTABLISHED_SECTORS.test(y));
/** Modifiers that make an event noun a possibility ("a possible attack", "a potential strike"). */
const POSSIBLE_WORDS = new Set(["possible", "potential", "feared", "likely", "imminent", "hypothetical", "would-be"]);
/** Nouns whose of-phrase names an event that may come ("fears of an attack", "the threat of an invasion"). */
const FEARED_NOUNS = new Set(["fear", "threat", "risk", "possibility", "prospect", "danger", "spectre", "specter", "likelihood", "chance", "warning", "rumour", "rumor"]);
/** Verbs of a blow, literal or figurative ("hit with sanctions", "struck by the news"). */
const BLOW_VERBS = new Set(["hit", "strike", "slam", "rock", "batter", "pound"]);
/** Prepositions naming whom a shown feeling is aimed at ("demonstrated their anger at Israel"). */
const AIMED_PREPOSITIONS = new Set(["at", "against", "over", "toward", "towards", "for"]);
/** Codes of what authorities do to people in their territory: investigation, force posture, cutting ties, coercion (arrests, bans), torture. */
const AUTHORITY_CODES = /^(09|1[5-7]|1822)/;
/** Prepositions of what is fired at ("fired on protesters", "fired at the convoy"). */
const FIRED_AT = new Set(["at", "on", "upon", "into", "toward", "towards"]);

/** Clause openers of main clauses and their complements (not relative, participle or subordinate clauses; see clauses.ts). */
const MAIN_CLAUSE = new Set<string>(["start", "coordinate", "resume", "complement"]);

/** One step of the reasoning behind an event or a non-event, for `sitrep explain`. */
export interface TraceLine {
  sentence: number;
  verb: string | null;
  message: string;
}

export interface CodingResult {
  events: Event[];
  trace: TraceLine[];
  /** Why the whole story was not coded ("contains … (Phoenix discard list)", "reads as a sports report …"). */
  discarded: string | null;
}

/** The code a verb carries in its clause, and the rule that gave it. */
interface VerbCoding {
  block: VerbBlock;
  match: PatternMatch | null;
  code: PatternCode;
  rule: string;
  /** The dictionary verb is one word ("take", not "take over"). */
  single: boolean;
  /** The matched pattern was written for other verbs of its block (see writtenForOthers). */
  borrowed: boolean;
}

/** Prepositions whose phrase says only amid what something happened ("during protests", "amid clashes"). */
const CIRCUMSTANCE_ONLY_PREPOSITIONS = new Set(["during", "amid", "amidst"]);

/** Verbs of giving something up, whose negation keeps it ("would never renounce the use of force"). */
const RENOUNCING_VERBS = new Set(["renounce", "forswear", "abandon", "exclude", "abjure"]);

/** Verbs of answering, whose "with" phrase may name the deed they answer with ("responded with air strikes"). */
const ANSWERING_VERBS = new Set(["respond", "react", "reply", "answer", "retaliate", "hit"]);

/** Heads of phrases naming a crowd of protesters ("protesters", "an angry mob"). */
const PROTEST_CROWD_NOUNS = new Set(["protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter", "rioters", "mob", "mobs", "crowd", "crowds", "marchers"]);

/** Verbs of fighting that, between protesters and police, make a riot ("clashed with", "battled", "threw rocks at"). */
const RIOT_VERBS = new Set(["clash", "battle", "fight", "throw", "hurl", "stone", "scuffle", "brawl", "skirmish"]);

/** Those who protest: people of no office and the opposition, not armed groups. */
function protester(x: Party): boolean {
  return unofficial(x) || partySectors(x).includes("OPP");
}

/** Those who police protests: police and the authorities (not the army, whose clashes are fighting). */
function policing(x: Party): boolean {
  const sectors = partySectors(x);
  return sectors.length > 0 && sectors.every((y) => y === "COP" || y === "GOV");
}

/** Verbs whose passive participle gives a thing's purpose ("talks aimed at …", "a plan designed to …"). */
const PURPOSE_VERBS = new Set(["aim", "design", "intend", "mean", "gear"]);

/** What one takes up by taking office ("took office", "assumed the presidency"); not power, which a coup seizes. */
const POST_NOUNS = new Set(["office", "post", "position", "helm", "reins", "presidency", "premiership", "chairmanship", "seat", "oath"]);

/** Curfews, states of emergency and martial law, imposed or threatened (1723/1724, 1323/1324): measures a state takes at home. */
const DOMESTIC_MEASURE_CODES = /^1[37]2[34]$/;

/**
 * Events whose target town or city stands for its people: aid (07), easing (08), threats (13), force
 * (15, 17–20), and aid cut or sanctions (162, 163); not diplomatic relations reduced, talks halted or
 * envoys expelled, which are between states ("recalled its ambassador from Kabul" is from Afghanistan).
 */
const PEOPLE_OF_PLACE_CODES = /^(07|08|13|15|16[23]|17|18|19|20)/;

/**
 * Phoenix also discards sentences that mention years or "… years later/ago", to keep background out
 * of its daily data. sitrep keeps historical background events (they get their own dates), so those
 * temporal discards are not applied; the topical ones (sports, entertainment) are.
 */
export function isTemporalDiscard(d: DiscardEntry): boolean {
  return /^\d{4}$/.test(d.phrase) || /\b(later|ago|earlier)$/.test(d.phrase);
}

/** Compile the discard phrases once. */
export function createDiscardMatcher(discards: readonly DiscardEntry[]): PhraseMatcher<DiscardEntry> {
  return createPhraseMatcher(discards.filter((d) => !isTemporalDiscard(d)).map((d) => [d.phrase, d] as const));
}

export class EventCoder {
  private readonly discardMatcher: PhraseMatcher<DiscardEntry>;
  private readonly sports = new SportsReportDetector();
  /** The text of the document being coded (set by `code`; besides these, the coder keeps only the verb-entry memo of the sentence being coded). */
  private text = "";
  /** Token keys of the document being coded, by token index (set by `code`). */
  private keys: readonly string[] = [];
  /** The verb entries found at each word of the sentence `refsSentence` (see verbRefsAt). */
  private refsSentence: ChunkedSentence | null = null;
  private readonly refsAt = new Map<number, VerbRef[]>();
  /** Chunks of the sentence being coded whose event noun gave a passive verb its doer ("killed in a PKK attack"): that noun is the same deed. */
  private readonly meansOfDeeds = new Set<number>();

  constructor(private readonly r: CoderResources) {
    this.discardMatcher = createDiscardMatcher(r.discards);
  }

  /** Code every sentence of a document (pure). */
  code(doc: Document): CodingResult {
    this.text = doc.text;
    const trace: TraceLine[] = [];
    const keys = (doc.tokens ?? []).map((t) => tokenKey(doc.text.slice(t.start, t.end)));
    this.keys = keys;
    this.refsSentence = null;
    const discardedSentences = new Set<number>();
    const phrase = this.findDiscards(doc, keys, discardedSentences);
    const storyDiscard = phrase ? `contains "${phrase}" (Phoenix discard list)` : this.sports.reason(doc.text, keys);
    if (storyDiscard) {
      trace.push({ sentence: -1, verb: null, message: `story discarded: ${storyDiscard}` });
      return { events: [], trace, discarded: storyDiscard };
    }
    const ctx = new DocumentContext(doc, this.r.newActorLength ?? 0);
    const events: Event[] = [];
    for (const s of chunkDocument(doc)) {
      if (discardedSentences.has(s.index)) {
        trace.push({ sentence: s.index, verb: null, message: "sentence discarded (Phoenix discard list)" });
        continue;
      }
      const before = events.length;
      // Every trace line codeSentence writes is about this sentence: counting new lines is counting its lines.
      const lines = trace.length;
      this.codeSentence(s, ctx, events, trace);
      if (events.length === before && trace.length === lines) trace.push({ sentence: s.index, verb: null, message: "no verb group with a coded actor" });
    }
    return { events: dedupe(withoutCommerce(events, trace)), trace, discarded: null };
  }

  private findDiscards(doc: Document, keys: string[], sentences: Set<number>): string | null {
    const tokens = doc.tokens ?? [];
    for (let i = 0; i < keys.length; i++) {
      const m = this.discardMatcher.matchAt(keys, i);
      if (!m) continue;
      const d = m.values[0];
      if (d.scope === "story") return d.phrase;
      const at = tokens[i].start;
      const s = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
      if (s >= 0) sentences.add(s);
      i = m.end - 1;
    }
    return null;
  }

  private codeSentence(s: ChunkedSentence, ctx: DocumentContext, out: Event[], trace: TraceLine[]): void {
    const preds = ctx.predicationsOf(s);
    const region = this.regionWords(s, ctx);
    const usedNps = new Set<number>();
    this.meansOfDeeds.clear();
    // "according to the police" is a preposition naming who says so, not the verb "accord" (grant).
    const codings = preds.map((p) => (p.verb.copula || (TO_PREPOSITION_PARTICIPLES.has(s.words[p.verb.head].lower) && s.words[p.verb.head + 1]?.lower === "to") ? null : this.verbCoding(s, p, region, preds)));
    const start = out.length;
    const monadic: Monadic[] = [];
    /** Agentless passives of violence, their victims in `sources`. */
    const agentless: Monadic[] = [];
    /** Generic threats, demands, refusals ("threatened", 130) that took their target from their infinitive. */
    const generic: { verb: number; infinitive: number; root: string }[] = [];
    preds.forEach((p, i) => {
      const head = s.words[p.verb.head];
      const say = sayer(trace, s.index, head.text);
      if (p.verb.copula) {
        this.transformJudgement(s, p, ctx, out, say);
        return;
      }
      const spelled = codings[i]?.match;
      const notDone = unrealised(s, p, preds, !!spelled && patternNegates(spelled.pattern.elements));
      if (notDone) {
        say(notDone);
        if (this.r.cameoRules !== false && codings[i]) this.deniedDeed(s, p, preds, ctx, out, say);
        return;
      }
      // "Russia said Sudan must return the helicopter": what a speaker says another must do is a demand.
      if (this.r.cameoRules !== false && this.obligation(s, p, preds, codings, ctx, out, say)) return;
      if (this.r.cameoRules !== false && this.priceThreat(s, p, ctx, out, say)) return;
      if (this.r.cameoRules !== false && this.forceKept(s, p, preds, ctx, out, say)) return;
      const coding = codings[i];
      if (!coding) {
        this.transformUncoded(s, p, ctx, out, say);
        return;
      }
      const { block } = coding;
      let match = coding.match;
      let rule = coding.rule;
      let code = coding.code;
      // "mounted an invasion of", "launched an offensive", "speeded up the withdrawal of": a verb of
      // doing that the dictionary leaves uncoded, with an event noun as its object, does the event the
      // noun names (not a verb whose subject undergoes it: "survived the attack").
      // (So when a pattern matched only a modifier of that noun: "carried out a drone strike" matched
      // UTILIZE's "* &AIRCRAFT" [090] on "drone"; the strike is what was carried out.)
      // "Israel responded with air strikes on Hamas targets": so does a verb of answering with the event
      // its "with" phrase names.
      const answer = !p.verb.passive && ANSWERING_VERBS.has(p.verb.lemma) ? p.preps.find((pp) => pp.prep.lower === "with" && s.words.indexOf(pp.prep) === p.verb.last + 1) : undefined;
      const eventPhrase = p.object && !p.verb.passive && DOING_VERBS.has(p.verb.lemma) ? p.object : answer?.np ?? null;
      const eventDone = eventPhrase ? phraseEvent(s, eventPhrase) : null;
      const besideTheNoun = match != null && eventDone != null && !match.pattern.text.toUpperCase().split(/[^A-Z]+/).includes(s.words[eventPhrase!.head].lemma.toUpperCase()) && (match.pattern.code.code ?? "").slice(0, 2) !== eventDone.code.slice(0, 2);
      let light = ((!code.code && !code.reciprocal && !match) || besideTheNoun) && !PREPOSITIONAL_PARTICIPLES.has(head.lower) ? eventDone : null;
      if (light?.needsPreposition && !p.preps.some((pp) => light!.targets.includes(pp.prep.lower))) light = null;
      if (light) {
        code = { code: light.code, reciprocal: null };
        rule = `light-verb:${light.noun}`;
        if (besideTheNoun) match = null;
        say(besideTheNoun ? `pattern ${coding.match!.pattern.id} "${coding.match!.pattern.text}" matched beside the event noun: the event of its object "${s.words[eventPhrase!.head].text}" (${light.code})` : `verb block ${block.name} has no code of its own: the event of "${s.words[eventPhrase!.head].text}" (${light.code})`);
      }
      // "called him crooked", "described Putin as dangerous": a judgement given to the object named or
      // described criticizes or praises it (not a mere naming, nor a statement, 010).
      // (The tagger may take an adjective after a name into its phrase: "called [Obama crooked]".)
      const lastOfObject = p.object && p.object.last > p.object.first ? s.words[p.object.last] : null;
      const trailing = lastOfObject && lastOfObject.pos !== "NOUN" && lastOfObject.pos !== "PROPN" && CONDEMNING_WORDS.has(lastOfObject.lower) ? { lemma: lastOfObject.lower, index: p.object!.last } : null;
      const judgement = !match && p.object && !p.verb.passive && (NAMING_VERBS.has(p.verb.lemma) || DESCRIBING_VERBS.has(p.verb.lemma)) ? (judgementAfter(s, p.object.last + 1) ?? trailing) : null;
      if (judgement) {
        const judged = CONDEMNING_WORDS.has(judgement.lemma) ? "111" : "051";
        if (code.code !== judged) say(`"${head.text}" ${phraseText(s, p.object!)} ${judgement.lemma}: ${judged === "111" ? "criticism" : "praise"} (${code.code ?? "no code"} → ${judged})`);
        code = { code: judged, reciprocal: null };
        rule = `${rule}+judgement(${judgement.lemma})`;
      }
      const reading = judgement ? null : this.nonEventReading(s, p, !!match, ctx);
      if (reading) {
        say(`"${head.text}": ${reading}, not an event`);
        return;
      }
      // "Jacques Chirac died at home in Paris": the subject of "die" underwent it; only a pattern that
      // says how ("died in clashes", "died after an assault") makes an event of it.
      if (!match && PATIENT_SUBJECT_VERBS.has(p.verb.lemma)) {
        say(`"${head.text}": its subject underwent it, and no pattern says at whose hands: not coded`);
        return;
      }
      if (!code.code && !code.reciprocal) {
        say(match ? `pattern ${match.pattern.id} "${match.pattern.text}" blocks coding` : `verb block ${block.name} has no default code and no pattern matched`);
        this.transformUncoded(s, p, ctx, out, say);
        return;
      }
      let criticized: NounPhrase | null = null;
      if (!match) ({ code, criticized } = forceInWords(s, p, preds, ctx, code, say));
      // "Reuters reported Monday's attack": a verb of saying whose object names violence reports it;
      // its subject did not commit it.
      // So with a verb that is by its block a statement ("China's control of firearms is often cited as a
      // reason for knife attacks"; "Iran cited the attack on Iraq" is no attack by Iran).
      // (Not one who answers with violence: "responded with air strikes".)
      if (code.code && FORCE_CODES.test(code.code) && this.states(s, p) && !(light && answer)) {
        say(`"${head.text}" reports violence (${code.code}); its speaker is not the one who used it: not coded`);
        return;
      }
      // "have been struggling to censor", "fought to keep their jobs": a verb of effort before its own
      // infinitive means trying to do that; by its block's default it is no fighting of its own.
      if (!match && code.code && FORCE_CODES.test(code.code) && EFFORT_VERBS.has(p.verb.lemma) && preds.some((q) => q.verb.infinitive && q.governor === p.verb.lemma && q.clauseFirst === p.clauseFirst && q.verb.first === p.verb.last + 1)) {
        say(`"${head.text}" before its infinitive is an effort, not force: not coded`);
        return;
      }
      // Participants.
      // A "%" slot is a compound actor: before the verb it is the source ("% HAVE *", coded member to
      // member), after it the target ("* WITH %").
      const compound = match?.binding.compound ?? null;
      const compoundFirst = compound != null && compound < p.chunk;
      // "NOTED + *": a pattern that makes the verb's own subject its target leaves the doer to the one
      // who reports it ("Falastur noted that Cirith Ungol regretted …"), if anyone does.
      const subjectTargeted = match?.binding.target != null && match.binding.source == null && p.subject != null && s.chunks[match.binding.target] === p.subject;
      // "The couple were found dead by West Virginia authorities": whoever found the dead did not kill them.
      const finder = p.verb.passive && FINDING_VERBS.has(p.verb.lemma) && FORCE_CODES.test(code.code ?? "");
      if (finder) say(`"${head.text}" dead: who found them is not who killed them`);
      const source = finder
        ? []
        : subjectTargeted
        ? p.reportedBy ? ctx.partiesIn(s, p.reportedBy, true) : []
        : this.sourceOf(s, p, ctx, match?.binding.source ?? (compoundFirst ? compound : null), say, { patterned: !!match, placeDoers: AUTHORITY_CODES.test(code.code ?? code.reciprocal ?? ""), preds });
      if (subjectTargeted) say(`pattern ${match!.pattern.id} makes the subject its target: the source is ${p.reportedBy ? `who reports it ("${phraseText(s, p.reportedBy)}")` : "not named"}`);
      // "completed the withdrawal of the UK from the EU": a verb coded with the event its object noun
      // names ("* WITHDRAWAL") is aimed where the noun's event is (the EU), not at who is in its of-phrase.
      const objectEvent = !light && match && !match.binding.target && p.object && !p.verb.passive ? phraseEvent(s, p.object) : null;
      const sameEvent = objectEvent && code.code?.slice(0, 2) === objectEvent.code.slice(0, 2) ? withoutSources(this.nominalTargets(s, p.object!, p.object!.head, objectEvent, ctx), source) : [];
      const author = criticized ? withoutSources(ctx.partiesIn(s, criticized, "object"), source) : [];
      const target = author.length ? author : light ? this.nominalTargets(s, eventPhrase!, eventPhrase!.head, light, ctx).filter((x) => !source.some((y) => y.actor.id === x.actor.id)) : sameEvent.length ? sameEvent : this.targetOf(s, p, ctx, match?.binding.target ?? (compound != null && !compoundFirst ? compound : null), source);
      if (p.object) usedNps.add(s.chunks.indexOf(p.object));
      for (const pp of p.preps) usedNps.add(s.chunks.indexOf(pp.np));
      // What someone else reports is reported; but "We condemn the attack," Yeltsin said: what speakers
      // say they themselves do is their own act, not a report.
      const ownWords = source.some((x) => ctx.isFirstPerson(x));
      const factual = p.modality === "asserted" || p.modality === "reported";
      let modality: Modality = p.modality;
      if (ownWords && p.modality === "reported") modality = "asserted";
      else if (!ownWords && factual && (p.reportedBy || ctx.quoteSpeakerAt(head.start))) modality = "reported";
      // "Iran was accused of attacking Iraq", "is suspected of …": an alleged act is reported, not asserted.
      if (modality === "asserted" && alleged(s, p, preds)) modality = "reported";
      // "Iran is believed to have attacked Iraq", "is said to have met …": what others are said to think is reported.
      // (Through "to have" + participle, which the chunker keeps as two groups.)
      const perfect = preds.find((q) => q.chunk === p.chunk - 1 && q.verb.infinitive && (q.verb.lemma === "have" || q.verb.lemma === "be"));
      const believedBy = p.verb.infinitive ? p.governor : perfect?.governor ?? null;
      if (modality === "asserted" && believedBy != null && preds.some((q) => q.verb.lemma === believedBy && q.verb.passive && q.verb.last < p.verb.first && (BELIEF_VERBS.has(q.verb.lemma) || SPEECH_VERBS.has(q.verb.lemma)))) modality = "reported";
      // "attempted to assassinate", "tried to storm the building": an attempt at violence happened, and
      // CAMEO codes it as that violence (an attempted assassination as 185), not as an intent or threat.
      if (p.verb.infinitive && p.governor != null && ATTEMPT_VERBS.has(p.governor) && code.code && FORCE_CODES.test(code.code) && modality === "intended") {
        const governing = preds.find((q) => q !== p && q.verb.lemma === p.governor && q.verb.last < p.verb.first && q.clauseFirst === p.clauseFirst);
        // ("accused the opposition of trying to seize power": an attempt alleged is reported.)
        modality = governing?.reportedBy || ctx.quoteSpeakerAt(head.start) || governing?.clauseOpener === "complement" || (governing && alleged(s, governing, preds)) ? "reported" : "asserted";
        if (code.code.startsWith("186")) code = { code: "185", reciprocal: null };
        say(`attempted ("${p.governor}" + to): the attempt happened${code.code === "185" ? ", an attempted assassination (185)" : ""}`);
      }
      // A pattern that spells out the negation ("WILL NOT *", "&NEGATVAUXVRB *") has already coded it.
      // "failed to reach agreement" is "did not reach agreement".
      const failed = p.verb.infinitive && p.governor != null && FAILURE_VERBS.has(p.governor);
      let negated = (p.negated || failed) && !(match && patternNegates(match.pattern.elements));
      /** Whether the code is a rejection read from a negated cooperative verb. */
      let refusal = false;
      if (negated) {
        // ("did not think", "did not say": not thinking or saying something rejects no one.)
        const mapped = this.r.cameoRules === false || SPEECH_VERBS.has(p.verb.lemma) || BELIEF_VERBS.has(p.verb.lemma) ? null : negatedCode(code.code);
        if (!mapped) {
          say(`negated ("${head.text}" with a negator): not coded, as CAMEO codes events that happened`);
          return;
        }
        // Not agreeing is rejecting: the rejection happened, the negation is in its code.
        say(`negated: ${code.code} → ${mapped} (not cooperating is rejecting)`);
        code = { code: mapped, reciprocal: null };
        refusal = true;
        negated = false;
        // "will not meet", "said it would not meet": the refusal is stated; "might not meet" stays hypothetical.
        const would = s.words.slice(p.verb.first, p.verb.last + 1).some((w) => w.lower === "would" || w.lower === "wo");
        if (modality === "intended" || (modality === "hypothetical" && would)) modality = p.reportedBy ? "reported" : "asserted";
      } else if (code.code === "036" && match && this.r.cameoRules !== false && (modality === "asserted" || modality === "reported") && pastTense(s.words[p.verb.head]) && !PROPOSAL_VERBS.has(p.verb.lemma)) {
        // "The Pope met Zelensky at the Vatican": CAMEO 2.0's "MEET * (AT)" is an intent to meet (036),
        // which a meeting told in the past tense no longer is: it happened (040). ("called for a meeting"
        // in the past is still only the call.)
        say(`an intent to meet told as done ("${head.text}"): 036 → 040`);
        code = { code: "040", reciprocal: code.reciprocal ? "040" : null };
      } else if (code.code && DONE_OF_INTENT[code.code] && match && this.r.cameoRules !== false && (modality === "asserted" || modality === "reported") && pastTense(s.words[p.verb.head]) && !SPEECH_VERBS.has(p.verb.lemma) && !PROPOSAL_VERBS.has(p.verb.lemma) && !(block.code.code ?? "").startsWith("03")) {
        // "The United States lifted sanctions on Syria's central bank", "has arranged a military truce":
        // CAMEO 2.0 gives some patterns of doing verbs an intent code (03x); told as done in the past,
        // by a verb that is not itself a promise, proposal or statement, it is the deed the intent is
        // to (0351 → 081, 0356 → 087, …). ("pledged aid", "announced aid", "agreed to a ceasefire",
        // "arranged a truce" stay intents.)
        const done = DONE_OF_INTENT[code.code];
        say(`an intent told as done ("${head.text}"): ${code.code} → ${done}`);
        code = { code: done, reciprocal: code.reciprocal ? (DONE_OF_INTENT[code.reciprocal] ?? code.reciprocal) : null };
      } else if (code.code && this.r.cameoRules !== false && !p.verb.infinitive && p.governor != null && CEASING_VERBS.has(p.governor)) {
        // "stopped sending aid to Bosnia", "suspended holding talks": cooperation stopped is cut (16x); force
        // stopped is not used.
        const cut = ceasedCode(code.code);
        if (!cut) {
          say(`"${head.text}" after "${p.governor}": stopped, not done: not coded`);
          return;
        }
        say(`"${head.text}" after "${p.governor}": cooperation stopped (${code.code} → ${cut})`);
        code = { code: cut, reciprocal: null };
      } else if (code.code && this.r.cameoRules !== false && !isStanceCode(code.code)) {
        const held = this.stanceOf(s, p, ctx, source, modality, code.code);
        // "refused to attack Iraq", "declined to comment on Iraq": what is refused is not done; where
        // CAMEO has no refusal of it, the refusing verb's own event is all there is.
        if (!held && (p.verb.infinitive || p.subjectSource === "gerund") && p.governor != null && REFUSAL_VERBS.has(p.governor)) {
          say(`refused ("${p.governor}" + to): not done, and CAMEO has no refusal of ${code.code}: not coded`);
          return;
        }
        if (held) {
          say(`${held.why}: ${code.code} → ${held.code}`);
          // ("Ruehe will visit Israel": the visit is the visitor's intent; the host states none, so an
          // intent keeps a reverse copy only for a joint act, one code both ways: "will sign an agreement with".)
          code = { code: held.code, reciprocal: held.stance === "intend" && code.reciprocal && code.reciprocal === code.code ? held.code : null };
          if (held.stance !== "intend") modality = modality === "reported" ? "reported" : "asserted";
          else if (modality === "hypothetical") modality = "intended";
        }
      }
      // "called for an urgent meeting with ministers": whoever asks for or offers a meeting states an
      // intent the other side has not (CAMEO's "[036:036]" copies it to them).
      if (code.reciprocal && /^03/.test(code.reciprocal) && PROPOSAL_VERBS.has(p.verb.lemma)) code = { ...code, reciprocal: null };
      // "approved the attacks on the U.S. Embassy", "backed the bombing of Gaza": approving or helping
      // (03–08) an act of force is no cooperation with those the force is aimed at.
      const objectNoun = p.object ? phraseEvent(s, p.object) : null;
      if (!light && objectNoun && FORCE_CODES.test(objectNoun.code) && /^0[3-8]/.test(code.code ?? "")) {
        say(`"${head.text}" (${code.code}) an act of force ("${s.words[p.object!.head].text}"): no cooperation with its target, not coded`);
        return;
      }
      const sources = source.length ? source : [];
      let targets = target;
      // "is providing military intelligence to Macedonia", "sent troops to Bosnia": what is given or sent
      // is the object; its recipient is the "to" phrase (aid 07, material cooperation 06).
      const to = !light && !p.verb.passive && p.object && /^0[67]/.test(code.code ?? "") ? p.preps.find((pp) => pp.prep.lower === "to" && pp.np.first > p.object!.last) : undefined;
      if (to && targets.length && targets.every((x) => x.start >= s.words[p.object!.first].start && x.end <= s.words[to.np.first].start)) {
        const recipients = withoutSources(ctx.partiesIn(s, to.np, "object"), sources);
        if (recipients.length) {
          say(`what is given ("${phraseText(s, p.object!)}") is not its recipient: target from "to ${phraseText(s, to.np)}"`);
          targets = recipients;
        }
      }
      // "voted to leave the European Union", "left Baghdad for Tehran": what one leaves is not whom one
      // visits or consults; a departure's counterpart is where it goes ("for", "to"), if anywhere.
      const departure = DEPARTURE_VERBS.has(p.verb.lemma) || (p.verb.lemma === "pull" && s.words[p.verb.head + 1]?.lower === "out");
      // (Also once an intent verb made the consultation an intent to meet, 036.)
      if (/^(04|036)/.test(code.code ?? "") && departure && !p.verb.passive) {
        const destination = p.preps.find((pp) => pp.prep.lower === "for" || pp.prep.lower === "to");
        // "US troops left Syria", "Israeli forces pulled out of Gaza": armed forces leaving a place, with
        // no destination named, withdraw from it (0874, as CAMEO's RETREAT codes "&MILITARY *").
        const left = p.object ?? p.preps.find((pp) => pp.prep.lower === "from" || pp.prep.lower === "of")?.np ?? null;
        const places = !destination && left && sources.length && sources.every((x) => this.armedForce(x.actor)) ? withoutSources(ctx.partiesIn(s, left, "object"), sources) : [];
        if (left && places.length) {
          say(`"${head.text}": armed forces leaving "${phraseText(s, left)}" withdraw: ${code.code} → 0874`);
          code = { code: "0874", reciprocal: null };
          targets = places;
        } else {
          targets = destination ? withoutSources(ctx.partiesIn(s, destination.np, "object"), sources) : [];
          if (targets.length === 0) {
            say(`"${head.text}": what is left is no counterpart of a consultation, and no destination is named: not coded`);
            return;
          }
        }
      }
      // "X are failing to uphold …, a human rights group protested": a verb of complaint closing the
      // sentence reports the clause before it, as "said" would; it is disapproval in words (a protest
      // in words is 111, not a demonstration), aimed at that clause's subject.
      if (targets.length === 0 && !p.object && COMPLAINT_VERBS.has(p.verb.lemma) && (p.clauseOpener === "punct" || p.clauseOpener === "attribution") && s.words[p.clauseFirst - 1]?.text === "," && this.r.cameoRules !== false) {
        const reported = preds.find((q) => q.clauseOpener === "start" && q.subject && q.verb.last < p.clauseFirst);
        const accused = reported ? withoutSources(ctx.partiesIn(s, reported.subject!, true), sources) : [];
        if (accused.length) {
          targets = accused;
          if (code.code?.startsWith("14")) code = { code: "111", reciprocal: null };
          say(`closing "${head.text}" reports the clause before it: ${code.code} aimed at "${phraseText(s, reported!.subject!)}"`);
        }
      }
      // "demanded that the US cancel …", "accused that Iran …": a verbal act with no object is aimed at
      // the one its that-clause is about; a demand is coded by what is demanded.
      if (targets.length === 0 && code.code && /^(02|10|11|12|13)/.test(code.code)) {
        const k = preds.findIndex((q) => q.chunk > p.chunk && q.clauseOpener === "complement" && q.governor === p.verb.lemma && q.subject);
        if (k >= 0) {
          const inner = preds[k];
          const about = ctx.partiesIn(s, inner.subject!, true);
          targets = withoutSources(about, sources);
          const innerCode = codings[k]?.code.code;
          // "has suggested Clinton is on drugs", "proposed that the vote was rigged": an appeal verb whose
          // that-clause tells what is or was implies it; that is a statement (010), not a proposal.
          if (targets.length && code.code.startsWith("02") && statesWhatIs(s, inner)) {
            say(`"${head.text}" that "${phraseText(s, inner.subject!)} ${s.words[inner.verb.head].text}": a statement of what is, not a proposal (${code.code} → 010)`);
            code = { code: "010", reciprocal: null };
          }
          if (targets.length && this.r.cameoRules !== false && code.code?.startsWith("10") && innerCode && !isStanceCode(innerCode)) {
            const demanded = stanceCode("demand", innerCode);
            if (demanded) code = { code: demanded, reciprocal: null };
          }
          // "the security chief warned that police will not tolerate rallies by X": a warning of what
          // the speaker's own side will do is a threat against whom that act is aimed at.
          const ownSide = (x: Party) => isStateAgent(x) && sources.some((y) => isStateAgent(y) && y.actor.country === x.actor.country);
          if (code.code?.startsWith("13") && about.length && targets.every(ownSide)) {
            const aimed = this.targetOf(s, inner, ctx, null, sources).filter((x) => !ownSide(x));
            if (aimed.length) {
              targets = aimed;
              say(`a warning of what the speaker's own side "${phraseText(s, inner.subject!)}" will do: aimed at whom it acts on`);
            }
          }
          if (targets.length) say(`target from the that-clause: "${phraseText(s, inner.subject!)}"`);
          // "warned that it would retaliate against Israel": the generic threat gives way to the specific one its clause codes.
          if (targets.length && code.code && /^\d\d0$/.test(code.code)) generic.push({ verb: s.words[p.verb.first].start, infinitive: s.words[inner.verb.first].start, root: code.code.slice(0, 2) });
        }
      }
      // The verb's own infinitive, if it has one ("urged Ukraine to withdraw"), and its code.
      const at = preds.findIndex((q) => q.chunk > p.chunk && q.verb.infinitive && q.clauseFirst === p.clauseFirst && q.governor === p.verb.lemma);
      const infinitive = at >= 0 ? preds[at] : null;
      const infinitiveCoding = at >= 0 ? codings[at] : null;
      // Only the verb's own infinitive, with no other verb between ("seeking documents allowing him to marry X" is not).
      const adjacent = infinitive && !s.chunks.slice(p.chunk + 1, infinitive.chunk).some((c) => c.kind === "VG") ? infinitive : null;
      // "failed to reach agreement" rejects (CAMEO's FAIL, 120); failing to condemn, attack or win is no
      // rejection of anyone: a failure is coded only when what failed is cooperation (01–09).
      if (adjacent && FAILURE_VERBS.has(p.verb.lemma) && !/^0\d/.test(infinitiveCoding?.code.code ?? infinitiveCoding?.code.reciprocal ?? "")) {
        say(`"${head.text}" to do what is no cooperation: no rejection, not coded`);
        return;
      }
      // "We recognize that many Americans distrust Ms Clinton": a clause recognized or acknowledged is a
      // fact owned up to, no praise or recognition (05) of anyone in it ("praised that …" still praises).
      // (The tagger may read the clause's verb as a noun: "that [many Americans distrust Iraq]".)
      const thatClause = () => preds.some((q) => q !== p && q.clauseOpener === "complement" && q.governor === p.verb.lemma && q.verb.first > p.verb.last) || (p.object != null && p.object.first === p.verb.last + 2 && s.words[p.verb.last + 1].lower === "that");
      if (/^05[14]/.test(code.code ?? "") && RECOGNIZING_VERBS.has(p.verb.lemma) && thatClause()) {
        say(`"${head.text}" a that-clause: a fact owned up to, not ${code.code}: not coded`);
        return;
      }
      // "told airlines not to buy European aircraft": a statement that tells its addressee what to do is
      // an appeal to them.
      if (this.r.cameoRules !== false && code.code === "010" && adjacent && p.object && adjacent.subject === p.object && ADDRESSEE_VERBS.has(p.verb.lemma)) {
        say(`"${head.text}" tells "${phraseText(s, p.object)}" what to do: an appeal, 010 → 020`);
        code = { code: "020", reciprocal: null };
      }
      // "urged Ukraine to withdraw its troops", "called on the parties to hold talks": a generic appeal or
      // demand is coded by what it asks for, when its infinitive codes an event (CAMEO 0256, 026, …).
      // (Not what it asks them not to do: "urged Iraq not to buy aircraft" is no appeal for arms.)
      if (this.r.cameoRules !== false && (code.code === "020" || code.code === "100") && infinitive && !infinitive.verb.negated) {
        // Only a pattern says what a broad verb does ("to leave the country" is no meeting, "to join
        // the project" no visit); a block's default is too coarse to name what is asked for.
        const innerCode = infinitiveCoding?.match ? infinitiveCoding.code.code : null;
        const asked = innerCode && !isStanceCode(innerCode) ? (code.code === "020" ? appealCode(innerCode) : stanceCode("demand", innerCode)) : null;
        if (asked && asked !== code.code) {
          say(`${code.code === "020" ? "appeal" : "demand"} for what its infinitive "${s.words[infinitive.verb.head].text}" codes (${innerCode}): ${code.code} → ${asked}`);
          code = { code: asked, reciprocal: null };
        }
      }
      // "threatened to cut off electricity to Nakhichevan", "urged Iran to …", "blocked a road to show
      // their disapproval of the US": a threat, demand, appeal, refusal or protest with no target of its
      // own is aimed at the target of what it is about or for.
      // (Reading every verb's target from its infinitive was tried: on the PLOVER records it added more
      // wrong-type events than right targets.)
      // Not the infinitive of an effort the verb acts on: "blocked efforts to alert the U.S. military"
      // is not aimed at the military.
      const doerOf = infinitive?.subject ?? null;
      // (Steps one threatens are one's own: "threatened steps to punish Ukraine" is aimed at Ukraine.)
      // Nor a decision, plan or order the verb is against ("demonstrated against a decision to place a
      // woman in detention" is aimed at whoever decided, not at the woman).
      const decided = !!doerOf && p.preps.some((pp) => pp.np === doerOf && AIMED_PREPOSITIONS.has(pp.prep.lower)) && DECISION_NOUNS.has(s.words[doerOf.head].lemma);
      const purposeOwn = !(doerOf && doerOf === p.object && EFFORT_NOUNS.has(s.words[doerOf.head].lemma) && !THREAT_VERBS.has(p.verb.lemma)) && !decided;
      // (Not when an appeal or demand names whom it asks, someone the dictionaries do not know: "ordered
      // Lloyd's to give investors information" asks Lloyd's, not the investors.)
      const askedSomeoneElse = /^(02|10)/.test(code.code ?? "") && p.object != null && infinitive?.subject === p.object;
      if (targets.length === 0 && code.code && /^(02|10|12|13|14)/.test(code.code) && infinitive && purposeOwn && !askedSomeoneElse) {
        targets = this.targetOf(s, infinitive, ctx, null, sources);
        // "threatened to resume terrorist activities in Israel": a threatened act with no one named is
        // aimed at the place where it would happen.
        if (targets.length === 0 && code.code.startsWith("13")) targets = this.targetOf(s, infinitive, ctx, null, sources, true);
        if (targets.length) say(`target from the infinitive "${s.words[infinitive.verb.head].text}"`);
        if (/^\d\d0$/.test(code.code)) generic.push({ verb: s.words[p.verb.first].start, infinitive: s.words[infinitive.verb.first].start, root: code.code.slice(0, 2) });
      }
      // "opened fire to disperse demonstrators", "used tear gas to disperse demonstrators": coercion or
      // force (17–20) used for a purpose with no target of its own is used against those the purpose is
      // about; not when the purpose helps them ("took action to protect U.S. personnel", a cooperative
      // code 03–08).
      if (targets.length === 0 && code.code && /^1[7-9]|^20/.test(code.code) && infinitive && purposeOwn && !/^0[3-8]/.test(infinitiveCoding?.code.code ?? "")) {
        targets = this.targetOf(s, infinitive, ctx, null, sources);
        if (targets.length) say(`target from the purpose "${s.words[infinitive.verb.head].text}"`);
      }
      // "summoned the ambassador to complain of …", "sent personnel to Bosnia to investigate …": a meeting
      // or a dispatch (04, 06) held to investigate, demand, complain or reject is that act, aimed at
      // whom was met or where they were sent, when the purpose names no one of its own.
      if (/^0[46]/.test(code.code ?? "") && p.object && targets.length && this.r.cameoRules !== false && adjacent) {
        const purpose = infinitiveCoding?.code.code ?? null;
        if (purpose && /^(09|1[0-2])/.test(purpose) && !isStanceCode(purpose) && this.targetOf(s, adjacent, ctx, null, sources).length === 0) {
          say(`a ${code.code!.startsWith("04") ? "meeting" : "dispatch"} held to "${s.words[adjacent.verb.head].text}": ${code.code} → ${purpose}`);
          code = { code: purpose, reciprocal: null };
        }
      }
      // "vowed to wage war on the Rohans", "signed an accord to supply Gondor": an infinitive whose verb
      // the dictionary does not know codes nothing itself; the verb that governs it takes its target.
      if (targets.length === 0 && adjacent && !adjacent.verb.copula && this.unknownVerb(s, adjacent.verb.head)) {
        targets = this.targetOf(s, adjacent, ctx, null, sources);
        if (targets.length) say(`target from the infinitive "${s.words[adjacent.verb.head].text}", a verb the dictionary does not know`);
      }
      // "threatened a strike unless Israel rescinded …", "threatened to stop talks if the United States
      // goes ahead …": a conditional threat is aimed at whoever must meet its condition.
      const condition = preds.find((q) => q.clauseFirst > p.verb.last && q.clauseOpener === "subordinate" && CONDITIONAL_SUBORDINATORS.has(s.words[q.clauseFirst].lower) && q.subject && !q.verb.passive);
      // "may stop giving aid to Kenya unless the government acts": a sanction or force not yet done and
      // made to hang on another's act is a threat of it (CAMEO 13).
      // (Only a condition right after the verb's own clause: "…, and if this bid is successful, …" opens another.)
      const ownCondition = condition != null && s.words.slice(p.clauseLast + 1, condition.clauseFirst).every((w) => w.pos === "PUNCT" && w.lower !== ";");
      const threatened = ownCondition && code.code && /^(1[6-9]|20)/.test(code.code) && (modality === "intended" || modality === "hypothetical") ? stanceCode("threaten", code.code) : null;
      if (threatened) {
        say(`${code.code} on condition ("${s.words[condition!.clauseFirst].text} …"), not yet done: a threat (${threatened})`);
        code = { code: threatened, reciprocal: null };
        modality = p.reportedBy ? "reported" : "asserted";
      }
      if (targets.length === 0 && code.code?.startsWith("13")) {
        if (condition) {
          targets = withoutSources(ctx.partiesIn(s, condition.subject!, true), sources);
          if (targets.length) say(`target from the condition "${s.words[condition.clauseFirst].text} ${phraseText(s, condition.subject!)}"`);
        }
      }
      // "cordoned off the roads leading into Mordor", "boycotted the parade supporting Gondor": an
      // object described by an -ing participle leads to its target.
      // "welcomed memos sent by Bree", "condemned the attack carried out by X": an object described by
      // a past participle is aimed at that participle's doer.
      // (Not for a bare statement: "announced the expansion of settlements surrounding Jerusalem" says
      // what is announced, and is addressed to no one in it.)
      if (targets.length === 0 && p.object && !/^01/.test(code.code ?? "")) {
        // The participle follows the object, or the object's prepositional phrases ("assurances on
        // cultural issues sent from Bree"); quotation marks closing the object do not part them ("a
        // ``special law'' recognizing …").
        const pastQuotes = (i: number) => {
          while (QUOTE_MARK.test(s.words[i]?.text ?? "")) i++;
          return i;
        };
        let after = pastQuotes(p.object.last + 1);
        for (const pp of p.preps) if (s.words.indexOf(pp.prep) === after && pp.np.first === after + 1) after = pastQuotes(pp.np.last + 1);
        const q = preds.find((x) => x.verb.first === after && x.verb.participle);
        if (q && s.words[q.verb.head].lower.endsWith("ing")) {
          targets = this.targetOf(s, q, ctx, null, sources);
          if (targets.length) say(`target from the participle "${s.words[q.verb.head].text}" describing the object`);
        } else if (q && !/^084/.test(code.code ?? "") && !(sources.length >= 2 && JOINT_INSTRUMENT_NOUNS.has(s.words[countedHead(s, p.object)].lemma))) {
          // (Not when people or things are freed or returned: "freed three hostages held by Abu Sayyaf"
          // frees them from their holder, who is no party to the release. Nor when several restore
          // ties, sign a deal or hold talks: "Saudi Arabia and Iran agreed to restore relations in a
          // deal brokered by China" restore them with each other.)
          const doer = q.agent ?? q.preps.find((pp) => pp.prep.lower === "from" && pp.np.first === q.verb.last + 2)?.np ?? null;
          targets = doer ? withoutSources(ctx.partiesIn(s, doer, "object"), sources) : [];
          if (targets.length) say(`target from the doer of the participle "${s.words[q.verb.head].text}" describing the object`);
        }
      }
      // "The Taliban, which control two-thirds of Afghanistan, captured …": a verb in the simple present
      // in a relative clause set off by a comma says what its phrase is like, not what happened.
      if (p.clauseOpener === "relative" && s.words[p.verb.first - 2]?.text === "," && p.verb.first === p.verb.head && !p.verb.modal && presentSimple(head)) {
        say(`"${head.text}" in a relative clause in the present: a description, not an event`);
        return;
      }
      // "struggling to address a growing outbreak", "quoted Kandun as saying", "that means …": senses
      // of a verb that are no act between parties (see otherSense).
      const otherSense = this.otherSense(s, p, ctx, preds, match != null);
      if (otherSense) {
        say(otherSense);
        return;
      }
      // "One man … was moved into high dependency": who is moved by others occupies nothing (192 is
      // for those who move in themselves: "troops moved into the town").
      if (code.code === "192" && p.verb.lemma === "move" && p.verb.passive) {
        say(`"${head.text}": moved by others, not moving in: not coded`);
        return;
      }
      if (sources.length === 0) {
        say(`${block.name} → ${code.code}: no coded source actor (subject: ${p.subject ? phraseText(s, p.subject) : "none"})`);
        // "A journalist has been killed in a car bomb explosion": violence in an agentless passive
        // happened to its subject, by a doer the sentence does not name.
        if (code.code && FORCE_CODES.test(code.code) && p.verb.passive && (!p.agent || finder) && !negated && targets.length) {
          agentless.push({ p, sources: targets, code: code.code, modality, negated, rule: match ? match.pattern.id : rule, confidence: this.confidence(p, [], targets, !!match), say });
        }
        // "One third of the guerrillas have been demobilized": standing down (087) in an agentless
        // passive is done by the force itself, which is its subject.
        if (code.code?.startsWith("087") && p.verb.passive && !p.agent && !negated && targets.length) {
          monadic.push({ p, sources: targets, code: code.code, modality, negated, rule: match ? match.pattern.id : rule, confidence: this.confidence(p, targets, [], !!match), say, patientDoer: true });
          return;
        }
        this.transformUncoded(s, p, ctx, out, say);
        return;
      }
      // "The two countries agreed …", "% HAVE POSTPONED *": several sources cooperating with no other
      // target act on each other, member to member; other events need a target of their own.
      // (By the verb's own code: "failed to reach agreement" is a rejection by each of the other.)
      // "Israeli troops and Palestinian gunmen shot at each other": so does any act they do to each other.
      // Beyond consulting (04), a verb whose own object names no party ("Canada and Australia bought
      // drugs", "coordinating campaigns", "a peace process which Russia and Turkey promote") is done
      // together to that thing; only joint instruments make it each other's ("signed an agreement").
      // (Asked only of several sources with no target: see eachOther.)
      const cooperationCode = coding.code.code ?? coding.code.reciprocal ?? "";
      const mutualByCode = () => /^0[3-8]/.test(cooperationCode) && (/^04/.test(cooperationCode) || !this.ownNonPartyObject(s, p, ctx));
      // "India and Pakistan have fought two wars": a war or battle fought by several sides with no enemy
      // named is fought between them (allies fight one "together" or "alongside").
      const warBetween = () => p.verb.lemma === "fight" && !p.verb.passive && p.object != null && WAR_NOUNS.has(s.words[countedHead(s, p.object)].lemma) && !s.words.slice(p.clauseFirst, p.clauseLast + 1).some((w) => ALLIED_WORDS.has(w.lower));
      const mutual = () => compound != null || mutualByCode() || SYMMETRIC_VERBS.has(p.verb.lemma) || warBetween() || [p.object, ...p.preps.map((pp) => pp.np)].some((np) => np != null && isReciprocalPronoun(s, np));
      // Not when the verb says or reveals a clause ("the WHO and Angola's government have revealed that …");
      // those who agree that … still agree with each other.
      const reports = (SPEECH_VERBS.has(p.verb.lemma) || FINDING_VERBS.has(p.verb.lemma)) && preds.some((q) => q !== p && q.clauseOpener === "complement" && q.governor === p.verb.lemma && q.verb.first > p.verb.last);
      // Nor when the object names someone the dictionaries do not know ("X and Y applauded first lady
      // Michelle Obama"): the act is aimed at them, not between the doers.
      // Nor when they take up what someone else asked or offered ("agreed to the king's request").
      const answersAnother = p.preps.some((pp) => pp.prep.lower === "to" && (DEMAND_NOUNS.has(s.words[pp.np.head].lemma) || s.words[pp.np.head].lemma === "offer") && s.words.slice(pp.np.first, pp.np.head).some((w) => /^['\u2019]s?$/.test(w.text)));
      const aimedElsewhere = (p.object != null && !p.verb.passive && ctx.namesPerson(s, p.object)) || answersAnother;
      // Nor when what they commit to is aimed at a third party ("Britain and France pledged to support
      // Ukraine"): they act together, towards it ("agreed to restore relations" names no one else).
      // Those who meet still meet each other, whatever for ("gathered in Cairo to denounce …").
      const together = () => adjacent != null && !/^04/.test(coding.code.code ?? "") && this.targetOf(s, adjacent, ctx, null, sources).length > 0;
      const eachOther = targets.length === 0 && sources.length >= 2 && mutual() && !reports && !aimedElsewhere && !ARRIVAL_VERBS.has(p.verb.lemma) && !together();
      if (eachOther) targets = sources;
      // "arrived in Amman", "was deployed in Bosnia": with no one else, the place names the target.
      // Not for meetings at a third place, mediation, negotiation or plans to meet (044–046, 036):
      // "arrived in Geneva for talks" names where the talks are, not with whom.
      // "captured their leader Rami al-Saadani in a city outside Cairo": an act on a person the
      // dictionaries do not know is aimed at them, and a place named with it is only where. (Acts on
      // things keep the place: "lifted a curfew in Montenegro" is aimed at Montenegro.)
      const actedOn = targets.length === 0 && p.object && !p.verb.passive && ctx.partiesIn(s, p.object, "object").length === 0 ? p.object : null;
      const placeIsWhere = actedOn != null && !/^(1[89]|20)/.test(code.code ?? "") && ctx.namesPerson(s, actedOn);
      if (placeIsWhere) say(`"${phraseText(s, actedOn)}" is what the act is done to: a place named with it is where, not whom`);
      if (targets.length === 0 && !placeIsWhere && !/^(036|04[4-6])/.test(code.code ?? "")) {
        // "declared a state of siege in Haiti": coercion or force announced by a speech verb is done to
        // the place, unlike what is merely said there.
        targets = this.targetOf(s, p, ctx, null, sources, true, this.r.cameoRules !== false && /^(1[5-9]|20)/.test(code.code ?? ""));
        // "Johnson, speaking in Watford", "Hungary started assembling firearms in Kiskunfélegyháza": a
        // place in the doers' own country is only where they speak, meet, demand, complain or reject
        // (01–04, 10–12), not whom they address; what they do to it (a curfew, a protest, a concession)
        // still has it as target.
        // Nor, at home, what they pay or share there (06, "had to pay income tax in New Jersey").
        const home = (x: Party) => !!x.actor.country && sources.every((y) => y.actor.country === x.actor.country);
        // So for a rally those in office or politics hold at home ("Trump is holding rallies in Ohio").
        // (Nor is a show of strength: "garnered huge cheers in Ohio", 15.)
        const campaign = /^1[45]/.test(code.code ?? "") && sources.every((x) => establishedPerson(ctx, x));
        if (targets.length && (VENUE_CODES.test(code.code ?? "") || (code.code ?? "").startsWith("06") || campaign) && targets.every(home)) {
          say(`the place "${ctx.text(targets[0])}" is in the source's own country: where, not whom`);
          targets = [];
        }
        // Praise, endorsement, an apology or a signature (05) "in Paris", "at the White House" is made
        // there, not to the town or building; what is promoted "in Sudan" is still for the country.
        const venue = (x: Party) => x.actor.code !== x.actor.country || ctx.isTown(x);
        if (/^05/.test(code.code ?? "") && targets.some(venue)) {
          say(`the place "${ctx.text(targets[0])}" is where the ${code.code} was made, not to whom`);
          targets = targets.filter((x) => !venue(x));
        }
        // "The WHO is investigating an outbreak in the DRC": what is investigated is the object; the
        // place is only where.
        if (targets.length && /^09/.test(code.code ?? "") && p.object && !p.verb.passive && ctx.partiesIn(s, p.object, "object").length === 0) {
          say(`the place "${ctx.text(targets[0])}" is where "${phraseText(s, p.object)}" is investigated, not whom`);
          targets = [];
        }
        if (targets.length) say(`target from the place "${ctx.text(targets[0])}"`);
      }
      // "Rebels captured Birao", "Two shopping malls in the port of Zamboanga are bombed": force or a
      // seizure (17–20) done to a place, or to what stands in it, falls on the people of that place.
      // (Only by those who use force: "as it circled the Bay of Biscay" is a plane, not an attack.)
      if (targets.length === 0 && !placeIsWhere && this.r.placesAsCivilians !== false && /^(1[7-9]|20)/.test(code.code ?? "") && !sources.some((x) => privatePeople(x) || x.actor.sectors.includes("PPL") || !x.actor.code)) {
        targets = this.patientPlaces(s, p, ctx, sources, code.code!);
        if (targets.length) say(`target from the place "${ctx.text(targets[0])}" of what "${head.text}" is done to`);
      }
      // "A truck was detonated outside the UN's Baghdad headquarters": force at a post or base falls on
      // whoever holds it, as force on it does ("attacked a police station").
      if (targets.length === 0 && /^(1[89]|20)/.test(code.code ?? "")) {
        const held = p.preps.filter((pp) => PATIENT_PLACE_PREPOSITIONS.has(pp.prep.lower) && FACILITY_NOUNS.has(s.words[pp.np.head].lower));
        targets = withoutSources(held.flatMap((pp) => ctx.partiesIn(s, pp.np)), sources);
        if (targets.length) say(`target the holder of "${phraseText(s, held[0].np)}", where the force was used`);
      }
      // "return weapons and equipment seized last year from UN peacekeepers": what is returned goes
      // back to those it was taken from.
      if (targets.length === 0 && RETURNING_VERBS.has(p.verb.lemma) && p.object && !p.verb.passive) {
        targets = withoutSources(this.takenFrom(s, p.object, preds, ctx), sources);
        if (targets.length) say(`what is returned goes back to those it was taken from: "${ctx.text(targets[0])}"`);
      }
      // "imposed martial law", "declared a curfew": a domestic measure a government or state names with
      // no place falls on its own country's people (not one its army imposes: troops may hold others).
      if (targets.length === 0 && this.r.cameoRules !== false && DOMESTIC_MEASURE_CODES.test(code.code ?? "") && p.object) {
        const start = s.words[p.object.first].start;
        const end = s.words[p.object.last].end;
        const state = (x: Party) => /^[A-Z]{3}$/.test(x.actor.country ?? "") && x.actor.sectors.every((sector) => sector === "GOV");
        targets = sources.filter(state).slice(0, 1).map((x) => {
          const people = `${x.actor.country}CVL`;
          // The people are named by no phrase of their own: a new actor, with the measure as evidence.
          const actor: Actor = { id: `people:${people}`, name: `${x.actor.country} civilians`, code: people, country: x.actor.country, sectors: ["CVL"], aliases: [], roles: [], mentions: [], basis: null, members: [] };
          return { actor, start, end, via: "new" as const, code: people };
        });
        if (targets.length) say(`a domestic measure with no place falls on the source's own people: ${targets[0].code}`);
      }
      // "The massive airliner will then fly directly to Sydney": a plane, ship or vehicle of no one named
      // does harm or suffers it, but it says, meets, promises or gives nothing; only force (13–20) is a
      // machine's. ("U.N. helicopters evacuated the wounded": one its owner sends acts for the owner.)
      const machine = (x: Party) => VEHICLE_WORDS.has(ctx.text(x).toLowerCase().split(/[^a-z]+/).filter(Boolean).at(-1) ?? "") && /^(---|[A-Z]{3}CVL$)/.test(x.code ?? x.actor.code ?? "---");
      if (sources.length > 0 && !/^(1[3-9]|20)/.test(code.code ?? code.reciprocal ?? "") && sources.every(machine)) {
        say(`"${ctx.text(sources[0])}" is a machine: it does nothing but harm (${code.code ?? code.reciprocal}), not coded`);
        return;
      }
      // "Thousands of cabin crew workers are preparing to strike": workers who strike with no one
      // struck stop work (143), as CAMEO codes STAGE * STRIKE.
      // ("to strike just a few days before Christmas": a stretch of time is no one struck.)
      const struck = () => p.object != null && !/^(hour|day|week|weekend|month|year|night)$/.test(s.words[p.object.head].lemma);
      if (p.verb.lemma === "strike" && !struck() && !p.verb.passive && targets.length === 0 && sources.length > 0 && sources.every(workers) && code.code !== "143") {
        say(`workers ("${ctx.text(sources[0])}") striking with no one struck stop work (${code.code} → 143)`);
        code = { code: "143", reciprocal: null };
      }
      // "ETA is holding a kidnapped prison officer", "hijacked a commercial plane": an armed group that
      // detains people abducts them, and a hijacking is CAMEO's 181, not an arrest (173) or a seizure of property (171).
      // "tried to take a snooze", "was due to catch a flight", "took her to the Netherlands": taking or
      // catching in general seizes by its block's default only a party it takes ("took Iraq"); what else
      // is seized a pattern names ("* HOSTAGE"); one taken or caught by someone is still seized.
      if (!match && rule === block.id && coding.single && GENERAL_TAKING_VERBS.has(p.verb.lemma) && !p.verb.passive && (!p.object || ctx.partiesIn(s, p.object, "object").length === 0)) {
        say(`"${head.text}" ${p.object ? `"${phraseText(s, p.object)}"` : "nothing named"}: taking in general, no seizure: not coded`);
        return;
      }
      // "could quickly assemble nuclear weapons", "started to hear the suit": a verb that brings things or
      // people together, coded a meeting (040) by its block's default, with an object that names no one
      // and no gathering, brings things together ("met the delegation" still meets).
      if (!match && rule === block.id && code.code === "040" && GATHERING_VERBS.has(p.verb.lemma) && p.object && !p.verb.passive && ctx.partiesIn(s, p.object, "object").length === 0 && !GATHERING_NOUNS.has(s.words[p.object.head].lemma)) {
        say(`"${head.text}" "${phraseText(s, p.object)}": things brought together, no meeting: not coded`);
        return;
      }
      // "Pakistan arrests former prime minister Imran Khan", "arrested militants in raids", "the military
      // arrested Suu Kyi", "detained protesters at rallies": CAMEO 2.0 files seizing, capturing and
      // holding in the blocks of its arrest verbs, and patterns written for those reach them (181
      // abduction, 1711 confiscation, 192 occupation, 141 demonstration). An arrest is an arrest
      // (173), which an armed group's becomes an abduction just below; a harsh one (175) stays.
      if (coding.borrowed && code.code && !/^17[2-5]/.test(code.code) && ARREST_VERBS.has(p.verb.lemma)) {
        say(`"${head.text}" is an arrest (${code.code} → 173)`);
        code = { code: "173", reciprocal: null };
      }
      const abducting = code.code?.startsWith("173") && sources.length > 0 && sources.every((x) => !isStateAgent(x) && partySectors(x).some((y) => NON_STATE_ARMED_SECTORS.has(y)));
      if (abducting || (p.verb.lemma === "hijack" && /^17/.test(code.code ?? ""))) {
        say(`"${head.text}": ${abducting ? "people held by an armed group" : "a hijacking"} is an abduction (${code.code} → 181)`);
        code = { code: "181", reciprocal: null };
      }
      // "The U.S. Justice Department charged two Chinese nationals with hacking": a state's agents or a
      // court charging someone with a crime bring charges (173); CAMEO 2.0's default for "charge" is
      // an accusation (112), which others' charges stay.
      const charged = p.verb.passive ? p.subject : p.object;
      if (/^11[12]/.test(code.code ?? "") && p.verb.lemma === "charge" && charged && s.words[charged.last + 1]?.lower === "with" && sources.length > 0 && sources.every((x) => isStateAgent(x) || partySectors(x).includes("JUD"))) {
        say(`"${head.text}" with a crime by a state's agent or a court: charges brought (${code.code} → 173)`);
        code = { code: "173", reciprocal: null };
      }
      // "four women who have accused Bill Clinton of sexual misconduct": only a state's agents or a court
      // charge anyone with a crime (173); others who accuse someone of one accuse them (112).
      if (code.code === "173" && ALLEGING_VERBS.has(p.verb.lemma) && sources.length > 0 && !sources.some((x) => isStateAgent(x) || partySectors(x).includes("JUD"))) {
        say(`"${head.text}" a crime by no state's agent: an accusation, not a charge (173 → 112)`);
        code = { code: "112", reciprocal: null };
      }
      // "to contain the outbreak", "fight the flu": force or coercion against a disease or a disaster is no political event.
      if (targets.length === 0 && p.object && /^(1[5-9]|20)/.test(code.code ?? "") && NATURAL_EVENT_NOUNS.has(s.words[p.object.head].lemma)) {
        say(`"${head.text}" is aimed at "${phraseText(s, p.object)}", a disease or disaster: not coded`);
        return;
      }
      if (targets.length === 0) {
        say(`${block.name} → ${code.code}: source ${sources.map((x) => x.actor.code).join("+")} but no coded target`);
        // "Rebels captured the capital": a place seized from no one named is occupied (192).
        const occupied = this.seizureCode(s, p, ctx, match, sources, []);
        if (occupied && occupied !== code.code) {
          say(`"${head.text}" seizes ${SEIZURES[occupied]} (${code.code ?? "no code"} → ${occupied})`);
          code = { code: occupied, reciprocal: null };
        }
        // "declined official comment", "refused to say when …": declining to comment (CAMEO 011) with no
        // one addressed is no event; it rejects nothing (12).
        if (DECLINING_VERBS.has(p.verb.lemma) && this.declinesComment(s, p)) {
          say(`"${head.text}" to comment, addressed to no one: not coded`);
          return;
        }
        // "Mr. Trump hasn't released his tax returns", "New Jersey didn't allow individuals to …": not
        // cooperating with no one named refuses no one, unless what is not backed is a proposal, deal or
        // law ("would not support the deal"); a stated refusal verb still refuses ("refused to …").
        if (refusal && !(p.object && PROPOSED_NOUNS.has(s.words[p.object.head].lemma))) {
          say(`a negated "${head.text}" aimed at no one: no rejection, not coded`);
          return;
        }
        // "denied an agreement had been reached": rejecting what a clause says is a statement about it,
        // not a rejection of anyone.
        if (/^12/.test(code.code ?? "") && preds.some((q) => q.clauseOpener === "complement" && q.governor === p.verb.lemma && q.verb.first > p.verb.last)) {
          say(`"${head.text}" a clause, aimed at no one: a statement, not coded`);
          return;
        }
        // "The man had initially passed a medical check", "people should throw out the product": what
        // people of no office do with no one named is private, unless they threaten, protest, strike or use force.
        if (sources.every(unofficial) && !PRIVATE_PEOPLES_ACTS.test(code.code ?? "")) {
          say(`people of no office ("${ctx.text(sources[0])}") acting on no one named: private, not coded`);
          return;
        }
        const before = out.length;
        this.transformSupport(s, p, sources, ctx, out, say, match ? match.pattern.id : rule, code.code);
        if (out.length === before && code.code) monadic.push({ p, sources, code: code.code, modality, negated, rule: match ? match.pattern.id : rule, confidence: this.confidence(p, sources, [], !!match), say, light: !match && !light && coding.single && LIGHT_VERBS.has(p.verb.lemma) });
        return;
      }
      // "shelled Juba", "threatened to shell Iraqi towns", "suspended aid deliveries in Baghdad": a town
      // or city that suffers or receives an event stands for the people living there, its country's
      // civilians, as CAMEO coders write it (not "arrived in Tehran" or "met in Baghdad").
      // "Dole took on President Clinton", "took issue with Trump", "was taken aback by Trump's loss",
      // "took to the pulpits": "take" seizes (APPREHEND's default, 171) only what it takes as its
      // object, right after it; followed by a particle, adverb or preposition, or aimed at a with-phrase,
      // it is another verb the dictionary does not know. (Its patterns still code: "took … hostage".)
      if (!match && !light && p.verb.lemma === "take" && coding.single && !this.plainTaking(s, p, targets)) {
        say(`"${head.text} ${s.words[p.verb.last + 1]?.text ?? ""}": not taking something (${code.code ?? code.reciprocal}): another sense of "take", not coded`);
        return;
      }
      // "Two New Zealand tourists visited Mexico", "residents who had travelled to Mexico": private
      // people going to a country or town travel; a visit or meeting (04) needs someone it is with.
      // Nor do people who hold no office ("50,000 people attended the concert in Johannesburg", "health
      // workers visiting children in their homes") visit anyone when they go to a place or to others like them.
      const bare = (x: Party) => (x.code ?? x.actor.code) === x.actor.country || ctx.isTown(x) || x.actor.country === null && !!x.actor.code && !ctx.isPerson(x);
      if (/^04/.test(code.code ?? code.reciprocal ?? "") && VISIT_VERBS.has(p.verb.lemma) && sources.every(unofficial) && targets.every((x) => bare(x) || unofficial(x))) {
        say(`people of no office ("${ctx.text(sources[0])}") going to "${ctx.text(targets[0])}": no visit, not coded`);
        return;
      }
      // "middle-income people, who tend to have more volatile income than high-income families": between
      // people of no office only threats, protests and violence are political events.
      if (targets.length > 0 && sources.every(unofficial) && targets.every(unofficial) && !PRIVATE_PEOPLES_ACTS.test(code.code ?? code.reciprocal ?? "")) {
        say(`people of no office on both sides ("${ctx.text(sources[0])}", "${ctx.text(targets[0])}"): private, not coded`);
        return;
      }
      if (/^04/.test(code.code ?? code.reciprocal ?? "") && sources.every(privatePeople) && targets.every(bare)) {
        say(`private people ("${ctx.text(sources[0])}") going to "${ctx.text(targets[0])}" travel; no one is met: not coded`);
        return;
      }
      // "Arafat decided against flying to the West Bank", "the guards would travel back to Kandahar":
      // going to a place of one's own country is travel at home; a visit (04), or the plan of one (036), is to others.
      if (/^(04|036)/.test(code.code ?? code.reciprocal ?? "") && VISIT_VERBS.has(p.verb.lemma) && targets.length > 0 && targets.every((x) => bare(x) && sources.every((a) => a.actor.country != null && a.actor.country === x.actor.country))) {
        say(`"${ctx.text(sources[0])}" going to "${ctx.text(targets[0])}", in its own country: travel at home, no visit: not coded`);
        return;
      }
      // "voters are supporting Toomey", "voters who plan to back Clinton": private people backing a
      // politician hold an opinion; an endorsement or a pledge (03, 05) needs someone who makes it.
      if (/^0[35]/.test(code.code ?? "") && sources.every((x) => privatePeople(x) && x.via !== "name") && targets.every((x) => establishedPerson(ctx, x))) {
        say(`private people ("${ctx.text(sources[0])}") backing "${ctx.text(targets[0])}": an opinion, not coded`);
        return;
      }
      // "Jordan has asked an Iraqi diplomat to leave the kingdom", "ordered the journalists to leave": an
      // authority telling people to leave expels them (174); CAMEO's "* (TO LEAVE)" is for ORDER alone.
      if (!p.verb.passive && p.object && EXPELLING_VERBS.has(p.verb.lemma) && code.code !== "174" && !sources.every(unofficial) && preds.some((q) => q.verb.infinitive && q.subject === p.object && q.verb.first > p.object!.last && LEAVING_VERBS.has(q.verb.lemma))) {
        say(`"${head.text}" ${phraseText(s, p.object)} to leave: an expulsion (${code.code ?? "no code"} → 174)`);
        code = { code: "174", reciprocal: null };
      }
      // "The SPLA has fought Khartoum's government forces", "Police stormed ten residence halls": a
      // pattern of a verb of force that reads it as words (11, "* GOVERNMENT": fighting a government's
      // policy) does not hold between armed parties; their fighting is force, the block's own code.
      const blockForce = coding.block.code.code;
      if (match && /^11/.test(code.code ?? "") && blockForce && /^(1[89]|20)/.test(blockForce) && [...sources, ...targets].some(bearsArms)) {
        say(`"${head.text}" between armed parties is force, not words (${code.code} → ${blockForce})`);
        code = { code: blockForce, reciprocal: code.reciprocal ? blockForce : null };
      }
      // "Leftist protesters clashed with authorities", "students battled police", "threw rocks at riot
      // police": force between protesters and the police or authorities is a riot (145) on the protesters'
      // side and violent repression (175) on the state's, as CAMEO codes them, not war (19x).
      const riotCode = (a: readonly Party[], b: readonly Party[]) => (a.every(protester) && b.every(policing) ? "145" : a.every(policing) && b.every(protester) ? "175" : null);
      if (RIOT_VERBS.has(p.verb.lemma) && sources.length > 0 && targets.length > 0 && /^1[89]/.test(code.code ?? code.reciprocal ?? "")) {
        const riot = riotCode(sources, targets);
        if (riot) {
          say(`"${head.text}" between protesters and police or authorities: ${riot === "145" ? "a riot" : "violent repression"} (${code.code ?? code.reciprocal} → ${riot})`);
          code = { code: riot, reciprocal: code.reciprocal ? riotCode(targets, sources) : null };
        }
      }
      // Beyond verbs of fighting: "Protesters in Baghdad stormed the Swedish embassy" — force by a crowd
      // of protesters is a riot (145), at whatever it is aimed; "Iraqi security forces opened fire on
      // protesters" — force by the state's police or soldiers on such a crowd is violent repression (175).
      if (/^1[89]/.test(code.code ?? "") && sources.length > 0) {
        const protestCrowd = (x: Party) => PROTEST_CROWD_NOUNS.has(ctx.text(x).toLowerCase().split(/[^a-z]+/).filter(Boolean).at(-1) ?? "");
        const stateForce = (x: Party) => isStateAgent(x) && partySectors(x).some((y) => y === "COP" || y === "MIL");
        const crowd = sources.every(protestCrowd) ? "145" : targets.length > 0 && sources.every(stateForce) && targets.every(protestCrowd) ? "175" : null;
        if (crowd) {
          say(`"${head.text}" ${crowd === "145" ? "by a crowd of protesters: a riot" : "by the state's forces on a crowd of protesters: violent repression"} (${code.code} → ${crowd})`);
          code = { code: crowd, reciprocal: null };
        }
      }
      const seized = this.seizureCode(s, p, ctx, match, sources, targets);
      if (seized && seized !== code.code) {
        say(`"${head.text}" seizes ${SEIZURES[seized]} (${code.code ?? "no code"} → ${seized})`);
        code = { code: seized, reciprocal: null };
      }
      // "Conway told CNN", "said in an interview with the BBC": a statement made to the press is made
      // through it, not to it as a party.
      // (A spokesman, coded GOVMED, still speaks to the press; a news medium speaking to another is an event between them.)
      if (/^01/.test(code.code ?? "") && targets.length > 0 && targets.every((x) => (x.code ?? x.actor.code ?? "").endsWith("MED")) && !sources.some((x) => (x.code ?? x.actor.code ?? "").endsWith("MED") && !ctx.isPerson(x))) {
        say(`a statement to the press ("${ctx.text(targets[0])}"): no event`);
        return;
      }
      // "massed troops near Kurdish regions", "put its forces on alert": forces a show of force (15)
      // acts on are its own; whom it is aimed at is named elsewhere, or not at all ("protects Iraqi
      // Kurds", "patrolling the skies of Iraq" aim at their objects).
      if (/^15/.test(code.code ?? "") && p.object && FORCE_NOUNS.has(s.words[p.object.head].lemma)) {
        const object = { start: s.words[p.object.first].start, end: s.words[p.object.last].end };
        const aimed = targets.filter((x) => x.end <= object.start || x.start >= object.end);
        if (aimed.length < targets.length) say(`a show of force acts on its own forces ("${phraseText(s, p.object)}"): not its target`);
        targets = aimed;
      }
      if (code.code) targets = this.asPeopleOfPlaces(s, ctx, targets, code.code);
      // "Trump narrowly beat Hillary Clinton in Wisconsin": beating a political rival (a candidate,
      // party, government or legislature) by the verb's default is winning a vote, not force; armed
      // groups, police and civilians are still beaten.
      // Not when what is beaten is a crowd ("the government beat opposition activists"): a plural noun.
      const beaten = p.verb.passive ? (p.subject ? s.words[p.subject.head] : null) : p.object ? s.words[p.object.head] : null;
      const crowd = beaten != null && beaten.pos === "NOUN" && beaten.lower !== beaten.lemma;
      if (!match && !crowd && code.code && FORCE_CODES.test(code.code) && CONTEST_VERBS.has(p.verb.lemma) && [...sources, ...targets].every(isPoliticalRival)) {
        say(`"${head.text}" between political rivals: a vote won, not force (${code.code}): not coded`);
        return;
      }
      const confidence = this.confidence(p, sources, targets, !!match);
      // Among those who act on each other, a country and its own official ("his French counterpart,
      // … Jean-Yves Le Drian": FRA and FRAGOV) are one party named twice, not two who met.
      const doers = eachOther ? mostSpecific(sources) : sources;
      const receivers = eachOther ? doers : targets;
      const ruleId = match ? match.pattern.id : rule;
      const { coded, venue } = this.pairEvents(s, p, ctx, doers, receivers, code, modality, negated, ruleId, confidence, out, say);
      say(
        coded
          ? `coded ${code.code ?? code.reciprocal} by ${match ? `pattern ${match.pattern.id} "${match.pattern.text}"` : `default of ${rule}`}: ${sources.map((x) => `${x.actor.code} (${x.via} "${ctx.text(x)}")`).join(", ")} → ${targets.map((x) => `${x.actor.code} (${x.via} "${ctx.text(x)}")`).join(", ")}`
          : venue
            ? `${block.name} → ${code.code ?? code.reciprocal}: "${ctx.text(venue)}" is where the visit happens, not a host`
            : `${block.name} → ${code.code}: source and target are the same actor`,
      );
    });
    // Whether an event came from a main clause's verb: events only of participle, relative or
    // subordinate clauses, or of nouns, are background that does not silence the main clause.
    // A bare -ing form ("…, calling for independence") is never a finite main verb.
    const mainVerbs = new Set(preds.filter((p) => MAIN_CLAUSE.has(p.clauseOpener) && !(p.verb.participle && s.words[p.verb.head].lower.endsWith("ing"))).map((p) => s.words[p.verb.first].start));
    const mainCoded = out.slice(start).some((e) => mainVerbs.has(e.trigger.start));
    // Event nouns carry CAMEO codes (nominal.ts): with a dictionary in another code scheme they would mix schemes.
    if (this.r.cameoRules !== false) this.codeNominals(s, preds, ctx, out, trace, usedNps);
    dropGenericStances(out, start, generic);
    this.codeMonadic(s, ctx, monadic, out.length > start, mainCoded, out);
    this.codeAgentless(s, ctx, preds, agentless, out.length > start, out);
    protestTopics(out, start);
    if (this.r.cameoRules !== false) this.bombings(s, out, start, trace);
  }

  /**
   * "suicide bombings by Moslem militants killed 59 people", "two people were killed when a home-made
   * bomb ripped through a restaurant": a killing or attack by bomb or grenade, done by no state's
   * forces, is CAMEO's non-military bombing (183), not conventional force (190, 193).
   */
  private bombings(s: ChunkedSentence, out: Event[], start: number, trace: TraceLine[]): void {
    // (Only where bombs are the sentence's only weapon: "gun, bomb, axe and machete attacks", "shelling
    // the villages and detonating a car bomb" are not all bombings.)
    if (!s.words.some((w) => BOMB_WORDS.has(w.lemma)) || s.words.some((w) => OTHER_WEAPON_WORDS.has(w.lemma))) return;
    for (let i = start; i < out.length; i++) {
      const e = out[i];
      if (e.cameo.code !== "190" && e.cameo.code !== "193") continue;
      // The deed is a killing or an attack, whose means the bomb is; not a verb with a means of its own ("shot").
      if (!s.words.some((w) => w.start >= e.trigger.start && w.end <= e.trigger.end && KILLING_VERBS.has(w.lemma))) continue;
      // (A state named by its country alone, or its forces, bombs militarily: "the Iran bombings".)
      const sectors = e.source?.code?.match(/.{3}/g)?.slice(1) ?? [];
      if (e.source?.code && (sectors.length === 0 || sectors.some((x) => STATE_FORCE_SECTORS.has(x)))) continue;
      out[i] = { ...e, ...this.codeFields("183") };
      trace.push({ sentence: s.index, verb: e.trigger.text, message: `a killing or attack by bomb or grenade, by no state's forces: non-military bombing (${e.cameo.code} → 183)` });
    }
  }

  /**
   * One event from each doer to each receiver (and back, for a reciprocal code), but none between one
   * party named twice, a state and its own country or agents, or a visitor and a mere venue. Returns
   * how many were coded, and the first receiver that was only a venue.
   */
  private pairEvents(s: ChunkedSentence, p: Predication, ctx: DocumentContext, doers: Party[], receivers: Party[], code: PatternCode, modality: Modality, negated: boolean, rule: string, confidence: number, out: Event[], say: (m: string) => void): { coded: number; venue: Party | undefined } {
    let coded = 0;
    // "Erdoğan claiming a right to Turkey": demands, complaints, rejections and threats (10–13) a
    // state's official voices are not aimed at that official's own country.
    // "Mugabe ruled Zimbabwe", "she will govern Hong Kong": nor is ruling, governing or leading it.
    // "Trump withdrew the US from a treaty": nor is cutting ties (16) it, which the country undergoes with its official.
    // Nor are statements (01) about it ("playing down a long-held goal of U.S. policy"), nor appeals (02)
    // naming it ("I request his repatriation to North Korea", said by a North Korean official).
    const ownCountry = (a: Party, b: Party) => (/^(0[12]|1[0-36])/.test(code.code ?? "") || OFFICE_VERBS.has(p.verb.lemma)) && isStateAgent(a) && (b.code ?? b.actor.code) === a.actor.country;
    // A country as a whole does not intend, consult, cooperate with or yield to (03–08) its own
    // state's agents: they are that state ("Rouhani's plan would be led by Iran" is no cooperation
    // of IRN with IRNGOV); arresting or recalling them is still coded.
    const ownAgent = (a: Party, b: Party) => /^0[3-8]/.test(code.code ?? code.reciprocal ?? "") && (a.code ?? a.actor.code) === b.actor.country && isStateAgent(b) && (b.code ?? b.actor.code) !== b.actor.country;
    // "visited the hospital", "was visiting the town of Pandeglang": a building or site named by a
    // common noun is where a visit (042/043) happens, not a host; a named place or group still is.
    const venue = (b: Party) => /^04[23]/.test(code.code ?? code.reciprocal ?? "") && b.via !== "name" && this.namesVenue(ctx, b);
    // "Myanmar's junta placed Aung San Suu Kyi under house arrest": a state's body coercing or using
    // force on a person of its own code acts on one of its own, no self.
    const coercedOwn = (a: Party, b: Party) => /^(1[7-9]|20)/.test(code.code ?? "") && !ctx.isPerson(a) && ctx.isPerson(b) && b.via === "name";
    for (const a of doers) {
      for (const b of receivers) {
        // (A party's own code for this event counts: the opposition named "critics of Putin" is not the Kremlin.)
        if (a.actor.id === b.actor.id || !a.actor.code || !b.actor.code || ((a.code ?? a.actor.code) === (b.code ?? b.actor.code) && !ctx.distinctPeers(a, b) && !coercedOwn(a, b)) || ownCountry(a, b) || ownAgent(a, b) || venue(b)) continue;
        if (code.code && ctx.homeTown(a, b, code.code)) {
          say(`"${ctx.text(b)}" is a town in the source's own country: where, not whom`);
          continue;
        }
        if (code.code) {
          out.push(this.event(s, p.verb.first, p.verb.last, a, b, code.code, modality, negated, rule, confidence));
          coded++;
        }
        // "[042:043]": A visits B, and B hosts A.
        if (code.reciprocal) {
          out.push(this.event(s, p.verb.first, p.verb.last, b, a, code.reciprocal, modality, negated, `${rule}:reciprocal`, confidence));
          coded++;
        }
      }
    }
    return { coded, venue: coded ? undefined : receivers.find(venue) };
  }

  /**
   * Events with a source and no coded target. PLOVER codes one-sided events ("agreed to resign",
   * "declared a ceasefire", "demonstrated on Tuesday"), but most verbs without a coded target in a
   * sentence that has other events are background. So by default a sentence with no other event gets
   * its first such event in a main clause, unless it is a bare statement (01) or a consultation with
   * no one (04); with dyads not required, every one is kept; with dyads required, none.
   */
  private codeMonadic(s: ChunkedSentence, ctx: DocumentContext, candidates: Monadic[], coded: boolean, mainCoded: boolean, out: Event[]): void {
    if (this.r.requireDyad === true || candidates.length === 0) return;
    // Beside a dyadic event, what happened in its subordinate, relative or participle clauses ("five
    // years after crowds burned down its embassy") is background, even with dyads not required.
    const all = coded ? candidates.filter((c) => MAIN_CLAUSE.has(c.p.clauseOpener) || c.p.clauseOpener === "attribution" || c.p.clauseOpener === "punct") : candidates;
    // By default, a main clause's one-sided event stands beside events of its own participle or
    // subordinate clauses ("demonstrated …, calling for independence from Iraq"; "declared a state of
    // siege, suspending …"), but not beside another main clause's event.
    const finite = (c: Monadic) => MAIN_CLAUSE.has(c.p.clauseOpener) && !c.p.verb.infinitive && !(c.p.verb.participle && s.words[c.p.verb.head].lower.endsWith("ing"));
    const alone = candidates.filter((c) => this.standsAlone(s, c, ctx) && (!coded || (!mainCoded && finite(c))));
    const chosen = this.r.requireDyad === false ? all : mainCoded ? [] : alone.slice(0, 1);
    for (const c of chosen) {
      for (const a of c.sources) if (a.actor.code) out.push(this.event(s, c.p.verb.first, c.p.verb.last, a, null, c.code, c.modality, c.negated, c.rule, c.confidence));
      c.say(`coded ${c.code} with no target (${this.r.requireDyad === false ? "dyads not required" : "the sentence’s only event, in a main clause"})`);
    }
  }

  /**
   * Violence done to someone by no one named ("A journalist has been killed in a car bomb explosion"):
   * coded with no source, the victim as target, only as a sentence's only event and in a main clause
   * (every main-clause one with dyads not required; none with dyads required, as PETRARCH does).
   */
  private codeAgentless(s: ChunkedSentence, ctx: DocumentContext, preds: readonly Predication[], candidates: Monadic[], coded: boolean, out: Event[]): void {
    if (this.r.requireDyad === true || coded) return;
    // "A woman was killed when a tree fell on a wedding party", "… as the bus plunged into a gorge":
    // an accident the sentence tells of is how they died, nobody's deed.
    // (Not a place that falls to someone: "when Kabul fell to the Taliban".)
    // So with a verb joined to such a clause ("when his car went off the ramp and crashed into trees").
    const accident = preds.find((q) => (q.clauseOpener === "subordinate" || q.clauseOpener === "coordinate") && ACCIDENT_VERBS.has(q.verb.lemma) && q.object == null && !q.verb.passive && q.subject != null && ctx.partiesIn(s, q.subject, true).length === 0);
    if (accident && candidates.length) {
      candidates[0].say(`an accident ("${s.words[accident.verb.head].text}") tells how: nobody's deed, not coded`);
      return;
    }
    // "Dunn was killed in the crash", "were destroyed in the earthquake": so with an accident or a
    // disaster the victims' own verb names.
    for (const c of candidates) {
      const disaster = c.p.preps.find((pp) => DISASTER_NOUNS.has(s.words[pp.np.head].lemma));
      if (!disaster) continue;
      c.say(`an accident or disaster ("${phraseText(s, disaster.np)}") tells how: nobody's deed, not coded`);
      return;
    }
    // "A Romanian woman was killed", "Twenty people were injured": people of no office killed or hurt
    // by no one named, in a story with no attack and no armed party, died in an accident. (A verb of
    // intent names a deed: "Khashoggi was murdered".)
    const accidentVictims = (c: Monadic) => HARM_VERBS.has(c.p.verb.lemma) && c.sources.every(unofficial);
    if (!ctx.armedStory && candidates.length && candidates.every(accidentVictims)) {
      candidates[0].say("killed or hurt with no attack and no armed party in the story: an accident, not coded");
      return;
    }
    // Not what someone believes or fears happened ("those who think ISIS has been defeated").
    const believed = (c: Monadic) => c.p.clauseOpener === "complement" && c.p.governor != null && BELIEF_VERBS.has(c.p.governor);
    const main = candidates.filter((c) => MAIN_CLAUSE.has(c.p.clauseOpener) && !c.p.verb.participle && !c.p.verb.infinitive && !believed(c));
    const chosen = this.r.requireDyad === false ? main : main.slice(0, 1);
    for (const c of chosen) {
      const victims = this.asPeopleOfPlaces(s, ctx, c.sources, c.code);
      // "13 people were killed when masked rebels struck at police posts": the attack the clause of time
      // tells is who did it.
      const attack = preds.find((q) => q !== c.p && !q.verb.passive && q.subject && STRIKING_VERBS.has(q.verb.lemma) && /^(when|as|after)$/.test(s.words[q.clauseFirst].lower) && q.clauseFirst > c.p.verb.last);
      const attackers = attack ? ctx.partiesIn(s, attack.subject!, true).filter((x) => x.actor.code) : [];
      for (const b of victims) {
        if (!b.actor.code) continue;
        const doers = attackers.filter((a) => a.actor.id !== b.actor.id);
        if (doers.length) for (const a of doers) out.push(this.event(s, c.p.verb.first, c.p.verb.last, a, b, c.code, c.modality, c.negated, c.rule, c.confidence));
        else out.push(this.event(s, c.p.verb.first, c.p.verb.last, null, b, c.code, c.modality, c.negated, c.rule, c.confidence));
      }
      c.say(attackers.length ? `coded ${c.code} by whoever the clause of "${s.words[attack!.clauseFirst].text}" says attacked (${attackers.map((x) => x.actor.code).join(", ")})` : `coded ${c.code} with no source: an agentless passive, the sentence’s only event`);
    }
  }

  /**
   * Whether a one-sided event may be coded on its own: a kind of event that needs no recipient, in a
   * main clause, done by the clause's own subject (or the subject of the verb whose infinitive it is;
   * a passive's named doer), and not a verb whose subject undergoes it ("died").
   */
  private standsAlone(s: ChunkedSentence, c: Monadic, ctx: DocumentContext): boolean {
    const p = c.p;
    // "opened an investigation into …": an inquiry a doing verb opens names no suspect, yet it happened.
    const inquiry = c.rule.startsWith("light-verb:") && c.code.startsWith("09");
    if (!(ONE_SIDED.test(c.code) || inquiry) || !MAIN_CLAUSE.has(p.clauseOpener) || PATIENT_SUBJECT_VERBS.has(p.verb.lemma)) return false;
    // A light verb means what its object says: by its block's default alone it is no event of its
    // own ("will take all necessary action", "took part").
    if (c.light) return false;
    // "would take over guarding …", "began shelling": a verb followed by a gerund is an aspect of
    // that gerund's event, not a one-sided event of its own.
    let next = p.verb.last + 1;
    while (next < s.words.length && VERB_PARTICLES.has(s.words[next].lower)) next++;
    const gerund = s.chunks.find((k) => k.kind === "VG" && k.first === next);
    if (gerund && s.words[(gerund as { head: number }).head].lower.endsWith("ing")) return false;
    const doer = c.patientDoer ? p.subject : p.verb.passive ? p.agent : p.subjectSource === "direct" || p.subjectSource === "infinitive" ? p.subject : null;
    if (!doer) return false;
    // An infinitive stands alone only as what someone intends, tries or threatens to do ("vowed to
    // retaliate"): "was able to negotiate immunity", "struggling to censor the videos", "money for
    // hospitals to buy equipment" say what could be or is meant to be done by others.
    if (p.verb.infinitive && !(p.governor && (INTENT_VERBS.has(p.governor) || THREAT_VERBS.has(p.governor)))) return false;
    // The doer is what the phrase is about, not a modifier of it ("Thai law forbids", "a Kabul car
    // bombing"), except after a quantity ("thousands of Nigerians", "up to 100 ethnic Albanians").
    const head = s.words[doer.head];
    const counted = head.pos === "NUM" || QUANTITY_NOUNS.has(head.lower);
    // "Mr. Trump attacked …", "Sanders hit back": force a politician uses on no one the text names is a
    // figure of speech; armies, police, armed groups and states use force with or without a named target.
    // So with seizing no one ("could still capture the presidency", 171); imposing martial law or a
    // sentence (172x, 170) is coercion in office, not a figure.
    if ((FORCE_CODES.test(c.code) || c.code === "171") && c.sources.length > 0 && c.sources.every((x) => unarmedPerson(ctx, x))) return false;
    // "Trump is holding rallies Tuesday": a rally a person in government or a party holds with no one
    // it is against is a campaign or support rally, not a protest (14); the opposition still protests.
    // Nor is a show of strength (15) such a person makes ("Obama garnered huge cheers").
    if (/^1[45]/.test(c.code) && c.sources.length > 0 && c.sources.every((x) => establishedPerson(ctx, x))) return false;
    return ctx.partiesIn(s, doer, true, !counted).length > 0;
  }

  /** The CAMEO code a predication's verb carries: the most specific matching pattern, else the verb's or its block's default. */
  private verbCoding(s: ChunkedSentence, p: Predication, region: RegionWord[], preds: readonly Predication[]): VerbCoding | null {
    const refs = this.verbRefs(s, p);
    if (refs.length === 0) return null;
    const passive = p.verb.passive;
    // Pattern words before the verb may sit in the governing clause ("INDICATED WOULD * NOW");
    // words after it stop at the next verb (reading on into embedded clauses was tried: CAMEO 2.0's
    // head-word patterns then match words of other phrases, e.g. "demanded that X renounce its
    // armed struggle" as an accusation).
    // The verb group's own auxiliaries and negators count as words before the verb ("WILL NOT *", "HAS *").
    const before = region.slice(p.governorFirst, p.verb.head);
    const afterEnd = this.postEnd(s, p, preds);
    // From the head: a result word the group holds ("shot dead") is a pattern word too ("* DEAD").
    const afterWords = region.slice(p.verb.head + 1, afterEnd + 1);
    const patient = passive && p.subject ? this.patientRegion(s, p, region) : [];
    const after = [...patient, ...afterWords];
    // The object's head names what is done to it ("withdrew its ambassador from Moscow": "* AMBASSADOR"
    // over "* FROM +").
    const focus = p.object && !passive ? region[countedHead(s, p.object)] : null;
    // A verb may sit in several blocks (a dictionary can repeat a block name): the best pattern over
    // all of them wins, else the first block that gives the verb a code.
    let best: { ref: VerbRef; match: PatternMatch } | null = null;
    for (const ref of refs) {
      // A passive is matched as its active ("X was shot" like "* X") and as written, for patterns
      // made for passives ("+ WAS * DEAD IN $").
      const candidates = passive ? [matchPatterns(ref.block.patterns, [], after, this.r.verbs, focus), matchPatterns(ref.block.patterns, before, afterWords, this.r.verbs, focus)] : [matchPatterns(ref.block.patterns, before, after, this.r.verbs, focus)];
      for (const match of candidates) if (match && (!best || match.score > best.match.score)) best = { ref, match };
    }
    // "crushed the rebels with tanks" matched "* (WITH) [130]", written for BREAK ("broke with"): a
    // pattern of particles alone is the idiom of the verbs it was written for, so for another verb of
    // the block it holds only where it keeps the verb's own root.
    if (best && writtenForOthers(best.match.pattern, best.ref) && particlesOnly(best.match.pattern) && (best.match.pattern.code.code ?? "").slice(0, 2) !== ((best.ref.verb.code ?? best.ref.block.code).code ?? "").slice(0, 2)) best = null;
    const ref = best?.ref ?? refs.find((r) => (r.verb.code ?? r.block.code).code || (r.verb.code ?? r.block.code).reciprocal) ?? refs[0];
    const block = ref.block;
    const match = best?.match ?? null;
    // "proposed to take up the issue": a phrasal verb is a verb of its own, so the default of its bare
    // verb ("take", APPREHEND) does not apply to it; a pattern or a dictionary verb that includes the
    // particle ("take over") still codes it. "allow up to 13,000 refugees": "up to" a number is a
    // quantity, not a particle.
    if (!match && ref.verb.words.length === 1 && this.particleAfter(s, p.verb.last)) return null;
    // "the former dictator who ruled Argentina", "separatists still control large areas", "a couple
    // who manage a farm": holding control, command or office is a standing state, which CAMEO 2.0's
    // OVERSEE_MANAGE default (060, material cooperation) misreads; only a pattern codes such a verb.
    // So with giving in general ("had yet to give Weizman an answer", "gave him sweeping powers",
    // "has given the Trump camp another opening"): what is given names the event, through a pattern
    // ("* AID", "* &WEAPON"); supplying, providing and lending keep the default (material help).
    if (!match && !ref.verb.code && (CONTROL_VERBS.has(ref.verb.lemma) || GIVING_VERBS.has(ref.verb.lemma))) return null;
    let code = match ? match.pattern.code : ref.verb.code ?? block.code;
    // "Russian missiles struck Kharkiv" matched "&WEAPON * [193:193]", written for BATTLE: whether the
    // other side does the same back is a property of the verb, so a mutual code (the same both ways)
    // holds only for the verbs its pattern was written for (CAMEO 2.0 notes them), or for a verb
    // symmetric by meaning. A pair of roles ("[042:043]", a visit and its host) belongs to the event.
    if (match && code.reciprocal && code.reciprocal === code.code && !SYMMETRIC_VERBS.has(p.verb.lemma) && writtenForOthers(match.pattern, ref)) code = { code: code.code, reciprocal: null };
    const rule = match ? match.pattern.id : ref.verb.code ? `${block.id}:${ref.verb.lemma}` : block.id;
    return { block, match, code, rule, single: ref.verb.words.length === 1, borrowed: match != null && writtenForOthers(match.pattern, ref) };
  }

  /**
   * The people of the place a verb's patient (its object, or a passive's subject) names or stands in:
   * a country or town named in the phrase or in a phrase of place right after it ("malls in the port
   * of Zamboanga"), else a place the places layer resolved there or in the verb's own phrases of
   * place, with its country (a new actor of that country's civilians: "Birao" is no actor, but lies
   * in the Central African Republic).
   */
  private patientPlaces(s: ChunkedSentence, p: Predication, ctx: DocumentContext, sources: readonly Party[], eventCode: string): Party[] {
    const patient = p.verb.passive ? p.subject : p.object;
    if (!patient) return [];
    const k = s.chunks.indexOf(patient);
    const prep = s.chunks[k + 1];
    const after = prep?.kind === "O" && prep.first === prep.last && PATIENT_PLACE_PREPOSITIONS.has(s.words[prep.first].lower) && s.chunks[k + 2]?.kind === "NP" ? (s.chunks[k + 2] as NounPhrase) : null;
    const phrases = after ? [patient, after] : [patient];
    const place = (x: Party) => ctx.isTown(x) || (!!x.actor.country && (x.code ?? x.actor.code) === x.actor.country);
    // (Only a place the phrase is about, not one its "of" relates it to: "in the name of Iraq".)
    const named = withoutSources(phrases.flatMap((np) => ctx.partiesIn(s, np, false, true)), sources).filter(place);
    if (named.length) return named;
    // A place the places layer resolved there, or in a phrase of place of the verb itself ("bombed
    // Waku-Congo, in Cuanza-Sul"; "was detonated by militants at a crowded town in Pulwama district").
    // Only a phrase that is a place ("in Pulwama district", not "in a US drone strike"), and not for
    // a person the text names, who is the one it was done to ("Osama was killed … in Pakistan").
    const placePhrase = (np: NounPhrase) => PLACE_NOUNS.has(s.words[np.head].lemma) || ctx.placesWithin(s.words[np.head].start, s.words[np.head].end).length > 0;
    const someone = (np: NounPhrase) => ctx.namesPerson(s, np) || (s.words[np.head].pos === "PROPN" && !placePhrase(np));
    const verbPlaces = someone(patient) ? [] : p.preps.filter((pp) => PATIENT_PLACE_PREPOSITIONS.has(pp.prep.lower) && placePhrase(pp.np)).map((pp) => pp.np);
    const spans = [patient, ...(after ? [after] : []), ...verbPlaces];
    // (A seizure not of a place in the doers' own country: "Iraqi forces recaptured Mosul" is done to
    // those who held it; force is done at home too: "the army shelled the village".)
    const own = new Set(/^(17|192)/.test(eventCode) ? sources.map((x) => x.actor.country) : []);
    const found = spans.flatMap((np) => ctx.placesWithin(s.words[np.first].start, s.words[np.last].end)).find((x) => x.country && !own.has(x.country));
    if (!found?.country) return [];
    const code = `${found.country}CVL`;
    const actor: Actor = { id: `people:${code}`, name: `${found.country} civilians`, code, country: found.country, sectors: ["CVL"], aliases: [], roles: [], mentions: [], basis: null, members: [] };
    return [{ actor, start: found.start, end: found.end, via: "new", code }];
  }

  /**
   * What capturing or seizing amounts to by what is seized, or null: a place is occupied (192, "rebels
   * captured Birao"); people are arrested (173) by a state's agents and abducted (181) by anyone else
   * ("Hezbollah guerrillas captured three soldiers"); things are seized as property (171, "the navy
   * captured four Chinese fishing vessels"). A matched pattern decides when it names what is seized
   * (its elements after the verb, found there); one about the captor only ("&MILITARY *") or whose words
   * lie elsewhere ("* TERRITORY" in "captured three soldiers … in disputed territory") does not.
   */
  private seizureCode(s: ChunkedSentence, p: Predication, ctx: DocumentContext, match: PatternMatch | null, sources: readonly Party[], targets: readonly Party[]): string | null {
    if (!CAPTURING_VERBS.has(p.verb.lemma) || sources.length === 0) return null;
    // ("had captured much of Liberia": a part the tagger left out of the phrase.)
    const part = ROW_NOUNS.has(s.words[p.verb.last + 1]?.lower ?? "") ? p.preps.find((pp) => pp.prep.lower === "of" && s.words.indexOf(pp.prep) === p.verb.last + 2)?.np : undefined;
    const seized = p.verb.passive ? p.subject : p.object ?? part;
    if (!seized) return null;
    const head = s.words[countedHead(s, seized)];
    if (match) {
      const elements = match.pattern.elements;
      const after = elements.slice(elements.findIndex((el) => el.kind === "verb") + 1);
      // (A synset or phrase after the verb may have matched in what is seized: trust it.)
      if (after.some((el) => el.kind === "synset" || el.kind === "phrase")) return null;
      const words = new Set(after.flatMap((el) => (el.kind === "word" ? el.words : [])));
      if (s.words.slice(seized.first, seized.last + 1).some((w) => words.has(w.lower) || words.has(w.lemma))) return null;
    }
    // ("Rebels captured the capital": a place seized from no one named is still occupied.)
    const named = s.words[head.index - 1];
    const namedPlace = PLACE_NOUNS.has(head.lemma) || (head.pos === "PROPN" && named != null && named.index >= seized.first && PLACE_NOUNS.has(named.lemma));
    if (targets.length === 0) return namedPlace ? "192" : null;
    const covering = targets.filter((x) => x.start <= head.start && head.end <= x.end);
    // (A place read as its people, "East Jerusalem" PSECVL (see patientPlaces), is still a place.)
    const place = (x: Party) => ctx.isTown(x) || (x.code ?? x.actor.code) === x.actor.country || (x.actor.id.startsWith("people:") && ctx.placesWithin(x.start, x.end).length > 0);
    // ("captured the Tigrayan capital Mekelle": a name after a place noun is that place.)
    if (namedPlace || VENUE_NOUNS.has(head.lemma) || HELD_GROUND_NOUNS.has(head.lemma) || (covering.length > 0 && covering.every(place))) return "192";
    // ("Iran seized a British tanker": a ship or plane is property, whoever owns it: CAMEO 1711's "seize ship".)
    if (covering.length === 0 || VEHICLE_WORDS.has(head.lower)) return "171";
    // ("The army captured a rebel commander": an army of no named country is still a state's.)
    return sources.every((x) => STATE_SECTORS.test((x.code ?? x.actor.code ?? "").slice(3)) || isStateAgent(x)) ? "173" : "181";
  }

  /** Whether a party's text ends in a venue noun, singular or plural ("the hospital", "refugee camps"): a common noun phrase's head. */
  private namesVenue(ctx: DocumentContext, x: Party): boolean {
    const last = ctx.text(x).toLowerCase().split(/\s+/).pop() ?? "";
    return VENUE_NOUNS.has(last) || (last.endsWith("s") && VENUE_NOUNS.has(last.slice(0, -1)));
  }

  /** Whether a noun phrase follows the predication's object directly ("called the move an act of aggression"), past an article or quote mark. */
  private describedObject(s: ChunkedSentence, p: Predication): boolean {
    // "what they call justice", "what he called a hoax": the name is the object, what is named the "what".
    if (p.subject && s.words[p.subject.first - 1]?.lower === "what") return true;
    if (!p.object) return false;
    // "considered it inappropriate", "considered Iraq inappropriate" (a phrase ending in an adjective:
    // English adjectives come before their noun, so a last one is the complement).
    if (JUDGING_VERBS.has(p.verb.lemma) && (s.words[p.object.last + 1]?.pos === "ADJ" || (p.object.last > p.object.first && s.words[p.object.last].pos === "ADJ"))) return true;
    // "called Trump \"not fit to be president\"", "called him crooked": a quotation or a bare adjective
    // right after the object is what it was called.
    const after = s.words[p.object.last + 1];
    if (after && (QUOTE_MARK.test(after.text) || (after.pos === "ADJ" && !NOMINAL_TAGS.has(s.words[p.object.last + 2]?.pos ?? "")))) return true;
    let j = p.object.last + 1;
    // (And past an adverb grading what follows: 'a “very weak and ineffective leader”'.)
    // (And past an article standing outside the quotation: 'called Clinton the “Devil”'.)
    while (j < s.words.length && (s.words[j].lower === "a" || s.words[j].lower === "an" || s.words[j].lower === "the" || QUOTE_MARK.test(s.words[j].text) || s.words[j].pos === "ADV")) j++;
    const from = p.object.last + 1;
    // "called Trump on Monday", "phoned Iran Monday": a bare time phrase says when, it names nothing.
    return s.chunks.some((c) => c.kind === "NP" && c.first >= from && c.first <= j && !saysWhen(s.words[c.head]));
  }

  /** Whether "take" takes something: its object right after it, no effort ("took action"), its target not in a with-phrase; or a passive with no adverb after it ("taken aback"). */
  private plainTaking(s: ChunkedSentence, p: Predication, targets: readonly Party[]): boolean {
    if (p.verb.passive) return s.words[p.verb.last + 1]?.pos !== "ADV";
    if (!p.object) return false;
    // Only "back" ("took back the town") or a quantity's own words ("took up to 300 soldiers") may stand between.
    const between = s.words.slice(p.verb.last + 1, p.object.first);
    if (between.length > 0 && !(between.length === 1 && between[0].lower === "back") && s.words[p.object.first].pos !== "NUM") return false;
    // "could take a covert action", "took steps to …": taking an effort is making it.
    if (EFFORT_NOUNS.has(s.words[p.object.head].lemma)) return false;
    const withPhrases = p.preps.filter((pp) => pp.prep.lower === "with").map((pp) => [s.words[pp.np.first].start, s.words[pp.np.last].end]);
    return !targets.some((x) => withPhrases.some(([start, end]) => x.start >= start && x.end <= end));
  }

  /**
   * Whether the word after `last` is a phrasal verb's particle ("take up the issue"), not the start of
   * a quantity ("up to 13,000", "killed over 100"), nor "back", which repeats the verb's own act in
   * return ("fought back", "hit back").
   */
  private particleAfter(s: ChunkedSentence, last: number): boolean {
    const next = s.words[last + 1];
    if (!next || !PHRASAL_PARTICLES.has(next.lower) || next.lower === "back") return false;
    if (s.words[last + 2]?.pos === "NUM") return false;
    return !(s.words[last + 2]?.lower === "to" && s.words[last + 3]?.pos === "NUM");
  }

  /**
   * A speaker's claim that another must act ("Russia said Sudan must return the helicopter", "…
   * should withdraw", "… needs to release …") is a demand (CAMEO 10) from the speaker to the one who
   * must act, coded by what is demanded (see stance.ts). Returns whether it coded one.
   */
  private obligation(s: ChunkedSentence, p: Predication, preds: Predication[], codings: (VerbCoding | null)[], ctx: DocumentContext, out: Event[], say: (m: string) => void): boolean {
    const must = p.verb.modalWord != null && OBLIGATION_MODALS.has(p.verb.modalWord);
    const needs = p.verb.infinitive && (p.governor === "need" || p.governor === "have");
    if (!must && !needs) return false;
    const governing = needs ? preds.find((q) => q.chunk < p.chunk && q.verb.lemma === p.governor && q.clauseFirst === p.clauseFirst) : p;
    if (!governing || governing.clauseOpener !== "complement" || !governing.governor || !SPEECH_VERBS.has(governing.governor) || !governing.subject) return false;
    const speaker = this.speakerOf(s, governing, ctx);
    if (!speaker) return false;
    // "Johnson stated that Britain must leave": what an official says their own state must do is
    // that state's stance, not a demand on another.
    const ownState = (x: Party) => isStateAgent(x) && isStateAgent(speaker) && x.actor.country === speaker.actor.country;
    const targets = ctx.partiesIn(s, governing.subject, true).filter((x) => x.actor.id !== speaker.actor.id && x.actor.code && x.actor.code !== speaker.actor.code && !ownState(x));
    if (targets.length === 0) return false;
    const coding = codings[preds.indexOf(p)];
    const inner = coding?.code.code ?? null;
    const code = stanceCode("demand", inner && !isStanceCode(inner) ? inner : null) ?? "100";
    for (const b of targets) {
      out.push(this.event(s, p.verb.first, p.verb.last, speaker, b, code, "asserted", false, `transform:say-must(${coding?.rule ?? "uncoded"})`, 0.5));
    }
    say(`said that ${targets.map((x) => x.actor.code).join("+")} ${p.verb.modalWord ?? "need to"} ${p.verb.lemma}: ${speaker.actor.code} demands (${code})`);
    return true;
  }

  /**
   * "Iran said Israel would pay a heavy price": a speaker's word that another will pay a price is a
   * threat (CAMEO 130) from the speaker to the one who will pay. Returns whether it coded one.
   */
  private priceThreat(s: ChunkedSentence, p: Predication, ctx: DocumentContext, out: Event[], say: (m: string) => void): boolean {
    if (p.verb.lemma !== "pay" || !p.object || s.words[p.object.head].lemma !== "price" || p.verb.passive || !p.subject) return false;
    if (p.verb.modal !== "future" && p.verb.modalWord !== "would") return false;
    if (p.clauseOpener !== "complement" || !p.governor || !SPEECH_VERBS.has(p.governor)) return false;
    const speaker = this.speakerOf(s, p, ctx);
    if (!speaker) return false;
    const targets = ctx.partiesIn(s, p.subject, true).filter((x) => x.actor.id !== speaker.actor.id && x.actor.code && x.actor.code !== speaker.actor.code);
    if (targets.length === 0) return false;
    for (const b of targets) out.push(this.event(s, p.verb.first, p.verb.last, speaker, b, "130", "asserted", false, "transform:pay-a-price", 0.5));
    say(`said that ${targets.map((x) => x.actor.code).join("+")} will pay a price: ${speaker.actor.code} threatens (130)`);
    return true;
  }

  /**
   * "Russia has denied supplying weapons to the rebels", "Iran denied that it had attacked the
   * tanker": a party denying a deed of its own (`p`, which the dictionary codes) denies responsibility
   * (CAMEO 016) for it, towards whom the deed would have been done.
   */
  private deniedDeed(s: ChunkedSentence, p: Predication, preds: readonly Predication[], ctx: DocumentContext, out: Event[], say: (m: string) => void): void {
    const gerund = s.words[p.verb.head].lower.endsWith("ing") && p.verb.first === p.verb.head;
    // (What is denied follows the verb: "denied supplying", "denied (on Thursday) that it had attacked";
    // not "denied the charges and said".)
    const clauseAfter = (q: Predication) => p.clauseOpener === "complement" && p.governor === "deny" && !q.object;
    const denial = preds.find((q) => q !== p && q.verb.lemma === "deny" && !q.verb.negated && !q.verb.passive && q.subject && q.verb.last < p.verb.first && ((gerund && q.verb.last + 1 === p.verb.first) || clauseAfter(q)));
    if (!denial) return;
    const deniers = ctx.partiesIn(s, denial.subject!, true).filter((x) => x.actor.code);
    const doers = p.subject ? ctx.partiesIn(s, p.subject, true) : [];
    // (Only one's own deed, or one's own country's: "Kagame denied that his country was supporting
    // rebels"; "denied that Iraq attacked Kuwait" is a statement about another.)
    const own = (x: Party) => deniers.some((y) => y.actor.id === x.actor.id || (isStateAgent(y) && (x.code ?? x.actor.code) === y.actor.country));
    if (deniers.length === 0 || doers.length === 0 || !doers.every(own)) return;
    const targets = this.targetOf(s, p, ctx, null, deniers);
    for (const a of deniers) for (const b of targets.length ? targets : [null]) out.push(this.event(s, denial.verb.first, denial.verb.last, a, b, "016", denial.reportedBy ? "reported" : "asserted", false, `transform:denied-deed(${p.verb.lemma})`, 0.5));
    say(`${deniers.map((x) => x.actor.code).join("+")} denies "${s.words[p.verb.head].text}", its own deed: denial of responsibility (016)`);
  }

  /**
   * "China would never renounce the use of force to reunify Taiwan", "Israel did not rule out military
   * action against Iran": force a party will not renounce or rule out is force it threatens (CAMEO
   * 138), aimed at whom it would be used against. Returns whether it coded one.
   */
  private forceKept(s: ChunkedSentence, p: Predication, preds: readonly Predication[], ctx: DocumentContext, out: Event[], say: (m: string) => void): boolean {
    const ruledOut = p.verb.lemma === "rule" && s.words[p.verb.last + 1]?.lower === "out";
    if (!p.verb.negated || p.verb.passive || !p.object || !(RENOUNCING_VERBS.has(p.verb.lemma) || ruledOut)) return false;
    const force = (j: number) => s.words[j].lemma === "force" || (s.words[j].lower === "military" && /^(action|option|strike|intervention)s?$/.test(s.words[j + 1]?.lower ?? ""));
    let named = false;
    for (let j = p.object.first; j <= p.object.last && !named; j++) named = force(j);
    if (!named) return false;
    const sources = p.subject ? ctx.partiesIn(s, p.subject, true).filter((x) => x.actor.code) : [];
    if (sources.length === 0) return false;
    const against = p.preps.find((pp) => pp.prep.lower === "against");
    const purpose = preds.find((q) => q.verb.infinitive && q.verb.first === p.object!.last + 1 && q.object != null);
    const aimedAt = against ? against.np : purpose?.object ?? null;
    const targets = aimedAt ? withoutSources(ctx.partiesIn(s, aimedAt, "object"), sources) : [];
    if (targets.length === 0) return false;
    const modality: Modality = p.reportedBy ? "reported" : "asserted";
    for (const a of sources) for (const b of targets) out.push(this.event(s, p.verb.first, p.verb.last, a, b, "138", modality, false, "transform:force-not-renounced", 0.5));
    say(`force not renounced or ruled out is threatened: ${sources.map((x) => x.actor.code).join("+")} → ${targets.map((x) => x.actor.code).join("+")} (138)`);
    return true;
  }

  /** Whether an actor is a military or armed group (its sectors or the sector in its code). */
  private armedForce(actor: Actor): boolean {
    const sectors = this.r.armedGroupSectors ?? ARMED_GROUP_SECTORS;
    const chunks = (actor.code ?? "").match(/.{3}/g) ?? [];
    return [...actor.sectors, ...chunks.slice(1)].some((x) => x === "MIL" || sectors.has(x));
  }

  /**
   * Whether the event is promised, refused or threatened rather than done, and the CAMEO code that
   * says so (see stance.ts): "refused to deploy" (reject), "threatened/vowed to attack" (threaten),
   * "will/agreed to/is ready to provide aid" and "X said it would …" (intend; an attack X says it
   * will carry out is a threat).
   */
  private stanceOf(s: ChunkedSentence, p: Predication, ctx: DocumentContext, sources: Party[], modality: Modality, code: string): { stance: Stance; code: string; why: string } | null {
    // (A will's gerund refused too: "has no intention of holding talks".)
    const governor = p.verb.infinitive || (p.subjectSource === "gerund" && p.governor === "refuse") ? p.governor : null;
    const speaker = this.speakerOf(s, p, ctx);
    const selfReported = !!speaker && sources.some((x) => x.actor.id === speaker.actor.id);
    const conflict = /^(1[5-9]|20)/.test(code);
    const pick = (stance: Stance, why: string) => {
      const mapped = stanceCode(stance, code);
      return mapped ? { stance, code: mapped, why } : null;
    };
    if (governor && REFUSAL_VERBS.has(governor)) return pick("reject", `refused ("${governor}" + to)`);
    if (governor && THREAT_VERBS.has(governor) && /^(1[14-9]|20)/.test(code)) return pick("threaten", `threatened ("${governor}" + to)`);
    const promised = modality === "intended" || (p.verb.modalWord === "would" && selfReported);
    if (!promised) return null;
    if (conflict) return selfReported ? pick("threaten", "an attack its source says it will carry out") : null;
    return pick("intend", "promised, planned or agreed, not yet done");
  }

  /**
   * The words a passive's patient brings to pattern matching, as the object would in the active
   * sentence: the subject phrase and the prepositional phrases that follow it ("a document on
   * defense cooperation, which will be signed").
   */
  private patientRegion(s: ChunkedSentence, p: Predication, region: RegionWord[]): RegionWord[] {
    const subject = p.subject!;
    const end = subject.last < p.clauseFirst ? p.clauseFirst - 1 : p.verb.first - 1;
    const out: RegionWord[] = [];
    for (let i = subject.first; i <= end && i < s.words.length; i++) {
      if (i > subject.last && (s.words[i].pos === "PUNCT" || s.words[i].pos === "PRON" || s.words[i].pos === "AUX")) break;
      out.push(region[i]);
    }
    return out;
  }

  /** Last word index of the words after the verb that belong to it: up to the next verb group or clause end. */
  private postEnd(s: ChunkedSentence, p: Predication, preds: readonly Predication[]): number {
    let end = p.clauseLast;
    // A copula is no verb of its own: "allowed that Mordor isn't a really pleasant place" reads on; nor
    // is an infinitive the dictionary does not know ("vowed to wage war on …", see opaqueInfinitive);
    // nor a bare past participle describing the phrase before it ("welcomed assurances sent from Bree"),
    // which belongs to that phrase.
    const reduced = new Set(preds.filter((q) => q.verb.passive && q.subjectSource === "relative" && q.verb.first === q.verb.head && q.subject?.last === q.verb.first - 1).map((q) => q.verb.first));
    const k = s.chunks.findIndex((c) => c.kind === "VG" && c.first > p.verb.last && !c.copula && !(c.infinitive && this.unknownVerb(s, c.head)) && !reduced.has(c.first));
    // "declined to comment" ("* COMMENT", 011), "refused to join" ("* JOIN"): the verb's own infinitive
    // right after it is a pattern word, as in the verb phrase PETRARCH's patterns were written on;
    // what follows that infinitive is its own.
    const next = k >= 0 ? (s.chunks[k] as VerbGroup) : null;
    if (next) end = Math.min(end, next.infinitive && next.first === p.verb.last + 1 ? next.last : next.first - 1);
    // "He said in an earlier statement that the arrests were …": what a speech verb says is no
    // pattern word of its own ("* ARREST" is "announced the arrest of").
    if (SPEECH_VERBS.has(p.verb.lemma)) {
      const said = preds.find((q) => q.verb.first > p.verb.last && q.verb.first <= end + 1 && q.subject != null && s.words[q.subject.first - 1]?.lower === "that");
      if (said) end = Math.min(end, said.subject!.first - 2);
    }
    // "captured the island of Hanish al-Kabir, part of an archipelago …": a phrase set off by commas
    // after the object describes it ("* PART" is "took part"); a list ("Iran, Syria and Iraq") goes on.
    const aside = p.object && s.words[p.object.last + 1]?.text === "," ? s.chunks.findIndex((c) => c.first === p.object!.last + 2) : -1;
    if (aside >= 0 && s.chunks[aside].kind === "NP" && !listGoesOn(s, aside)) end = Math.min(end, p.object!.last);
    return end;
  }

  /** Whether a verb says or states rather than does: a speech verb, or one whose block is a statement (010: "cite", "describe"). */
  private states(s: ChunkedSentence, p: Predication): boolean {
    // Only a plain statement (010): CAMEO 2.0 files acts under other 01 codes ("intrude" is 013 with
    // "* TERRITORY" 192; "involve" is 012 with "* (IN &FIGHT)" 190).
    return SPEECH_VERBS.has(p.verb.lemma) || this.verbRefs(s, p).some((ref) => ref.block.code.code === "010");
  }

  /** Whether the dictionary has no entry for the verb at word `head`. */
  private unknownVerb(s: ChunkedSentence, head: number): boolean {
    return this.verbRefsAt(s, head).length === 0;
  }

  private verbRefs(s: ChunkedSentence, p: Predication): VerbRef[] {
    return this.verbRefsAt(s, p.verb.head);
  }

  private verbRefsAt(s: ChunkedSentence, at: number): VerbRef[] {
    // Asked again for every predication that reads past the verb (unknownVerb): answered once per word.
    if (this.refsSentence !== s) {
      this.refsSentence = s;
      this.refsAt.clear();
    }
    let refs = this.refsAt.get(at);
    if (!refs) this.refsAt.set(at, (refs = this.findVerbRefs(s, at)));
    return refs;
  }

  private findVerbRefs(s: ChunkedSentence, at: number): VerbRef[] {
    const head = s.words[at];
    const key = this.keyOf(head);
    const byForm = this.r.verbs.byForm(key).filter((ref) =>
      ref.form.every((w, i) => {
        const k = at - ref.verb.head + i;
        return i === ref.verb.head || (s.words[k] && this.keyOf(s.words[k]) === w);
      }));
    // "Police found flags": a form of two verbs (FIND's "found" and the base of FOUND) is read as the
    // one whose base is the lemma the tagger gave it in this sentence.
    const asTagged = byForm.filter((ref) => ref.verb.words[ref.verb.head] === head.lemma);
    if (asTagged.length && asTagged.length < byForm.length) return asTagged;
    if (byForm.length) return byForm;
    return this.r.verbs.byLemma(head.lemma).filter((ref) => ref.form.length === 1);
  }

  /** A word's token key: the document's, computed once in `code`. */
  private keyOf(w: Word): string {
    return this.keys[w.index] ?? tokenKey(w.text);
  }

  private regionWords(s: ChunkedSentence, ctx: DocumentContext): RegionWord[] {
    const npOf = new Array<number>(s.words.length).fill(-1);
    s.chunks.forEach((c, k) => {
      if (c.kind !== "NP") return;
      for (let i = c.first; i <= c.last; i++) npOf[i] = k;
    });
    // "a meeting about Syria to be held in Moscow": the "to" of an infinitive is no preposition.
    // "on Tuesday", "this week": nor is the preposition of a time, which says when, not to whom.
    const notPreposition = new Array<boolean>(s.words.length).fill(false);
    s.chunks.forEach((c, k) => {
      if (c.kind === "VG" && c.infinitive && s.words[c.first].lower === "to") notPreposition[c.first] = true;
      else if (c.kind === "O" && s.words[c.last].lower === "to" && s.chunks[k + 1]?.kind === "VG") notPreposition[c.last] = true;
      else if (c.kind === "NP" && k > 0 && TIME_WORDS.has(s.words[c.head].lower) && s.chunks[k - 1].kind === "O" && s.words[c.first - 1].pos === "ADP") notPreposition[c.first - 1] = true;
    });
    // "was arrested in the city of Hangzhou": the words of a phrase after a preposition of place say
    // where, not what the verb acts on ("* &TOWN", seizing a town).
    const inPlacePhrase = new Array<boolean>(s.words.length).fill(false);
    s.chunks.forEach((c, k) => {
      if (c.kind !== "NP" || k === 0 || s.chunks[k - 1].kind !== "O" || !LOCATIVE_PREPOSITIONS.has(s.words[c.first - 1]?.lower ?? "")) return;
      // (With the phrase's "of" complements: "in the city of Hangzhou".)
      let last = k;
      while (s.chunks[last + 1]?.kind === "O" && s.words[s.chunks[last + 1].first].lower === "of" && s.chunks[last + 2]?.kind === "NP") last += 2;
      for (let i = c.first; i <= s.chunks[last].last; i++) inPlacePhrase[i] = true;
    });
    // "detained dozens of activists during protests": nor do the words of a phrase that only says
    // amid what the act happened (a pattern's own preposition still reaches them: "* (DURING PROTEST)").
    const inCircumstance = new Array<boolean>(s.words.length).fill(false);
    s.chunks.forEach((c, k) => {
      if (c.kind !== "NP" || k === 0 || s.chunks[k - 1].kind !== "O" || !CIRCUMSTANCE_ONLY_PREPOSITIONS.has(s.words[c.first - 1]?.lower ?? "")) return;
      // (Not a phrase a participle after it acts on: "during the martial law imposed by Marcos".)
      const described = s.chunks[k + 1];
      if (described?.kind === "VG" && described.participle) return;
      for (let i = c.first; i <= c.last; i++) inCircumstance[i] = true;
    });
    const actors = new PhraseActors(s, ctx);
    return s.words.map((w, i) => new SentenceWord(this.keyOf(w), tokenKey(w.lemma), npOf[i], actors, notPreposition[i], inPlacePhrase[i], inCircumstance[i]));
  }

  /**
   * The source. `patterned`: a verb pattern matched (its slots bind what it names); `placeDoers`: the
   * event is something authorities do, so an agentless passive's place stands for them.
   */
  private sourceOf(s: ChunkedSentence, p: Predication, ctx: DocumentContext, bound: number | null, say: (m: string) => void, { patterned, placeDoers, preds = [] }: { patterned: boolean; placeDoers: boolean; preds?: readonly Predication[] }): Party[] {
    if (bound != null) return ctx.partiesIn(s, s.chunks[bound] as NounPhrase, true);
    if (p.verb.passive) {
      if (p.agent) return ctx.partiesIn(s, p.agent);
      // "was assassinated in a US drone strike", "was killed in a United States counterterrorism
      // operation": the actor behind the means or the armed action.
      // "were killed due to aerial bombardment launched by pro-regime helicopters": so with "due to",
      // and with the doer of a passive participle describing the action.
      for (const pp of p.preps) {
        const dueTo = pp.prep.lower === "to" && CAUSE_BEFORE_TO.has(s.words[s.words.indexOf(pp.prep) - 1]?.lower ?? "");
        if (!["in", "by", "during"].includes(pp.prep.lower) && !dueTo) continue;
        const head = s.words[pp.np.head];
        if (!phraseEvent(s, pp.np) && !OPERATION_NOUNS.has(head.lemma) && !FIGHT_NOUNS.has(head.lemma)) continue;
        let parties = ctx.partiesIn(s, pp.np);
        const described = parties.length ? undefined : preds.find((q) => q.verb.first === pp.np.last + 1 && q.verb.passive && q.subject === pp.np && q.agent);
        if (described) parties = ctx.partiesIn(s, described.agent!);
        // "were wounded in clashes with gunmen": fighting's other side did it.
        const foe = parties.length || !FIGHT_NOUNS.has(head.lemma) ? undefined : p.preps.find((x) => x.prep.lower === "with" && s.words.indexOf(x.prep) === pp.np.last + 1);
        if (foe) parties = ctx.partiesIn(s, foe.np);
        if (parties.length) {
          say(`passive without "by": agent read from "${phraseText(s, described ? described.agent! : foe ? foe.np : pp.np)}"`);
          if (phraseEvent(s, pp.np)) this.meansOfDeeds.add(s.chunks.indexOf(pp.np));
          return parties;
        }
      }
      // So with such a phrase opening the clause ("In the Israeli air strike on a convoy, an Iranian
      // general was killed").
      const opening = this.openingEvent(s, p);
      if (opening) {
        const parties = ctx.partiesIn(s, opening);
        if (parties.length) {
          say(`passive without "by": agent read from the opening "${phraseText(s, opening)}"`);
          return parties;
        }
      }
      // "a document …, which will be signed": those who prepared the document will sign it.
      // Not when the subject is itself someone ("people who had been accused of crimes"): who did it to
      // them is not the one the main clause is about.
      const implicit = p.subjectSource === "relative" && p.subject && ctx.partiesIn(s, p.subject, true).length === 0 ? ctx.governorOf(s, p.subject) : null;
      if (implicit) {
        say(`passive relative clause: agent taken from the clause that introduced "${phraseText(s, p.subject!)}"`);
        return implicit;
      }
      // "was arrested in Lebanon": with no one named as the doer, the place it happened in stands for
      // its authorities (PETRARCH reads BY, FROM and IN alike).
      // ("from" was tried too, as PETRARCH does, but "recaptured from the rebels" names the loser.)
      // A place inside a phrase of movement ("airlifted from the city of Omsk in Siberia") says where
      // that phrase's place is, not where the event happened.
      // Only for what authorities do (AUTHORITY_CODES): "Iranians killed in Aleppo" were not killed by Aleppo.
      const located = placeDoers ? p.preps.filter((pp, k) => !(k > 0 && MOVEMENT_PREPOSITIONS.has(p.preps[k - 1].prep.lower) && p.preps[k - 1].np.last + 1 === s.words.indexOf(pp.prep))) : [];
      for (const pp of located) {
        if (pp.prep.lower !== "in") continue;
        const parties = ctx.partiesIn(s, pp.np, false, true).filter((x) => !x.actor.members.length);
        if (parties.length) {
          say(`passive without a doer: source read from the place "${phraseText(s, pp.np)}"`);
          return parties;
        }
      }
      // "was arrested at a Moscow airport": so with a place the places layer found in or at, where no
      // actor is named (one named after "at" is more often where it happened: "at the U.S. embassy"),
      // as the country whose authorities act there.
      for (const pp of located) {
        if (pp.prep.lower !== "in" && pp.prep.lower !== "at") continue;
        const place = ctx.placesWithin(s.words[pp.np.first].start, s.words[pp.np.last].end).find((x) => x.country);
        if (!place?.country) continue;
        say(`passive without a doer: source read from the place "${phraseText(s, pp.np)}" (${place.name}, ${place.country})`);
        const actor: Actor = { id: `authorities:${place.country}`, name: place.country, code: place.country, country: place.country, sectors: [], aliases: [], roles: [], mentions: [], basis: null, members: [] };
        return [{ actor, start: place.start, end: place.end, via: "new", code: place.country }];
      }
      return [];
    }
    // "approve a plan that will not allow candidates from Hamas": what a law, plan or resolution does
    // in a relative clause, those who adopt it do.
    if (p.subject && p.subjectSource === "relative" && DOCUMENT_NOUNS.has(s.words[p.subject.head].lemma)) {
      const adopters = ctx.governorOf(s, p.subject);
      if (adopters) {
        say(`relative clause on "${phraseText(s, p.subject)}": source taken from those who adopt it`);
        return adopters;
      }
    }
    // "bombings in Istanbul that killed 44 people": what an event did, its doers did; a place named in
    // the event's phrase is where it happened. Only the actors before the noun ("a US drone strike
    // that killed …") are its doers.
    if (p.subject && p.subjectSource === "relative" && phraseEvent(s, p.subject)) {
      // (A town before the noun says where: "the Baghdad bombings".)
      const doers = ctx.partiesBetween(s, p.subject.first, p.subject.head - 1).filter((x) => !ctx.isTown(x));
      // "The Taliban claimed responsibility for the bombing that killed …": the claimant is the doer.
      const claimants = doers.length ? null : ctx.claimantsOf(s, p.subject);
      if (claimants) {
        say(`relative clause on the event "${phraseText(s, p.subject)}": its doers are those who claimed responsibility for it`);
        return claimants;
      }
      // "The United States carried out a drone strike that killed …": so are those who carried it out.
      const performed = doers.length ? undefined : ctx.predicationsOf(s).find((q) => q.object === p.subject && q.subject && !q.verb.passive && PERFORMING_VERBS.has(q.verb.lemma));
      const performers = performed ? ctx.partiesIn(s, performed.subject!, true) : [];
      if (performers.length) {
        say(`relative clause on the event "${phraseText(s, p.subject)}": its doers are those who "${s.words[performed!.verb.head].text}" it`);
        return performers;
      }
      say(`relative clause on the event "${phraseText(s, p.subject)}": ${doers.length ? "its doers are named before it" : "no doer named"}`);
      return doers;
    }
    // "Nabil's murder … constitutes a blow to journalism": a subject naming what was done to someone
    // is an event, and those it names underwent it; they do not do the verb by its default (a pattern
    // made for such subjects, "% DEATH TOLL HAS RISEN", still binds them).
    if (!patterned && p.subject && SUFFERED_EVENT_NOUNS.has(s.words[p.subject.head].lemma)) {
      say(`the subject "${phraseText(s, p.subject)}" names what someone underwent, not a doer`);
      return [];
    }
    // "An airstrike by the U.S.-led coalition killed five soldiers": a means or an armed action that
    // names no one does what its "by" phrase's doer does through it.
    if (p.subject && ctx.partiesIn(s, p.subject, true).length === 0 && this.armedAction(s, p.subject)) {
      const k = s.chunks.indexOf(p.subject);
      const by = s.chunks[k + 1];
      const doer = by?.kind === "O" && s.words[by.first].lower === "by" && s.chunks[k + 2]?.kind === "NP" ? (s.chunks[k + 2] as NounPhrase) : null;
      const parties = doer ? ctx.partiesIn(s, doer) : [];
      if (parties.length) {
        say(`"${phraseText(s, p.subject)}" names no one: its doer read from "by ${phraseText(s, doer!)}"`);
        return parties;
      }
    }
    // "an appeal by the UN for deploying troops": a gerund's doer is the phrase's head, not a modifier.
    return p.subject ? ctx.partiesIn(s, p.subject, p.subjectSource !== "gerund", p.subjectSource === "gerund") : [];
  }

  /** Whether a phrase names a means of force or an armed action ("an airstrike", "rockets", "the operation"). */
  private armedAction(s: ChunkedSentence, np: NounPhrase): boolean {
    const head = s.words[np.head];
    return MEANS_NOUNS.has(head.lower) || OPERATION_NOUNS.has(head.lemma) || FORCE_CODES.test(phraseEvent(s, np)?.code ?? "");
  }

  /** "In the Israeli air strike on a convoy, …": an armed action in a phrase opening the verb's clause, before its subject. */
  private openingEvent(s: ChunkedSentence, p: Predication): NounPhrase | null {
    if (!p.subject) return null;
    for (let k = 0; k + 1 < s.chunks.length; k++) {
      const c = s.chunks[k];
      const np = s.chunks[k + 1];
      if (np.first >= p.subject.first) break;
      if (c.first < p.clauseFirst) continue;
      if (c.kind === "O" && /^(in|during)$/.test(s.words[c.first].lower) && np.kind === "NP" && this.armedAction(s, np)) return np;
    }
    return null;
  }

  /**
   * The target: the bound slot, else the passive's patient, the object, then the prepositional
   * phrases. Places ("in Tehran") come only with `places`, as a last resort after everything else
   * (a meeting "in Tehran" is between those who met, and "with X" wins wherever it stands).
   */
  private targetOf(s: ChunkedSentence, p: Predication, ctx: DocumentContext, bound: number | null, sources: Party[], places = false, deed = false): Party[] {
    if (bound != null) {
      // "fears echoed by Japan and China": a passive's agent, and a phrase joined to it, is a doer, no target.
      const agentAt = p.verb.passive && p.agent ? s.chunks.indexOf(p.agent) : -1;
      const joinedToAgent = agentAt >= 0 && bound >= agentAt && s.chunks.slice(agentAt + 1, bound).every((c) => c.kind === "NP" || (c.kind === "O" && /^(and|,)$/.test(s.words[c.first].lower) && c.first === c.last));
      if (joinedToAgent) return [];
      return withoutSources(ctx.partiesIn(s, s.chunks[bound] as NounPhrase, "object"), sources);
    }
    if (p.verb.passive) {
      const undergoers = p.subject ? withoutSources(ctx.partiesIn(s, p.subject, true), sources) : [];
      // "Sanctions were imposed on Belarus by the EU", "rockets were fired at Israel": when what underwent
      // it is a thing, the phrase that says whom it falls on ("on", "against", "at") is the target.
      // (Not a bare participle describing a phrase: "guidelines based on U.S. methods".)
      const thing = p.subject != null && p.verb.first < p.verb.head && undergoers.length === 0 && ctx.partiesIn(s, p.subject, true).length === 0;
      const aimedAt = thing ? p.preps.find((pp) => TARGET_PREPOSITIONS.has(pp.prep.lower) && s.words.indexOf(pp.prep) > p.verb.last) : undefined;
      return aimedAt ? withoutSources(ctx.partiesIn(s, aimedAt.np, "object"), sources) : undergoers;
    }
    // What is said is not whom it is said to: a speech verb's object is its content, except for verbs
    // that take the addressee as object ("urged Bree to …", "told Iran that …", "warned Turkey").
    const speech = SPEECH_VERBS.has(p.verb.lemma);
    // "will withdraw the United States from the TPP", "pulled its troops out of Syria": what is
    // withdrawn is moved, and the event is aimed at what it is withdrawn from.
    // (Not people evacuated: "evacuated civilians from Mariupol" helps them, not anyone in the place
    // left; "evacuated its citizens from Sudan" helps its own, and is aimed at no one.)
    const evacuees = p.verb.lemma === "evacuate" && p.object != null && PEOPLE_NOUNS.has(s.words[countedHead(s, p.object)].lemma);
    if (evacuees) return withoutSources(ctx.partiesIn(s, p.object!, "object"), sources);
    const from = WITHDRAWING_VERBS.has(p.verb.lemma) && p.object ? p.preps.find((pp) => pp.prep.lower === "from" && pp.np.first > p.object!.last) : undefined;
    if (from) {
      // "from a treaty with Iran": an accord's counterpart stands for it.
      const after = p.preps[p.preps.indexOf(from) + 1];
      const counterpart = after && /^(with|between)$/.test(after.prep.lower) && s.words.indexOf(after.prep) === from.np.last + 1 ? after.np : null;
      const parties = withoutSources(ctx.partiesIn(s, from.np, "object"), sources);
      const aimed = parties.length || !counterpart ? parties : withoutSources(ctx.partiesIn(s, counterpart, "object"), sources);
      if (aimed.length) return aimed;
      // The doers' own country withdrawn from something unnamed is no target ("withdrew the US from the TPP").
      const moved = p.object ? ctx.partiesIn(s, p.object, "object") : [];
      if (moved.length && moved.every((x) => sources.some((y) => y.actor.country != null && (x.code ?? x.actor.code) === y.actor.country))) return [];
    }
    // "denied Amnesty's claims", "rejected the US report": what is said back to is its author's.
    const answered = speech && p.object != null && UTTERANCE_NOUNS.has(s.words[p.object.head].lemma);
    // "Putin described the killing of Karlov as …": who underwent an event described is not addressed.
    const objectHead = p.object ? s.words[p.object.head] : null;
    const deedObject = objectHead != null && (SUFFERED_EVENT_NOUNS.has(objectHead.lemma) || phraseEvent(s, p.object!) != null);
    const described = deedObject && this.states(s, p);
    // "condemned the execution of a British-Iranian national by Iran", "condemned Iran's execution of
    // …": a deed judged is aimed at whoever did it, named by "by" right after it or as its possessor,
    // not at whom it was done to.
    if (deedObject && DEED_JUDGING_VERBS.has(p.verb.lemma)) {
      const object = p.object!;
      const by = p.preps.find((pp) => pp.prep.lower === "by" && s.words.indexOf(pp.prep) === object.last + 1);
      const owner = object.possessor;
      const ownerHead = owner && /^['’]s?$/.test(s.words[owner[1]].text) ? owner[1] - 1 : owner?.[1];
      const doers = by ? ctx.partiesIn(s, by.np, "object") : owner && ownerHead != null ? ctx.partiesIn(s, { ...object, first: owner[0], last: ownerHead, head: ownerHead, possessor: null, ofComplements: [] }, "object") : [];
      const judged = withoutSources(doers, sources);
      if (judged.length) return judged;
    }
    if (p.object && !described && (!speech || answered || ADDRESSEE_VERBS.has(p.verb.lemma))) {
      // Its author is named before the utterance ("US claims"), not in what it is of ("claims of an
      // Iraqi attack" are not Iraq's).
      const head = s.words[p.object.head];
      const byAuthor = (x: Party) => !answered || ADDRESSEE_VERBS.has(p.verb.lemma) || x.start < head.end;
      const parties = withoutSources(ctx.partiesIn(s, p.object, "object"), sources).filter(byAuthor);
      if (parties.length) return parties;
    }
    let timePhraseEnd = -1;
    for (const pp of p.preps) {
      // "proposed measures after reports from Britain and France": a phrase right after a phrase of time
      // or circumstance belongs to it ("reports from Britain"), not to the verb.
      const prepAt = s.words.indexOf(pp.prep);
      const inTimePhrase = prepAt === timePhraseEnd + 1;
      if (TIME_PREPOSITIONS.has(pp.prep.lower) || CIRCUMSTANCE_PREPOSITIONS.has(pp.prep.lower) || inTimePhrase) timePhraseEnd = pp.np.last;
      if (inTimePhrase) continue;
      // "investigating war crimes by Croatian extremists": after an object, "by" names whose deeds they are.
      // Only with no phrase but the object's of-phrases before it ("the shut-down of broadcasting
      // operations by the company"): "…, despite criticism by the Greek minister" names whose criticism.
      if (pp.prep.lower === "by" && !(p.object && pp.np.first > p.object.last && p.preps.every((q) => q === pp || q.np.last < p.object!.first || q.np.first > pp.np.last || q.prep.lower === "of"))) continue;
      // "Police say William Goble, 26, of Edmonton, was arrested": after what is said, "of" describes it.
      if (speech && pp.prep.lower === "of" && p.object && pp.np.first > p.object.last) continue;
      // "came to the fore during the U.S. presidential election": a time or circumstance names no recipient.
      if (CIRCUMSTANCE_PREPOSITIONS.has(pp.prep.lower)) continue;
      // "blamed the opposition party for the low absorption rate of EU funds": after the one judged, "for"
      // or "over" gives the reason, not the recipient.
      if (p.object && REASON_TAKING_VERBS.has(p.verb.lemma) && REASON_PREPOSITIONS.has(pp.prep.lower) && pp.np.first > p.object.last) continue;
      // "arrested 137 people for allegedly spying for Iraq", "fought for the government": whom one spies,
      // fights or works for is one's own side, not the target.
      if (pp.prep.lower === "for" && SIDE_TAKING_VERBS.has(p.verb.lemma)) continue;
      // "served as prime minister", "ordered out as illegal aliens": "as" names a role, not a recipient.
      if (pp.prep.lower === "as" && s.words[s.words.indexOf(pp.prep) - 1]?.lower !== "such") continue;
      // After a locative preposition only the phrase's head counts: "in Iraq’s north" is a place;
      // where something is said is not whom it concerns.
      const locative = LOCATIVE_PREPOSITIONS.has(pp.prep.lower);
      if (locative !== places || (locative && speech && !deed)) continue;
      // "agreed to take part in talks in London", "signed a truce in Jeddah": a place right after a
      // gathering or what parties make between them is where it is held or made (force still falls on
      // it: "attacked talks in Baghdad").
      if (locative && !deed) {
        const gathering = s.chunks.find((c): c is NounPhrase => c.kind === "NP" && c.last === prepAt - 1);
        if (gathering && (GATHERING_NOUNS.has(s.words[gathering.head].lemma) || JOINT_INSTRUMENT_NOUNS.has(s.words[gathering.head].lemma))) continue;
      }
      // "arrived from India", "travelled from Mexico": where one comes from is no host; nor is a place
      // people are evacuated from the recipient of the evacuation ("evacuated its citizens from Sudan"),
      // nor those people are rescued from ("rescued 100 hostages from Boko Haram").
      // (The tagger may leave a rarer verb unlemmatised: "rescued".)
      if (pp.prep.lower === "from" && (ARRIVAL_VERBS.has(p.verb.lemma) || hasLemma(EVACUATING_VERBS, p.verb.lemma))) continue;
      // "announced this change by live television", "said via Twitter": what something is said through
      // is its channel, not whom it is said to (a medium told something is the object: "told Greek TV").
      if (speech && CHANNEL_PREPOSITIONS.has(pp.prep.lower) && ctx.partiesIn(s, pp.np, "object").every((x) => x.actor.code?.endsWith("MED"))) continue;
      const parties = withoutSources(ctx.partiesIn(s, pp.np, "object", locative), sources);
      if (parties.length) return parties;
    }
    return [];
  }

  /** PETRARCH transformation "a (b . ATTACK) SAY = a b 112", generalised: a speaker who reports that b
   * supports an armed group ("US efforts to revive terrorists") accuses b. */
  private transformSupport(s: ChunkedSentence, p: Predication, sources: Party[], ctx: DocumentContext, out: Event[], say: (m: string) => void, rule: string, code: string | null): void {
    const speaker = this.speakerOf(s, p, ctx);
    if (!speaker || !p.object) return;
    // "Nigerian police shot dead six suspects, the national news agency reported": a news agency or paper
    // is the channel of the report, not a party accusing anyone (its spokesman or a person may accuse).
    if (speaker.actor.code?.endsWith("MED") && !ctx.isPerson(speaker)) {
      say(`reported by ${ctx.text(speaker)}, a news medium: its news, not its accusation`);
      return;
    }
    // Not a participle describing a noun of what is said ("wanted the release of their fighters taken
    // hostage by the rebels"): what is reported is the clause's own verb, not a detail of its object.
    if (p.verb.passive && p.subjectSource === "relative" && p.verb.first === p.verb.last) return;
    // "Kidnappers have demanded a ransom, authorities said", "gunmen killed five, police said": what
    // criminals or unidentified gunmen did is reported as a crime, not an accusation of a party.
    if (sources.length > 0 && sources.every((x) => partySectors(x).every((y) => y === "CRM" || y === "UAF") && partySectors(x).length > 0)) {
      say(`reported deed of criminals or unidentified gunmen: the deed, not an accusation`);
      return;
    }
    // Only reported attacks (roots 18–20) become accusations, as in PETRARCH's "(b . ATTACK) SAY"; not
    // one the speaker supposes ("said that Israel could attack its sites" accuses Israel of nothing).
    if (code && FORCE_CODES.test(code) && p.modality === "hypothetical") {
      say(`a supposed attack ("${s.words[p.verb.head].text}"), not one reported as done: no accusation`);
      return;
    }
    // "Russia's defence ministry said Russian forces had captured the village": a government telling of
    // its own forces' deeds reports them; it accuses no one. (Not lawmakers, judges or politicians out
    // of office, who may accuse their own state.)
    const executive = (x: Party) => isStateAgent(x) && partySectors(x).length > 0 && partySectors(x).every((y) => STATE_FORCE_SECTORS.has(y));
    const ownCountry = executive(speaker) ? speaker.actor.country : null;
    if (ownCountry && sources.length > 0 && sources.every((x) => x.actor.country === ownCountry && executive(x))) {
      say(`reported by ${ctx.text(speaker)} of its own side's deed: the deed, not an accusation`);
      return;
    }
    if (code && FORCE_CODES.test(code)) {
      this.accuse(s, p, speaker, sources, ctx, out, say, `transform:report-of-hostility(${rule})`);
      return;
    }
    if (this.isArmedGroup(s, p.object, ctx)) this.accuse(s, p, speaker, sources, ctx, out, say, `transform:support-armed-group(${rule})`);
  }

  /**
   * "Tapper said Brazile's actions were unethical", "Obama said Putin was a dangerous man": a speaker
   * who says a party, or what it did, is something CONDEMNING_WORDS or PRAISING_WORDS name criticizes
   * (111) or praises (051) it. Only in what someone says: the writer's own words are no event.
   */
  private transformJudgement(s: ChunkedSentence, p: Predication, ctx: DocumentContext, out: Event[], say: (m: string) => void): void {
    // (Not "wants to be a good partner": what one would be is no judgement of what one is.)
    if (p.verb.lemma !== "be" || p.verb.negated || p.verb.infinitive || s.words[p.verb.first - 1]?.lower === "to" || !p.subject || p.modality === "hypothetical" || p.modality === "intended") return;
    const verdict = judgementAfter(s, p.verb.last + 1);
    if (!verdict) return;
    const speaker = this.speakerOf(s, p, ctx);
    if (!speaker?.actor.code) return;
    const code = CONDEMNING_WORDS.has(verdict.lemma) ? "111" : "051";
    for (const b of ctx.partiesIn(s, p.subject, "subject")) {
      if (!b.actor.code || b.actor.id === speaker.actor.id) continue;
      out.push(this.event(s, p.verb.first, verdict.index, speaker, b, code, "asserted", false, `transform:judgement(${verdict.lemma})`, 0.5));
      say(`${speaker.actor.name} says ${ctx.text(b)} is ${verdict.lemma}: ${code === "111" ? "criticism" : "praise"} (${code})`);
    }
  }

  /** Verbs the dictionary does not code still carry reported accusations ("seek to redeploy terrorists"). */
  private transformUncoded(s: ChunkedSentence, p: Predication, ctx: DocumentContext, out: Event[], say: (m: string) => void): void {
    if (SPEECH_VERBS.has(p.verb.lemma) || !p.object) return;
    const speaker = this.speakerOf(s, p, ctx);
    if (!speaker) return;
    // (Supporting an armed group is no act of authorities: a place names no supporter.)
    const sources = this.sourceOf(s, p, ctx, null, () => undefined, { patterned: false, placeDoers: false });
    if (sources.length === 0 || !this.isArmedGroup(s, p.object, ctx)) return;
    // Only what helps the group ("redeploy terrorists", "arm the militias"): "they got Bin Laden" is no support.
    if (!SUPPORTING_VERBS.has(p.verb.lemma)) {
      say(`"${s.words[p.verb.head].text}" done to an armed group is no support of it: no accusation`);
      return;
    }
    this.accuse(s, p, speaker, sources, ctx, out, say, "transform:support-armed-group");
  }

  private accuse(s: ChunkedSentence, p: Predication, speaker: Party, accused: Party[], ctx: DocumentContext, out: Event[], say: (m: string) => void, rule: string): void {
    for (const b of accused) {
      if (!speaker.actor.code || !b.actor.code || speaker.actor.id === b.actor.id) continue;
      // "Houthi spokesman Sarea said it carried out the attack": one's own side's deed is claimed, not
      // accused. A country's rebels or opposition are not its side ("The PKK said Turkey bombed its camps").
      // (A citizen coded by country alone is no side: prosecutors accuse the man they charge.)
      if (speaker.actor.code.startsWith(b.actor.code) && !NON_STATE_SECTOR_CODES.test(speaker.actor.code.slice(b.actor.code.length)) && !(b.actor.code === b.actor.country && ctx.isPerson(b))) {
        say(`reported by ${speaker.actor.name} of its own side (${b.actor.code}): a claim, not an accusation`);
        continue;
      }
      out.push(this.event(s, p.verb.first, p.object ? p.object.last : p.verb.last, speaker, b, "112", "asserted", false, rule, 0.55));
      say(`reported by ${speaker.actor.name}: ${b.actor.code} ${p.verb.lemma} ${phraseText(s, p.object!)} → ${speaker.actor.code} accuses ${b.actor.code} (112, ${rule})`);
    }
  }

  private speakerOf(s: ChunkedSentence, p: Predication, ctx: DocumentContext): Party | null {
    if (p.reportedBy) return ctx.partiesIn(s, p.reportedBy, true)[0] ?? null;
    return ctx.quoteSpeakerAt(s.words[p.verb.head].start);
  }

  /**
   * Those a thing was taken from: the "from" phrase of a verb of taking whose subject is `object` or a
   * phrase joined to it by "and" ("weapons and equipment seized from UN peacekeepers").
   */
  private takenFrom(s: ChunkedSentence, object: NounPhrase, preds: Predication[], ctx: DocumentContext): Party[] {
    let last = s.chunks.indexOf(object);
    while (s.chunks[last + 1]?.kind === "O" && /^(and|,)$/.test(s.words[s.chunks[last + 1].first].lower) && s.chunks[last + 2]?.kind === "NP") last += 2;
    const end = s.chunks[last].last;
    for (const q of preds) {
      if (!q.subject || !TAKING_VERBS.has(q.verb.lemma)) continue;
      // Its subject is the thing ("equipment seized from …"), or it is a relative clause right after it ("the ships it seized from …").
      const onThing = q.subject.first >= object.first && q.subject.last <= end;
      if (!onThing && !(q.clauseOpener === "relative" && q.clauseFirst === end + 1)) continue;
      const from = q.preps.find((pp) => pp.prep.lower === "from");
      if (from) return ctx.partiesIn(s, from.np, "object");
    }
    return [];
  }

  /**
   * Readings of a verb that make no event, or null: what it names is an office, a name, a dismissal,
   * a standard met, evidence, or information published. Checked in order; a pattern that matched
   * (`patterned`) says what the verb amounts to and overrides the readings that defer to it.
   */
  private nonEventReading(s: ChunkedSentence, p: Predication, patterned: boolean, ctx: DocumentContext): string | null {
    const lemma = p.verb.lemma;
    const objectHead = p.object ? s.words[p.object.head] : null;
    const active = !p.verb.passive;
    const readings: [string, () => boolean][] = [
      // "Bolton served as the US ambassador to the United Nations".
      // "Fernando Suarez, who heads the King Juan Carlos University", "ran the company": heading, leading
      // or governing anything but a country is holding office (a pattern still names what is led:
      // "* ATTACK"; ruling another country is coded, one's own is not, below).
      // So in the passive ("the Pakistan People's Party government headed by Prime Minister Benazir Bhutto").
      ["holding an office", () => {
        const ruled = active ? p.object : p.subject;
        const ruledCountry = ruled != null && ctx.partiesIn(s, ruled, "object").some((x) => x.actor.country != null && (x.code ?? x.actor.code) === x.actor.country);
        return (lemma === "serve" && p.preps.some((pp) => pp.prep.lower === "as")) || (!patterned && (active || p.agent != null) && OFFICE_VERBS.has(lemma) && !ruledCountry);
      }],
      // "a British colony called Southern Rhodesia"; "Cengiz called the admission a 'political maneuver'":
      // a naming verb whose object is followed by a second noun phrase describes the object (a pattern
      // such as "* TERRORIST" still says what the naming amounts to).
      ["naming", () => (lemma === "call" && p.verb.passive && !p.agent) || (!patterned && active && NAMING_VERBS.has(lemma) && this.describedObject(s, p))],
      // "plans to fire three thousand employees": "fire" with people as its object and nothing fired at
      // them dismisses them (weapons are fired; people are fired at).
      ["dismissing people from their posts", () => !patterned && lemma === "fire" && active && objectHead != null && !MEANS_NOUNS.has(objectHead.lower) && !/\d/.test(objectHead.text) && !p.preps.some((pp) => FIRED_AT.has(pp.prep.lower) && !TIME_WORDS.has(s.words[pp.np.head].lower))],
      // "Pence's statement … came in response to an Associated Press story", "the letter arrived": a
      // message that comes or arrives brings its author nowhere.
      ["a message arriving", () => (lemma === "come" || ARRIVAL_VERBS.has(lemma)) && p.subject != null && (UTTERANCE_NOUNS.has(s.words[p.subject.head].lemma) || INFORMATION_NOUNS.has(s.words[p.subject.head].lemma))],
      // "Clinton leads Trump 46 percent to 41 percent", "trails him by five points": a lead or margin in a
      // count (a poll, a vote, a score) is no act towards the one counted against.
      ["a lead in a count", () => COUNT_LEAD_VERBS.has(lemma) && active && p.object != null && s.words.slice(p.object.first, Math.min(s.words.length, p.object.last + 4)).some((w, k, all) => w.pos === "NUM" && /^(percent|%|points?|votes?|seats?)$/.test(all[k + 1]?.lower ?? ""))],
      // "does not meet such standards", "met the deadline".
      ["meeting a standard", () => !patterned && lemma === "meet" && active && objectHead != null && STANDARD_NOUNS.has(objectHead.lemma)],
      // "UN figures suggest 7.5 million people need aid": evidence indicates, it does not appeal.
      ["what evidence indicates", () => !patterned && INDICATING_VERBS.has(lemma) && p.subject != null && EVIDENCE_NOUNS.has(s.words[p.subject.head].lemma)],
      // "released footage of a street fight", "demonstrated incredible prowess" (showing anger "at
      // Israel" or support "for Morsi" is still a protest or an endorsement).
      ["publishing or showing something", () => !patterned && active && objectHead != null && ((lemma === "release" && INFORMATION_NOUNS.has(objectHead.lemma)) || (lemma === "demonstrate" && !ctx.partiesIn(s, p.object!, "object").length && !p.preps.some((pp) => AIMED_PREPOSITIONS.has(pp.prep.lower) && ctx.partiesIn(s, pp.np, "object").length)))],
      // "were engaged in an attempt to find solutions", "engaged in talks": taking part in anything but
      // fighting is no force (ENGAGE's default, 190, is for "engaged in fierce fighting").
      ["taking part in something other than fighting", () => !patterned && lemma === "engage" && p.object == null && p.preps[0]?.prep.lower === "in" && !COMBAT_NOUNS.has(s.words[p.preps[0].np.head].lemma) && !FORCE_CODES.test(phraseEvent(s, p.preps[0].np)?.code ?? "")],
      // "Trump was hit with the release of a 2005 video", "slammed with criticism": a blow with what is
      // no weapon, attack or party is figurative (whatever generic pattern, "* WITH", matched it).
      ["a blow from no weapon", () => p.verb.passive && BLOW_VERBS.has(lemma) && p.preps.some((pp) => pp.prep.lower === "with" && pp.np.first === p.verb.last + 2 && !MEANS_NOUNS.has(s.words[pp.np.head].lower) && !nominalEvent(s.words[pp.np.head].lemma, []) && ctx.partiesIn(s, pp.np, "object").length === 0)],
    ];
    return readings.find(([, applies]) => applies())?.[0] ?? null;
  }

  private isArmedGroup(s: ChunkedSentence, np: NounPhrase, ctx: DocumentContext): boolean {
    if (ARMED_GROUP_WORDS.has(s.words[np.head].lower)) return true;
    const sectors = this.r.armedGroupSectors ?? ARMED_GROUP_SECTORS;
    return ctx.partiesIn(s, np).some((x) => x.actor.code?.startsWith("IMG") || x.actor.sectors.some((sector) => sectors.has(sector)));
  }

  private codeNominals(s: ChunkedSentence, preds: Predication[], ctx: DocumentContext, out: Event[], trace: TraceLine[], usedNps: Set<number>): void {
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i];
      if (w.pos !== "NOUN" && w.pos !== "PROPN") continue;
      const nominal = nominalEvent(w.lemma, s.words.slice(Math.max(0, i - 1), i).map((x) => x.lower));
      if (!nominal) continue;
      const k = s.chunks.findIndex((c) => c.kind === "NP" && c.first <= i && i <= c.last);
      if (k < 0) continue;
      const np = s.chunks[k] as NounPhrase;
      const say = sayer(trace, s.index, w.text);
      // "44 people were killed in a PKK attack in Istanbul": the attack is the killing, coded once.
      if (this.meansOfDeeds.has(k)) {
        say(`nominal "${w.text}" is the deed of the verb whose doer it names: coded once, with the verb`);
        continue;
      }
      // "the temporary withholding of security aid", "the suspension of talks": an event named as what
      // is withheld, suspended or called off did not happen.
      let of = i - 1;
      while (of > np.first && (s.words[of].pos === "ADJ" || s.words[of].pos === "NOUN" || s.words[of].pos === "PROPN")) of--;
      if (s.words[of]?.lower === "of" && of > np.first && WITHHOLDING_NOUNS.has(s.words[of - 1].lemma)) {
        say(`nominal "${w.text}" is what "${s.words[of - 1].text}" stops: no event`);
        continue;
      }
      // "halted economic aid to Serbia", "cancelled a planned visit to Haiti", "aid was suspended": so
      // with what a verb of stopping acts on.
      const within = (x: NounPhrase | null) => !!x && x.first <= i && i <= x.last;
      // The object's of-phrase counts as the object ("suspended part of a military aid program", "halted
      // the delivery of aid").
      const objectOf = (p: Predication) => {
        const of = p.preps[0]?.prep.lower === "of" ? p.preps[0] : undefined;
        return !!of && within(of.np) && (p.object ? s.words.indexOf(of.prep) === p.object.last + 1 : s.words.indexOf(of.prep) <= p.verb.last + 2);
      };
      // ("called off its attack": so does "call off".)
      const stops = (p: Predication) => STOPPING_VERBS.has(p.verb.lemma) || (p.verb.lemma === "call" && s.words[p.verb.last + 1]?.lower === "off");
      // ("stopped sending aid": so does a verb of ceasing through its gerund.)
      const ceased = (p: Predication) => !p.verb.infinitive && p.governor != null && CEASING_VERBS.has(p.governor) && !p.verb.passive && within(p.object);
      const stopper = preds.find((p) => (stops(p) && (p.verb.passive ? within(p.subject) : within(p.object) || objectOf(p))) || ceased(p));
      if (stopper) {
        say(`nominal "${w.text}" is what "${s.words[stopper.verb.head].text}" stops: no event`);
        continue;
      }
      // "a committee monitoring the ceasefire agreement between Israel and Hizbollah", "violated agreements
      // between Israel and the PLO": an agreement that a verb other than one of making it acts on already
      // stands; its signing is no event of this sentence.
      // So is one kept to ("remained committed to migration accords with Cuba", "abide by the accord").
      const standing = AGREEMENT_NOUNS.has(w.lemma) ? preds.find((p) => (!p.verb.passive && (within(p.object) || objectOf(p)) && !AGREEMENT_MAKING_VERBS.has(p.verb.lemma)) || (ADHERING_VERBS.has(p.verb.lemma) && p.preps.some((pp) => within(pp.np)))) : undefined;
      if (standing) {
        say(`nominal "${w.text}" is an agreement that stands ("${s.words[standing.verb.head].text}" it): no event`);
        continue;
      }
      // Source: an actor named before the noun in its phrase ("a US drone strike", "Iran’s attack"),
      // else the subject of the clause the phrase belongs to ("He made remarks … of a meeting with X").
      // "The victims of an Iranian attack": only what stands after the last "of" before the noun is in its phrase.
      let from = np.first;
      for (let j = i - 1; j > np.first; j--) if (s.words[j].lower === "of") { from = j + 1; break; }
      let sources = ctx.partiesBetween(s, from, i - 1);
      let via = "modifier";
      // "the meeting between Xi Jinping and Joe Biden", "clashes between the army and rebels": with no
      // doer of its own, an event between parties is each one's with the others (whoever arranged it).
      if (sources.length === 0 && /^(0[3-8]|19)/.test(nominal.code)) {
        const between = this.partiesBetweenAnd(s, np, i, ctx);
        if (between.length >= 2) {
          const modality = this.nominalModality(s, preds, i, ctx);
          for (const a of between) {
            for (const b of between) {
              if (a === b || !a.actor.code || !b.actor.code || a.actor.code === b.actor.code) continue;
              out.push(this.event(s, i, i, a, b, nominal.code, modality, false, `nominal:${nominal.noun}:between`, 0.5));
            }
          }
          say(`nominal event "${w.text}" → ${nominal.code} between ${between.map((x) => x.actor.code).join(" and ")}, each with the others`);
          continue;
        }
      }
      // "a possible attack on Iraq by the United States": a "by" phrase after the noun names its doer,
      // past phrases that name parties only ("demonstrations against violations by the military":
      // the violations are the military's).
      if (sources.length === 0 && np.head === i) {
        for (let j = k + 1; s.chunks[j]?.kind === "O" && s.chunks[j].first === s.chunks[j].last && s.words[s.chunks[j].first].pos === "ADP" && s.chunks[j + 1]?.kind === "NP"; j += 2) {
          const after = s.chunks[j + 1] as NounPhrase;
          if (s.words[s.chunks[j].first].lower === "by") {
            sources = ctx.partiesIn(s, after, true);
            via = `"by ${phraseText(s, after)}"`;
            break;
          }
          if (ctx.partiesIn(s, after).length === 0) break;
        }
      }
      // ("Lynch's meeting with Mr. Clinton": a possessor names whose event it is, coded or not.)
      if (sources.length === 0 && !(np.possessor && np.possessor[1] < i)) {
        // Not a deed the subject keeps away from ("distanced himself from the killing", "fled from the fighting").
        // Nor one the phrase places before or after ("demonstrated after the attack on parliament").
        const owner = preds.find((p) => p.clauseFirst <= i && i <= p.clauseLast && (p.object === np || p.preps.some((x) => x.np === np && x.prep.lower !== "from" && !TIME_PREPOSITIONS.has(x.prep.lower)) || (p.object && p.object.first <= i && i <= p.object.last)));
        // Nor a deed the subject reports ("Reuters reported the attack on …", "said the talks with …"),
        // nor one a prepositional participle names ("offered to negotiate … following the invasions of X").
        // Nor violence the subject praises or condemns ("Iran's leader praised the attack on the consulate").
        // Nor violence the subject looks into or lives through ("investigated the attack on Iraqi troops").
        const judged = owner != null && (EVALUATING_VERBS.has(owner.verb.lemma) || EXAMINING_VERBS.has(owner.verb.lemma)) && /^(1[7-9]|20)/.test(nominal.code);
        // Nor a deed someone is judged or punished for ("expelled four Iranian diplomats for alleged links to
        // killings of Iranian exiles": the killings are not Turkey's).
        const reason = owner != null && REASON_TAKING_VERBS.has(owner.verb.lemma) && owner.preps.some((x) => REASON_PREPOSITIONS.has(x.prep.lower) && x.np.first <= np.first);
        // But one who claims a deed, or responsibility for it, names its doer ("Islamic State claimed
        // responsibility for the bombing in Kabul", "the Taliban claimed the attack on the base").
        const claimed = owner != null && CLAIMING_VERBS.has(owner.verb.lemma) && (owner.object === np || (owner.object != null && RESPONSIBILITY_NOUNS.has(s.words[owner.object.head].lemma)));
        if (owner && !owner.verb.passive && owner.subject && !judged && !reason && (claimed || !this.states(s, owner)) && !PREPOSITIONAL_PARTICIPLES.has(s.words[owner.verb.head].lower)) {
          sources = ctx.partiesIn(s, owner.subject, true);
          via = `subject of "${s.words[owner.verb.head].text}"`;
        }
      }
      // "The attack was carried out by a suicide bomber", "was claimed by the Taliban": the agent of a
      // passive verb of doing or owning the event is its doer.
      if (sources.length === 0) {
        const performed = preds.find((p) => p.verb.passive && p.agent && p.subject === np && PERFORMING_VERBS.has(p.verb.lemma));
        if (performed) {
          sources = ctx.partiesIn(s, performed.agent!, true);
          via = `agent of "${s.words[performed.verb.head].text}"`;
        }
      }
      let tgt = withoutSources(this.nominalTargets(s, np, i, nominal, ctx), sources);
      // "the shelling of Juba": as for verbs, a town or city suffering the event is its people.
      tgt = this.asPeopleOfPlaces(s, ctx, tgt, nominal.code);
      if (sources.length === 0 || tgt.length === 0) {
        if (!usedNps.has(k)) say(`nominal "${w.text}" (${nominal.code}): ${sources.length ? "no target" : "no source"}`);
        continue;
      }
      const modality = this.nominalModality(s, preds, i, ctx);
      for (const a of sources) {
        for (const b of tgt) {
          if (!a.actor.code || !b.actor.code || a.actor.code === b.actor.code) continue;
          if (ctx.homeTown(a, b, nominal.code)) {
            say(`nominal "${w.text}": "${ctx.text(b)}" is a town in the source's own country: where, not whom`);
            continue;
          }
          // "The Philippines filed a diplomatic protest against China": a state's protest is an official
          // complaint (114), not street dissent (140).
          const official = OFFICIAL_COMPLAINT_NOUNS.has(nominal.noun) && isStateAgent(a);
          const code = official ? "114" : nominal.code;
          out.push(this.event(s, i, i, a, b, code, modality, false, `nominal:${nominal.noun}`, 0.5));
          say(`nominal event "${w.text}" → ${code}: ${a.actor.code} (${via}) → ${b.actor.code} (${official ? "a state's protest: an official complaint (114)" : nominal.reason})`);
        }
      }
    }
  }

  /**
   * The target of an event noun at word `i` of `np`: the phrase after its target preposition
   * ("with"/"on"/"of" …) after the noun. The noun's own "of"-phrases may come first when "of" does not
   * introduce its target ("the withdrawal of some invasion forces from Panama").
   */
  /**
   * The modality of an event a noun names: intended when its clause is, or when it is what someone
   * arranges, plans or proposes ("worked to arrange a meeting between Zelensky and Trump"); else
   * reported inside a report or quotation; else asserted.
   */
  private nominalModality(s: ChunkedSentence, preds: readonly Predication[], i: number, ctx: DocumentContext): Modality {
    const owner = preds.find((p) => p.clauseFirst <= i && i <= p.clauseLast);
    const planned = preds.some((p) => p.object != null && p.object.first <= i && i <= p.object.last && PLANNING_VERBS.has(p.verb.lemma));
    // As for verbs, what is still to come is intended even when someone reports it.
    if (owner?.modality === "intended" || planned) return "intended";
    // "a possible attack", "fears of an attack", "the threat of an invasion": what may come is hypothetical.
    const np = s.chunks.find((c): c is NounPhrase => c.kind === "NP" && c.first <= i && i <= c.last);
    const modifiers = np ? s.words.slice(np.first, i) : [];
    const before = np ? s.words[np.first - 1] : undefined;
    // The feared noun and its "of" may stand in the same phrase ("Fears of an attack") or just before it.
    const feared = (w: Word | undefined) => !!w && (FEARED_NOUNS.has(w.lemma) || FEARED_NOUNS.has(singular(w.lower)));
    const fearedOf = modifiers.some((w, k) => w.lower === "of" && feared(modifiers[k - 1])) || (before?.lower === "of" && feared(s.words[np!.first - 2]));
    if (modifiers.some((w) => POSSIBLE_WORDS.has(w.lower)) || fearedOf) return "hypothetical";
    return owner && (owner.reportedBy || ctx.quoteSpeakerAt(s.words[i].start)) ? "reported" : "asserted";
  }

  /** The coordinated parties of a "between" phrase right after an event noun ("talks between A and B"), in or after its phrase. */
  private partiesBetweenAnd(s: ChunkedSentence, np: NounPhrase, i: number, ctx: DocumentContext): Party[] {
    const j = s.words[i + 1]?.lower === "between" ? i + 1 : i === np.last && s.words[np.last + 1]?.lower === "between" ? np.last + 1 : -1;
    if (j < 0) return [];
    const next = s.chunks.find((c) => c.kind === "NP" && c.first === j + 1) as NounPhrase | undefined;
    return next ? ctx.partiesIn(s, next, "subject") : [];
  }

  private nominalTargets(s: ChunkedSentence, np: NounPhrase, i: number, nominal: NominalEvent, ctx: DocumentContext): Party[] {
    const wanted = (w: string) => nominal.targets.includes(w) || (nominal.locativeTarget === true && w === "in");
    let j = i + 1;
    while (j <= np.last && s.words[j].lower !== "of") j++;
    for (let hops = 0; hops < 3; hops++) {
      const prep = s.words[j];
      if (!prep) return [];
      if (wanted(prep.lower)) {
        if (j <= np.last) {
          // The rest of the phrase, the parties on its last word first ("the assassination of the leader
          // of Hamas" → Hamas). When mentions cover the last word but name no coded actor, that preference
          // leaves nothing, and the parties up to the phrase's next "of" are taken instead.
          let end = j + 1;
          while (end < np.last && s.words[end + 1].lower !== "of") end++;
          const inside = ctx.partiesBetween(s, j + 1, np.last, np.last);
          const near = ctx.partiesBetween(s, j + 1, end, end);
          return inside.length ? inside : near;
        }
        const next = s.chunks.find((c) => c.kind === "NP" && c.first === j + 1) as NounPhrase | undefined;
        const parties = next ? ctx.partiesIn(s, next, false, prep.lower !== "in") : [];
        // "demonstrations against the human rights violations by the Israeli military": a deed its
        // target phrase names without a party is aimed at its doer, named by "by".
        if (next && parties.length === 0 && s.words[next.last + 1]?.lower === "by") {
          const doer = s.chunks.find((c) => c.kind === "NP" && c.first === next.last + 2) as NounPhrase | undefined;
          if (doer) return ctx.partiesIn(s, doer, "object", true);
        }
        return parties;
      }
      if (prep.lower !== "of") return [];
      // Skip the "of"-phrase: to the phrase's next "of", or past its end to the word after it.
      let k = j + 1;
      while (k <= np.last && s.words[k].lower !== "of") k++;
      if (k <= np.last) {
        j = k;
        continue;
      }
      const after = s.chunks.find((c) => c.kind === "NP" && c.first === j + 1);
      j = after ? after.last + 1 : np.last + 1;
      if (j <= np.last) return [];
    }
    return [];
  }

  /**
   * Why a verb, in the sense the sentence uses, is no act between parties, or null: one addresses a
   * party (an audience) by speaking to it, a matter ("a growing outbreak") is only dealt with; whoever
   * quotes someone reports what they said; "mean" intends only what it is meant to do ("meant to
   * attack"), not what something signifies ("that means they had the virus"); one seizes on an argument
   * and refers to a matter; one fired from a post is dismissed.
   */
  private otherSense(s: ChunkedSentence, p: Predication, ctx: DocumentContext, preds: readonly Predication[], patterned: boolean): string | null {
    const head = s.words[p.verb.head];
    // (A pattern of the verb names its sense itself: "address" and "quote" have none in CAMEO.)
    if (!patterned && p.verb.lemma === "address" && p.object && !p.verb.passive && ctx.partiesIn(s, p.object, "object").length === 0) return `"${head.text}" a matter ("${phraseText(s, p.object)}"), not an audience: dealt with, not coded`;
    if (!patterned && p.verb.lemma === "quote") return `"${head.text}": reporting what someone said, not an act towards them: not coded`;
    if (!patterned && p.verb.lemma === "mean" && !preds.some((q) => q.verb.infinitive && q.verb.first === p.verb.last + 1)) return `"${head.text}" with no "to" after it signifies; it intends nothing: not coded`;
    const next = s.words[p.verb.last + 1]?.lower;
    // "seizing on the letter": taking up something said, not seizing anything; "referring to X": a mention.
    if ((p.verb.lemma === "seize" && (next === "on" || next === "upon")) || (p.verb.lemma === "refer" && next === "to")) return `"${head.text} ${next}": another sense of "${p.verb.lemma}", not coded`;
    // "he was fired from the company": one fired from a post is dismissed (an active "fired its chief
    // executive" is read as dismissing people where codes are checked).
    if (p.verb.lemma === "fire" && p.verb.passive && p.preps.some((pp) => pp.prep.lower === "from" || pp.prep.lower === "as")) return `"${head.text}" from a post: dismissed, not force: not coded`;
    // "More than 150,000 people have been killed since 1993", "a conflict in which tens of thousands of
    // people have been killed": a toll counted over time, by no one named, is a statistic, not an event.
    if (p.verb.passive && !p.agent && TOLL_VERBS.has(p.verb.lemma) && p.subject && largeCount(s, p.subject) && (s.words.slice(p.verb.first, p.verb.head).some((w) => w.lemma === "have") || s.words.slice(p.verb.last + 1, p.clauseLast + 1).some((w) => w.lower === "since"))) return `"${head.text}": a toll counted over time by no one named, a statistic: not coded`;
    // "He was due to head to Banja Luka", "headed home": heading somewhere is travelling, not leading.
    if (p.verb.lemma === "head" && /^(to|for|toward|towards|home|back|off|north|south|east|west)$/.test(next ?? "")) return `"${head.text} ${next}": travelling, not leading: not coded`;
    // "Freed American slaves founded Liberia in 1847": founding something establishes it; no one is acted on.
    if (!patterned && p.verb.lemma === "found" && !p.verb.passive) return `"${head.text}": establishing something, not an act towards anyone: not coded`;
    // "Britain joined the United States in welcoming the agreement": joining someone in doing something
    // is doing it with them (coded from its gerund), not meeting them.
    const inDoing = (i: number) => s.words[i].lower === "in" && /^\p{Ll}+ing$/u.test(s.words[i + 1]?.text ?? "");
    if (!patterned && p.verb.lemma === "join" && p.object && s.words.slice(p.object.last + 1, p.clauseLast + 1).some((_, k) => inDoing(p.object!.last + 1 + k))) return `"${head.text}" someone in doing something: that deed, done together, not a meeting`;
    // "Iraq retaliated by expelling a Jordanian diplomat": a response made by doing something is that deed, coded from its gerund.
    if (RESPONSE_VERBS.has(p.verb.lemma) && preds.some((q) => q !== p && q.verb.first > p.verb.last && s.words[q.verb.first - 1]?.lower === "by" && s.words[q.verb.head].lower.endsWith("ing"))) return `"${head.text}" by doing something: the deed is what is done, coded from it`;
    // "Foreign Minister Mushota was fired a month ago": so is a person fired, unless fired at or on.
    if (p.verb.lemma === "fire" && p.verb.passive && p.subject && ctx.namesPerson(s, p.subject) && !FIRED_AT.has(s.words[p.verb.last + 1]?.lower ?? "") && !p.preps.some((pp) => FIRED_AT.has(pp.prep.lower))) return `"${head.text}": a person fired is dismissed, not shot at: not coded`;
    // "Fulcheri declined comment on the differences between the U.N. and Iraq": the tagger's verb
    // "comment" after a verb of declining is the comment declined, not made.
    if (p.verb.lemma === "comment" && p.verb.first === p.verb.last && DECLINING_VERBS.has(s.words[p.verb.first - 1]?.lemma ?? "")) return `"${s.words[p.verb.first - 1].text} ${head.text}": a comment declined, not made: not coded`;
    // "talks aimed at finalising a ceasefire", "a plan designed to isolate Iran": a passive participle of
    // purpose describing a noun says what that thing is for; it is no act of its own.
    if (p.verb.passive && p.subjectSource === "relative" && PURPOSE_VERBS.has(p.verb.lemma)) return `"${head.text}" describes what "${p.subject ? phraseText(s, p.subject) : "it"}" is for: its purpose, not coded`;
    // "took office in June", "took over as commander", "assumed the post": taking up a post, not seizing anything.
    if ((p.verb.lemma === "take" || p.verb.lemma === "assume") && !p.verb.passive) {
      const object = p.object ? s.words[countedHead(s, p.object)].lemma : null;
      // ("would take over from Shimaponda": taking over from a person succeeds them.)
      const fromPerson = next === "over" && p.preps.some((pp) => pp.prep.lower === "from" && ctx.namesPerson(s, pp.np));
      if ((object && POST_NOUNS.has(object)) || (next === "over" && p.preps.some((pp) => pp.prep.lower === "as")) || fromPerson) return `"${head.text}" a post${object ? ` ("${phraseText(s, p.object!)}")` : ""}: taking office, not seizing: not coded`;
      // "took a telephone call from Ross", "took advantage of", "took part in": taking no thing or place.
      if (p.verb.lemma === "take" && object && UNSEIZABLE_NOUNS.has(object) && !patterned) return `"${head.text}" a "${object}": another sense of "take", not a seizure: not coded`;
    }
    return null;
  }

  /** Whether a verb of declining is followed by a comment or by an infinitive of saying ("declined official comment", "refused to say"). */
  private declinesComment(s: ChunkedSentence, p: Predication): boolean {
    let i = p.verb.last + 1;
    if (s.words[i]?.lower === "to") return COMMENTING_VERBS.has(s.words[i + 1]?.lemma ?? "");
    // (Within three words: "declined official comment", "declined any further comment"; taggers often read "comment" as a verb.)
    for (; i < s.words.length && i <= p.verb.last + 3 && s.words[i].pos !== "PUNCT"; i++) if (/^comments?$/.test(s.words[i].lower)) return true;
    return false;
  }

  /**
   * Whether the verb acts on a thing of its own that names no party and is no joint instrument of
   * those who act ("an agreement", "ties", "talks"): its object, or in a relative clause with no
   * object the phrase the clause describes ("a peace process which Russia and Turkey promote").
   */
  private ownNonPartyObject(s: ChunkedSentence, p: Predication, ctx: DocumentContext): boolean {
    let object = p.verb.passive ? null : p.object;
    if (!object && !p.verb.passive && p.clauseOpener === "relative" && p.subjectSource !== "relative" && p.subject) {
      const before = s.words[p.subject.first - 1];
      const nounBefore = (last: number) => s.chunks.find((c): c is NounPhrase => c.kind === "NP" && c.last === last) ?? null;
      if (before && RELATIVE_PRONOUNS.has(before.lower)) object = nounBefore(p.subject.first - 2);
      // "a peace process in Syria which …": past a place phrase, the phrase it places.
      if (object && LOCATIVE_PREPOSITIONS.has(s.words[object.first - 1]?.lower ?? "")) object = nounBefore(object.first - 2) ?? object;
    }
    if (!object || isReciprocalPronoun(s, object)) return false;
    return !JOINT_INSTRUMENT_NOUNS.has(s.words[countedHead(s, object)].lemma) && ctx.partiesIn(s, object, "object").length === 0;
  }

  private confidence(p: Predication, sources: Party[], targets: Party[], pattern: boolean): number {
    let c = pattern ? 0.7 : 0.55;
    if (p.subjectSource !== "direct" && !p.verb.passive) c -= 0.1;
    for (const x of [...sources, ...targets]) if (x.via === "pronoun" || x.via === "description") c -= 0.05;
    if (p.reportedBy) c -= 0.05;
    return Math.round(Math.max(0.1, Math.min(0.95, c)) * 100) / 100;
  }

  /**
   * "shelled Juba", "the shelling of Juba": with places as civilians, a town or city on the receiving
   * end of an event (aid, easing, threats, force: PEOPLE_OF_PLACE_CODES) is its country's civilians.
   */
  private asPeopleOfPlaces(s: ChunkedSentence, ctx: DocumentContext, parties: Party[], code: string): Party[] {
    if (this.r.placesAsCivilians === false || !PEOPLE_OF_PLACE_CODES.test(code)) return parties;
    return parties.map((b) => ctx.civiliansOf(s, b, code) ?? b);
  }

  /**
   * The code a party takes in an event of `code`. A town stands for its people only where places
   * are on the receiving end (force, coercion, aid) and places are coded as civilians; as the venue
   * of a visit, a meeting or a statement, or under PETRARCH's convention, it stands for its country,
   * as a capital does ("visited New York" → USA).
   */
  private partyCode(party: Party, code: string): string | null {
    if (party.code) return party.code;
    const actor = party.actor;
    const people = this.r.placesAsCivilians !== false && PEOPLE_OF_PLACE_CODES.test(code);
    if (actor.country && !people && settlementPeople(actor)) return actor.country;
    return actor.code;
  }

  /** An event's CAMEO and PLOVER fields for a code. */
  private codeFields(code: string): Pick<Event, "cameo" | "plover"> {
    const info = this.r.cameoInfo(code);
    return {
      cameo: { code, label: info?.label ?? code, goldstein: info?.goldstein ?? null, quadClass: info?.quadClass ?? null },
      plover: info?.plover ? { type: info.plover.type, mode: info.plover.mode, context: info.plover.context } : null,
    };
  }

  private event(s: ChunkedSentence, first: number, last: number, a: Party | null, b: Party | null, code: string, modality: Modality, negated: boolean, rule: string, confidence: number): Event {
    const text = this.text;
    const start = s.words[first].start;
    const end = s.words[last].end;
    const side = (x: Party) => ({ actorId: x.via === "new" ? null : x.actor.id, code: this.partyCode(x, code), start: x.start, end: x.end, text: text.slice(x.start, x.end) });
    return {
      id: `ev-${s.index}-${start}-${a?.actor.id ?? "none"}-${b?.actor.id ?? "none"}-${code}`,
      sentence: s.index,
      trigger: { start, end, text: text.slice(start, end) },
      source: a ? side(a) : null,
      target: b ? side(b) : null,
      ...this.codeFields(code),
      modality,
      negated,
      date: null,
      location: null,
      rule,
      confidence,
    };
  }
}

/** A trace writer for one verb (made by a function, so the closure is not given a name per call). */
function sayer(trace: TraceLine[], sentence: number, verb: string): (message: string) => void {
  return (message) => {
    trace.push({ sentence, verb, message });
  };
}

/** Whether a clause tells what is or was: a verb group with no modal and a tensed verb ("is", "was rigged", "had hacked"), not a base form ("that Iran join", "that talks be held"). */
function statesWhatIs(s: ChunkedSentence, p: Predication): boolean {
  if (p.verb.modal != null) return false;
  const words = s.words.slice(p.verb.first, p.verb.last + 1);
  if (words.some((w) => w.lower === "be")) return false;
  return words.some((w) => TENSED_FORMS.has(w.lower)) || pastTense(s.words[p.verb.head]);
}
/** Finite forms of "be", "have" and "do": a clause holding one is tensed. */
const TENSED_FORMS = new Set(["is", "are", "was", "were", "am", "'s", "has", "have", "had", "does", "did"]);

/** Whether a verb's head is a past form ("met", "held"): not its base, not -ing, not -s. */
function pastTense(w: Word): boolean {
  return w.lower !== w.lemma && !w.lower.endsWith("ing") && !/[^s]s$/.test(w.lower);
}

/**
 * CAMEO's intents (03x) and the deeds they are intents to: material cooperation (06x), aid (07x) and
 * yielding (08x), sub-code by sub-code.
 */
const DONE_OF_INTENT: Record<string, string> = {
  "0311": "061", "0312": "062", "0313": "063", "0314": "064",
  "0331": "071", "0332": "072", "0333": "073", "0334": "074",
  "0351": "081", "0352": "082", "0353": "084", "0354": "085", "0355": "086", "0356": "087",
  "039": "045",
};

/** Whether a pattern is its verb and prepositions or particles alone ("* (WITH)", "* OFF"): an idiom, not a meaning of the block. */
function particlesOnly(pattern: VerbPattern): boolean {
  return pattern.elements.every((e) => e.kind === "verb" || (e.kind === "prep" && e.elements.length === 0) || (e.kind === "word" && e.words.every((w) => VERB_PARTICLES.has(w))));
}

/** Whether a pattern's note names verbs of its block, none of them this one ("BATTLE" on a pattern matched for "strike"). */
function writtenForOthers(pattern: VerbPattern, ref: VerbRef): boolean {
  if (!pattern.note) return false;
  const named = pattern.note.split(",").map((x) => x.trim().toLowerCase().replace(/_/g, " "));
  const noted = ref.block.verbs.filter((v) => named.some((n) => v.forms.includes(n)));
  return noted.length > 0 && !noted.includes(ref.verb);
}

/** Whether an actor is the people of a town or city as the actors stage codes them ("Iraqi towns", "Juba" → IRQCVL, SSDCVL). */
function settlementPeople(actor: Actor): boolean {
  if (actor.sectors.length !== 1 || actor.sectors[0] !== "CVL" || !actor.basis) return false;
  if (actor.basis.startsWith("town:")) return true;
  const noun = /^role:civilian:(\p{L}+)$/u.exec(actor.basis)?.[1]?.toLowerCase();
  return !!noun && (SETTLEMENT_NOUNS.has(noun) || SETTLEMENT_NOUNS.has(singular(noun)));
}

/** `parties` without those among `sources` (by actor): no one is their own counterpart. */
function withoutSources(parties: Party[], sources: readonly Party[]): Party[] {
  return parties.filter((x) => !sources.some((y) => y.actor.id === x.actor.id));
}

/** What sides fight against each other, and the words by which allies fight one side by side. */
const WAR_NOUNS = new Set(["war", "battle", "conflict"]);
const ALLIED_WORDS = new Set(["together", "alongside", "side", "jointly", "allies", "allied"]);

/** Armed groups that are no state: what they detain, they abduct. */
const NON_STATE_ARMED_SECTORS = new Set(["REB", "UAF", "INS", "CRM", "RAD", "SEP"]);

/** Sectors that speak for their country's state: FRAGOV beside FRA is the same party named twice. */
const STATE_SECTORS = /^(?:GOV|MIL|COP|JUD|LEG|SPY|ELI)/;

/** Whether a party is its country's state: the country itself or one of its state sectors ("EGYCOP"). */
/** Nominal events that, made by a state, are official complaints (114), not dissent (see codeNominals). */
const OFFICIAL_COMPLAINT_NOUNS = new Set(["protest"]);

function isStateAgent(x: Party): boolean {
  const country = x.actor.country;
  const code = x.code ?? x.actor.code;
  return !!country && !!code && code.startsWith(country) && (code.length === country.length || STATE_SECTORS.test(code.slice(country.length)));
}

/** "each other", "one another": a phrase naming the doers themselves, each as the other's target. */
function isReciprocalPronoun(s: ChunkedSentence, np: NounPhrase): boolean {
  const [a, b] = [s.words[np.first]?.lower, s.words[np.first + 1]?.lower];
  // (The tagger may leave "another" out of the phrase: "[one] another".)
  return (a === "each" && b === "other" && np.last === np.first + 1) || (a === "one" && b === "another");
}

/** Fighting between two sides: what its participants suffer, the other side does ("killed in clashes with gunmen"). */
const FIGHT_NOUNS = new Set(["clash", "fighting", "battle", "gunfight", "firefight", "gunbattle", "skirmish", "confrontation", "shootout", "exchange"]);

/** Whether the noun phrases from chunk `k` on, joined by commas, end in "and" or "or" (a list, not an aside). */
function listGoesOn(s: ChunkedSentence, k: number): boolean {
  while (s.chunks[k]?.kind === "NP") {
    const next = s.chunks[k + 1];
    if (next?.kind !== "O" || !/^(,|and|or)$/.test(s.words[next.first].lower)) return false;
    if (s.words[next.first].lower !== ",") return true;
    k += 2;
  }
  return false;
}

/** Prepositions putting a patient in a place ("malls in Zamboanga", "the camp near Kabul"). */
const PATIENT_PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside"]);

/** Whether a verb's lemma, or the bare form of one the tagger left inflected ("rescued"), is in `verbs`. */
function hasLemma(verbs: ReadonlySet<string>, lemma: string): boolean {
  return verbs.has(lemma) || verbs.has(lemma.replace(/d$/, "")) || verbs.has(lemma.replace(/ed$/, ""));
}

/** Prepositions naming whom something is aimed at ("imposed on Belarus", "fired at Israel", "measures against Iran"). */
const TARGET_PREPOSITIONS = new Set(["on", "against", "at"]);

/** Verbs of taking people out of a place or out of someone's hands ("airlifted its citizens from Sudan", "rescued hostages from Boko Haram"). */
const EVACUATING_VERBS = new Set(["evacuate", "airlift", "repatriate", "rescue", "free", "liberate"]);

/** Nouns of armed forces and their arms, which a show of force moves, masses or alerts ("massed troops"). */
const FORCE_NOUNS = new Set(["troop", "troops", "force", "forces", "soldier", "army", "unit", "reservist", "reserve", "tank", "warship", "jet", "aircraft", "missile", "division", "battalion", "brigade"]);

/** Verbs whose passive agent did the event named by their subject ("was carried out by", "was claimed by"). */
const PERFORMING_VERBS = new Set(["carry", "conduct", "launch", "stage", "mount", "perpetrate", "commit", "execute", "claim", "orchestrate", "plan"]);

/** Prepositions placing an event before or after the clause's: one named after them is no act of its subject ("during demonstrations" may be). */
const TIME_PREPOSITIONS = new Set(["after", "before", "since", "following", "until"]);

/** Agreements, and the verbs that make one (an agreement other verbs act on already stands). */
const AGREEMENT_NOUNS = new Set(["agreement", "accord", "treaty", "pact", "deal", "truce", "ceasefire", "cease-fire", "armistice"]);
/**
 * What stopping a cooperative act is in CAMEO: halting negotiations (164), reducing diplomatic
 * relations (161), or reducing or stopping economic, military or humanitarian aid (162x); null for
 * anything else (stopping an attack uses no force).
 */
function ceasedCode(code: string): string | null {
  if (/^04/.test(code)) return "164";
  if (/^05/.test(code)) return "161";
  if (/^0[67]1/.test(code)) return "1621";
  if (/^0[67]2/.test(code)) return "1622";
  if (/^073/.test(code)) return "1623";
  if (/^0[67]/.test(code)) return "162";
  return null;
}

/** Verbs whose passive tells a toll ("have been killed", "were wounded"). */
const TOLL_VERBS = new Set(["kill", "wound", "injure", "slaughter", "massacre", "displace", "murder"]);

/** Whether a noun phrase counts a thousand or more ("150,000 people", "tens of thousands of people", "millions"). */
function largeCount(s: ChunkedSentence, np: NounPhrase): boolean {
  for (let i = np.first; i <= np.last; i++) {
    const w = s.words[i];
    if (/^(thousands|millions|million|billion)$/.test(w.lower)) return true;
    const n = Number(w.text.replace(/,/g, ""));
    if (w.pos === "NUM" && Number.isFinite(n) && n >= 1000) return true;
  }
  return false;
}

/** What "take" takes that is never seized ("took a call", "take part", "took steps"). */
const UNSEIZABLE_NOUNS = new Set(["call", "advantage", "part", "note", "step", "measure", "action", "decision", "look", "view", "stand", "position", "lead", "break", "turn", "oath", "seat", "time", "care", "place", "question", "chance", "risk", "issue", "shape", "effect", "aim", "notice", "pride", "heart", "refuge", "shelter", "responsibility", "credit", "blame", "vote", "photo", "picture"]);

/** Verbs of striking at someone, whose subject is the attacker a clause of time names ("when rebels struck"). */
const STRIKING_VERBS = new Set(["attack", "strike", "ambush", "shell", "bomb", "raid", "storm", "fire", "shoot", "assault", "hit"]);

/** Verbs of responding, whose deed is what the response is made by ("retaliated by expelling"). */
const RESPONSE_VERBS = new Set(["retaliate", "respond", "react", "reply", "answer", "reciprocate", "hit"]);

/** Verbs whose "for" names the side one acts for ("spying for Iraq", "fought for the government"). */
const SIDE_TAKING_VERBS = new Set(["spy", "fight", "work", "campaign", "battle", "struggle", "die", "serve"]);

/** Verbs that judge or punish someone for something ("blamed X for Y", "expelled X for Y"): "for" gives the reason. */
const REASON_TAKING_VERBS = new Set(["expel", "deport", "detain", "convict", "charge", "try", "execute", "hang", "dismiss", "fire", "suspend", "ban", "bar", "impeach", "indict", "prosecute", "extradite", "blame", "criticize", "criticise", "praise", "thank", "condemn", "denounce", "fault", "punish", "reward", "commend", "congratulate", "applaud", "hail", "fine", "sentence", "arrest", "jail", "accuse", "chide", "rebuke", "scold", "attack", "slam", "blast", "sue", "censure", "reprimand", "honour", "honor", "sanction", "penalize", "penalise", "assail", "lambast", "castigate", "berate"]);

/** Verbs whose past tense still only asks for, offers, plans or approves a meeting or a deed ("called for a meeting", "agreed to meet", "agreed to a ceasefire", "approved a loan"). */
const PROPOSAL_VERBS = new Set(["call", "urge", "ask", "appeal", "propose", "offer", "seek", "demand", "want", "invite", "press", "push", "suggest", "agree", "plan", "decide", "promise", "pledge", "hope", "expect", "prepare", "arrange", "schedule", "set", "approve", "authorize", "authorise"]);

/** Verbs of keeping to what stands, with a preposition ("committed to the accords", "abide by", "comply with"). */
const ADHERING_VERBS = new Set(["commit", "adhere", "abide", "comply", "stick", "cling", "hold"]);
const AGREEMENT_MAKING_VERBS = new Set(["sign", "reach", "conclude", "seal", "strike", "initial", "negotiate", "agree", "broker", "finalize", "finalise", "clinch", "hammer", "approve", "ratify", "announce", "make", "forge", "secure", "arrange", "declare", "call"]);

/** Bombs and their blasts: what they kill, non-state hands kill by bombing (183). */
const BOMB_WORDS = new Set(["bomb", "bombing", "bomber", "grenade", "explosive", "ied", "blast", "explosion", "landmine"]);
/** Weapons other than bombs, and the verbs of killing or attack whose means a bomb can be. */
const OTHER_WEAPON_WORDS = new Set(["gun", "gunfire", "gunman", "shooting", "rifle", "knife", "machete", "axe", "artillery", "shell", "shelling", "rocket", "missile", "mortar", "airstrike", "sniper", "stab", "stabbing"]);
const KILLING_VERBS = new Set(["kill", "attack", "injure", "wound", "die", "hurt", "maim"]);
/** The sectors of a state's forces, whose bombing is military (195, by their own patterns). */
const STATE_FORCE_SECTORS = new Set(["MIL", "COP", "GOV", "SPY"]);

/** Verbs of killing or hurting that say nothing of intent: accidents kill and injure too. */
const HARM_VERBS = new Set(["kill", "injure", "wound", "hurt", "hit", "maim"]);

/** Accidents and disasters: what their victims suffer is nobody's deed ("killed in the crash"). */
const DISASTER_NOUNS = new Set(["crash", "accident", "collision", "earthquake", "quake", "flood", "flooding", "storm", "fire", "blaze", "landslide", "mudslide", "avalanche", "hurricane", "typhoon", "cyclone", "tornado", "tsunami", "eruption", "stampede", "derailment", "shipwreck", "wreck", "heatwave", "drought"]);

/** Decisions and plans whose infinitive says what someone decided ("a decision to place …"). */
const DECISION_NOUNS = new Set(["decision", "plan", "order", "ruling", "proposal", "move", "bid", "law", "bill", "policy", "attempt", "effort", "scheme"]);

/** Words making "to" a preposition of cause ("due to", "owing to"). */
const CAUSE_BEFORE_TO = new Set(["due", "owing"]);

/** Ground an armed force holds: taking it occupies territory ("captured nine rebel bunkers"). */
const HELD_GROUND_NOUNS = new Set(["bunker", "position", "post", "outpost", "checkpoint", "trench", "stronghold", "fort", "fortress", "garrison", "barracks", "hill", "hilltop", "ridge", "airfield", "airbase", "bridge", "crossing", "port", "harbour", "harbor"]);

/** What a seizure code says is seized (see seizureCode). */
const SEIZURES: Record<string, string> = { "192": "a place: occupation", "173": "people, by a state's agents: arrest", "181": "people: abduction", "171": "things: seizure of property" };

/** Candidates, parties, governments and legislatures: those who contest votes. */
function isPoliticalRival(x: Party): boolean {
  const code = x.code ?? x.actor.code ?? "";
  return /^(ELI|GOV|LEG|PTY|OPP)/.test(code.slice(x.actor.country?.length ?? 0));
}

/** Parties without a country named beside its own state official (FRA and FRAGOV); IRQ and IRQREB stay two. */
function mostSpecific(parties: Party[]): Party[] {
  return parties.filter(
    (x) => !parties.some((y) => y !== x && !!x.actor.code && !!y.actor.code && y.actor.code.length > x.actor.code.length && y.actor.code.startsWith(x.actor.code) && STATE_SECTORS.test(y.actor.code.slice(x.actor.code.length))),
  );
}

/**
 * "threatened to attack Iran" is one event, the specific threat (1384), not also "threaten, not
 * specified" (130): a generic stance code is dropped when its infinitive was coded under the same
 * root between the same actors.
 */
function dropGenericStances(out: Event[], from: number, generic: readonly { verb: number; infinitive: number; root: string }[]): void {
  if (generic.length === 0) return;
  const pair = (e: Event) => `${e.source?.actorId}|${e.target?.actorId}`;
  for (let i = out.length - 1; i >= from; i--) {
    const e = out[i];
    const g = generic.find((x) => x.verb === e.trigger.start && e.cameo.code === `${x.root}0`);
    if (!g) continue;
    const specific = out.some((x, j) => j >= from && x.trigger.start === g.infinitive && x.cameo.code.startsWith(g.root) && x.cameo.code !== e.cameo.code && pair(x) === pair(e));
    if (specific) out.splice(i, 1);
  }
}

/** Whether a pattern contains a negator ("NOT", "N'T", "NEVER", "NO" or a synset of them). */
function patternNegates(elements: readonly PatternElement[]): boolean {
  return elements.some((e) =>
    e.kind === "word" ? e.words.some((w) => NEGATORS.has(w)) : e.kind === "synset" ? /NEG/i.test(e.name) : e.kind === "phrase" || e.kind === "prep" ? patternNegates(e.elements) : false,
  );
}

/** CAMEO codes some negations: not agreeing or not yielding is rejecting (12); other negated events are not coded. */
function negatedCode(code: string | null): string | null {
  if (!code) return null;
  const root = code.slice(0, 2);
  if (root === "03" || root === "04" || root === "05") return "120";
  if (root === "08") return "124";
  return null;
}

/**
 * Drop repeats within a sentence: the same code between the same actors, and a nominal event
 * already coded by a verb of the same kind between the same actors ("held talks with" and "talks",
 * "will sign an agreement with" and "agreement", a promise, demand, refusal or threat of it); a different kind of event stays ("threw stones
 * during demonstrations against X"). Two verbs of one root stay two events ("have prepared a
 * document … which will be signed").
 */
function dedupe(events: Event[]): Event[] {
  const pair = (e: Event) => `${e.sentence}|${e.source?.actorId ?? e.source?.code}|${e.target?.actorId ?? e.target?.code}`;
  // Force (18–20) is one kind of event: "shelled X" and "the bombing of X" are one attack.
  const kind = (e: Event) => (FORCE_CODES.test(e.cameo.code) ? "force" : e.cameo.code.slice(0, 2));
  // A promise, demand, refusal or threat (03, 10, 12, 13) is about what its nominal names ("will sign an agreement with").
  const stance = (e: Event) => /^(03|10|12|13)/.test(e.cameo.code);
  const verbal = new Set(events.filter((e) => !e.rule.startsWith("nominal:")).map((e) => `${pair(e)}|${stance(e) ? "stance" : kind(e)}`));
  // "pledged to intensify cooperation": an intent the sentence also codes more precisely between the
  // same parties (032 by "to intensify") is that one intent; the unspecified 030 of "pledged" repeats it.
  const specificIntent = new Set(events.filter((e) => e.cameo.code.startsWith("03") && e.cameo.code !== "030").map(pair));
  const seen = new Set<string>();
  const out: Event[] = [];
  for (const e of events) {
    if (e.rule.startsWith("nominal:") && (verbal.has(`${pair(e)}|${kind(e)}`) || verbal.has(`${pair(e)}|stance`))) continue;
    if (e.cameo.code === "030" && specificIntent.has(pair(e))) continue;
    const key = `${pair(e)}|${e.cameo.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** Whether each noun phrase of a sentence names a coded actor, found when first asked: only patterns with actor slots ask. */
class PhraseActors {
  private readonly known = new Map<number, boolean>();
  private readonly personHeads = new Map<number, boolean>();

  constructor(
    private readonly s: ChunkedSentence,
    private readonly ctx: DocumentContext,
  ) {}

  /** Whether chunk k (a noun phrase) names a coded actor. */
  at(k: number): boolean {
    let named = this.known.get(k);
    if (named === undefined) this.known.set(k, (named = this.ctx.partiesIn(this.s, this.s.chunks[k] as NounPhrase).length > 0));
    return named;
  }

  /**
   * Whether chunk k's actor is people named by an agent of several words ending in `lemma` ("suicide
   * bomber", SUICIDE_BOMBER [~REB]): the word is their name, not a machine's. (Not a military agent:
   * STEALTH_BOMBER [~MIL] is the aircraft.)
   */
  personHeadAt(k: number, lemma: string): boolean {
    const np = this.s.chunks[k] as NounPhrase;
    if (tokenKey(this.s.words[np.head].lemma) !== lemma || !this.at(k)) return false;
    let person = this.personHeads.get(k);
    if (person === undefined) {
      person = this.ctx.partiesIn(this.s, np).some((x) => {
        const agent = /^role:agent:(.+)$/.exec(x.actor.basis ?? "")?.[1];
        return !!agent && agent.includes(" ") && agent.endsWith(` ${lemma}`) && !x.actor.sectors.includes("MIL");
      });
      this.personHeads.set(k, person);
    }
    return person;
  }
}

/** A word of a sentence as the pattern matcher sees it (see RegionWord). */
class SentenceWord implements RegionWord {
  forms?: readonly string[];

  constructor(
    readonly key: string,
    readonly lemma: string,
    readonly np: number,
    private readonly actors: PhraseActors,
    readonly notPreposition: boolean,
    readonly inPlacePhrase: boolean,
    readonly inCircumstance: boolean,
  ) {}

  get actor(): boolean {
    return this.np >= 0 && this.actors.at(this.np);
  }

  get personNoun(): boolean {
    return this.np >= 0 && this.actors.personHeadAt(this.np, this.lemma);
  }
}

/**
 * "demonstrated …, calling for independence from Iraq", "staged rallies against Abbas, saying he must
 * resign", "began a hunger strike to protest against Sweden's decision": what a protest demands or
 * complains of is its topic, not an event of its own (PLOVER manual, PROTEST). A one-sided protest
 * takes the recipient of the demand its own source makes later in the sentence, and the demand is
 * dropped; a later demand or complaint by the same source at the protest's own target is dropped.
 */
function protestTopics(out: Event[], start: number): void {
  for (let i = start; i < out.length; i++) {
    const e = out[i];
    if (!e.source || !e.cameo.code.startsWith("14")) continue;
    const topic = (r: Event, j: number) => j >= start && r.target && r.source?.actorId === e.source!.actorId && r.trigger.start > e.trigger.start;
    if (e.target) {
      for (let k = out.length - 1; k >= start; k--) {
        if (topic(out[k], k) && out[k].target!.actorId === e.target.actorId && /^(02|10|11)/.test(out[k].cameo.code)) {
          out.splice(k, 1);
          if (k < i) i--;
        }
      }
      continue;
    }
    const k = out.findIndex((r, j) => topic(r, j) && /^(02|10)/.test(r.cameo.code));
    if (k < 0) continue;
    const target = out[k].target!;
    out[i] = { ...e, id: e.id.replace(/-none-(\w+)$/, `-${target.actorId}-$1`), target };
    out.splice(k, 1);
    if (k < i) i--;
  }
}

/** A noun's singular by its regular ending ("allies" → "ally", "critics" → "critic"), for words the lemmatiser took for names. */

/**
 * The word a phrase is about: its head, or after a quantity or a row the head of what is counted
 * ("captured a string of villages", "seized dozens of rifles").
 */
function countedHead(s: ChunkedSentence, np: NounPhrase): number {
  const head = s.words[np.head];
  if (np.ofComplements.length === 0 || !(QUANTITY_NOUNS.has(head.lower) || ROW_NOUNS.has(head.lower) || head.pos === "NUM")) return np.head;
  const end = np.ofComplements.length > 1 ? np.ofComplements[1] - 2 : np.last;
  for (let k = end; k >= np.ofComplements[0]; k--) if (s.words[k].pos === "NOUN" || s.words[k].pos === "PROPN") return k;
  return np.head;
}
/** Nouns for a row or a part of things ("a string of villages", "much of Liberia", "swathes of the north"). */
const ROW_NOUNS = new Set(["string", "series", "chain", "handful", "couple", "pair", "set", "spate", "wave", "slew", "raft", "host", "batch", "cache", "quantity", "quantities", "amount", "amounts", "lot", "lots", "much", "all", "swathes", "swaths", "bulk", "rest", "remainder", "portion", "portions", "parts", "section", "sections"]);

/**
 * Events with a company for source and no one but companies or no one at all for target are commerce,
 * not political events ("Ryanair has been attempting to take over Aer Lingus", "Pfizer pledged
 * money"); and a company neither uses nor threatens force ("Toyota will beat last year's profit").
 */
function withoutCommerce(events: Event[], trace: TraceLine[]): Event[] {
  return events.filter((e) => {
    if (!commercial(e.source?.code)) return true;
    const why = /^(1[89]|20|138)/.test(e.cameo.code)
      ? `"${e.source!.text}" is a company: "${e.trigger.text}" is no force (${e.cameo.code}), not coded`
      : !e.target
        ? `"${e.source!.text}" is a company acting on no one named: commerce, not a political event`
        : commercial(e.target.code)
          ? `"${e.source!.text}" and "${e.target.text}" are both companies: commerce, not a political event`
          : null;
    if (why) trace.push({ sentence: e.sentence, verb: e.trigger.text, message: why });
    return why == null;
  });
}

/**
 * Whether an actor code names a company and nothing else ("Boeing" MNCUSA, "Qatar Airways" QATBUS):
 * orders, deals and rivalries between companies are commerce, which political event data leaves out
 * (a state's bank or a government's airline still counts: USAGOVBUS).
 */
function commercial(code: string | null | undefined): boolean {
  if (!code) return false;
  const multinational = code.startsWith("MNC");
  const sectors: string[] = code.slice(multinational ? 6 : 3).match(/.{3}/g) ?? [];
  return (multinational || sectors.includes("BUS")) && sectors.every((y) => y === "BUS");
}

/** Words that may stand between a copula and its judgement ("is a very dangerous man", "were deeply unethical"). */
const JUDGEMENT_FILLERS = new Set(["a", "an", "the", "very", "so", "too", "deeply", "utterly", "totally", "completely", "absolutely", "extremely", "highly", "truly", "really", "quite", "most", "simply", "clearly", "just", "both"]);

/**
 * The first word of CONDEMNING_WORDS or PRAISING_WORDS in the complement of a copula that starts at
 * word i ("were unethical and horrifying", "is a dangerous man"), or null: the complement runs over
 * adjectives, nouns and "and" up to anything else, and a negation ("no friend", "never honest") voids it.
 */
function judgementAfter(s: ChunkedSentence, i: number): { lemma: string; index: number } | null {
  for (let j = i; j < s.words.length; j++) {
    const w = s.words[j];
    if (NEGATORS.has(w.lower) || w.lower === "no" || w.lower === "never") return null;
    // ('called Trump a "crook"', "described Putin as dangerous".)
    if (JUDGEMENT_FILLERS.has(w.lower) || w.lower === "and" || w.lower === "as" || w.text === "," || QUOTE_MARK.test(w.text)) continue;
    // ('called Clinton the "Devil"': a capitalised judgement is still one.)
    if (w.pos !== "ADJ" && w.pos !== "NOUN" && w.pos !== "VERB" && w.pos !== "PROPN") return null;
    if (CONDEMNING_WORDS.has(w.lower) || PRAISING_WORDS.has(w.lower)) return { lemma: w.lower, index: j };
    if (CONDEMNING_WORDS.has(w.lemma) || PRAISING_WORDS.has(w.lemma)) return { lemma: w.lemma, index: j };
  }
  return null;
}

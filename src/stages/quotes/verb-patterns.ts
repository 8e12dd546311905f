// Attribution readers built on verbs and adjectives: reporting verbs (active, inverted, gerund,
// infinitive), passives (with an agent, of hearsay, of characterisation, questions put, "I'm told"),
// attitudes, reactions of a verb of feeling's object, and message acts.
import {
  ATTITUDE_ADJECTIVES,
  ATTITUDE_NOUN_EXTRA_LINKS,
  ATTITUDE_NOUN_LINKS,
  ATTITUDE_NOUNS,
  ATTITUDE_ONLY_VERBS,
  ATTITUDE_VERBS,
  CUE_ADJUNCT_WORDS,
  VERBAL_ATTACKS,
  VERBAL_TARGETS,
  MESSAGE_NOUNS,
  AS_PORTRAYALS,
  EXPERIENCER_VERBS,
  POSITION_VERBS,
  type Complement,
  type CueVerb,
} from "./cues.js";
import { looksLikeQuotation } from "./marks.js";
import {
  appositionRight,
  hasFiniteVerb,
  hasVerb,
  isPossessiveMarker,
  isPossessivePronoun,
  isTimePhrase,
  npLeft,
  npRight,
  type Tok,
  type TokRange,
} from "./phrases.js";
import {
  type Candidate,
  type Context,
  type Forward,
  PERMISSION_WORDS,
  type Unit,
  PERSON_OBJECT_PRONOUNS,
  WH_WORDS,
  commaBefore,
  infinitiveAt,
  leftFloor,
  prevChar,
  quoteClosingBefore,
  verbGroupStart,
} from "./attribution-context.js";
import {
  clauseStarts,
  cueSpan,
  endsAfterCue,
  forwardContent,
  predicateStart,
  skipAfterCue,
} from "./content-span.js";
import { pastTenseBases, withParticle } from "./cue-words.js";
import {
  isSourceLike,
  mainVerbBefore,
  messageBefore,
  namedSubject,
  reducedRelativeBefore,
  subjectLeft,
  withoutReportingRelative,
} from "./source-phrase.js";

/** Prepositions that make a gerund a noun ("accused of saying", "known for telling"), not a cue. */
const NOMINAL_GERUND_ADP = new Set(["of", "for", "about", "from", "to", "with", "against"]);

/**
 * A verb that puts out a message ("sent out a series of tweets", "fired off a letter") as a cue of
 * its own whose content is the message phrase: a speech act with the message as its object, else
 * null. A bare message ("issued a statement.") says nothing, and one followed by "saying"/"that" is
 * read from that cue.
 */
export function messageAct(ctx: Context, unit: Unit, i: number): CueVerb | null {
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

/** Speech verbs whose following noun phrase is an object, never an inverted speaker ("called X Y"). */
const NON_INVERTING = new Set(["call", "describe", "accuse", "ask", "urge", "tell", "inform", "remind", "assure", "reassure", "advise", "implore", "beg", "caution", "promise"]);

/** A candidate for the cue verb at token `i`: its speaker (left, inverted or inherited) and its content. */
export function cueVerbCandidate(ctx: Context, unit: Unit, i: number, plainVerb: CueVerb): Candidate | null {
  const { toks } = ctx;
  const t = toks[i];
  const { verb, last: cueLast } = withParticle(toks, i, plainVerb);
  if (verb.complements.size === 0) return null;
  const g = verbGroupStart(ctx, unit, i);
  const group = toks.slice(g, i);
  const gerund = /ing$/.test(t.lower) && g === i;
  // Passives ("was told", "is expected to") report nothing said by their subject; with an agent
  // ("the plan was denounced by the party chairman") the agent speaks about the subject.
  // (The tokenizer may keep "I'm" whole, hiding the auxiliary of "I'm told …".)
  if (t.lower === "told" && /^(i|we)['’](m|re)$/.test(toks[g - 1]?.lower ?? "")) return toldTheWriter(ctx, unit, g, cueLast);
  if (!gerund && group.some((x) => x.lemma === "be") && !/ing$/.test(t.lower)) return passiveWithAgent(ctx, unit, g, cueLast, verb) ?? hearsayPassive(ctx, unit, g, cueLast) ?? questionPut(ctx, unit, g, i);
  // A participle opening a sentence ("Asked about …, Trump said") is not a cue of its own; what it
  // asks about is a question put by someone unnamed.
  if (!gerund && g === unit.first && /ed$/.test(t.lower)) return questionPut(ctx, unit, g, i);

  let speaker: TokRange | null = null;
  let inherits = false;
  let inverted = false;
  let governorFirst = g;
  // The infinitive "to" before the verb group, also split from it by an adverb ("to emphatically endorse").
  const to = toks[g - 1]?.lower === "to" ? g - 1 : toks[g - 1]?.pos === "ADV" && /ly$/.test(toks[g - 1].lower) && toks[g - 2]?.lower === "to" && g - 2 >= unit.first ? g - 2 : -1;
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
    } else if (prev && g - 1 >= unit.first && POSITION_VERBS.has(verb.lemma) && (prev.pos === "NOUN" || prev.pos === "PROPN")) {
      // "French forces backing government troops attacked …": a position verb right after a noun
      // says whose side those named are on, not what anyone declared.
      return null;
    } else if (prev && g - 1 >= unit.first && ctx.quoteOf[g - 1] < 0 && (prev.pos === "NOUN" || prev.pos === "PROPN") && !CUE_ADJUNCT_WORDS.has(prev.lower)) {
      // "with spokesman Glen Caplin saying …", "polls showing …": the noun phrase before speaks, unless
      // it is the object of a preposition ("in the past, saying") or of a verb.
      speaker = npLeft(toks, g - 1, leftFloor(ctx, unit, g - 1));
      const governor = speaker ? toks[speaker.first - 1] : undefined;
      if (!speaker || (governor && governor.lower !== "with" && (governor.pos === "ADP" || governor.pos === "VERB"))) {
        speaker = null;
        inherits = true;
      }
    } else if (prev && g - 1 >= unit.first && PERSON_OBJECT_PRONOUNS.has(prev.lower)) {
      // "a video which showed him talking about women": after an object pronoun the participle
      // describes that object; it reports nothing of the clause's subject.
      return null;
    } else if (g === unit.first || (prev?.pos !== "VERB" && !((prev?.pos === "ADP" || prev?.pos === "SCONJ") && NOMINAL_GERUND_ADP.has(prev.lower)))) {
      // "…, saying", "by telling voters", "after adding": the subject of the main clause speaks; without
      // a comma the cue runs from the main verb ("spent the rally attacking", "tried … by wondering").
      // ("confirmed it before saying", "donated while lobbying": after other prepositions it stands alone.)
      inherits = true;
      if (!prev || (prev.pos !== "ADP" && prev.pos !== "SCONJ") || prev.lower === "by") governorFirst = mainVerbBefore(ctx, unit, g) ?? g;
    } else return null;
  } else if (to >= 0) {
    // "officials not authorized to discuss the case": a permission denied reports nothing said.
    if (PERMISSION_WORDS.test(toks[to - 1]?.lower ?? "") && toks.slice(Math.max(unit.first, to - 4), to - 1).some((x) => /^(not|n['’]t|never)$/.test(x.lower))) return null;
    // "answers to detailed questions": after a preposition "to", an inflected form is no infinitive.
    if (g === i && t.lower !== t.lemma && /(ed|en)$/.test(t.lower)) return null;
    // "went on to say", "declined to say whether", "didn't step up to oppose": the subject of the
    // governing verb (with its particle) speaks.
    const particle = (k: number) => toks[k].pos === "ADP" && /^(up|out|on|off|forward|down|in)$/.test(toks[k].lower) && toks[k - 1]?.pos === "VERB";
    let s = to - 1;
    while (s > unit.first && (toks[s].pos === "VERB" || toks[s].pos === "AUX" || toks[s].pos === "ADV" || toks[s].lower === "on" || particle(s)) && to + 1 - s < 6) s--;
    // ("urged the mayor not to announce": an adverb alone before "to" governs nothing.)
    if (s + 1 < to && toks.slice(s + 1, to).some((x) => x.pos === "VERB" || x.pos === "AUX")) {
      governorFirst = verbGroupStart(ctx, unit, s + 1);
      speaker = subjectLeft(ctx, unit, governorFirst).speaker;
    } else {
      // "gave $1 million to support the party", "likely to back him": a position verb in an infinitive
      // of purpose or prospect names what an act serves, not a declared position.
      if (POSITION_VERBS.has(verb.lemma)) return null;
      // "working on how to cite the work": an infinitive after a wh-word is an embedded question, no act.
      if (WH_WORDS.has(toks[to - 1]?.lower ?? "")) return null;
      // "took to Instagram to thank supporters": an infinitive of purpose; the main subject speaks, and
      // the cue runs from the main verb, as PolNeAR marks it ("appeared Tuesday with employees to tout").
      inherits = true;
      governorFirst = mainVerbBefore(ctx, unit, to) ?? to;
      // ("became the latest newspaper to endorse": a copula and its noun describe the subject; the act
      // starts at "to".)
      if (toks.slice(governorFirst, to).some((x) => x.lemma === "be" || x.lemma === "become")) governorFirst = to;
    }
  } else {
    const left = subjectLeft(ctx, unit, g);
    speaker = left.speaker;
    inherits = left.inherits;
    // "They released a statement which said, “…”": a message put out speaks for whoever put it out,
    // as with "released a statement saying"; the cue is the whole act.
    const message = speaker?.antecedent && /^(which|that)$/.test(toks[speaker.first].lower) ? messageBefore(ctx, unit, speaker.first) : null;
    if (message) {
      speaker = subjectLeft(ctx, unit, message.verbGroup).speaker;
      governorFirst = message.verbGroup;
      if (!speaker) inherits = true;
    }
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
    let end = predicateStart(toks, forward.np ? k + 1 : k + 2, unit.last);
    // ("Those who touted the plan now regret it": an adverb before the main verb belongs to it.)
    while (end !== null && end - 1 > k && toks[end - 1].pos === "ADV") end--;
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
  // ("cast her candidacy - and now her party - as a safe harbor": these portray only with "as".)
  if (AS_PORTRAYALS.has(verb.lemma) && !(forward?.kind === "clause" && asAfter(ctx, unit, forward.start))) return null;
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
  const subject = subjectPhraseBefore(ctx, unit, g);
  if (!subject || subject.antecedent || toks[subject.last].pos === "PRON") return null;
  return {
    cueFirst: g, cueLast, speaker, inherits: false,
    forward: { kind: "clause", start: toks[subject.first].start, end: toks[subject.last].end, rule: "clause-after-cue", np: true },
    backQuote: null, backComma: null, parenthetical: false, rule: null, verbClass: verb.cueClass,
    segmentFirst: g, segmentLast: speaker.last,
  };
}

/**
 * The subject before the verb group at `g`: the whole phrase back to the clause start when it holds
 * no verb ("Election implications regarding the EU were described …"), else the noun phrase.
 */
function subjectPhraseBefore(ctx: Context, unit: Unit, g: number): TokRange | null {
  const { toks } = ctx;
  let s = g - 1;
  // ("Election implications regarding the EU were described …": a participle after a noun stays.)
  const inSubject = (k: number) => {
    const t = toks[k];
    if (/^[,;:]$/.test(t.text) || t.pos === "AUX" || t.pos === "SCONJ") return false;
    const before = toks[k - 1]?.pos;
    // ("His attempted comeback": a participle after a determiner or possessive modifies the noun.)
    const modifier = before === "DET" || (before === "PRON" && isPossessivePronoun(toks[k - 1]));
    return t.pos !== "VERB" || (/(ing|ed)$/.test(t.lower) && (before === "NOUN" || modifier)) || (/ing$/.test(t.lower) && before === "ADP");
  };
  while (s >= unit.first && ctx.quoteOf[s] < 0 && inSubject(s)) s--;
  const whole: TokRange | null = s < g - 1 && (s < unit.first || /^[,;:]$/.test(toks[s].text) || toks[s].pos === "SCONJ") ? { first: s + 1, last: g - 1 } : null;
  return whole ?? subjectLeft(ctx, unit, g).speaker;
}

/** Is the token an active form of a verb of feeling, whatever the tagger made of it ("embarrassed/ADJ")? */
function experiencerVerb(t: Tok): boolean {
  // (Runs for every token: the part of speech is tested before the word's ending.)
  if (t.pos !== "VERB" && t.pos !== "ADJ" && t.pos !== "NOUN") return false;
  if (t.lower.endsWith("ing")) return false;
  if (t.pos === "VERB") return EXPERIENCER_VERBS.has(t.lemma);
  if (!t.lower.endsWith("ed")) return false;
  return pastTenseBases(t.lower).some((x) => EXPERIENCER_VERBS.has(x));
}

/**
 * "The party's aggressiveness alarmed Clinton", "His sexting habits embarrassed them": a verb of
 * feeling whose object feels it (EXPERIENCER_VERBS) attributes a reaction to that object; the object
 * is the source and the subject, what the reaction is about, the content. Active forms only ("was
 * alarmed by" is an attitude adjective), with a person, group or personal pronoun as the object.
 */
export function experiencerObject(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  const t = toks[i];
  if (!experiencerVerb(t)) return null;
  // (The tagger reads a past tense after a noun as an adjective or noun: "habits embarrassed them";
  // after a determiner it is one: "the embarrassed officials".)
  const prev = toks[i - 1]?.pos === "ADV" ? toks[i - 2] : toks[i - 1];
  if (t.pos !== "VERB" && !(prev?.pos === "NOUN" || prev?.pos === "PROPN" || prev?.pos === "NUM")) return null;
  const g = verbGroupStart(ctx, unit, i);
  if (toks.slice(g, i).some((x) => x.lemma === "be") || toks[g - 1]?.lower === "to" || g === unit.first) return null;
  const next = toks[i + 1];
  if (!next || i + 1 > unit.last || ctx.quoteOf[i + 1] >= 0) return null;
  // (The object ends before an adjunct: "delighted the crowd with three goals", "the crowd at Wimbledon".)
  const object = PERSON_OBJECT_PRONOUNS.has(next.lower) ? { first: i + 1, last: i + 1 } : npRight(toks, i + 1, unit.last, false);
  if (!object || (object.first === object.last && toks[object.first].pos === "PRON" && !PERSON_OBJECT_PRONOUNS.has(next.lower))) return null;
  if (toks[object.first].pos !== "PRON" && !isSourceLike(toks, object)) return null;
  const subject = subjectPhraseBefore(ctx, unit, g);
  // ("Chelsea frustrated Arsenal", "The Lakers shocked the Celtics 110-98": a named subject beating or
  // holding off a named object is a result, not a reaction; reactions are to acts and events.)
  if (!subject || subject.antecedent || toks[subject.last].pos === "PRON" || toks[subject.last].pos === "PROPN") return null;
  // ("The decision … to release the letter angered many members": a phrase governed by a verb or
  // preposition is only the tail of the subject, which would make a wrong content.)
  const governor = toks[subject.first - 1];
  if (governor && subject.first - 1 >= unit.first && (governor.pos === "VERB" || governor.pos === "ADP" || governor.pos === "AUX")) return null;
  return {
    cueFirst: g, cueLast: i, speaker: object, inherits: false,
    forward: { kind: "clause", start: toks[subject.first].start, end: toks[subject.last].end, rule: "clause-after-cue", np: true },
    backQuote: null, backComma: null, parenthetical: false, rule: null, verbClass: "belief",
    segmentFirst: g, segmentLast: object.last,
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
  if (toks[cueLast].lower === "told" && /^(i|we)$/.test(toks[g - 1]?.lower ?? "")) return toldTheWriter(ctx, unit, g, cueLast);
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

/**
 * "When Flynn was asked whether he respects Putin", "Asked about the tape, Trump said …": a question
 * put to someone by unnamed askers (reporters, a moderator) is an attribution without a source, as
 * PolNeAR marks it. The cue runs through "about" before a topic; the content is the embedded question
 * or the topic, up to the next comma or the end of the clause.
 */
function questionPut(ctx: Context, unit: Unit, g: number, i: number): Candidate | null {
  const { toks } = ctx;
  if (toks[i].lower !== "asked") return null;
  let k = i + 1;
  while (k <= unit.last && toks[k].pos === "ADV" && !WH_WORDS.has(toks[k].lower)) k++;
  const next = toks[k];
  if (!next || k + 1 > unit.last || ctx.quoteOf[k] >= 0 || ctx.quoteOf[k + 1] >= 0) return null;
  const about = next.lower === "about";
  if (!about && !/^(whether|if|why|how|what|when|where|who)$/.test(next.lower)) return null;
  const start = about ? k + 1 : k;
  let end = start;
  while (end + 1 <= unit.last && ctx.quoteOf[end + 1] < 0 && !/^[,;:.?!]$/.test(toks[end + 1].text)) end++;
  if (about && !npRight(toks, start, end, true) && toks[start].pos !== "PRON") return null;
  return {
    cueFirst: g, cueLast: about ? k : i, speaker: null, inherits: false,
    forward: { kind: "clause", start: toks[start].start, end: toks[end].end, rule: "clause-after-cue", np: about },
    backQuote: null, backComma: null, parenthetical: false, rule: null, sourceless: true, segmentFirst: g, segmentLast: about ? k : i,
  };
}

/**
 * "It emerged that the investigation was a probe into …", "it has transpired that …": with an expletive
 * "it", a verb of coming to light reports what unnamed sources revealed, an attribution without a
 * source; the that-clause is the content.
 */
export function cameToLight(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.pos !== "VERB" || !/^(emerge|transpire)$/.test(t.lemma)) return null;
  const g = verbGroupStart(ctx, unit, i);
  const next = toks[i + 1];
  if (toks[g - 1]?.lower !== "it" || next?.lower !== "that" || i + 2 > unit.last || ctx.quoteOf[i + 1] >= 0) return null;
  if (!hasVerb(toks, i + 2, Math.min(unit.last, i + 30))) return null;
  return {
    cueFirst: g - 1, cueLast: i, speaker: null, inherits: false, forward: { kind: "clause", start: toks[i + 2].start, rule: "that-clause" },
    backQuote: null, backComma: null, parenthetical: false, rule: null, sourceless: true, segmentFirst: g - 1, segmentLast: i,
  };
}

/**
 * "I'm told Ryan considered resigning", "we were told that …": a first-person passive of "tell" in a
 * report gives what unnamed sources told the writer, an attribution without a named source. An
 * infinitive after it is an order ("I was told to leave"), not hearsay.
 */
function toldTheWriter(ctx: Context, unit: Unit, g: number, cueLast: number): Candidate | null {
  const { toks } = ctx;
  const k = cueLast + 1;
  const next = toks[k];
  if (!next || k + 1 > unit.last || ctx.quoteOf[k] >= 0) return null;
  let forward: Forward | null = null;
  if (next.lower === "that" && hasFiniteVerb(toks, k + 1, Math.min(unit.last, k + 30))) forward = { kind: "clause", start: toks[k + 1].start, rule: "that-clause" };
  else if (next.lower !== "to" && clauseStarts(ctx, unit, k)) forward = { kind: "clause", start: next.start, rule: "clause-after-cue" };
  if (!forward) return null;
  return {
    cueFirst: g, cueLast, speaker: null, inherits: false, forward, backQuote: null, backComma: null, parenthetical: false,
    rule: null, sourceless: true, segmentFirst: g - 1, segmentLast: cueLast,
  };
}

/** Participles that characterise their subject in the passive: "was seen as", "has been criticized as". */
export const CHARACTERISATION_PARTICIPLES = new Set([
  "seen", "viewed", "regarded", "perceived", "criticized", "criticised", "branded", "labeled", "labelled", "dubbed", "described",
]);

/**
 * "Al Gore … was seen as wooden and off-putting", "Trump will be viewed as lacking": a passive
 * characterisation without an agent reports a view of unnamed people (PolNeAR marks it with no
 * source). The cue runs from the verb group through "as"; what follows "as", up to the next comma or
 * stop, is the content. With a "by" agent the passive is read by `passiveWithAgent` instead.
 */
export function characterisationPassive(ctx: Context, unit: Unit, i: number): Candidate | null {
  const { toks } = ctx;
  const g = verbGroupStart(ctx, unit, i);
  // (The tagger's lemma of "being" is "being".)
  if (g === i || !toks.slice(g, i).some((x) => x.lemma === "be" || x.lower === "being")) return null;
  let k = i + 1;
  while (k <= unit.last && toks[k].pos === "ADV" && toks[k].lower !== "as") k++;
  // "being seen by many in the party as too clever by half": an agent before "as" holds the view.
  let agent: TokRange | null = null;
  if (toks[k]?.lower === "by" && ctx.quoteOf[k] < 0) {
    let a = k + 1;
    while (a <= Math.min(unit.last, k + 9) && ctx.quoteOf[a] < 0 && toks[a].lower !== "as" && !/^[,;:.]$/.test(toks[a].text)) a++;
    const range = { first: k + 1, last: a - 1 };
    const quantified = /^(many|some|most|others|few|all|critics)$/.test(toks[k + 1]?.lower ?? "");
    if (toks[a]?.lower !== "as" || a - 1 < k + 1 || !(quantified || isSourceLike(toks, range))) return null;
    agent = range;
    k = a;
  }
  if (toks[k]?.lower !== "as" || k + 1 > unit.last || ctx.quoteOf[k] >= 0) return null;
  let end = k + 1;
  while (end + 1 <= unit.last && ctx.quoteOf[end + 1] < 0 && !/^[,;:.]$/.test(toks[end + 1].text)) end++;
  if (!agent && toks.slice(k + 1, end + 1).some((x) => x.lower === "by")) return null;
  // ("was seen as it crossed the border", "as soon as", "as well": an "as" that opens a clause or a
  // fixed phrase is no characterisation.)
  if (/^(well|soon|long|far|if|though|usual)$/.test(toks[k + 1].lower)) return null;
  const subject = npRight(toks, k + 1, end, false);
  const verb = subject && subject.last + 1 <= end ? toks[subject.last + 1] : undefined;
  if (verb && (verb.pos === "AUX" || (verb.pos === "VERB" && !/ing$/.test(verb.lower)))) return null;
  return {
    cueFirst: g, cueLast: agent ? i : k, speaker: agent, inherits: false,
    forward: { kind: "clause", start: toks[k + 1].start, end: toks[end].end, rule: "clause-after-cue" },
    backQuote: null, backComma: null, parenthetical: false, rule: null, sourceless: agent === null, segmentFirst: g, segmentLast: k,
  };
}

/** Is there an "as" within a dozen tokens after offset `start`, before the clause ends? */
function asAfter(ctx: Context, unit: Unit, start: number): boolean {
  const { toks } = ctx;
  let k = unit.first;
  while (k <= unit.last && toks[k].start < start) k++;
  for (let m = k; m <= Math.min(unit.last, k + 12); m++) {
    if (toks[m].lower === "as") return true;
    if (/^[;:.]$/.test(toks[m].text)) return false;
  }
  return false;
}

/**
 * Is the target of an attack verb, starting at offset `start`, verbal? A person (name entity or
 * personal pronoun), a stance or remark (VERBAL_TARGETS), or an attack "over/for/as" something.
 */
function verbalTarget(ctx: Context, unit: Unit, start: number): boolean {
  const { toks } = ctx;
  let k = unit.first;
  while (k <= unit.last && toks[k].start < start) k++;
  // "hammered the “disgusting” media": quoted words in the object are the attacker's own.
  for (let q = k; q <= unit.last && q <= k + 3; q++) if (ctx.quoteOf[q] >= 0) return true;
  const object = npRight(toks, k, unit.last, false);
  if (!object) return PERSON_OBJECT_PRONOUNS.has(toks[k]?.lower ?? "");
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

/** Verbs that link a subject to an attitude adjective like "be" does ("became agitated", "seems confident"). */
const LINKING_VERBS = new Set(["be", "become", "get", "grow", "seem", "appear", "remain", "feel", "sound"]);

/**
 * "Mrs. Clinton's campaign was optimistic that …", "many were outraged at the protest", "Democrats
 * increasingly nervous about turnout": an attitude adjective after "be" (or right after its
 * holder) with a that-clause, an infinitive or a prepositional object as content.
 */
export function attitude(ctx: Context, unit: Unit, i: number): Candidate | null {
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

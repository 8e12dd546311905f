// The source of a cue: the speaker phrase to its left (subjects, relative pronouns, coordinations,
// appositions, fronted clauses) and whether a phrase can hold a view or is a document.
import {
  CUE_ADJUNCT_WORDS,
  CUE_FORMS,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  MESSAGE_NOUNS,
  MESSAGE_VERBS,
  PERSON_NOUNS,
} from "./cues.js";
import {
  appositionLeft,
  appositionRight,
  isNominalAdverb,
  isPossessivePronoun,
  isSubjectPronoun,
  isTimePhrase,
  npLeft,
  npRight,
  type Tok,
  type TokRange,
} from "./phrases.js";
import {
  type Context,
  PERMISSION_WORDS,
  type Unit,
  leftFloor,
  timeWord,
  verbGroupStart,
} from "./attribution-context.js";

/**
 * A message put out by a verb right before a gerund cue ("issued a statement Tuesday saying"): the
 * start of that verb's group, else null.
 */
export function messageBefore(ctx: Context, unit: Unit, g: number): { verbGroup: number } | null {
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
 * A noun with a participle and time words right before a gerund cue ("a report released Thursday
 * suggesting"), as the speaker phrase, else null.
 */
export function reducedRelativeBefore(ctx: Context, unit: Unit, g: number): TokRange | null {
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
export function withoutReportingRelative(toks: readonly Tok[], range: TokRange): TokRange {
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

/** The subject phrase of a cue whose verb group starts at `g`, or null. */
export function subjectLeft(ctx: Context, unit: Unit, g: number): { speaker: TokRange | null; inherits: boolean } {
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
  // (So does a restrictive "which" right after a record: "a 2005 video which showed him …"; after a
  // comma it may stand for a whole clause, and after other nouns it seldom reports: "a reaction across
  // social media which shows no sign of letting up".)
  const relativeThat = (t.pos === "PRON" || t.pos === "DET") && s - 1 >= floor && (toks[s - 1].pos === "NOUN" || toks[s - 1].pos === "PROPN") &&
    (t.lower === "that" || (t.lower === "which" && isDocumentLike(toks, { first: s - 1, last: s - 1 })));
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
    // "Thomas Gray, 24, who cited …": an age between commas stands in apposition to the name.
    if (toks[before]?.pos === "NUM" && toks[before - 1]?.text === "," && before - 2 >= floor && (toks[before - 2].pos === "PROPN" || toks[before - 2].pos === "NOUN")) before -= 2;
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
export function mainVerbBefore(ctx: Context, unit: Unit, at: number): number | null {
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
  // ("Owning Time Warner, Mr. Stephenson said, would …": a phrase opened by a gerund before a name
  // is a clause, the subject of what is said, not another name for the speaker.)
  if (toks[left.first].pos === "VERB" && /ing$/.test(toks[left.first].lower) && toks[left.first + 1]?.pos === "PROPN") return np;
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

/** Is the phrase's head a named person or organisation, a name, or a personal pronoun (an attacker in words)? */
export function namedSubject(toks: readonly Tok[], range: TokRange): boolean {
  const head = toks[(range.antecedent ?? range).last];
  return head.entity === "PERSON" || head.entity === "ORG" || /^(he|she|they|i|we|who)$/.test(head.lower) || (head.pos === "PROPN" && !head.entity);
}

/** Words after which a noun phrase is no main-clause subject: prepositions, verbs, relative pronouns. */
const NOT_SUBJECT_AFTER = new Set(["that", "which", "who", "whom", "whose", "to", "than", "as"]);

/**
 * The subject of the main clause of a unit before token `before`, for cues that inherit their subject
 * ("…, saying"): the first noun phrase followed by its verb that is not inside a prepositional phrase,
 * an object or a relative clause ("Before a crowd of 15,000 people gathered, Trump attacked …").
 */
export function firstSubject(ctx: Context, unit: Unit, before: number): TokRange | null {
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

/** The subject of the main clause after a fronted participle clause ending at the first comma after `from`. */
export function subjectAfterFronted(ctx: Context, unit: Unit, from: number): { subject: TokRange; comma: number } | null {
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
export function isSourceLike(toks: readonly Tok[], range: TokRange): boolean {
  // "those who touted …", "anyone who believes …": the relative "who" itself refers to people.
  if (range.antecedent && toks[range.first].lower === "who") return true;
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
  if (PERSON_NOUNS.has(head.lemma) || GROUP_NOUNS.has(head.lemma) || GROUP_NOUNS.has(head.lower)) return true;
  // "voters in the region", "residents of the town": the head is the noun before a postnominal link.
  for (let i = named.first + 1; i < last; i++) {
    if (toks[i].pos !== "ADP") continue;
    const inner = toks[i - 1];
    return inner.pos === "PROPN" || (inner.pos === "NOUN" && (PERSON_NOUNS.has(inner.lemma) || GROUP_NOUNS.has(inner.lemma) || GROUP_NOUNS.has(inner.lower)));
  }
  return false;
}

/** Is the phrase headed by a poll, document or record ("the latest survey", "emails from WikiLeaks")? */
export function isDocumentLike(toks: readonly Tok[], range: TokRange): boolean {
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
export function withoutAnonymityClause(toks: readonly Tok[], range: TokRange): TokRange {
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

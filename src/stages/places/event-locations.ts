// Stage events.locations@1: where each event happened. The place a locative preposition attaches to
// the event's clause ("in Tehran", "at Baghdad International Airport"), else a non-actor place of its
// sentence, else the article's main place (dateline or most reported), marked inherited.
import type { Document, EventLocation, Place, Span, Token } from "../../model/schema.js";
import { defineStage } from "../../pipeline/stage.js";
import { COMPASS_POINTS, CORE_LOCATIVES, DAY_NAMES, MONTH_NAMES, nounForms, PLACE_NOUN_WORDS, SITE_NOUNS } from "./place-words.js";

export const EVENT_LOCATIONS_STAGE_ID = "events.locations";

/** Prepositions that put an event at a place. "from" (origin) and "by" (agent) do not. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  ...CORE_LOCATIVES,
  "throughout",
  "within",
  "along",
  "off",
  "over",
  "onto",
  "on",
  "nearby",
  "beyond",
  "amid",
  "between",
  "through",
]);

/**
 * Nouns that can follow a place name inside the same place phrase ("Kandahar province", "Nicosia
 * airport", "the Rafah crossing"), singular or plural ("six major West Bank cities" are places of the West
 * Bank, not a nationality's), and the parts of an airport's or a base's name.
 */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  // Not "island": "the Red Sea island of Hanish al-Kabir", "the Greek island of Lesbos" name the sea or country it lies in, the island after "of".
  ...nounForms([...PLACE_NOUN_WORDS, ...SITE_NOUNS.filter((n) => n !== "island"), "settlement", "capital", "countryside", "outskirts"]),
  "international",
  "air",
  "base",
  "airbase",
]);

/** Venues a town's name can set ("a posh Sofia restaurant", "a Kabul hotel"): the town is where they are. */
const VENUES: ReadonlySet<string> = new Set([
  "restaurant",
  "hotel",
  "cafe",
  "café",
  "bar",
  "nightclub",
  "club",
  "hospital",
  "school",
  "university",
  "market",
  "mosque",
  "church",
  "synagogue",
  "temple",
  "prison",
  "jail",
  "station",
  "stadium",
  "home",
  "house",
  "apartment",
  "office",
  "street",
  "square",
  "park",
  "mall",
  "shop",
  "store",
  "courthouse",
  "neighbourhood",
  "neighborhood",
]);

/** Possessive determiners inside a noun phrase ("outside his Amman home"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Words after a place that are not a noun it modifies ("in Turkey Thursday", "in Gaza last month"). */
const TIME_WORDS = new RegExp(
  `^(?:${[...DAY_NAMES, ...MONTH_NAMES, "today", "yesterday", "tonight", "morning", "evening", "night", "week", "month", "year", "last", "this", "next", "earlier", "later"].join("|")})$`,
);

/** Tokens that end a clause between a trigger and a place. */
const CLAUSE_BREAK = /^(?:;|:|—|–|\(|\)|which|who|whom|whose|while|whereas|although|though|because|but|if|unless|as|when|where|since|until)$/i;

/** Words that open a clause of their own: a place beyond one belongs to that clause, not to the event's. */
const HARD_BREAK = /^(?:;|which|whose|where|whereas|although|though|because|unless|if)$/i;

/** Day and month names: a dated phrase ("On December 18 Eritrea") ends a preposition's reach. */
const DATE_WORDS = new RegExp(`^(?:${[...DAY_NAMES, ...MONTH_NAMES.filter((m) => m !== "may")].join("|")})\\.?$`);

/** Adverbs of position inside a place phrase ("in south Afghanistan", "a town northeast of Baghdad"). */
const POSITION_ADVERBS = new RegExp(`^(?:${COMPASS_POINTS}|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|downtown|central|inland|offshore|upstate)$`);

/** Lemmas of saying: a place in the attribution ("speaking from Mosul", "told reporters in Kabul") is where it was said. */
const SPEECH_LEMMAS: ReadonlySet<string> = new Set(["say", "tell", "speak", "quote"]);

/** Quotation marks: a place inside a quotation the trigger is not in is a slogan or a title. */
const QUOTE_MARKS = /["\u201c\u201d]/g;

/** Prepositions that relate a place to the event as something other than its scene. */
const NON_LOCATIVE: ReadonlySet<string> = new Set(["from", "by", "against", "with", "for"]);

/** Prepositions that place something by a landmark rather than in it. */
const REFERENCE_PREPOSITIONS: ReadonlySet<string> = new Set(["near", "outside", "off", "beyond", "nearby"]);

/** Prepositions of direction: they name where something went more often than where it happened. */
const DIRECTIONAL: ReadonlySet<string> = new Set(["to", "into", "onto", "toward", "towards"]);

/** Place kinds too broad to be read from a noun phrase's shape alone ("a US drone strike" names an actor). */
const BROAD: ReadonlySet<string> = new Set(["country", "continent"]);

/** City-states (ISO 3166-1 alpha-3): the country is one town, as specific as any ("a Hong Kong hotel"). */
const CITY_STATES: ReadonlySet<string> = new Set(["HKG", "MAC", "SGP", "MCO", "VAT", "SMR", "GIB"]);

/** Words between a passive auxiliary and its verb. */
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being|has|have|had|got|get|gets)$/i;

/**
 * Objects that make a verb figurative, with no scene of its own: prizes and places in a contest
 * ("captured the silver", "took the 13th stage"), seats, votes and shares, and bills ("killed the bill").
 */
const FIGURATIVE_OBJECTS = /^(?:gold|silver|bronze|medal|medals|title|titles|crown|stage|seat|seats|vote|votes|prize|trophy|championship|lead|share|percent|bill|bills|proposal|imagination|attention|heart|hearts)$/;

/** How a location was found, for explanations and for the evaluation. */
export type LocationBasis = "attached" | "sentence" | "inherited";

export interface LocatedPlace {
  place: Place;
  basis: LocationBasis;
  /** The preposition that attached it, for "attached". */
  preposition: string | null;
}

interface PlaceView {
  place: Place;
  first: number;
  last: number;
  preposition: string | null;
  possessive: boolean;
  modifier: boolean;
  /** It modifies a venue's noun ("a Sofia restaurant"), so it says where that venue is. */
  venue: boolean;
  /** The trigger's direct object, or its passive subject ("captured Huddur", "Birao was captured"). */
  argument: boolean;
  /** The preposition follows a noun, so it describes that noun ("students in Spain"), not a verb. */
  nounAttached: boolean;
  /** Token index of the preposition, or -1. */
  prepositionIndex: number;
  /** Inside an attribution ("according to officials in Kabul", "speaking from Mosul"). */
  attribution: boolean;
  /** A point of reference, not the scene: "north of Baghdad", "near Jenin". */
  reference: boolean;
  /** A preposition of origin, agent, opponent or company governs it ("Serbs from Croatia", "protested against Libya"). */
  nonLocative: boolean;
}

function sentenceOf(doc: Document, at: number): Span {
  for (const s of doc.sentences) if (s.start <= at && at < s.end) return s;
  return { start: 0, end: doc.text.length };
}

/** Tokens of a span: the token layer when present, else a plain word split (no POS). */
function tokensIn(doc: Document, span: Span): Token[] {
  if (doc.tokens && doc.tokens.length > 0) {
    // Tokens are in text order: the span's run is found by binary search, not a scan of every token (run per event and per sentence).
    const tokens = doc.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Token[] = [];
    for (let k = lo; k < tokens.length && tokens[k].start < span.end; k++) if (tokens[k].end <= span.end) out.push(tokens[k]);
    return out;
  }
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*|['\u2019]s|[^\s\p{L}\p{N}]/gu;
  const slice = doc.text.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const word = m[0];
    const pos = /^\p{Lu}/u.test(word) ? "PROPN" : /^[\p{L}]/u.test(word) ? "X" : "PUNCT";
    out.push({ start: span.start + m.index, end: span.start + m.index + word.length, pos, lemma: word.toLowerCase() });
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function lower(doc: Document, t: Token): string {
  return doc.text.slice(t.start, t.end).toLowerCase();
}

/**
 * Is the place inside an attribution: "according to" or a verb of saying reached going back from the
 * place without crossing a comma, a clause break or another verb.
 */
function inAttribution(doc: Document, tokens: Token[], first: number): boolean {
  for (let j = first - 1; j >= 0; j--) {
    const t = tokens[j];
    const w = lower(doc, t);
    if (w === "to" && j > 0 && lower(doc, tokens[j - 1]) === "according") return true;
    if ((t.pos === "VERB" || t.pos === "AUX") && SPEECH_LEMMAS.has(t.lemma)) return true;
    if (w === "," || w === ";" || t.pos === "VERB" || CLAUSE_BREAK.test(w)) return false;
  }
  return false;
}

/** Is the token a noun or a proper noun? */
function isNominal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === "NOUN" || t.pos === "PROPN");
}

/** Analyse how each place of a sentence sits: its preposition, whether it is a possessive or a pre-modifier. */
function viewPlaces(doc: Document, tokens: Token[], places: Place[]): PlaceView[] {
  const placeAt = (t: Token): boolean => places.some((p) => t.start >= p.start && t.end <= p.end);
  const views: PlaceView[] = [];
  for (const place of places) {
    const first = tokens.findIndex((t) => t.end > place.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < place.end) last++;
    const next = tokens[last + 1];
    const nextText = next ? lower(doc, next) : "";
    // A lone "s" after a name is a possessive whose apostrophe was lost on the wire ("Syria s conflict").
    const lostApostrophe = nextText === "s" && next !== undefined && next.start === tokens[last].end + 1;
    const possessive = nextText === "'s" || nextText === "\u2019s" || nextText === "'" || nextText === "\u2019" || lostApostrophe;
    // "a US drone strike", "the US military convoy": a name before a noun, or before an adjective and a noun.
    // Also paired with an adjective: "U.S. and British aircraft".
    const modifiedNoun =
      isNominal(next) ||
      (next?.pos === "ADJ" && isNominal(tokens[last + 2])) ||
      ((nextText === "and" || nextText === "or") &&
        tokens[last + 2] !== undefined &&
        (tokens[last + 2].pos === "ADJ" || (tokens[last + 2].pos === "PROPN" && !placeAt(tokens[last + 2]))) &&
        tokens[last + 3]?.pos === "NOUN");
    const modifier = !possessive && next !== undefined && modifiedNoun && !PLACE_HEADS.has(nextText) && !TIME_WORDS.test(nextText) && !placeAt(next);
    let preposition: string | null = null;
    let prepositionIndex = -1;
    let nounAttached = false;
    let reference = false;
    let nonLocative = false;
    for (let j = first - 1, steps = 0; j >= 0 && steps < 10; j--, steps++) {
      // Names of a list do not use up the reach.
      if (placeAt(tokens[j]) || lower(doc, tokens[j]) === ",") steps--;
      const t = tokens[j];
      const w = lower(doc, t);
      // "according to" names a source, not a destination.
      if (w === "to" && j > 0 && lower(doc, tokens[j - 1]) === "according") break;
      if (LOCATIVE_PREPOSITIONS.has(w)) {
        preposition = w;
        prepositionIndex = j;
        if (REFERENCE_PREPOSITIONS.has(w)) reference = true;
        nounAttached = j > 0 && (tokens[j - 1].pos === "NOUN" || tokens[j - 1].pos === "PROPN");
        break;
      }
      if (NON_LOCATIVE.has(w)) {
        nonLocative = true;
        break;
      }
      if (DATE_WORDS.test(w)) break;
      // "north of Baghdad" lies outside Baghdad; "the north of Iraq" inside it.
      if (POSITION_ADVERBS.test(w) && lower(doc, tokens[j + 1]) === "of" && (j === 0 || tokens[j - 1].pos !== "DET")) reference = true;
      if (w === "of" || w === "-" || w === "'s" || w === "\u2019s" || POSSESSIVE_DETERMINERS.has(w)) continue;
      if (POSITION_ADVERBS.test(w)) continue;
      // A list of places shares its preposition ("in Arbin, Hawsh Nasri and Jobar"), as do paired
      // adjectives ("over northern and southern Iraq").
      if (w === "," || w === "and" || w === "or") {
        if (j > 0 && (placeAt(tokens[j - 1]) || (w !== "," && tokens[j - 1].pos === "ADJ"))) continue;
        // "against the French company and Libya": a conjunct shares the preposition of the noun before it.
        if (w !== "," && j > 0 && tokens[j - 1].pos === "NOUN") continue;
        // The serial comma: "China, India, and Russia".
        if (w !== "," && j > 1 && lower(doc, tokens[j - 1]) === "," && placeAt(tokens[j - 2])) continue;
        // An apposition to a place noun: "outside the regional capital, Grozny".
        if (w === "," && j > 0 && PLACE_HEADS.has(lower(doc, tokens[j - 1]))) continue;
        break;
      }
      if (["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(t.pos)) continue;
      // "Jerusalem's walled Old City", "the besieged city": a participle after a determiner or a possessive modifies the name.
      if (t.pos === "VERB" && /(?:ed|en)$/.test(w) && j > 0 && (tokens[j - 1].pos === "DET" || /^['\u2019]s$/.test(lower(doc, tokens[j - 1])))) continue;
      break;
    }
    const attribution = inAttribution(doc, tokens, first);
    // "a posh Sofia restaurant": the noun phrase's venue lies in the place that modifies it.
    let head = last + 1;
    while (head < tokens.length && head <= last + 3 && tokens[head].pos !== "NOUN") head++;
    const venue = modifier && head < tokens.length && tokens[head].pos === "NOUN" && VENUES.has(lower(doc, tokens[head]));
    views.push({ place, first, last, preposition, possessive, modifier, venue, argument: false, nounAttached, prepositionIndex, attribution, reference, nonLocative });
  }
  return views;
}

/** Token distance from the trigger plus a penalty per clause break in between. */
function clauseDistance(doc: Document, tokens: Token[], triggerIndex: number, view: PlaceView): number {
  const from = Math.min(triggerIndex, view.first);
  const to = Math.max(triggerIndex, view.last);
  let breaks = 0;
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j];
    if (CLAUSE_BREAK.test(lower(doc, t)) || t.pos === "SCONJ") breaks++;
    else if (t.pos === "VERB" && j !== triggerIndex) breaks += 0.5;
  }
  return to - from + 8 * breaks;
}

/** Relative pronouns that open a clause set off by commas. */
const RELATIVE_PRONOUN = /^(?:which|who|whom|whose)$/;

/** Does a relative pronoun after a comma open the clause the trigger is in (no comma between them)? */
function inRelativeClause(doc: Document, tokens: Token[], triggerIndex: number): boolean {
  for (let j = triggerIndex - 1; j > 0; j--) {
    const w = lower(doc, tokens[j]);
    if (w === ",") return false;
    if (RELATIVE_PRONOUN.test(w)) return lower(doc, tokens[j - 1]) === ",";
  }
  return false;
}

/**
 * Does a clause of its own stand between trigger and place: a relative pronoun, a subordinating
 * conjunction of condition, cause or concession, a semicolon, or a quotation boundary.
 */
function separated(doc: Document, tokens: Token[], triggerIndex: number, view: PlaceView): boolean {
  const from = Math.min(triggerIndex, view.first);
  const to = Math.max(triggerIndex, view.last);
  if (view.first > triggerIndex) {
    // A trigger inside a relative clause ("Iraq, whose targets have been bombed by US jets, backed Belgrade
    // … in the air war on Yugoslavia") does not reach past the comma that closes the clause.
    if (inRelativeClause(doc, tokens, triggerIndex) && tokens.slice(triggerIndex + 1, view.first).some((t) => lower(doc, t) === ",")) return true;
    for (let j = from + 1; j < to; j++) {
      const w = lower(doc, tokens[j]);
      if (HARD_BREAK.test(w)) return true;
      // A second predicate with its own auxiliary ("captured the town and have vowed to march into …").
      if ((w === "and" || w === "or" || w === "but") && tokens[j + 1]?.pos === "AUX" && j + 1 < to) return true;
    }
  } else {
    // Before the trigger, the place is cut off when it sits inside a clause that a break word opens
    // ("the Taliban, which control Kabul, captured"), not when such a clause merely follows it
    // ("In Bethlehem, where troops …, a monk was shot").
    for (let j = view.first - 1; j >= 0; j--) {
      const w = lower(doc, tokens[j]);
      if (HARD_BREAK.test(w)) return true;
      if (w === ",") break;
    }
  }
  const between = doc.text.slice(tokens[from].end, tokens[to].start);
  return (between.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1;
}

/** How wide a kind of place is; an unknown name counts as the narrowest (a village the gazetteer lacks). */
const SCALE: Readonly<Record<string, number>> = {
  building: 0,
  landmark: 0,
  airport: 0,
  base: 0,
  district: 1,
  city: 2,
  admin2: 3,
  island: 3,
  admin1: 4,
  region: 4,
  water: 4,
  country: 5,
  continent: 6,
};
const scaleOf = (p: Place): number => (p.featureType ? (SCALE[p.featureType] ?? 2) : -1);

/** Is `outer` chained to `inner` (which comes first): under the same preposition, or its phrase hangs on inner's noun phrase. */
function chained(doc: Document, tokens: Token[], inner: PlaceView, outer: PlaceView): boolean {
  if (outer.prepositionIndex < 0) return false;
  // Under one preposition, a list or an apposition ("in Amara, south of Baghdad"); without a separator
  // the first name modifies the second's noun ("in the Philippine port of Zamboanga").
  if (outer.prepositionIndex === inner.prepositionIndex) return tokens.slice(inner.last + 1, outer.first).some((t) => /^(?:,|and|or)$/.test(lower(doc, t)));
  if (outer.prepositionIndex <= inner.last) return false;
  const between = tokens.slice(inner.last + 1, outer.prepositionIndex);
  return between.length <= 4 && between.every((t) => ["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(t.pos) || lower(doc, t) === "," || POSITION_ADVERBS.test(lower(doc, t)));
}

/**
 * Is the place the trigger's direct object ("shelled the settlements of Arbin") or its passive
 * subject ("Mazar-e-Sharif was captured")? Only determiners, adjectives, numbers, nouns and "of"
 * may stand between them.
 */
function isArgument(doc: Document, tokens: Token[], triggerIndex: number, view: PlaceView): boolean {
  if (view.preposition !== null || view.modifier || view.possessive) return false;
  const nominal = (t: Token): boolean => ["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(t.pos) || lower(doc, t) === "of";
  if (view.first > triggerIndex) {
    const between = tokens.slice(triggerIndex + 1, view.first);
    return between.length <= 6 && between.every(nominal);
  }
  const between = tokens.slice(view.last + 1, triggerIndex);
  return between.length > 0 && between.length <= 3 && between.some((t) => PASSIVE_AUX.test(lower(doc, t))) && between.every((t) => ["AUX", "ADV", "PART"].includes(t.pos));
}

/**
 * The place of the event whose trigger is `trigger`, from its own sentence: attached by a locative
 * preposition (nearest first), else the nearest place that is not an actor. `exclude` holds the spans
 * of the event's participants; without them a place right before the trigger is taken for its subject.
 */
export function attachLocation(doc: Document, trigger: Span, exclude: readonly Span[] = []): LocatedPlace | null {
  const sentence = sentenceOf(doc, trigger.start);
  const tokens = tokensIn(doc, sentence);
  const triggerIndex = tokens.findIndex((t) => t.end > trigger.start);
  if (triggerIndex < 0) return null;
  // "captured the silver": a figurative event happens nowhere in particular.
  let object = triggerIndex + 1;
  while (object < tokens.length && object <= triggerIndex + 3 && ["DET", "ADJ", "NUM"].includes(tokens[object].pos) && !FIGURATIVE_OBJECTS.test(lower(doc, tokens[object]))) object++;
  // Only as the object's head: "the gold mine", "a 10 percent stake" are real objects.
  const modifiesNoun = ["NOUN", "PROPN"].includes(tokens[object + 1]?.pos ?? "");
  if (object < tokens.length && FIGURATIVE_OBJECTS.test(lower(doc, tokens[object])) && !modifiesNoun) return null;
  const places = doc.places.filter((p) => p.start >= sentence.start && p.end <= sentence.end && !overlaps(p, trigger));
  const all = viewPlaces(doc, tokens, places);
  const views = all.filter(
    (v) =>
      !exclude.some((span) => overlaps(span, v.place)) &&
      !v.attribution &&
      !separated(doc, tokens, triggerIndex, v) &&
      // "in Jerusalem's Old City": the place the preposition governs is the possessed one.
      !(v.possessive && all.some((w) => w !== v && w.first > v.last && w.prepositionIndex >= 0 && w.prepositionIndex === v.prepositionIndex)),
  );
  for (const v of views) v.argument = isArgument(doc, tokens, triggerIndex, v);
  // Before the trigger, a place hanging on a noun belongs to the subject ("students in Spain protested").
  const cost = (v: PlaceView): number =>
    clauseDistance(doc, tokens, triggerIndex, v) +
    (v.preposition && DIRECTIONAL.has(v.preposition) ? 3 : 0) +
    (v.nounAttached && v.last < triggerIndex ? 4 : 0);
  // On a tie, the place after the trigger: English puts an event's locative after its verb.
  const byDistance = (a: PlaceView, b: PlaceView): number => cost(a) - cost(b) || Number(a.first < triggerIndex) - Number(b.first < triggerIndex) || a.first - b.first;
  // An unknown name used as a modifier is mostly a nationality ("a Slovak mountain hut").
  const specific = (v: PlaceView): boolean =>
    (!BROAD.has(v.place.featureType ?? "") || CITY_STATES.has(v.place.country ?? "")) && !(v.modifier && v.place.lat === null);

  // A town the verb acts on is where it happened: "captured the town of Huddur", "Birao was captured".
  const argument = views.filter((v) => v.argument && specific(v)).sort(byDistance);
  if (argument.length > 0) return { place: argument[0].place, basis: "attached", preposition: null };

  // A place under a locative preposition; a city naming a noun's setting counts too ("at a Sofia
  // restaurant"), a country used that way is a nationality ("in a US drone strike").
  const located = views.filter((v) => v.preposition !== null && (!v.modifier || specific(v)));
  // A chain of locatives narrows its first place ("in Jdeideh near Jenin in the north of the West
  // Bank", "in Amara, south of Baghdad"): the later, wider places say where the first one is.
  // The narrowest place of the chain is the one named ("in Athens at the Zappeion Hall"), unless it
  // is only a landmark ("in Diyala province, north of Baghdad").
  const wider = (v: PlaceView): boolean =>
    located.some(
      (w) =>
        (w.first < v.first && chained(doc, tokens, w, v) && (v.reference || scaleOf(v.place) >= scaleOf(w.place))) ||
        (v.first < w.first && chained(doc, tokens, v, w) && !w.reference && scaleOf(v.place) > scaleOf(w.place)),
    );
  const attached = located.filter((v) => !wider(v)).sort(byDistance);
  if (attached.length > 0) return { place: attached[0].place, basis: "attached", preposition: attached[0].preposition };

  const rest = views.filter((v) => {
    if ((v.modifier && !(v.venue && specific(v))) || v.possessive || v.nonLocative) return false;
    if (exclude.length > 0) return true;
    // Without participants, a bare place just before the trigger is its subject ("Iran launched …").
    if (v.last < triggerIndex) {
      const between = tokens.slice(v.last + 1, triggerIndex);
      if (between.every((t) => ["AUX", "ADV", "PART", "DET", "ADJ"].includes(t.pos))) return false;
    }
    return true;
  });
  rest.sort(byDistance);
  return rest.length > 0 ? { place: rest[0].place, basis: "sentence", preposition: null } : null;
}

const DATELINE_TAIL = /^(?:\s*,\s*[\p{L} .]{2,40})?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s/u;

/**
 * The article's main place: a dateline place ("TEHRAN (Reuters) —") if any, else the most reported
 * place below country level (a locative mention counts double, a possessive or adjective half),
 * else the most reported country; ties go to the earliest.
 */
export function mainPlace(doc: Document): Place | null {
  const located = doc.places.filter((p) => p.lat !== null && p.lon !== null);
  for (const p of located) {
    const lineStart = p.start === 0 || doc.text[p.start - 1] === "\n";
    if (lineStart && DATELINE_TAIL.test(doc.text.slice(p.end, p.end + 60))) return p;
  }
  if (located.length === 0) return null;
  const weightOf = new Map<Place, number>();
  const sentences = doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: doc.text.length }];
  for (const sentence of sentences) {
    const inside = located.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    if (inside.length === 0) continue;
    for (const v of viewPlaces(doc, tokensIn(doc, sentence), inside)) {
      weightOf.set(v.place, v.preposition && !v.modifier ? 2 : v.possessive || v.modifier ? 0.5 : 1);
    }
  }
  const best = (pool: Place[]): Place | null => {
    const totals = new Map<string, { place: Place; weight: number }>();
    for (const p of pool) {
      const key = `${p.name}|${p.lat}|${p.lon}`;
      const entry = totals.get(key);
      const w = weightOf.get(p) ?? 1;
      if (entry) entry.weight += w;
      else totals.set(key, { place: p, weight: w });
    }
    let top: { place: Place; weight: number } | null = null;
    for (const entry of totals.values()) if (!top || entry.weight > top.weight) top = entry;
    return top ? top.place : null;
  };
  const broad = new Set(["country", "continent", "region", "water"]);
  return best(located.filter((p) => !broad.has(p.featureType ?? ""))) ?? best(located.filter((p) => p.featureType === "country")) ?? best(located);
}

/** An event location record from a place. */
function toEventLocation(place: Place, inherited: boolean): EventLocation {
  return {
    name: place.name,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    text: place.text,
    start: place.start,
    end: place.end,
    inherited,
    point: place.point,
    featureType: place.featureType,
  };
}

/** Where the event with this trigger happened: attached or sentence place, else the main place (inherited), else null. */
export function locateEvent(doc: Document, trigger: Span, exclude: readonly Span[] = [], main: Place | null = mainPlace(doc)): EventLocation | null {
  const found = attachLocation(doc, trigger, exclude);
  if (found) return toEventLocation(found.place, false);
  return main ? toEventLocation(main, true) : null;
}

export const createEventLocationsStage = defineStage<void>(
  { id: EVENT_LOCATIONS_STAGE_ID, version: 3, requires: ["places", "events"], assigns: ["events"] },
  () => ({
    run(doc) {
      if (doc.events.length === 0) return doc;
      const main = mainPlace(doc);
      const events = doc.events.map((event) => {
        // The event's source and target are actors: "Iran" as the one who struck is not where it struck.
        const exclude: Span[] = [event.source, event.target].filter((p): p is NonNullable<typeof p> => p !== null);
        return { ...event, location: locateEvent(doc, event.trigger, exclude, main) };
      });
      return { ...doc, events };
    },
  }),
);

// Stage events.locations@1: where each event happened. The place a locative preposition attaches to
// the event's clause ("in Tehran", "at Baghdad International Airport"), else a non-actor place of its
// sentence, else the article's main place (dateline or most reported), marked inherited.
import type { Document, EventLocation, Place, Span, Token } from "../../model/schema.js";
import { defineStage } from "../../pipeline/stage.js";

export const EVENT_LOCATIONS_STAGE_ID = "events.locations";

/** Prepositions that put an event at a place. "from" (origin) and "by" (agent) do not. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "across",
  "throughout",
  "around",
  "within",
  "along",
  "off",
  "over",
  "into",
  "onto",
  "on",
  "to",
  "toward",
  "towards",
  "nearby",
  "beyond",
  "amid",
  "between",
]);

/** Nouns that can follow a place name inside the same place phrase ("Kandahar province", "Nicosia airport"). */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  "province",
  "governorate",
  "state",
  "region",
  "district",
  "county",
  "city",
  "town",
  "village",
  "area",
  "countryside",
  "suburb",
  "suburbs",
  "outskirts",
  "border",
  "borders",
  "airport",
  "international",
  "air",
  "base",
  "airbase",
  "camp",
  "valley",
  "coast",
  "port",
  "harbour",
  "harbor",
  "oblast",
  "prefecture",
  "municipality",
  "neighbourhood",
  "neighborhood",
  "capital",
]);

/** Possessive determiners inside a noun phrase ("outside his Amman home"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Words after a place that are not a noun it modifies ("in Turkey Thursday", "in Gaza last month"). */
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tonight|morning|evening|night|week|month|year|last|this|next|earlier|later)$/;

/** Tokens that end a clause between a trigger and a place. */
const CLAUSE_BREAK = /^(?:;|:|—|–|\(|\)|which|who|whom|whose|while|whereas|although|though|because|but|if|unless|as|when|where|since|until)$/i;

/** Prepositions of direction: they name where something went more often than where it happened. */
const DIRECTIONAL: ReadonlySet<string> = new Set(["to", "into", "onto", "toward", "towards"]);

/** Place kinds too broad to be read from a noun phrase's shape alone ("a US drone strike" names an actor). */
const BROAD: ReadonlySet<string> = new Set(["country", "continent"]);

/** Words between a passive auxiliary and its verb. */
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being|has|have|had|got|get|gets)$/i;

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
  /** The trigger's direct object, or its passive subject ("captured Huddur", "Birao was captured"). */
  argument: boolean;
  /** The preposition follows a noun, so it describes that noun ("students in Spain"), not a verb. */
  nounAttached: boolean;
}

function sentenceOf(doc: Document, at: number): Span {
  for (const s of doc.sentences) if (s.start <= at && at < s.end) return s;
  return { start: 0, end: doc.text.length };
}

/** Tokens of a span: the token layer when present, else a plain word split (no POS). */
function tokensIn(doc: Document, span: Span): Token[] {
  if (doc.tokens && doc.tokens.length > 0) return doc.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
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
    const possessive = nextText === "'s" || nextText === "\u2019s" || nextText === "'" || nextText === "\u2019";
    const modifier =
      !possessive && next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN") && !PLACE_HEADS.has(nextText) && !TIME_WORDS.test(nextText) && !placeAt(next);
    let preposition: string | null = null;
    let nounAttached = false;
    for (let j = first - 1, steps = 0; j >= 0 && steps < 10; j--, steps++) {
      const t = tokens[j];
      const w = lower(doc, t);
      if (LOCATIVE_PREPOSITIONS.has(w)) {
        preposition = w;
        nounAttached = j > 0 && (tokens[j - 1].pos === "NOUN" || tokens[j - 1].pos === "PROPN");
        break;
      }
      if (w === "of" || w === "-" || w === "'s" || w === "\u2019s" || POSSESSIVE_DETERMINERS.has(w)) continue;
      // A list of places shares its preposition ("in Arbin, Hawsh Nasri and Jobar").
      if (w === "," || w === "and" || w === "or") {
        if (j > 0 && placeAt(tokens[j - 1])) continue;
        break;
      }
      if (["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(t.pos)) continue;
      break;
    }
    views.push({ place, first, last, preposition, possessive, modifier, argument: false, nounAttached });
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
  const places = doc.places.filter((p) => p.start >= sentence.start && p.end <= sentence.end && !overlaps(p, trigger));
  const views = viewPlaces(doc, tokens, places).filter((v) => !exclude.some((span) => overlaps(span, v.place)));
  for (const v of views) v.argument = isArgument(doc, tokens, triggerIndex, v);
  // Before the trigger, a place hanging on a noun belongs to the subject ("students in Spain protested").
  const cost = (v: PlaceView): number =>
    clauseDistance(doc, tokens, triggerIndex, v) +
    (v.preposition && DIRECTIONAL.has(v.preposition) ? 3 : 0) +
    (v.nounAttached && v.last < triggerIndex ? 4 : 0);
  // On a tie, the place after the trigger: English puts an event's locative after its verb.
  const byDistance = (a: PlaceView, b: PlaceView): number => cost(a) - cost(b) || Number(a.first < triggerIndex) - Number(b.first < triggerIndex) || a.first - b.first;
  const specific = (v: PlaceView): boolean => !BROAD.has(v.place.featureType ?? "");

  // A town the verb acts on is where it happened: "captured the town of Huddur", "Birao was captured".
  const argument = views.filter((v) => v.argument && specific(v)).sort(byDistance);
  if (argument.length > 0) return { place: argument[0].place, basis: "attached", preposition: null };

  // A place under a locative preposition; a city naming a noun's setting counts too ("at a Sofia
  // restaurant"), a country used that way is a nationality ("in a US drone strike").
  const attached = views.filter((v) => v.preposition !== null && (!v.modifier || specific(v))).sort(byDistance);
  if (attached.length > 0) return { place: attached[0].place, basis: "attached", preposition: attached[0].preposition };

  const rest = views.filter((v) => {
    if (v.modifier || v.possessive) return false;
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
export function toEventLocation(place: Place, inherited: boolean): EventLocation {
  return {
    name: place.name,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    text: place.text,
    start: place.start,
    end: place.end,
    inherited,
  };
}

/** Where the event with this trigger happened: attached or sentence place, else the main place (inherited), else null. */
export function locateEvent(doc: Document, trigger: Span, exclude: readonly Span[] = [], main: Place | null = mainPlace(doc)): EventLocation | null {
  const found = attachLocation(doc, trigger, exclude);
  if (found) return toEventLocation(found.place, false);
  return main ? toEventLocation(main, true) : null;
}

export const createEventLocationsStage = defineStage<void>(
  { id: EVENT_LOCATIONS_STAGE_ID, version: 1, requires: ["places", "events"], assigns: ["events"] },
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

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

/** Tokens that end a clause between a trigger and a place. */
const CLAUSE_BREAK = /^(?:;|:|—|–|\(|\)|which|who|whom|whose|while|whereas|although|though|because|but|if|unless)$/i;

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
      !possessive && next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN") && !PLACE_HEADS.has(nextText) && !placeAt(next);
    let preposition: string | null = null;
    for (let j = first - 1, steps = 0; j >= 0 && steps < 10; j--, steps++) {
      const t = tokens[j];
      const w = lower(doc, t);
      if (LOCATIVE_PREPOSITIONS.has(w)) {
        preposition = w;
        break;
      }
      if (w === "of" || w === "-" || w === "'s" || w === "\u2019s") continue;
      // A list of places shares its preposition ("in Arbin, Hawsh Nasri and Jobar").
      if (w === "," || w === "and" || w === "or") {
        if (j > 0 && placeAt(tokens[j - 1])) continue;
        break;
      }
      if (["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(t.pos)) continue;
      break;
    }
    views.push({ place, first, last, preposition, possessive, modifier });
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
    if (CLAUSE_BREAK.test(lower(doc, t))) breaks++;
    else if (t.pos === "VERB" && j !== triggerIndex) breaks += 0.5;
  }
  return to - from + 8 * breaks;
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
  const byDistance = (a: PlaceView, b: PlaceView): number =>
    clauseDistance(doc, tokens, triggerIndex, a) - clauseDistance(doc, tokens, triggerIndex, b) || a.first - b.first;

  const attached = views.filter((v) => v.preposition !== null && !v.modifier).sort(byDistance);
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

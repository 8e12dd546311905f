// Toponyms the entity layer missed or mistyped: gazetteer names accepted only where the text says "place"
// (a locative, a place noun, a container, a list, the name placed elsewhere in the article); plus organisation-places.ts.
import type { Document, Entity, Token } from "../../model/schema.js";
import { within, type ToponymMention } from "./resolve.js";
import { lookupDemonym, lookupPlace, type Gazetteer, type PlaceRecord } from "./gazetteer.js";
import { placeKey } from "./normalise.js";
import { jurisdiction, jurisdictionPlaces } from "./organisation-places.js";
import { stripPossessive, tokenIndexAt, withElidedTail } from "./token-spans.js";
import {
  COMPASS_ADJECTIVES,
  COMPASS_WORDS,
  CORE_LOCATIVES,
  DAY_NAMES,
  FEASTS,
  LOCAL_NOUNS,
  MONTH_NAMES,
  nounPattern,
  PLACE_NOUNS,
  SEASONS,
  SETTLEMENT_NOUNS,
  SITE_NOUNS,
  STREET_NOUN_WORDS,
  TOWN_PART_NOUNS,
} from "./place-words.js";

/** Prepositions after which a gazetteer name is a place ("in Birao", "near Hinton", "from Beni Suef"). */
const LOCATIVE = new Set([...CORE_LOCATIVES, "throughout", "nearby", "from", "via"]);

/** How many tokens back a list of names may reach for the preposition before it. */
const LIST_REACH = 12;

/** A compass word alone, as written in a name ("North", "East"). */
const COMPASS_WORD = new RegExp(`^(?:${COMPASS_WORDS})$`, "i");

/** Nouns of sites and lands ("Dadaab camps", "Motutapu island"). */
const SITE_NOUN = nounPattern(SITE_NOUNS);

/**
 * Nouns whose "of" names a place: its people and its parts ("residents of Jenin", "the outskirts of Homs",
 * "the eastern portion of Lake Pontchartrain", "the heart of Kandahar"). Not "part of", which as often says
 * what a body belongs to ("part of the United Nations").
 */
const OF_PLACE = /^(?:residents?|inhabitants?|natives?|outskirts|streets|centre|center|suburbs|mayor|community|communities|portions?|heart|edges?|shores?|banks|corner)$/i;

/** Verbs whose object is a place taken, held or struck ("captured Birao", "shelled Homs"). */
const SEIZING = /^(?:capture|recapture|seize|retake|overrun|storm|besiege|occupy|liberate|encircle|shell|bombard|invade|annex|raid)$/;

/** Adjectives of position or landscape that only places take ("coastal Lhokseumawe", "northern Kunduz"). */
const AREA_ADJECTIVES = new RegExp(`^(?:coastal|${COMPASS_ADJECTIVES}|north-?eastern|north-?western|south-?eastern|south-?western|neighbouring|neighboring|downtown|suburban|war-torn|restive)$`, "i");

/** Settlements, parts of towns and the commonest first-level divisions: what a name the gazetteer lacks may be. */
const LOCALITY_WORDS: readonly string[] = [...SETTLEMENT_NOUNS, ...TOWN_PART_NOUNS, "province", "governorate", "county"];

/**
 * Nouns of a locality that, right after a name the gazetteer lacks, say it names one ("al-Tijara
 * neighbourhood", "Thantho district", "Sadr city"), or before it with "of" ("the town of La Petrolea").
 */
const LOCALITY_NOUNS = nounPattern(LOCALITY_WORDS, { forms: "singular" });

/**
 * An appositive saying the name before it is a locality: ", a farming town in", ", the capital,", ", a suburb
 * east of". Nobody's name is followed by one, whatever the entity layer called it; the noun must end the
 * phrase (", a city official in" says what a person is).
 */
const APPOSITIVE_LOCALITY = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${[...LOCALITY_WORDS, "community", "hamlet", "port", "island", "capital", "region", "state", "municipality"].join("|")})(?=\\s*[,.;:]|\\s+(?:in|of|on|near|outside|just|some|about|located|situated|lying|where|which|that|north|south|east|west)\\b)`,
  "u",
);

/** Their plurals, which a name takes only as the last of names joined by "and" or "or" ("the Etoumbi and Mbomo districts"), not alone ("Several provinces"). */
const LOCALITY_PLURALS = nounPattern(LOCALITY_WORDS, { forms: "plural" });

/** Nouns of localities that, right before a name the gazetteer lacks, stand in apposition to it ("the German island Rügen", "the Nairobi slum Kibera"). */
const LOCALITY_BEFORE = nounPattern([...SETTLEMENT_NOUNS, ...TOWN_PART_NOUNS, "island", "slum"], { forms: "singular" });

/** What joins list items, before an item and after one: a comma, maybe with "and"/"or", or "and"/"or" alone. */
const JOIN_BEFORE = /(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;
const JOIN_AFTER = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)/;

/** Nouns of streets, lower case: after a name the gazetteer lacks they make it a street ("the Champs-Elysees boulevard"). */
const STREET_NOUNS = nounPattern(STREET_NOUN_WORDS, { forms: "singular" });

/**
 * The last word of a street's name, capitalised ("Dean Woods Road", "Cedar Flat Rd.", "Dunnock Close").
 * A street's name is a place wherever the text puts something on it; the entity layer often calls it a person.
 */
const STREET_WORD = /^(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Close|Crescent|Drive|Way|Highway|Parkway|Terrace|Square)$/;

/** A numbered road ("Highway 403", "Route 9", "Interstate 95"). */
const NUMBERED_ROAD = /\b(?:Highway|Route|Interstate|Autoroute) \d{1,4}[A-Z]?\b/g;

/** First or last words of landforms and sites that make a name a place by themselves ("Lake Titicaca", "Fraser Valley", "Fort Detrick"). */
const FEATURE_WORD = /^(?:Lake|Lakes|Mount|Mountains?|Mt\.|Fort|Valley|Island|Islands|Isle|Bay|River|Creek|Delta|Canal|Sea|Gulf|Strait|Peninsula|Desert|Park|Hills?|Forest|Coast|Beach|Harbou?r|Falls|Gorge|Canyon|Plateau|Basin|Cape|Camp)$/;

/** Last words of states, which a name tagged as a location ends with when it is a state the gazetteer lacks ("Soviet Union", "Ottoman Empire"). */
const STATE_WORD = /^(?:Union|Republic|Kingdom|Empire|Emirate|Sultanate|Caliphate)$/;

/** Words before a street that put a thing on it: a locative and "off", "along", "between", "block of", "junction of", "corner of". */
const STREET_BEFORE = /^(?:off|along|between|onto|down|up)$/i;

/** Nouns whose "of" names a street ("the 200 block of Froom Crescent", "the junction of Fore Street"). */
const OF_STREET = /^(?:block|junction|intersection|corner|end|side)$/i;

/** Offices named for their jurisdiction: a place name leads them ("Beaconsfield Mayor", "Quebec Health Minister"). */
const OFFICES = /^(?:Mayor|Vice-Mayor|Deputy Mayor|Governor|Lieutenant-Governor|Premier|Minister|Sheriff|Councillor|MP|MLA)$/;

/** A word that every one of `OFFICES` contains. */
const OFFICE_CORE = /Mayor|Governor|Premier|Minister|Sheriff|Councillor|MP|MLA/g;

/**
 * Indexes of the tokens that may be an office, in text order: those holding a word of `OFFICE_CORE`,
 * found by one scan of the text rather than a look at every token.
 */
function officeTokens(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  OFFICE_CORE.lastIndex = 0;
  for (let m = OFFICE_CORE.exec(text); m; m = OFFICE_CORE.exec(text)) {
    // Overlapping occurrences too, so none is hidden inside another.
    OFFICE_CORE.lastIndex = m.index + 1;
    const t = tokenIndexAt(tokens, m.index);
    if (t >= 0 && t !== out[out.length - 1]) out.push(t);
  }
  return out;
}

/** Titles that make a following name a person's ("Gov. Tyler", "President Obama"). */
const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|senator|rep|gov|governor|president|minister|king|queen|prince|princess|pope|saint|st|rev|gen|general|col|colonel|capt|captain|sgt|judge|justice|mayor|chief|sheikh|imam|ayatollah|father|brother|sister)\.?$/i;

/** Capitalised words that are calendar or common names before they are towns ("in March", "in May"). */
const CALENDAR: ReadonlySet<string> = new Set([...MONTH_NAMES, ...DAY_NAMES, ...FEASTS, ...SEASONS]);

/** Entity types whose spans may really be places. */
const MISTYPED: ReadonlySet<Entity["type"]> = new Set(["PERSON", "ORG", "MISC"]);

/** Feature types that a bare name in a list or after a preposition may take without further evidence. */
const NAMED_AREAS = new Set(["country", "admin1", "admin2", "region", "island", "water", "continent"]);

interface Candidate {
  mention: ToponymMention;
  records: readonly PlaceRecord[];
  /** The NER called it a person. */
  person: boolean;
  /** Failed a test that only the article's own use of the name elsewhere can overrule (a common noun after it, "the" before it). */
  doubtful: boolean;
  /** A one-word organisation that is also a small town: only a place noun, a container or a local's noun after it makes it the town. */
  smallOrg: boolean;
  /** Token index range [first, last]. */
  first: number;
  last: number;
}

/** Does the mention hold the whole token? */
function holdsToken(p: ToponymMention, t: Token): boolean {
  return p.start <= t.start && t.end <= p.end;
}

/** Can this gazetteer evidence stand for a place at all: a named area, or a town of some size. */
function plausible(records: readonly PlaceRecord[], minPopulation: number): boolean {
  return records.some((r) => NAMED_AREAS.has(r.featureType) || r.population >= minPopulation || r.featureCode === "PPLC" || r.featureCode === "PPLA");
}

/** Capitalised first words that make an entity tagged as a person no person's name ("Village Malakal", "Four Guerrero"). */
const NO_GIVEN_NAME = new RegExp(`^(?:${[...LOCALITY_WORDS, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].join("|")})$`, "i");

/** Names a person entity of the article uses as one of its words ("Georgia Stevens" → "Georgia"). */
function personWords(doc: Document): Set<string> {
  const words = new Set<string>();
  for (const e of doc.entities) {
    if (e.type !== "PERSON" || NO_GIVEN_NAME.test(e.text.split(/\s+/)[0])) continue;
    // "Leonard of Ada": the words after "of" say where the person is from, not what they are called.
    const parts = e.text.split(/\s+/);
    const of = parts.indexOf("of");
    const name = of > 0 ? parts.slice(0, of) : parts;
    if (parts.length < 2) continue;
    for (const p of name) words.add(placeKey(p));
  }
  return words;
}

/** For each token, whether some entity overlaps it (tokens are in text order and do not overlap). */
function coveredTokens(tokens: readonly Token[], entities: readonly Entity[]): boolean[] {
  // A plain array: V8 allocates a typed array of this size outside the heap, which costs more than the scan.
  const covered: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let lo = 0;
  let previousStart = -Infinity;
  for (const e of entities) {
    // The first token ending after the entity's start (searched on from the previous entity's while
    // entities come in text order), then every token starting before its end.
    if (e.start < previousStart) lo = 0;
    previousStart = e.start;
    while (lo < tokens.length && tokens[lo].end <= e.start) lo++;
    for (let k = lo; k < tokens.length && tokens[k].start < e.end; k++) covered[k] = true;
  }
  return covered;
}

/** Options for the spotter; the defaults are sitrep's. */
export interface SpotOptions {
  /** Smallest town population accepted after a preposition or in a list. */
  minPopulation?: number;
  /** Smallest town population for a one-word name the NER called an organisation. */
  orgPopulation?: number;
  /**
   * Names the entity layer tagged as locations that the gazetteer lacks: kept only where a landform
   * or street word in the name, or the text around it, says it is a place.
   */
  unconfirmed?: readonly ToponymMention[];
  /**
   * The gazetteer records of a name, as `lookupPlace` gives them, remembered by the caller: the
   * spotter asks for the same entity texts several times, and the stage has looked many up already.
   */
  lookup?: (name: string) => readonly PlaceRecord[];
}

/** `lookupPlace` remembered per name, for one document. */
function rememberedLookup(gazetteer: Gazetteer): (name: string) => readonly PlaceRecord[] {
  const looked = new Map<string, readonly PlaceRecord[]>();
  return (name) => {
    let records = looked.get(name);
    if (!records) looked.set(name, (records = lookupPlace(gazetteer, name)));
    return records;
  };
}

/**
 * Toponym mentions to add to `known`: gazetteer names in person/organisation/other entities or in
 * untagged proper-noun runs, kept only with place context, and names the gazetteer lacks that a
 * locality noun marks ("Thantho district"). Returned sorted, never overlapping `known`.
 */
export function spotMissedToponyms(doc: Document, gazetteer: Gazetteer, known: readonly ToponymMention[], options: SpotOptions = {}): ToponymMention[] {
  const tokens = doc.tokens ?? [];
  if (tokens.length === 0) return [];
  const minPopulation = options.minPopulation ?? 1000;
  const townPopulation = options.orgPopulation ?? 5000;
  const text = doc.text;
  const lookup = options.lookup ?? rememberedLookup(gazetteer);
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

  const candidates: Candidate[] = [];
  const officeSeats: ToponymMention[] = [];
  /** Names the gazetteer lacks, from mistyped entities and untagged proper-noun runs. */
  const unknown: { mention: ToponymMention; person: boolean }[] = [];
  /**
   * "San" + "Juan Bautista": the entity layer may leave a place name's first word out of a name it took for
   * a person's. A capitalised proper noun right before a name the gazetteer lacks, in no entity or one of
   * its own, joins it when the gazetteer knows the whole.
   */
  const withLostHead = (m: ToponymMention): ToponymMention => {
    if (lookup(m.text).length > 0) return m;
    const first = tokenIndexAt(tokens, m.start);
    const previous = first > 0 ? tokens[first - 1] : undefined;
    if (!previous || previous.pos !== "PROPN" || previous.end + 1 !== m.start) return m;
    // The word may be a name of its own to the entity layer ("San" as MISC), not part of a place it knows.
    if (covered[first - 1] && !doc.entities.some((e) => e.start === previous.start && e.end === previous.end && MISTYPED.has(e.type))) return m;
    const joined = { start: previous.start, end: m.end, text: text.slice(previous.start, m.end) };
    return /^\p{Lu}\p{Ll}+ /u.test(joined.text) && lookup(joined.text).length > 0 ? joined : m;
  };
  const add = (named: ToponymMention, type: Entity["type"] | null): void => {
    const person = type === "PERSON";
    // "The US" tagged an organisation: the article is no part of the place's name.
    const article = /^the\s+(?=\S)/i.exec(named.text);
    const mention = article ? { start: named.start + article[0].length, end: named.end, text: named.text.slice(article[0].length) } : named;
    if (known.some((k) => overlaps(k, mention)) || candidates.some((c) => overlaps(c.mention, mention))) return;
    if (CALENDAR.has(placeKey(mention.text))) return;
    const records = lookup(mention.text);
    if (records.length === 0) {
      unknown.push({ mention, person });
      return;
    }
    // Towns are not written as acronyms: "UN", "UGA" need a country or state sense ("UK", "NSW").
    if (/^[A-Z]{2,5}$/.test(mention.text) && !records.some((r) => r.featureType === "country" || r.featureType === "admin1")) return;
    // A one-word surname is often a town somewhere ("Lu", "Yap"): a short person name stays a person.
    if (person && mention.text.length < 4 && !mention.text.endsWith(".")) return;
    const first = tokenIndexAt(tokens, mention.start);
    const last = tokenIndexAt(tokens, mention.end - 1);
    if (first < 0 || last < 0) return;
    // A name cut out of a longer one ("Queen" of "Queen Anne's County") is not that name; a day or month
    // after it is the news's date, no part of a name ("snow on Toronto Saturday night").
    const next = tokens[last + 1];
    if (next && next.start === mention.end + 1 && /^[A-Z]/.test(text.slice(next.start, next.end)) && !CALENDAR.has(text.slice(next.start, next.end).toLowerCase())) return;
    // "in Chirac's honor": a person's possessive is the person's.
    if (person && mention.end < text.length && /^['\u2019]/.test(text.slice(mention.end))) return;
    // A name modifying a common noun is an adjective or a brand ("Simian immunodeficiency virus").
    const after = next ? text.slice(next.start, next.end) : "";
    const modifier = !!next && next.pos === "NOUN" && /^[a-z]/.test(after) && !PLACE_NOUNS.test(after) && !LOCAL_NOUNS.test(after) && !SITE_NOUN.test(after);
    // Towns take no article: "to the Taliban", "the Congress" name groups and bodies.
    const areas = records.some((r) => NAMED_AREAS.has(r.featureType));
    const nounAfter = !!next && PLACE_NOUNS.test(text.slice(next.start, next.end));
    const articleBefore = !areas && !nounAfter && /^the$/i.test(text.slice(tokens[first - 1]?.start ?? 0, tokens[first - 1]?.end ?? 0));
    // A one-word organisation that is also a small town ("Congress, Arizona") stays an organisation, short of stronger evidence.
    const minimum = type === "ORG" && !/\s/.test(mention.text) ? townPopulation : 0;
    const smallOrg = !areas && minimum > 0 && !records.some((r) => r.population >= minimum || r.featureCode === "PPLC" || r.featureCode === "PPLA");
    candidates.push({ mention, records, person, doubtful: modifier || articleBefore, smallOrg, first, last });
  };
  const covered = coveredTokens(tokens, doc.entities);
  for (const e of doc.entities) {
    if (!MISTYPED.has(e.type)) continue;
    add(withLostHead(withElidedTail(stripPossessive({ start: e.start, end: e.end, text: e.text }), text, (name) => lookup(name).length > 0)), e.type);
    // "Leonard of Ada, Oklahoma": a person's "of" may lead the place they are from, which only a container after it confirms.
    const of = e.type === "PERSON" ? e.text.lastIndexOf(" of ") : -1;
    if (of > 0 && /^\s*,/.test(text.slice(e.end, e.end + 3))) {
      const start = e.start + of + 4;
      add({ start, end: e.end, text: text.slice(start, e.end) }, null);
    }
  }
  // Proper-noun runs no entity covers: the longest gazetteer name at the run's start.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== "PROPN" || covered[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && (tokens[j + 1].pos === "PROPN" || (text.slice(tokens[j + 1].start, tokens[j + 1].end) === "-" && tokens[j + 2]?.pos === "PROPN"))) {
      if (covered[j + 1]) break;
      j++;
    }
    // The whole run must be the name ("Queen Anne's County" is no "Queen"), a place noun aside.
    const end = j > i && PLACE_NOUNS.test(text.slice(tokens[j].start, tokens[j].end)) ? j - 1 : j;
    const span = { start: tokens[i].start, end: tokens[end].end, text: text.slice(tokens[i].start, tokens[end].end) };
    if (/^[A-Z]/.test(span.text)) add(stripPossessive(span), null);
    i = j;
  }

  // "Beaconsfield Mayor Georges Bourelle", "Quebec Health Minister": a place leads its office's title,
  // maybe with the portfolio's words between ("Health", "Animal Husbandry").
  for (const t of officeTokens(text, tokens)) {
    if (t < 1 || !OFFICES.test(text.slice(tokens[t].start, tokens[t].end))) continue;
    for (let gap = 0; gap <= 2; gap++) {
      const last = t - 1 - gap;
      if (last < 0 || !tokens.slice(last + 1, t).every((x) => /^\p{Lu}\p{Ll}+$/u.test(text.slice(x.start, x.end)))) break;
      let found: ToponymMention | null = null;
      for (let first = Math.max(0, last - 2); first <= last && !found; first++) {
        if (!tokens.slice(first, last + 1).every((x) => x.pos === "PROPN")) continue;
        if (first > 0 && tokens[first - 1].pos === "PROPN" && /^\p{Lu}/u.test(text.slice(tokens[first - 1].start, tokens[first - 1].end))) continue;
        const mention = { start: tokens[first].start, end: tokens[last].end, text: text.slice(tokens[first].start, tokens[last].end) };
        // A town of any size has a mayor; other offices need a jurisdiction ("Federal Minister", "Liberal MP" name none).
        const records = lookup(mention.text);
        const mayor = /Mayor$/.test(text.slice(tokens[t].start, tokens[t].end)) && plausible(records, minPopulation);
        const hyphenated = text[tokens[first].start - 1] === "-";
        if (!hyphenated && (mayor || jurisdiction(records))) found = mention;
      }
      if (found && ![...known, ...candidates.filter((c) => !c.doubtful).map((c) => c.mention)].some((k) => overlaps(k, found!) && !(k.start <= found!.start && k.end >= found!.end && lookup(k.text).length === 0))) {
        officeSeats.push(found);
        break;
      }
    }
  }

  const persons = personWords(doc);
  const word = (k: number): string => (k >= 0 && k < tokens.length ? text.slice(tokens[k].start, tokens[k].end) : "");
  const accepted: ToponymMention[] = [];
  const places = (): ToponymMention[] => [...known, ...accepted];
  const recordsOf = (m: ToponymMention): readonly PlaceRecord[] => lookup(m.text);

  let personEnds: Set<number> | null = null;
  const personEndsAt = (end: number): boolean => (personEnds ??= new Set(doc.entities.filter((e) => e.type === "PERSON").map((e) => e.end))).has(end);
  const unplacedNames = doc.entities.filter((e) => (e.type === "PERSON" || e.type === "ORG") && lookup(e.text).length === 0);
  // Which tokens lie in such a name: worked out on the first list walk, which most articles never take.
  let unplacedTokens: boolean[] | null = null;
  const inUnplacedName = (at: number): boolean => (unplacedTokens ??= coveredTokens(tokens, unplacedNames))[at];
  /** Is token `at` in a person's or body's name the gazetteer does not know, and in no name already taken for a place? */
  const unplacedPersonAt = (at: number): boolean =>
    inUnplacedName(at) && !known.some((p) => holdsToken(p, tokens[at])) && !accepted.some((p) => holdsToken(p, tokens[at]));
  /**
   * What puts the name starting at token `first` somewhere, looking past a list it ends: a
   * preposition, a verb of seizing or an area's adjective ("prep"); a place noun's "of" or colon
   * ("noun"); or nothing (null). `to` says whether "to" counts.
   */
  const locativeKind = (first: number, to = true): "prep" | "noun" | null => {
    let k = first - 1;
    // "captured Birao", "coastal Lhokseumawe": a verb of seizing takes places, an area's adjective names one.
    if (k >= 0 && tokens[k].pos === "VERB" && SEIZING.test(tokens[k].lemma)) return "prep";
    if (AREA_ADJECTIVES.test(word(k)) && /^[a-z]/.test(word(k))) return "prep";
    if (/^the$/i.test(word(k))) k--;
    // "to Ingham or Townsville", "in Red Deer, Innisfail and Edmonton": the preposition before a list of
    // names puts each of them there.
    if (/^(?:,|and|or)$/.test(word(k))) {
      let j = k;
      // A person or body the gazetteer does not know ends the list: "In Washington, Pelosi and Warren said", "to Reuters, Warren and Sanders".
      // A name already taken for a place is none of them ("the villages of Kunkuz and Zarqa").
      for (let steps = 0; j >= 0 && steps < LIST_REACH && (/^(?:,|and|or)$/.test(word(j)) || (tokens[j].pos === "PROPN" && !unplacedPersonAt(j))); j--, steps++);
      if (j < k && tokens[j + 1]?.pos === "PROPN") k = /^the$/i.test(word(j)) ? j - 1 : j;
    }
    const prep = word(k).toLowerCase();
    // "according to Yap" names a source, not a destination.
    if (LOCATIVE.has(prep)) return prep === "to" && (!to || /^according$/i.test(word(k - 1))) ? null : "prep";
    // "four villages: Kampungu, Makonono and Mombo": a locality noun and a colon introduce a list of its names.
    if (prep === ":") return LOCALITY_NOUNS.test(word(k - 1)) || LOCALITY_PLURALS.test(word(k - 1)) ? "noun" : null;
    if (prep !== "of") return null;
    // "residents of Jenin", "the outskirts of Homs": a town's people and parts are "of" it;
    // "the villages of Bumbacari and Dudescu", "the community of O'Leary": a place noun's "of" names its places.
    const before = word(k - 1);
    if (OF_PLACE.test(before) || (/^[a-z]/.test(before) && (PLACE_NOUNS.test(before) || LOCALITY_PLURALS.test(before)))) return "noun";
    // "Vernon Adkins, 40, of McKee": a comma before "of" introduces where someone is from;
    // "Linda Battle of Toco": a person's "of" says where they are from, as an obituary lists survivors.
    return before === "," || (k > 0 && personEndsAt(tokens[k - 1].end)) ? "prep" : null;
  };
  const locativeAt = (first: number, to = true): boolean => locativeKind(first, to) !== null;
  /** "Vernon Adkins, 40, of McKee": a person's age and ", of" lead where they live, whatever the entity layer called it. */
  const residenceAt = (first: number): boolean => word(first - 1) === "of" && word(first - 2) === "," && /^\d{1,3}$/.test(word(first - 3));
  const placeNoun = (c: Candidate): boolean => PLACE_NOUNS.test(word(c.last + 1));
  /** "the South African region KwaZulu-Natal", "the island of Rügen", "the capital, Port-Au-Prince": a place noun in apposition before the name. */
  const placeNounBefore = (first: number): boolean => {
    let k = first - 1;
    if (/^(?:of|,)$/.test(word(k))) k--;
    return /^[a-z]/.test(word(k)) && (PLACE_NOUNS.test(word(k)) || /^(?:capital|island|slum|camp)$/.test(word(k)));
  };
  /** "Esperance residents", "a Surrey farm", "Devon and Cornwall police": the name of a local's place. */
  const localNoun = (c: Candidate): boolean => {
    let k = c.last + 1;
    // "Devon and Cornwall police": the first of a pair shares the noun.
    if (/^(?:and|or)$/.test(word(k)) && tokens[k + 1]?.pos === "PROPN") k += 2;
    return LOCAL_NOUNS.test(word(k));
  };
  /** "Beaver, West Virginia": a known place right after a comma contains one of the name's senses. */
  const contained = (c: Candidate): boolean => {
    const after = text.slice(c.mention.end).match(/^\s*,\s*/);
    if (!after) return false;
    const at = c.mention.end + after[0].length;
    const next = places().find((p) => p.start === at);
    return !!next && recordsOf(next).some((o) => c.records.some((r) => within(r, o)));
  };
  /** In a list with a known place ("Moonbi, Parkes, Berry and Wyong"), sharing its country or its kind. */
  const listed = (c: Candidate): boolean => {
    const joins = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
    return places().some((p) => {
      const between = p.start >= c.mention.end ? text.slice(c.mention.end, p.start) : p.end <= c.mention.start ? text.slice(p.end, c.mention.start) : null;
      if (between === null || !joins.test(between)) return false;
      const theirs = recordsOf(p);
      return theirs.some((o) => c.records.some((r) => (r.country !== null && r.country === o.country) || (NAMED_AREAS.has(r.featureType) && r.featureType === o.featureType)));
    });
  };

  /**
   * One sense per article: a name the article places elsewhere, tagged or spotted, is that place here
   * too ("outside Cairns" … "the Cairns police"; "Toronto" tagged a place once and an organisation once).
   */
  const echoes = (c: Candidate): boolean => {
    const key = placeKey(c.mention.text);
    return places().some((p) => placeKey(p.text) === key && recordsOf(p).length > 0);
  };

  // Lists grow one name at a time ("to Ingham or Townsville"), so repeat until nothing changes.
  let changed = true;
  const pending = new Set(candidates);
  while (changed) {
    changed = false;
    for (const c of pending) {
      // A person's name or a titled name stays a person.
      if (TITLES.test(word(c.first - 1)) || (c.person && persons.has(placeKey(c.mention.text)))) {
        pending.delete(c);
        continue;
      }
      const strong = placeNoun(c) || contained(c) || APPOSITIVE_LOCALITY.test(text.slice(c.mention.end, c.mention.end + 60));
      // "the communities of San Juan, Choropampa and Magdalena", "Vernon Adkins, 40, of McKee": a place noun's
      // "of" and a person's residence name places of any size.
      // A doubtful name needs its echo elsewhere whatever the words around it: nothing else is worked out for it.
      const kind = strong || c.doubtful ? null : locativeKind(c.first);
      const weak = !strong && !c.doubtful && (((kind !== null || listed(c) || localNoun(c) || placeNounBefore(c.first)) && plausible(c.records, minPopulation)) || kind === "noun" || residenceAt(c.first));
      if (((strong || weak) && !c.doubtful && (!c.smallOrg || strong || localNoun(c))) || echoes(c)) {
        accepted.push(c.mention);
        pending.delete(c);
        changed = true;
      }
    }
  }
  // "Saudi", "Thai" are adjectives before an organisation's name; an abbreviation ("U.S.", "UK") names the country.
  const demonym = (s: string): boolean => !/^[A-Z.]+$/.test(s) && lookupDemonym(gazetteer, s).length > 0;
  for (const m of jurisdictionPlaces(doc, tokens, lookup, demonym)) {
    if (![...known, ...accepted].some((k) => overlaps(k, m))) accepted.push(m);
  }
  for (const m of officeSeats) if (![...known, ...accepted].some((k) => overlaps(k, m))) accepted.push(m);
  const free = (m: ToponymMention): boolean => !known.some((k) => overlaps(k, m)) && !accepted.some((k) => overlaps(k, m));
  // A name the gazetteer lacks is still a place when a locality noun says so; it keeps null coordinates.
  const streets: ToponymMention[] = [];
  const unplaced: { mention: ToponymMention; first: number; person: boolean }[] = [];
  let head: ToponymMention | null = null;
  for (const { mention: m, person } of unknown) {
    if (person && persons.has(placeKey(m.text))) continue;
    const first = tokenIndexAt(tokens, m.start);
    const last = tokenIndexAt(tokens, m.end - 1);
    if (first < 0 || last < 0) continue;
    // "the Sadr city council", "Mosul district court": the noun leads a compound naming a body, not the place.
    const shared = LOCALITY_PLURALS.test(word(last + 1)) && /^(?:and|or)$/.test(word(first - 1));
    // "an Andean highway": a name after an indefinite article is an adjective, not a place's name.
    const nounAfter = (LOCALITY_NOUNS.test(word(last + 1)) || STREET_NOUNS.test(word(last + 1)) || shared) && tokens[last + 2]?.pos !== "NOUN" && !/^an?$/i.test(word(first - 1));
    const nounBefore = word(first - 1) === "of" && LOCALITY_NOUNS.test(word(first - 2)) && /^the$/i.test(word(first - 3));
    // A name the NER called a person needs the noun right after it ("Kunkuz city").
    const appositive = APPOSITIVE_LOCALITY.test(text.slice(m.end, m.end + 60));
    if ((nounAfter || appositive || (nounBefore && !person)) && free(m)) accepted.push(m);
    else if ((head = abbreviationHead(m, first))) accepted.push(head);
    else {
      const named = streetNames(m, first);
      if (named.length > 0) streets.push(...named);
      // Only a name next to a list's comma or conjunction, an "of", a colon or a locality noun can be placed below.
      else if (/(?:[,:]|\b(?:and|or|of))\s*$/.test(text.slice(Math.max(0, m.start - 5), m.start)) || /^\s*(?:,|and\b|or\b)/.test(text.slice(m.end, m.end + 5)) || LOCALITY_BEFORE.test(word(first - 1))) {
        unplaced.push({ mention: m, first, person });
      }
    }
  }
  /**
   * "in the U.S. Jon Prinsell said": a country's or state's abbreviation ending a sentence after a
   * locative, glued by the entity layer to the next sentence's first words.
   */
  function abbreviationHead(m: ToponymMention, first: number): ToponymMention | null {
    const head = word(first);
    if (!/^(?:\p{Lu}\.){2,3}$/u.test(head) || m.text.length <= head.length || !locativeAt(first)) return null;
    if (!lookup(head).some((r) => r.featureType === "country" || r.featureType === "admin1")) return null;
    const mention = { start: tokens[first].start, end: tokens[first].end, text: head };
    return free(mention) ? mention : null;
  }
  /** Does the text put something on the street at tokens first..last: a locative, a house number, "block of", a junction, a known place after a comma? */
  const onStreet = (first: number, last: number): boolean => {
    const before = /^the$/i.test(word(first - 1)) ? first - 2 : first - 1;
    if (locativeAt(first) || STREET_BEFORE.test(word(before)) || /^(?:on|in|at|off)$/i.test(word(before))) return true;
    if (/^\d{1,5}[A-Za-z]?$/.test(word(first - 1))) return true;
    if (word(before) === "of" && (OF_STREET.test(word(before - 1)) || word(before - 1) === ",")) return true;
    if (/^(?:intersection|junction|corner)$/i.test(word(last + 1))) return true;
    return word(last + 1) === "," && places().some((p) => p.start === tokens[last + 2]?.start && recordsOf(p).length > 0);
  };
  /** Street names joined by "and" or "or" share their context ("between King Edward Street and Highway 403"). */
  const joinedTo = (m: ToponymMention, others: readonly ToponymMention[]): boolean =>
    others.some((o) => {
      const between = o.end <= m.start ? text.slice(o.end, m.start) : m.end <= o.start ? text.slice(m.end, o.start) : null;
      return between !== null && /^\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?$|^\s*,\s*$/.test(between);
    });
  /** The place listed right before or after `m` ("Kisumu, " before "Bondo"), if any: found through the join's offset, not by a scan of every place. */
  function neighbour(m: ToponymMention, side: "before" | "after"): ToponymMention | undefined {
    if (side === "before") {
      const join = JOIN_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
      if (!join) return undefined;
      const at = m.start - join[0].length;
      return known.find((p) => p.end === at) ?? accepted.find((p) => p.end === at);
    }
    const join = JOIN_AFTER.exec(text.slice(m.end, m.end + 12));
    if (!join) return undefined;
    const at = m.end + join[0].length;
    return known.find((p) => p.start === at) ?? accepted.find((p) => p.start === at);
  }
  /**
   * Is `m` listed between two places, or at an end of a list of places: last after "and"/"or" ("Nakuru and
   * Bunyala"), or first before them? A comma alone after two places may close a "town, state" pair instead.
   */
  function amongPlaces(m: ToponymMention): boolean {
    const before = neighbour(m, "before");
    const after = neighbour(m, "after");
    const lastItem = !!before && /\b(?:and|or)\s+$/.test(text.slice(before.end, m.start)) && !!neighbour(before, "before");
    return (!!before && !!after) || lastItem || (!!after && !!neighbour(after, "after"));
  }
  /** "King" + "Edward Street": a capitalised proper noun no entity covers, right before a street's name, belongs to it. */
  function streetNames(m: ToponymMention, first: number): ToponymMention[] {
    // Most names are no street: the last word is looked at first.
    const space = m.text.lastIndexOf(" ");
    if (space < 0 || !STREET_WORD.test(m.text.slice(space + 1))) return [];
    // "Trafalgar Street-Clarke Road": two streets named as one crossing.
    const parts = m.text.includes("-") ? m.text.split(/(?<=\S)-(?=\p{Lu})/u) : [m.text];
    if (parts.length === 2 && parts.every((p) => STREET_WORD.test(p.slice(p.lastIndexOf(" ") + 1)) && p.includes(" "))) {
      return [
        { start: m.start, end: m.start + parts[0].length, text: parts[0] },
        { start: m.end - parts[1].length, end: m.end, text: parts[1] },
      ];
    }
    if (!/^\p{Lu}/u.test(m.text)) return [];
    const previous = tokens[first - 1];
    if (previous && previous.pos === "PROPN" && !covered[first - 1] && /^\p{Lu}\p{Ll}+$/u.test(word(first - 1)) && previous.end + 1 === m.start && !CALENDAR.has(word(first - 1).toLowerCase())) {
      return [{ start: previous.start, end: m.end, text: text.slice(previous.start, m.end) }];
    }
    return [m];
  }
  for (const found of text.matchAll(NUMBERED_ROAD)) {
    const m = { start: found.index, end: found.index + found[0].length, text: found[0] };
    if (tokenIndexAt(tokens, m.start) >= 0 && free(m) && !streets.some((s) => overlaps(s, m))) streets.push(m);
  }
  streets.sort((a, b) => a.start - b.start);
  const placedStreets = new Set<ToponymMention>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of streets) {
      if (placedStreets.has(m) || !free(m)) continue;
      const first = tokenIndexAt(tokens, m.start);
      const last = tokenIndexAt(tokens, m.end - 1);
      if (first < 0 || last < 0) continue;
      if (onStreet(first, last) || joinedTo(m, [...placedStreets])) {
        placedStreets.add(m);
        accepted.push(m);
        grew = true;
      }
    }
  }
  // "the German island Rügen", "the villages of Bumbacari and Dudescu", "Kisumu, Bondo, Nyando, Kisii": a mistyped
  // name the gazetteer lacks is a place after a place noun, or listed between places (not after a bare preposition: "from Reuters").
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of unplaced) {
      // A name the NER called a person is a place only among places ("He left the town of Kunkuz" may name a man),
      // such as the names listed after a place noun's "of" ("the towns of Haris and Varzaqan").
      const listedAfterNoun = u.person && afterPluralNoun(u.first);
      const placeNounOf = (!u.person && (LOCALITY_BEFORE.test(word(u.first - 1)) || locativeKind(u.first) === "noun")) || listedAfterNoun;
      if (!(placeNounOf || residenceAt(u.first) || amongPlaces(u.mention)) || !free(u.mention)) continue;
      accepted.push(u.mention);
      grew = true;
    }
  }
  acceptUnconfirmed(options.unconfirmed ?? []);
  return accepted.sort((a, b) => a.start - b.start);

  /** Is the name at token `first` listed after another, in a list a plural locality noun's "of" leads ("the towns of Haris and Varzaqan")? */
  function afterPluralNoun(first: number): boolean {
    let k = first - 1;
    if (!/^(?:,|and|or)$/.test(word(k))) return false;
    for (let steps = 0; k >= 0 && steps < LIST_REACH && (/^(?:,|and|or)$/.test(word(k)) || tokens[k].pos === "PROPN"); k--, steps++);
    return word(k) === "of" && LOCALITY_PLURALS.test(word(k - 1));
  }

  /**
   * Names tagged as locations that the gazetteer lacks ("Kampungu", "Facebook", "Tamiflu"): a place only
   * when a landform or street word is part of the name ("Lake Titicaca", "Falcon Street"), or the text
   * puts something there (a locative other than "to", a locality or site noun, a known place in a list or
   * after a comma), or the article places the name elsewhere.
   */
  function acceptUnconfirmed(names: readonly ToponymMention[]): void {
    if (names.length === 0) return;
    const pendingNames = new Set(names);
    const keys = new Map<ToponymMention, string>();
    const keyOf = (p: ToponymMention): string => {
      let key = keys.get(p);
      if (key === undefined) keys.set(p, (key = placeKey(p.text)));
      return key;
    };
    // (Made once per call, not per name and pass: the tests below run lazily, in order.)
    const placedHere = (m: ToponymMention): boolean => {
      const key = placeKey(m.text);
      // Keys are compared only for names of about the same length: most places are ruled out before their key is made.
      return known.some((p) => sameName(p, m, key)) || accepted.some((p) => sameName(p, m, key));
    };
    const sameName = (p: ToponymMention, m: ToponymMention, key: string): boolean => Math.abs(p.text.length - m.text.length) <= 3 && keyOf(p) === key;
    const commaPlace = (m: ToponymMention, last: number): boolean => word(last + 1) === "," && !!neighbour(m, "after") && recordsOf(neighbour(m, "after")!).length > 0;
    const inList = (m: ToponymMention): boolean => !!neighbour(m, "before") || !!neighbour(m, "after");
    for (let grew = true; grew; ) {
      grew = false;
      for (const m of pendingNames) {
        const first = tokenIndexAt(tokens, m.start);
        const last = tokenIndexAt(tokens, m.end - 1);
        if (first < 0 || last < 0) {
          pendingNames.delete(m);
          continue;
        }
        const words = m.text.split(/\s+/);
        // "North Dallas", "Montreal East": a compass word and a known place name a part of it.
        const compass = words.length === 2 && COMPASS_WORD.test(words[0]) ? words[1] : words.length === 2 && COMPASS_WORD.test(words[1]) ? words[0] : null;
        const named =
          words.length > 1 && (FEATURE_WORD.test(words[0]) || FEATURE_WORD.test(words[words.length - 1]) || STREET_WORD.test(words[words.length - 1]) || STATE_WORD.test(words[words.length - 1]) || (compass !== null && lookup(compass).length > 0));
        const next = word(last + 1);
        const nounAfter = PLACE_NOUNS.test(next) || SITE_NOUN.test(next) || LOCAL_NOUNS.test(next) || STREET_NOUNS.test(next);
        const before = /^the$/i.test(word(first - 1)) ? first - 2 : first - 1;
        const nounBefore = word(before) === "of" && (LOCALITY_NOUNS.test(word(before - 1)) || LOCALITY_PLURALS.test(word(before - 1)) || PLACE_NOUNS.test(word(before - 1)));
        if (named || nounAfter || nounBefore || locativeAt(first, false) || placeNounBefore(first) || inList(m) || commaPlace(m, last) || placedHere(m)) {
          accepted.push(m);
          pendingNames.delete(m);
          grew = true;
        }
      }
    }
    // "Seoul City Hall", "Calgary-North West": what no context places is still named for the jurisdiction it opens with.
    for (const m of pendingNames) {
      const first = tokenIndexAt(tokens, m.start);
      const last = tokenIndexAt(tokens, m.end - 1);
      for (let k = last - 1; k >= first; k--) {
        const prefix = { start: tokens[first].start, end: tokens[k].end, text: text.slice(tokens[first].start, tokens[k].end) };
        if (!/^[\s-]/.test(text.slice(prefix.end, prefix.end + 1)) || !tokens.slice(first, k + 1).every((t) => t.pos === "PROPN")) continue;
        if (jurisdiction(lookup(prefix.text)) && free(prefix)) {
          accepted.push(prefix);
          break;
        }
      }
    }
  }
}

/** A place in capitals opening a line ("DETROIT", "NEW YORK"), then its state's abbreviation ("Ky", "Ky."), if any. */
const DATELINE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}.'-]+(?: \p{Lu}[\p{Lu}.'-]+){0,2})(?:(, )(\p{Lu}[\p{L}]{0,4}\.?))?(?=[ \t]*(?:[(\u2014\u2013-]|, |\s\p{Lu}))/gu;

/**
 * Dateline places: a line-opening capitalised name the gazetteer knows ("DETROIT — The …",
 * "WASHINGTON Christopher Steele …"), and the state abbreviation after it ("EDMONTON, Ky (WBKO) --").
 */
export function datelinePlaces(text: string, lookup: (s: string) => readonly PlaceRecord[]): ToponymMention[] {
  const out: ToponymMention[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const name = m[1];
    if (name.replace(/[^\p{Lu}]/gu, "").length < 3 || lookup(name).length === 0) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ start, end: start + name.length, text: name });
    if (m[3] && lookup(m[3]).some((r) => r.featureType === "admin1")) {
      const at = start + name.length + m[2].length;
      out.push({ start: at, end: at + m[3].length, text: m[3] });
    }
  }
  return out;
}

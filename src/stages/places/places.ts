// Stage places@1: the entity layer's toponyms (GPE, LOC, FAC) resolved against the gazetteer into
// `doc.places`; a toponym the gazetteer does not know keeps its span with null coordinates and a diagnostic.
import type { Document, Entity, Place, PlacePoint } from "../../model/schema.js";
import { defineStage, diagnostic } from "../../pipeline/stage.js";
import { loadGazetteer, lookupDemonym, lookupPlace, type Gazetteer, type PlaceRecord } from "./gazetteer.js";
import { distanceKm, resolveToponyms, type Resolution, type ResolveWeights, type ToponymMention } from "./resolve.js";
import { placeKey } from "./normalise.js";
import { compoundToponyms } from "./compounds.js";
import { datelinePlaces, spotMissedToponyms } from "./spot.js";
import { COMPASS_WORDS, CORE_LOCATIVES, FEASTS, LOCAL_NOUNS, nounPattern, PLACE_NOUNS, SITE_NOUNS, STREET_NOUN_WORDS } from "./place-words.js";
import { tokenIndexAt, withElidedTail } from "./token-spans.js";

export const PLACES_STAGE_ID = "places";

/** Entity types that name places. NORP ("Iranian") is a group of people, not a place. */
export const TOPONYM_TYPES: ReadonlySet<Entity["type"]> = new Set(["GPE", "LOC", "FAC"]);

const TRAILING_POSSESSIVE = /(?:['\u2019]s|s['\u2019])$/;

/** The toponym span of an entity: without a leading article or a trailing possessive ("the Gaza Strip's" → "Gaza Strip"). */
export function toponymSpan(entity: Pick<Entity, "start" | "end" | "text">): ToponymMention {
  // "The United States said": the article is not part of the name (the key drops it anyway).
  const article = /^the\s+(?=\S)/i.exec(entity.text);
  if (article) {
    const cut = article[0].length;
    entity = { start: entity.start + cut, end: entity.end, text: entity.text.slice(cut) };
  }
  const match = TRAILING_POSSESSIVE.exec(entity.text);
  if (!match) return { start: entity.start, end: entity.end, text: entity.text };
  // "Philippines'" keeps its final s; "Iran's" loses 's.
  const cut = match[0].startsWith("s") ? 1 : 2;
  const end = entity.end - cut;
  return { start: entity.start, end, text: entity.text.slice(0, entity.text.length - cut) };
}

/** GeoNames' feature code for an administrative facility, which sitrep gives seats of government ("White House", "Kremlin"). */
const SEAT_OF_GOVERNMENT = "ADMF";

/** A locative preposition (and article) right before a name: "at the White House", "outside the Kremlin". */
const LOCATIVE_BEFORE = new RegExp(`\\b(?:${[...CORE_LOCATIVES, "within", "on", "from", "by"].join("|")})\\s+(?:the\\s+)?$`, "i");

/** Words that make the name they end a disease or its agent, as a regex alternation. */
const DISEASE_WORDS = "virus|viruses|fever|flu|influenza|disease|encephalitis";

/** A place name before these words, or a word ending in "virus", names a disease or its agent ("West Nile virus", "Rift Valley fever", "Reston ebolavirus"). */
const DISEASE_AFTER = new RegExp(`^[\\s-]+(?:${DISEASE_WORDS}|\\p{L}+virus(?:es)?)(?![\\p{L}])`, "iu");

/** A name that ends in one of them is a disease, not a place ("Bird Flu", "Equine Influenza"). */
const DISEASE_NAME = new RegExp(`[\\s-](?:${DISEASE_WORDS})$`, "iu");

/** Words before a name that make it an illness or its agent: "died of", "cases of", "infected with", "treatment for". */
const ILLNESS_BEFORE =
  /\b(?:died|dying|dies|deaths?|ill|sick|infected|infections?|cases?|outbreaks?|epidemics?|symptoms|treatment|treated|vaccinated|vaccines?|positive|suffering|suffered)\s+(?:of|from|with|for|against)\s+(?:the\s+)?$/i;

/** Words after a name that make it an illness or its agent: "Salmonella bacteria", "Ebola haemorrhagic fever", "Salmonella contaminated". */
const ILLNESS_AFTER = /^[\s-]+(?:bacteria|bacterium|infections?|contaminated|contamination|vaccines?|haemorrhagic|hemorrhagic)(?![\p{L}])/iu;

/** Words that make the name after them a storm's ("Hurricane Katrina", "Typhoon Haiyan", "Storm Ciara"; not "a storm Monday"). */
const STORM_WORDS = "[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Ss]uperstorm|[Tt]ropical [Ss]torm|Storm";
const STORM_WORD = new RegExp(`^(?:${STORM_WORDS})\\s+`);
const STORM_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${STORM_WORDS})\\s+$`, "u");

/** A division's descriptor written capitalised right after its name belongs to it ("Akita Prefecture", "Plymouth County"). */
const DESCRIPTOR_AFTER = /^ (?:County|COUNTY|Parish|Province|Prefecture|Governorate|Oblast|District)(?![\p{L}])/u;

/** County abbreviated after a name ("Wayne Co.", "PLYMOUTH CO."). */
const COUNTY_ABBREVIATION_AFTER = /^ (?:Co|CO)\.(?![\p{L}])/u;

/** A Romance or Arabic particle and a capitalised name after a place's name ("do Sul", "del Sur", "de la Frontera", "al-Kabir" aside). */
const PARTICLE_AFTER = /^ (?:de|do|da|dos|das|del|de la|di|du|des) \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?/u;

/** Titles and offices that an entity span may wrongly carry after a place name ("US President", "United States ambassador to"). */
const TITLE_AFTER = /^ (?:president|prime minister|ambassador|envoy|secretary|senator|governor|mayor|premier|minister|mla|mp|consul)\b/i;

/** A lowercase last word of a span ("area" of "Danube Delta area"). */
const TRAILING_PLACE_NOUN = /\s+(\p{Ll}+)$/u;

/**
 * Trim or extend a toponym entity's span to the place name: a title after it goes ("US President" →
 * "US"), and a lowercase place noun ("Danube Delta area"); a capitalised division descriptor after it joins ("Plymouth" + " County").
 */
function placeNameSpan(mention: ToponymMention, text: string, recordsOf: (name: string) => readonly PlaceRecord[]): ToponymMention {
  if (recordsOf(mention.text).length === 0) {
    // "the Danube Delta area": a lowercase place noun is no part of the name, and still says what it is from outside the span.
    const noun = TRAILING_PLACE_NOUN.exec(mention.text);
    if (noun && PLACE_NOUNS.test(noun[1]) && recordsOf(mention.text.slice(0, noun.index)).length > 0) {
      return { start: mention.start, end: mention.start + noun.index, text: mention.text.slice(0, noun.index) };
    }
    // The longest known prefix that a title follows.
    for (let cut = mention.text.lastIndexOf(" "); cut > 0; cut = mention.text.lastIndexOf(" ", cut - 1)) {
      const head = mention.text.slice(0, cut);
      if (TITLE_AFTER.test(mention.text.slice(cut)) && recordsOf(head).length > 0) return { start: mention.start, end: mention.start + cut, text: head };
    }
  }
  // "Rio Grande" + " do Sul", "Davao" + " del Sur": a lowercase particle and a name continue a place's name when the whole is known.
  const particle = PARTICLE_AFTER.exec(text.slice(mention.end, mention.end + 40));
  if (particle && recordsOf(mention.text + particle[0]).length > 0) return { start: mention.start, end: mention.end + particle[0].length, text: mention.text + particle[0] };
  // "Wayne Co.": the abbreviation joins only a name the gazetteer knows a county of, since "Co." also ends firms' names.
  const abbreviated = COUNTY_ABBREVIATION_AFTER.exec(text.slice(mention.end, mention.end + 8));
  if (abbreviated && recordsOf(mention.text + abbreviated[0]).some((r) => r.featureType === "admin2")) {
    return { start: mention.start, end: mention.end + abbreviated[0].length, text: mention.text + abbreviated[0] };
  }
  const after = DESCRIPTOR_AFTER.exec(text.slice(mention.end, mention.end + 16));
  // A country has no county or district of its own name ("U.S. District Court").
  const records = recordsOf(mention.text);
  if (after && !(records.length > 0 && records.every((r) => r.featureType === "country"))) return { start: mention.start, end: mention.end + after[0].length, text: text.slice(mention.start, mention.end + after[0].length) };
  return mention;
}

/** A lowercase Arabic article opening a span ("el-Oued", "al-Fahm"): the name's head was left out before it. */
const ARTICLE_OPENING = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|ez)-\p{Lu}/u;

/** The capitalised word right before such a span ("Bab " of "Bab el-Oued", "Umm " of "Umm al-Fahm"). */
const NAME_HEAD_BEFORE = /(?<![\p{L}'-])\p{Lu}\p{Ll}+ $/u;

/**
 * "Bab el-Oued", "Umm al-Fahm": Arabic names join a head word to an article and a noun. A span that
 * opens with the lowercase article lost its head, which is the capitalised word before it.
 */
function withNameHead(mention: ToponymMention, doc: Pick<Document, "text" | "tokens">): ToponymMention {
  if (!ARTICLE_OPENING.test(mention.text)) return mention;
  const head = NAME_HEAD_BEFORE.exec(doc.text.slice(Math.max(0, mention.start - 24), mention.start));
  if (!head) return mention;
  const start = mention.start - head[0].length;
  // A proper noun, not a capitalised preposition or verb ("In al-Anbar", "Tell al-Abyad" read as a verb aside).
  const tokens = doc.tokens ?? [];
  if (tokens[tokenIndexAt(tokens, start)]?.pos !== "PROPN") return mention;
  return { start, end: mention.end, text: doc.text.slice(start, mention.end) };
}

/** Are the letters of `short` found in order in `long` ("Alta" in "Alberta", "Sask" in "Saskatchewan")? */
function lettersInOrder(short: string, long: string): boolean {
  let i = 0;
  const a = short.toLowerCase();
  const b = long.toLowerCase();
  for (const c of b) if (c === a[i]) i++;
  return i === a.length;
}

/** An abbreviation of the name it resolves to keeps its full stop ("Alta." → Alberta, "Ont." → Ontario; not "Paris."). */
function withAbbreviationStop(mention: ToponymMention, text: string, resolvedName: string): ToponymMention {
  if (text[mention.end] !== "." || !/^\p{Lu}\p{Ll}{1,4}$/u.test(mention.text)) return mention;
  if (resolvedName === mention.text || resolvedName.startsWith(`${mention.text} `) || !lettersInOrder(mention.text, resolvedName)) return mention;
  return { start: mention.start, end: mention.end + 1, text: `${mention.text}.` };
}

/**
 * Given names of the article's people: the first word of a two-word name ("Georgia Stevens") whose
 * second word is the last word of a person entity ("Cory Stevens"). Such a name alone is that person
 * ("said Georgia"), whatever type the entity layer gave it.
 */
function givenNames(doc: Pick<Document, "entities">): Set<string> {
  // Surname → the first words of the person entities that bear it.
  const bearers = new Map<string, Set<string>>();
  for (const e of doc.entities) {
    if (e.type !== "PERSON") continue;
    const words = e.text.split(/\s+/);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    if (!bearers.has(last)) bearers.set(last, new Set());
    bearers.get(last)!.add(words[0]);
  }
  const given = new Set<string>();
  if (bearers.size === 0) return given;
  for (const e of doc.entities) {
    const words = e.text.split(/\s+/);
    if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) continue;
    const [first, second] = words;
    // Another person of the family ("Cory Stevens"), not the same two words read as a person ("China Daily").
    if ([...(bearers.get(second) ?? [])].some((other) => other !== first)) given.add(first);
  }
  return given;
}

/** A compass word alone ("the West", "Central" of "LE Central") names a world or a company, not a gazetteer place. */
const COMPASS_ALONE = new RegExp(`^(?:the\\s+)?(?:${COMPASS_WORDS})(?:\\s+of)?$`, "i");

/** "Central and South America": a compass word whose name's head is left to the next conjunct. */
const ELIDED_HEAD = new RegExp(`^\\s+(?:and|or)\\s+(?:${COMPASS_WORDS})\\s+(\\p{Lu}\\p{L}+)`, "iu");

/** A county named for a person in the possessive ("Queen Anne's County", "Prince George's County"), with up to two words before. */
const POSSESSIVE_COUNTY = /(?<![\p{L}'\u2019])(?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}\p{L}*['\u2019]s\s(?:County|Parish)(?![\p{L}])/gu;

/** The possessive before a county's descriptor, looked for before the name's pattern is run over the text. */
const POSSESSIVE_DESCRIPTOR = /['\u2019]s (?:County|Parish)\b/;

/**
 * Counties named in the possessive that the gazetteer knows: the entity layer splits them at the
 * apostrophe ("Anne", "County"), so they are found in the text, from the longest known name.
 */
function possessiveCounties(text: string, recordsOf: (name: string) => readonly PlaceRecord[]): ToponymMention[] {
  const out: ToponymMention[] = [];
  if (!POSSESSIVE_DESCRIPTOR.test(text)) return out;
  for (const m of text.matchAll(POSSESSIVE_COUNTY)) {
    const words = m[0].split(/\s/);
    for (let drop = 0; drop < words.length - 1; drop++) {
      const name = words.slice(drop).join(" ");
      if (recordsOf(name).length === 0) continue;
      const start = m.index + m[0].length - name.length;
      out.push({ start, end: start + name.length, text: name });
      break;
    }
  }
  return out;
}

/** A span of compass words only ("South West", "North-East"). */
const COMPASS_ONLY = new RegExp(`^(?:${COMPASS_WORDS})(?:[\\s-](?:${COMPASS_WORDS}))+$`, "i");

/**
 * "South West" + "England": compass words the entity layer split from the place they narrow join it
 * into one name ("South West England"), which the resolver reads as that part of the place; alone
 * they would be some other country's division of that name.
 */
function withCompassParts(mentions: ToponymMention[], text: string): ToponymMention[] {
  if (!mentions.some((m) => COMPASS_ONLY.test(m.text))) return mentions;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: ToponymMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    const next = sorted[i + 1];
    if (next && next.start === m.end + 1 && text[m.end] === " " && COMPASS_ONLY.test(m.text)) {
      out.push({ start: m.start, end: next.end, text: text.slice(m.start, next.end) });
      i++;
    } else out.push(m);
  }
  return out;
}

/** Feasts and seasons the entity layer may tag as places ("the Christmas shopping season"). */
const HOLIDAYS = new RegExp(`^(?:${FEASTS.join("|")})$`, "i");

/** Nouns of sites, lands and streets a name the gazetteer lacks may lead ("Qalandia refugee camp", "the South China coast", "the Champs-Elysees boulevard"). */
const SITE_NOUN = nounPattern([...SITE_NOUNS, ...STREET_NOUN_WORDS]);

/**
 * Does the name at `mention` modify the common noun right after it ("Molotov cocktails", "Kalashnikov
 * rifles")? A name the gazetteer lacks used so names a thing after its maker or origin, not a place;
 * nouns of places, of their sites and of their people ("Nangarhar province", "Shatila camp", "Kunduz residents") aside.
 */
function namesThingAfter(doc: Pick<Document, "text" | "tokens">, mention: ToponymMention): boolean {
  const tokens = doc.tokens ?? [];
  const last = tokenIndexAt(tokens, mention.end - 1);
  const next = last >= 0 ? tokens[last + 1] : undefined;
  if (!next || next.pos !== "NOUN") return false;
  const word = doc.text.slice(next.start, next.end);
  return /^\p{Ll}/u.test(word) && !PLACE_NOUNS.test(word) && !LOCAL_NOUNS.test(word) && !SITE_NOUN.test(word);
}

/** Academic and professional degrees written with full stops: "M.D." is no Maryland, nor "Ph.D." two places. */
const DEGREES = /(?<![\p{L}.])(?:M\.D\.|Ph\.D\.|D\.O\.|R\.N\.|J\.D\.|M\.B\.A\.|D\.D\.S\.|M\.P\.H\.)/gu;

const isTownRecord = (r: PlaceRecord): boolean => r.featureType === "city" || r.featureType === "district";

/** Head nouns of a building or airport that may open with the name of the town it stands in ("Winnipeg Animal Emergency Hospital", "Desaguadero hospital"). */
const TOWN_SITE_HEAD = /(?:^|\s)(?:(airport|airfield)|hospital|clinic|court|courthouse|church|cathedral|mosque|temple|synagogue|school|college|museum|stadium|prison|hotel)$/i;

/**
 * Openings of institutions' names that are no town's: a saint's title ("St. Paul's Hospital" is a
 * dedication), a royal's ("Queen Elizabeth University Hospital"), and the words institutions name
 * themselves by ("Royal Alexandra Hospital", "University Hospital", "General Hospital"), whatever town bears them.
 */
const INSTITUTION_OPENING = /^(?:st\.?|saint|royal|queen|king|prince|princess|national|general|central|regional|community|memorial|university|college|city|county|state|federal|public|international)\s/i;

/**
 * The town a building or airport the gazetteer lacks is named after, when its name opens with a town's
 * ("Wood Green Crown Court" → Wood Green, "İstanbul Atatürk International Airport" → İstanbul), and
 * what the site is; null otherwise. Universities, stations and centres are left out: they are as often
 * named after a town they are not in ("Washington University" in St. Louis, "Victoria Station" in London).
 */
export function townLedSite(name: string, recordsOf: (name: string) => readonly PlaceRecord[]): { town: string; kind: "airport" | "building" } | null {
  const head = TOWN_SITE_HEAD.exec(name);
  if (!head || INSTITUTION_OPENING.test(name) || recordsOf(name).length > 0) return null;
  // Where an opening may end: between words, or at a hyphen before a capital ("Montreal-Pierre Elliott Trudeau International Airport").
  const ends = [...name.matchAll(/\s+|-(?=\p{Lu})/gu)].map((m) => m.index);
  // The longest known opening: "Wood Green Crown Court" is in Wood Green, not some town called Wood.
  for (const end of ends.reverse()) {
    const town = name.slice(0, end);
    const records = recordsOf(town);
    if (records.length === 0) continue;
    if (TRAILING_POSSESSIVE.test(town) || !records.some(isTownRecord)) return null;
    return { town, kind: head[1] ? "airport" : "building" };
  }
  return null;
}

/**
 * Buildings and airports the resolver could not place whose name opens with a town's: placed at that
 * town (reason "container"), the sense the article gives the town's name elsewhere, else its namesake
 * in the country where the article places most names ("Royal Alexandra Hospital" in a Scottish story that
 * mentions the U.S. is not in Royal City, Washington) nearest the article's other towns and divisions, else
 * its most populous.
 * Done after resolution, so a site's town never sways the senses of the article's other names.
 */
function placeTownLedSites(resolved: Resolution[], recordsOf: (name: string) => readonly PlaceRecord[]): Resolution[] {
  const sites = resolved.map((r) => (r.record ? null : townLedSite(r.mention.text, recordsOf)));
  if (!sites.some(Boolean)) return resolved;
  const placed = resolved.filter((r) => r.record && r.reason !== "container" && r.reason !== "beside").map((r) => r.record!);
  const mentionsIn = new Map<string | null, number>();
  for (const r of placed) mentionsIn.set(r.country, (mentionsIn.get(r.country) ?? 0) + 1);
  const most = Math.max(0, ...[...mentionsIn].filter(([c]) => c !== null).map(([, n]) => n));
  const countries = new Set([...mentionsIn].filter(([c, n]) => c !== null && n === most).map(([c]) => c));
  const points = placed.filter((r) => r.featureType !== "country" && r.featureType !== "continent" && r.featureType !== "region" && r.featureType !== "water");
  return resolved.map((r, i) => {
    const site = sites[i];
    if (!site) return r;
    const key = placeKey(site.town);
    const named = resolved.find((o) => o.record && isTownRecord(o.record) && o.reason !== "container" && placeKey(o.mention.text) === key);
    let town = named?.record ?? null;
    if (!town) {
      const senses = recordsOf(site.town).filter((c) => isTownRecord(c) && c.country !== null && countries.has(c.country));
      const nearest = (c: PlaceRecord): number => Math.min(Infinity, ...points.map((p) => distanceKm(p, c)));
      senses.sort((a, b) => nearest(a) - nearest(b) || b.population - a.population);
      town = senses[0] ?? null;
    }
    return town ? { ...r, record: town, reason: "container", ownType: site.kind } : r;
  });
}

/** Resolve a document's toponym entities into places (pure; used by the stage and by the evaluation). */
export function findPlaces(doc: Document, gazetteer: Gazetteer, weights?: ResolveWeights): Pick<Document, "places" | "diagnostics"> {
  // The spans are looked up several times each (their span, their compounds, the filters below): once is enough.
  const looked = new Map<string, PlaceRecord[]>();
  const recordsOf = (name: string): PlaceRecord[] => {
    let records = looked.get(name);
    if (!records) looked.set(name, (records = lookupPlace(gazetteer, name)));
    return records;
  };
  const toponymEntities = doc.entities.filter((e) => TOPONYM_TYPES.has(e.type));
  const entitySpans = toponymEntities.map((e) => placeNameSpan(withElidedTail(toponymSpan(e), doc.text, (name) => recordsOf(name).length > 0), doc.text, recordsOf));

  // Datelines count with the compounds: an unknown tagged span holding one gives way to it ("WASHINGTON Christopher Steele").
  const compounds = [...compoundToponyms(doc.text, recordsOf), ...datelinePlaces(doc.text, recordsOf), ...possessiveCounties(doc.text, recordsOf)];
  const inside = (inner: ToponymMention, outer: ToponymMention): boolean => inner.start >= outer.start && inner.end <= outer.end;
  const overlaps = (a: ToponymMention, b: ToponymMention): boolean => a.start < b.end && b.start < a.end;
  // A tagged span the gazetteer does not know gives way to the places inside it ("Iran-Iraq", "Washington-based").
  const tagged = entitySpans.filter((m) => recordsOf(m.text).length > 0 || !compounds.some((c) => inside(c, m)));
  const parts = compounds.filter((c) => !tagged.some((m) => overlaps(c, m)));
  // A name tagged only as a location (LOC, not a town or country's GPE nor a building's FAC) that the
  // gazetteer lacks is as often a product, a disease or a firm ("Tamiflu", "Ebola", "Facebook"): the spotter keeps it only with place context.
  // Without tokens there is no context to judge by, and the tag stands.
  const judged = (doc.tokens ?? []).length > 0;
  const unconfirmed = new Set<ToponymMention>();
  if (judged) {
    entitySpans.forEach((m, i) => {
      if (toponymEntities[i].type === "LOC" && recordsOf(m.text).length === 0 && !compounds.some((c) => overlaps(c, m))) unconfirmed.add(m);
    });
  }
  const known = [...tagged.filter((m) => !unconfirmed.has(m)), ...parts];
  const given = givenNames(doc);
  // "Philippine", "Kenyan" tagged as a place: an adjective of nationality is a group of people (NORP), not a place.
  const nationality = (name: string): boolean => recordsOf(name).length === 0 && lookupDemonym(gazetteer, name).length > 0;
  const spotted = [...known, ...spotMissedToponyms(doc, gazetteer, known, { unconfirmed: [...unconfirmed], lookup: recordsOf })];
  const candidates = withCompassParts(
    spotted.map((m) => {
      const whole = withNameHead(m, doc);
      return whole === m || spotted.some((o) => o !== m && o.start < whole.end && whole.start < o.end) ? m : whole;
    }),
    doc.text,
  );
  // "Hurricane Katrina … the victims of Katrina": a storm's name is the storm's throughout the article.
  const storms = new Set<string>();
  for (const m of [...candidates, ...unconfirmed]) {
    const named = STORM_WORD.exec(m.text);
    if (named) storms.add(m.text.slice(named[0].length));
    else if (STORM_BEFORE.test(doc.text.slice(Math.max(0, m.start - 20), m.start))) storms.add(m.text);
  }
  const degrees = [...doc.text.matchAll(DEGREES)].map((d) => ({ start: d.index, end: d.index + d[0].length, text: d[0] }));
  const mentions = candidates.filter(
    (m) =>
      !given.has(m.text) &&
      !degrees.some((d) => overlaps(d, m)) &&
      !DISEASE_AFTER.test(doc.text.slice(m.end, m.end + 24)) &&
      !DISEASE_NAME.test(m.text) &&
      // …unless it is written as a known town with its container ("flooding in Florence, S.C.").
      !(storms.has(m.text) && !(recordsOf(m.text).length > 0 && /^,\s*\p{Lu}/u.test(doc.text.slice(m.end, m.end + 4)))) &&
      // An unknown name in an illness's place is the illness ("died of Meningitis", "cases of Chikungunya").
      !(recordsOf(m.text).length === 0 && (ILLNESS_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) || ILLNESS_AFTER.test(doc.text.slice(m.end, m.end + 24)))) &&
      !STORM_WORD.test(m.text) &&
      !nationality(m.text) &&
      !(COMPASS_ALONE.test(m.text) && !ELIDED_HEAD.test(doc.text.slice(m.end, m.end + 40))) &&
      !HOLIDAYS.test(m.text) &&
      !(recordsOf(m.text).length === 0 && namesThingAfter(doc, m)),
  );
  mentions.sort((a, b) => a.start - b.start);
  // "Central and South America": the compass word is resolved with the head it shares ("Central America").
  const withHeads = mentions.map((m) => {
    const head = COMPASS_ALONE.test(m.text) ? ELIDED_HEAD.exec(doc.text.slice(m.end, m.end + 40)) : null;
    return head ? { ...m, text: `${m.text} ${head[1]}` } : m;
  });
  const resolved = placeTownLedSites(
    resolveToponyms(gazetteer, doc.text, withHeads, { weights }).map((r, i) => ({ ...r, mention: mentions[i] })),
    recordsOf,
  );
  const places: Place[] = [];
  const diagnostics = [...doc.diagnostics];
  for (const resolution of resolved) {
    const { record, reason } = resolution;
    // "The White House said", "a Kremlin statement": a seat of government names the government, unless the text puts something at it.
    if (record?.featureCode === SEAT_OF_GOVERNMENT && !LOCATIVE_BEFORE.test(doc.text.slice(Math.max(0, resolution.mention.start - 24), resolution.mention.start))) continue;
    const mention = record ? withAbbreviationStop(resolution.mention, doc.text, record.name) : resolution.mention;
    if (record && (reason === "container" || reason === "beside")) {
      // A county or town the gazetteer lacks: named as written, placed at the state or country that contains it,
      // or at the place the text says it lies near.
      places.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        name: mention.text,
        country: record.country,
        lat: record.lat,
        lon: record.lon,
        featureType: resolution.ownType ?? "admin2",
        point: borrowedPoint(reason, record),
      });
      diagnostics.push(
        diagnostic(PLACES_STAGE_ID, "places.container-point", `no gazetteer entry for "${mention.text}" in ${record.name}: placed at ${record.name}, ${reason === "beside" ? "which it lies near" : "which contains it"}`, {
          severity: "info",
          start: mention.start,
          end: mention.end,
        }),
      );
      continue;
    }
    if (record) {
      places.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        name: record.name,
        country: record.country,
        lat: record.lat,
        lon: record.lon,
        featureType: record.featureType,
        point: "own",
      });
      continue;
    }
    places.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      name: mention.text.replace(/^the\s+/i, ""),
      country: null,
      lat: null,
      lon: null,
      featureType: null,
      point: null,
    });
    // "unlisted": the gazetteer's only namesakes lie far from the article's other places.
    const why = reason === "unlisted" ? `only far-away namesakes of "${mention.text}" in the gazetteer, none near the article's other places` : `no gazetteer entry for "${mention.text}"`;
    diagnostics.push(
      diagnostic(PLACES_STAGE_ID, reason === "unlisted" ? "places.unlisted-namesake" : "places.unknown-toponym", why, {
        severity: "info",
        start: mention.start,
        end: mention.end,
      }),
    );
  }
  return { places, diagnostics };
}

/**
 * Whose point a place the gazetteer lacks is given: the place it is said to lie near, its country's
 * when the text named only the country ("Kutama, Zimbabwe"), else the town or division containing it.
 */
export function borrowedPoint(reason: "container" | "beside", into: PlaceRecord): PlacePoint {
  if (reason === "beside") return "beside";
  return into.featureType === "country" ? "country" : "container";
}

export interface PlacesStageOptions {
  /** A loaded gazetteer (tests pass a small one); default: the committed resources/gazetteer. */
  gazetteer?: Gazetteer;
  weights?: ResolveWeights;
}

export const createPlacesStage = defineStage<PlacesStageOptions | void>(
  { id: PLACES_STAGE_ID, version: 2, requires: ["tokens", "entities"], assigns: ["places"] },
  (options) => {
    const gazetteer = (options && options.gazetteer) || loadGazetteer();
    const weights = options ? options.weights : undefined;
    return {
      resources: { "places-gazetteer": gazetteer.hash },
      run(doc) {
        return { ...doc, ...findPlaces(doc, gazetteer, weights) };
      },
    };
  },
);

// Places inside organisation names ("Kentucky State Police", "Conference Board of Canada", "CBC
// Toronto"), organisation entities that are wholly a place ("US", "Adair County"), and counties
// leading mistyped names ("Barren County Coroner", "Jefferson Parish" as a person).
import type { Document, Token } from "../../model/schema.js";
import type { PlaceRecord } from "./gazetteer.js";
import type { ToponymMention } from "./resolve.js";
import { stripPossessive, tokenIndexAt } from "./token-spans.js";
import { COMPASS_WORDS, COUNTY_NOUNS, RELATIVE_POSITION_WORDS } from "./place-words.js";

/** Smallest population of a town that names an organisation's jurisdiction ("London Police", "Toronto General Hospital"). */
const JURISDICTION_TOWN = 100_000;

/** Does this gazetteer evidence name a jurisdiction: a country, a first-level division, or a large town or capital. */
export function jurisdiction(records: readonly PlaceRecord[]): boolean {
  return records.some(
    (r) => r.featureType === "country" || r.featureType === "admin1" || ((r.featureType === "city" || r.featureType === "district") && (r.population >= JURISDICTION_TOWN || r.featureCode === "PPLC" || r.featureCode === "PPLA")),
  );
}

/** A county's descriptor as written in its name: capitalised or in capitals ("County", "COUNTY", "Parish"). */
const COUNTY_WORDS = new Set(COUNTY_NOUNS.flatMap((n) => [n[0].toUpperCase() + n.slice(1), n.toUpperCase()]));

/** A county or parish named with its descriptor ("Adair County", "LAUREL COUNTY", "Jefferson Parish"). */
const COUNTY_NAME = new RegExp(`^\\p{Lu}\\S*(?: \\p{Lu}\\S*)* (?:${[...COUNTY_WORDS].join("|")})$`, "u");

/** Is this a county's or parish's name? The last word is checked first: most names are no county. */
function countyName(name: string): boolean {
  return COUNTY_WORDS.has(name.slice(name.lastIndexOf(" ") + 1)) && COUNTY_NAME.test(name);
}

/** A "Saint" the entity layer left out of a county's name, taking it for a title ("Saint" + "Bernard Parish"). */
const SAINT_BEFORE = /(?:^|[^\p{L}])((?:Saint|Sainte|St\.|Ste\.) )$/u;

/** A county name with a "Saint" right before it joined to it. */
function withSaint(text: string, county: ToponymMention): ToponymMention {
  const saint = SAINT_BEFORE.exec(text.slice(Math.max(0, county.start - 8), county.start));
  if (!saint) return county;
  const start = county.start - saint[1].length;
  return { start, end: county.end, text: text.slice(start, county.end) };
}

/** A compass word leading a longer name modifies it ("Central Coast", "North Shore"); it names no town of its own there. */
const COMPASS_WORD = new RegExp(`^(?:${COMPASS_WORDS}|${RELATIVE_POSITION_WORDS})$`, "i");

/** Entity types whose spans may hold a county's name: an organisation, or a name the entity layer mistyped. */
const COUNTY_HOLDERS = new Set(["ORG", "MISC", "PERSON"]);

/** Words of a newspaper's or broadcaster's masthead: the city in "The New York Times" is the paper's, not the story's. */
const MASTHEAD = /^(?:times|post|daily|herald|journal|tribune|mail|telegraph|chronicle|gazette|globe|star|sun|press|news|examiner|observer|guardian|independent|standard|express|voice)$/i;

/**
 * Are tokens i..j a proper name that can be a place? A short name counts only written as an
 * abbreviation ("US", "U.S.", not the "La" of "La Liga"), and a two-letter one only for a country
 * ("UK", not the "PA" of "PA Media").
 */
function proper(text: string, tokens: readonly Token[], i: number, j: number, lookup: (s: string) => readonly PlaceRecord[]): boolean {
  const name = text.slice(tokens[i].start, tokens[j].end);
  // A town's "City" may be tagged a common noun ("New York City Mayor").
  if (!tokens.slice(i, j + 1).every((t, n) => t.pos === "PROPN" || (n > 0 && text.slice(t.start, t.end) === "City"))) return false;
  if (j === i && /^[A-Za-z][a-z]{0,2}$/.test(name)) return false;
  return !/^[A-Z]{2}$/.test(name) || lookup(name).some((r) => r.featureType === "country");
}

/** Are the tokens from `first` up to (not including) `k` all acronyms ("CBC", "CTV")? */
function acronymHead(text: string, tokens: readonly Token[], first: number, k: number): boolean {
  return tokens.slice(first, k).every((t) => /^[A-Z]{2,}$/.test(text.slice(t.start, t.end)));
}

/**
 * Places inside organisation names: an organisation named for its jurisdiction names that place
 * at its start ("Kentucky State Police", "U.S. Food and Drug Administration") or after "of" at its
 * end ("Conference Board of Canada"); a name that is wholly a country, a state ("US", "NSW") or a
 * county ("Adair County") is the place. A person's or other name (a mistyped entity) holds only a
 * county, wholly or at its start ("Jefferson Parish", "Barren County Coroner"); a "Saint" left out
 * before a county's name joins it.
 * The place must be proper nouns ("Federal Bureau" names none) and no nationality adjective
 * ("Saudi Aramco", "Thai Raksa Chart Party"); mastheads are skipped.
 */
export function jurisdictionPlaces(doc: Document, tokens: readonly Token[], lookup: (s: string) => readonly PlaceRecord[], demonym: (s: string) => boolean): ToponymMention[] {
  const text = doc.text;
  const out: ToponymMention[] = [];
  const span = (i: number, j: number): ToponymMention => ({ start: tokens[i].start, end: tokens[j].end, text: text.slice(tokens[i].start, tokens[j].end) });
  for (const e of doc.entities) {
    if (!COUNTY_HOLDERS.has(e.type)) continue;
    let first = tokenIndexAt(tokens, e.start);
    const last = tokenIndexAt(tokens, e.end - 1);
    if (first < 0 || last < 0) continue;
    if (/^the$/i.test(text.slice(tokens[first].start, tokens[first].end)) && first < last) first++;
    const words = tokens.slice(first, last + 1).map((t) => text.slice(t.start, t.end));
    if (words.some((w) => MASTHEAD.test(w))) continue;
    const whole = span(first, last);
    // "Metcalfe County" tagged as an organisation is the county (its government by metonymy), known to the gazetteer or not.
    if (countyName(whole.text)) {
      out.push(withSaint(text, stripPossessive(whole)));
      continue;
    }
    // A person or other name holds a place only as a county leading it ("Barren County Coroner", "Harris County Judge …").
    if (e.type !== "ORG") {
      for (let k = last - 1; k >= first; k--) {
        const prefix = span(first, k);
        if (!countyName(prefix.text)) continue;
        out.push(withSaint(text, prefix));
        break;
      }
      continue;
    }
    const wholeRecords = lookup(whole.text);
    if (wholeRecords.length > 0) {
      // A state's one-word name is also a news agency's ("Saba", "Fars"); its abbreviation ("NSW", "B.C.")
      // or a longer name ("Khyber Pakhtunkhwa", "Nyanza Province") is the state.
      const stateName = /^[A-Z.]+$/.test(whole.text) || first < last;
      // "Quebec City", "Mexico City": a town named with "City" to tell it from its division is no organisation.
      const cityName = first < last && /^City$/.test(words[words.length - 1]) && wholeRecords.some((r) => r.featureType === "city");
      if (cityName || wholeRecords.some((r) => r.featureType === "country" || (r.featureType === "admin1" && stateName))) out.push(whole);
      continue;
    }
    let found: ToponymMention | null = null;
    for (let k = last - 1; k >= first && !found; k--) {
      const prefix = span(first, k);
      // "Metcalfe County Sheriff's Office": a county leads its offices' names, known to the gazetteer or not.
      if (countyName(prefix.text)) found = prefix;
      else if (/^[A-Z]/.test(prefix.text) && proper(text, tokens, first, k, lookup) && !demonym(prefix.text) && !COMPASS_WORD.test(prefix.text) && jurisdiction(lookup(prefix.text))) found = prefix;
    }
    if (!found) {
      for (let m = last - 1; m > first && !found; m--) {
        if (text.slice(tokens[m].start, tokens[m].end) !== "of") continue;
        const tail = span(m + 1, last);
        if (/^[A-Z]/.test(tail.text) && proper(text, tokens, m + 1, last, lookup) && jurisdiction(lookup(tail.text))) found = tail;
      }
    }
    // A branch named for its place at the end: a country or state ("Environment Canada", "Costco Canada"),
    // or a large town after an acronym ("CBC Toronto", "CTV Edmonton"; not the club of "Real Madrid").
    for (let k = first + 1; k <= last && !found; k++) {
      const tail = span(k, last);
      // "Central Plateau", "Northern Territory": a compass word before a name makes one region, no branch.
      if (k === first + 1 && COMPASS_WORD.test(words[0])) break;
      if (!/^[A-Z]/.test(tail.text) || !proper(text, tokens, k, last, lookup) || demonym(tail.text)) continue;
      const records = lookup(tail.text);
      if (records.some((r) => r.featureType === "country" || r.featureType === "admin1") || (acronymHead(text, tokens, first, k) && jurisdiction(records))) found = tail;
    }
    if (found) out.push(countyName(found.text) ? withSaint(text, stripPossessive(found)) : stripPossessive(found));
  }
  return out;
}

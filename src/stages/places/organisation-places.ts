// Places inside organisation names ("Kentucky State Police", "Conference Board of Canada", "CBC
// Toronto") and organisation entities that are wholly a place ("US", "Adair County").
import type { Document, Token } from "../../model/schema.js";
import type { PlaceRecord } from "./gazetteer.js";
import type { ToponymMention } from "./resolve.js";
import { stripPossessive, tokenIndexAt } from "./token-spans.js";

/** Smallest population of a town that names an organisation's jurisdiction ("London Police", "Toronto General Hospital"). */
const JURISDICTION_TOWN = 100_000;

/** Does this gazetteer evidence name a jurisdiction: a country, a first-level division, or a large town or capital. */
export function jurisdiction(records: readonly PlaceRecord[]): boolean {
  return records.some(
    (r) => r.featureType === "country" || r.featureType === "admin1" || ((r.featureType === "city" || r.featureType === "district") && (r.population >= JURISDICTION_TOWN || r.featureCode === "PPLC" || r.featureCode === "PPLA")),
  );
}

/** A county or parish named with its descriptor ("Adair County", "LAUREL COUNTY", "Jefferson Parish"). */
const COUNTY_NAME = /^\p{Lu}\S*(?: \p{Lu}\S*)* (?:County|COUNTY|Parish|PARISH)$/u;

/** Words of a newspaper's or broadcaster's masthead: the city in "The New York Times" is the paper's, not the story's. */
const MASTHEAD = /^(?:times|post|daily|herald|journal|tribune|mail|telegraph|chronicle|gazette|globe|star|sun|press|news|examiner|observer|guardian|independent|standard|express|voice)$/i;

/**
 * Places inside organisation names: an organisation named for its jurisdiction names that place
 * at its start ("Kentucky State Police", "U.S. Food and Drug Administration") or after "of" at its
 * end ("Conference Board of Canada"); a name that is wholly a country, a state ("US", "NSW") or a
 * county ("Adair County") is the place.
 * The place must be proper nouns ("Federal Bureau" names none) and no nationality adjective
 * ("Saudi Aramco", "Thai Raksa Chart Party"); mastheads are skipped.
 */
export function jurisdictionPlaces(doc: Document, tokens: readonly Token[], lookup: (s: string) => PlaceRecord[], demonym: (s: string) => boolean): ToponymMention[] {
  const text = doc.text;
  const out: ToponymMention[] = [];
  const span = (i: number, j: number): ToponymMention => ({ start: tokens[i].start, end: tokens[j].end, text: text.slice(tokens[i].start, tokens[j].end) });
  for (const e of doc.entities) {
    if (e.type !== "ORG") continue;
    let first = tokenIndexAt(tokens, e.start);
    const last = tokenIndexAt(tokens, e.end - 1);
    if (first < 0 || last < 0) continue;
    if (/^the$/i.test(text.slice(tokens[first].start, tokens[first].end)) && first < last) first++;
    const words = tokens.slice(first, last + 1).map((t) => text.slice(t.start, t.end));
    if (words.some((w) => MASTHEAD.test(w))) continue;
    // A short name counts only written as an abbreviation ("US", "U.S.", not the "La" of "La Liga"),
    // and a two-letter one only for a country ("UK", not the "PA" of "PA Media").
    const proper = (i: number, j: number): boolean => {
      const name = text.slice(tokens[i].start, tokens[j].end);
      if (!tokens.slice(i, j + 1).every((t) => t.pos === "PROPN")) return false;
      if (j === i && /^[A-Za-z][a-z]{0,2}$/.test(name)) return false;
      return !/^[A-Z]{2}$/.test(name) || lookup(name).some((r) => r.featureType === "country");
    };
    const whole = span(first, last);
    // "Metcalfe County" tagged as an organisation is the county (its government by metonymy), known to the gazetteer or not.
    if (COUNTY_NAME.test(whole.text)) {
      out.push(stripPossessive(whole));
      continue;
    }
    const wholeRecords = lookup(whole.text);
    if (wholeRecords.length > 0) {
      // A state's one-word name is also a news agency's ("Saba", "Fars"); its abbreviation ("NSW", "B.C.")
      // or a longer name ("Khyber Pakhtunkhwa", "Nyanza Province") is the state.
      const stateName = /^[A-Z.]+$/.test(whole.text) || first < last;
      if (wholeRecords.some((r) => r.featureType === "country" || (r.featureType === "admin1" && stateName))) out.push(whole);
      continue;
    }
    let found: ToponymMention | null = null;
    for (let k = last - 1; k >= first && !found; k--) {
      const prefix = span(first, k);
      // "Metcalfe County Sheriff's Office": a county leads its offices' names, known to the gazetteer or not.
      if (COUNTY_NAME.test(prefix.text)) found = prefix;
      else if (/^[A-Z]/.test(prefix.text) && proper(first, k) && !demonym(prefix.text) && jurisdiction(lookup(prefix.text))) found = prefix;
    }
    if (!found) {
      for (let m = last - 1; m > first && !found; m--) {
        if (text.slice(tokens[m].start, tokens[m].end) !== "of") continue;
        const tail = span(m + 1, last);
        if (/^[A-Z]/.test(tail.text) && proper(m + 1, last) && jurisdiction(lookup(tail.text))) found = tail;
      }
    }
    // A branch named for its place at the end: a country or state ("Environment Canada", "Costco Canada"),
    // or a large town after an acronym ("CBC Toronto", "CTV Edmonton"; not the club of "Real Madrid").
    const acronymHead = (k: number): boolean => tokens.slice(first, k).every((t) => /^[A-Z]{2,}$/.test(text.slice(t.start, t.end)));
    for (let k = first + 1; k <= last && !found; k++) {
      const tail = span(k, last);
      if (!/^[A-Z]/.test(tail.text) || !proper(k, last) || demonym(tail.text)) continue;
      const records = lookup(tail.text);
      if (records.some((r) => r.featureType === "country" || r.featureType === "admin1") || (acronymHead(k) && jurisdiction(records))) found = tail;
    }
    if (found) out.push(stripPossessive(found));
  }
  return out;
}

// Build-time only (scripts/build-gazetteer.ts): the names under which a US county enters the
// gazetteer — always with its descriptor, never bare.
import { placeKey } from "../normalise.js";
import { saintSpellings } from "./city-names.js";

/**
 * Place keys of a county: its name with its kind ("Orange County", "Jefferson Parish", "Bethel
 * Census Area"). The bare name is left out on purpose: alone, "Orange" or "Washington" in news is the
 * town or the state, and a county record under it would compete with them.
 */
export function countyKeys(name: string, kind: string): string[] {
  // Keyed whole: a possessive is folded only at the end of a key ("Queen Anne's County" → "queen annes county").
  // "St. Louis" and "Saint Louis", "Ste. Genevieve" and "Sainte Genevieve": news writes both.
  return saintSpellings(placeKey(countyName(name, kind)));
}

/** The county's display name, which is also one of its keys: "Orange County". */
export function countyName(name: string, kind: string): string {
  return `${name.trim()} ${kind.trim()}`;
}

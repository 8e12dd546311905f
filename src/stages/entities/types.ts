// The one place where the tagger's CoNLL types (PER, ORG, LOC, MISC) become sitrep's entity types
// (PERSON, ORG, GPE, LOC, FAC, NORP, MISC) and back, by general rules over the phrase and gazetteer.
import type { EntityType } from "../../model/schema.js";
import { gazKey, type Gazetteer } from "./ner/gazetteer.js";

/** Head words that make a location a facility ("Baghdad International Airport", "Ain al-Asad Air Base"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(
  ("airport airbase airfield base bridge palace square hospital embassy consulate stadium prison jail port harbour " +
    "harbor station terminal tower towers building mosque church cathedral synagogue temple shrine university campus " +
    "hotel museum dam camp barracks academy headquarters pentagon kremlin plaza mall centre center highway road street " +
    "avenue canal pipeline refinery reactor plant facility complex gate")
    .split(" "),
);

/** Facility heads strong enough to override an ORG or MISC tag ("Baghdad International Airport", "Ain al-Asad Air Base"). */
export const ORG_FACILITY_HEADS: ReadonlySet<string> = new Set("airport airbase airfield base bridge palace square stadium prison dam".split(" "));

/** Head words of natural, non-political locations: these stay LOC even when a gazetteer knows the name. */
export const NATURAL_HEADS: ReadonlySet<string> = new Set(
  "river sea ocean gulf lake mountain mountains mount desert valley strait straits peninsula island islands coast bay plateau basin range".split(" "),
);

/** Religions, their adherents and political or religious groups that CoNLL tags MISC and sitrep calls NORP. */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  ("muslim muslims islamic christian christians catholic catholics protestant protestants orthodox jewish jew jews " +
    "hindu hindus buddhist buddhists sikh sikhs shiite shiites shia shi'ite shi'ites sunni sunnis alawite alawites " +
    "druze kurd kurds kurdish arab arabs arabic sufi salafi salafist wahhabi evangelical evangelicals mormon mormons " +
    "republican republicans democrat democrats communist communists socialist socialists conservative conservatives " +
    "liberal liberals zionist zionists islamist islamists jihadist jihadists pashtun pashtuns tamil tamils " +
    "baloch yazidi yazidis copt copts coptic houthi houthis palestinian palestinians")
    .split(" "),
);

/** Endings of nationality adjectives and demonyms. */
const ADJECTIVE_ENDING = /(ian|ean|an|ese|ish|sh|ic|ch|i|is|ans)$/;

const GPE_CATEGORIES = ["country", "place", "city", "region"];
/** Titles that only a person carries, written before the name ("Mr.", "Mrs", "Ms", "Dr"). */
const PERSONAL_TITLES = /^(?:Mr|Mrs|Ms|Mx|Dr|Messrs)\.?\s+\p{Lu}/u;
const NORP_CATEGORIES = ["demonym"];

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map(gazKey)
    .filter((w, i) => !(i === 0 && w === "the"));
}

/**
 * sitrep's type for a tagged phrase: PER→PERSON; ORG or MISC→FAC for airports, bases and the like; ORG→ORG;
 * LOC→FAC by a facility head word, LOC by a natural-feature head word, GPE if a gazetteer knows it
 * as a country, city or administrative region, else LOC; MISC→NORP for demonyms, religions and
 * groups, GPE for a bare country name used as a modifier ("US"), else MISC. A single demonym or
 * religion word is NORP, a PER or MISC phrase the dictionaries list only as an organisation is
 * ORG, and a phrase opening with a personal title ("Mr.", "Dr") is PERSON, whatever the tagger's type.
 */
export function toSitrepType(conllType: string, text: string, gaz: Gazetteer): EntityType {
  // A bare demonym or religion is a group whatever type the tagger guessed ("Muslim" as PER).
  const all = words(text);
  if (all.length === 1 && (GROUP_WORDS.has(all[0]) || gaz.lookup(all[0]).some((c) => NORP_CATEGORIES.includes(c)))) return "NORP";
  // A name the dictionaries know only as an organisation is one, whatever the tagger guessed
  // from its context ("Daesh" after "by").
  const listed = gaz.lookup(all.join(" "));
  const orgOnly = listed.includes("org") && !listed.some((c) => c === "person" || c.startsWith("first") || c.startsWith("last"));
  // "Mr. Comey", "Mrs May", "Dr Stein": a personal title before a name makes a person, whatever the type.
  if (all.length > 1 && PERSONAL_TITLES.test(text)) return "PERSON";
  switch (conllType) {
    case "PER":
      return orgOnly ? "ORG" : "PERSON";
    case "ORG": {
      // Airports and bases are places even when their names look like institutions.
      return all.length > 1 && ORG_FACILITY_HEADS.has(all[all.length - 1]) ? "FAC" : "ORG";
    }
    case "LOC": {
      const head = all[all.length - 1] ?? "";
      if (FACILITY_HEADS.has(head)) return "FAC";
      if (NATURAL_HEADS.has(head) || (all.length > 1 && NATURAL_HEADS.has(all[0]))) return "LOC";
      const categories = gaz.lookup(all.join(" "));
      return categories.some((c) => GPE_CATEGORIES.includes(c)) ? "GPE" : "LOC";
    }
    case "MISC": {
      if (all.length > 1 && ORG_FACILITY_HEADS.has(all[all.length - 1])) return "FAC";
      if (orgOnly) return "ORG";
      if (all.length === 1 && GROUP_WORDS.has(all[0])) return "NORP";
      const categories = gaz.lookup(all.join(" "));
      if (categories.some((c) => NORP_CATEGORIES.includes(c))) return "NORP";
      if (categories.includes("country")) return "GPE";
      // Country adjectives the dictionaries list among a country's names ("Bosnian", "Welsh").
      if (all.length === 1 && categories.includes("place") && ADJECTIVE_ENDING.test(all[0])) return "NORP";
      // A country written as a modifier ("US efforts") is tagged MISC by CoNLL-style models.
      return categories.includes("place") ? "GPE" : "MISC";
    }
    default:
      return "MISC";
  }
}

/** The CoNLL type a sitrep entity type is scored as: PERSON→PER, GPE/LOC/FAC→LOC, NORP/MISC→MISC. */
export function toConllType(type: EntityType): "PER" | "ORG" | "LOC" | "MISC" {
  switch (type) {
    case "PERSON":
      return "PER";
    case "ORG":
      return "ORG";
    case "GPE":
    case "LOC":
    case "FAC":
      return "LOC";
    default:
      return "MISC";
  }
}

// Words the places modules share, one list per meaning: compass words (as regex alternations, since the
// modules match them inside patterns), the prepositions that put a thing at a place, the nouns of places a
// name leads and the calendar's names, which look like towns' ("in March", "Christmas").

/** The four compass points, as a regex alternation. */
export const COMPASS_POINTS = "north|south|east|west";

/** Adjectives of compass position ("central", "northern"), as a regex alternation. */
export const COMPASS_ADJECTIVES = "central|northern|southern|eastern|western";

/** Compass words that narrow a place without naming another ("northern Syria", "the West"), as a regex alternation. */
export const COMPASS_WORDS = `${COMPASS_POINTS}|${COMPASS_ADJECTIVES}`;

/** Words of relative position that lead names like compass words ("Upper Nile", "Greater London", "Mid-Jutland"), as a regex alternation. */
export const RELATIVE_POSITION_WORDS = "upper|lower|greater|mid";

/**
 * Prepositions that put something at, in or toward a place, common to every use in the places
 * modules; each use adds the few its own purpose needs.
 */
export const CORE_LOCATIVES: readonly string[] = Object.freeze(["in", "at", "near", "outside", "inside", "into", "to", "toward", "towards", "across", "around"]);

/** Nouns of first-level divisions ("Idlib province", "the state of Texas", "Krasnodar krai"). */
export const FIRST_LEVEL_NOUNS: readonly string[] = Object.freeze(["province", "governorate", "state", "region", "oblast", "prefecture", "krai", "territory"]);

/** Nouns of second-level divisions ("Shindand district", "Plymouth County", "the borough of Queens"). */
export const SECOND_LEVEL_NOUNS: readonly string[] = Object.freeze(["district", "county", "municipality", "borough"]);

/** The second-level divisions that news names with their descriptor and that lie inside one state ("Black Hawk County", "Jefferson Parish"). */
export const COUNTY_NOUNS: readonly string[] = Object.freeze(["county", "parish"]);

/** Nouns of settlements ("Kandahar city", "the town of La Petrolea"). */
export const SETTLEMENT_NOUNS: readonly string[] = Object.freeze(["city", "town", "village", "township", "settlement"]);

/** Nouns of the parts of a town ("the al-Tijara neighbourhood", "the Cairo district of Abbasiya", "the Cincinnati suburb of West Chester"). */
export const TOWN_PART_NOUNS: readonly string[] = Object.freeze(["suburb", "neighbourhood", "neighborhood", "quarter", "district", "borough"]);

/** Nouns of sites and lands a name may lead ("Qalandia refugee camp", "the South China coast", "the Rafah crossing"). */
export const SITE_NOUNS: readonly string[] = Object.freeze([
  "camp", "refugee", "coast", "coastline", "shore", "border", "boundary", "crossing", "valley", "river", "gulf", "bay", "harbour", "harbor", "port", "island", "strip", "checkpoint", "front",
]);

/** Nouns of streets a name may lead ("the Champs-Elysees boulevard", "the Kabul road"). */
export const STREET_NOUN_WORDS: readonly string[] = Object.freeze(["street", "road", "avenue", "boulevard", "lane", "highway"]);

/** A noun's plural, for the regular nouns of these lists ("county" → "counties", "suburb" → "suburbs"). */
function plural(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** The nouns in the `forms` asked for: singular, plural or both (default). */
export function nounForms(nouns: readonly string[], forms: "singular" | "plural" | "both" = "both"): string[] {
  return [...new Set(nouns.flatMap((n) => (forms === "singular" ? [n] : forms === "plural" ? [plural(n)] : [n, plural(n)])))];
}

/** A whole-word pattern for the nouns in the `forms` asked for (default both, singular and plural). */
export function nounPattern(nouns: readonly string[], options: { flags?: string; forms?: "singular" | "plural" | "both" } = {}): RegExp {
  return new RegExp(`^(?:${nounForms(nouns, options.forms).join("|")})$`, options.flags ?? "");
}

/** Nouns of places of every kind a name may lead: divisions, settlements, parts of towns, areas and airports. */
export const PLACE_NOUN_WORDS: readonly string[] = Object.freeze([...FIRST_LEVEL_NOUNS, ...SECOND_LEVEL_NOUNS, ...SETTLEMENT_NOUNS, ...TOWN_PART_NOUNS, "area", "airport"]);

/** Nouns that, right after a name, say it names a place ("Artibonite region", "Dhule districts", "Baghdad airport"). */
export const PLACE_NOUNS = nounPattern(PLACE_NOUN_WORDS, { flags: "i" });

/**
 * Nouns for a place's own people, bodies and sites ("Esperance residents", "a Regina teenager",
 * "Devon and Cornwall police", "a Surrey farm"): a name modifying one is that place, no brand.
 */
export const LOCAL_NOUNS = /^(?:resident|residents|native|natives|man|woman|men|women|teenager|teen|boy|girl|family|couple|police|council|councillor|mayor|hospital|farm|farms|farmer|farmers|laboratory|lab|school|schools)$/;

/** Day names, lower case. */
export const DAY_NAMES: readonly string[] = Object.freeze(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Month names and their abbreviations, lower case ("may" is also a modal verb: users that read verbs leave it out). */
export const MONTH_NAMES: readonly string[] = Object.freeze([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Feasts the entity layer may tag as places ("the Christmas shopping season", "during Ramadan"), lower case. */
export const FEASTS: readonly string[] = Object.freeze(["christmas", "easter", "ramadan", "eid", "thanksgiving", "halloween", "hanukkah", "passover", "diwali", "lent", "advent"]);

/** Seasons, lower case. */
export const SEASONS: readonly string[] = Object.freeze(["spring", "summer", "autumn", "fall", "winter"]);

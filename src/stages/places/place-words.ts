// Words the places modules share, each named once: compass words (as regex alternations, since the
// modules match them inside patterns), the prepositions that put a thing at a place and the nouns a place name leads.

/** The four compass points, as a regex alternation. */
export const COMPASS_POINTS = "north|south|east|west";

/** Adjectives of compass position ("central", "northern"), as a regex alternation. */
export const COMPASS_ADJECTIVES = "central|northern|southern|eastern|western";

/** Compass words that narrow a place without naming another ("northern Syria", "the West"), as a regex alternation. */
export const COMPASS_WORDS = `${COMPASS_POINTS}|${COMPASS_ADJECTIVES}`;

/** Words of relative position that lead names like compass words ("Upper Nile", "Greater London"), as a regex alternation. */
export const RELATIVE_POSITION_WORDS = "upper|lower|greater";

/**
 * Prepositions that put something at, in or toward a place, common to every use in the places
 * modules; each use adds the few its own purpose needs.
 */
export const CORE_LOCATIVES: readonly string[] = Object.freeze(["in", "at", "near", "outside", "inside", "into", "to", "toward", "towards", "across", "around"]);

/** Nouns that, right after a name, say it names a place ("Artibonite region", "Dhule districts"). */
export const PLACE_NOUNS = /^(?:province|provinces|governorate|region|regions|district|districts|county|counties|prefecture|state|city|town|village|villages|township|suburb|suburbs|area|municipality|oblast|airport|airports)$/i;

/**
 * Nouns for a place's own people, bodies and sites ("Esperance residents", "a Regina teenager",
 * "Devon and Cornwall police", "a Surrey farm"): a name modifying one is that place, no brand.
 */
export const LOCAL_NOUNS = /^(?:resident|residents|native|natives|man|woman|men|women|teenager|teen|boy|girl|family|couple|police|council|councillor|mayor|hospital|farm|farms|farmer|farmers|laboratory|lab|school|schools|neighbourhood|neighborhood)$/;

// Words the places modules share, each named once: compass words (as regex alternations, since the
// modules match them inside patterns) and the prepositions that put a thing at a place.

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

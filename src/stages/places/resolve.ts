// Toponym resolution: gazetteer candidates, then one sense per article chosen by feature type, population,
// the article's countries, nearby places (refined against each other's senses) and "Paris, Texas" adjacency.
import { lookupDemonym, lookupPlace, lookupVariant, type FeatureType, type Gazetteer, type PlaceRecord } from "./gazetteer.js";
import { expandCounty, placeKey, spellingKey, vowelSwaps } from "./normalise.js";
import {
  COMPASS_ADJECTIVES,
  COMPASS_POINTS,
  COMPASS_WORDS,
  COUNTY_NOUNS,
  FIRST_LEVEL_NOUNS,
  nounForms,
  PLACE_NOUN_WORDS,
  RELATIVE_POSITION_WORDS,
  SECOND_LEVEL_NOUNS,
  SETTLEMENT_NOUNS,
  SITE_NOUNS,
  TOWN_PART_NOUNS,
} from "./place-words.js";

/** A toponym occurrence in a text. */
export interface ToponymMention {
  start: number;
  end: number;
  text: string;
}

/** How a mention was resolved: the chosen record (or null) and why. */
export interface Resolution {
  mention: ToponymMention;
  record: PlaceRecord | null;
  /** How many gazetteer records the name matched. */
  candidates: number;
  /** Short machine-readable reason: "only", "prior", "context", "adjacent", "list", "demonym", "container", "beside" (placed at a place it is said to lie near), "unlisted" (a far namesake refused), "variant" (another spelling), "unknown". */
  reason: string;
  /** For reasons "container" and "beside": what the mention itself names (a county, a town), which the gazetteer lacks; `record` is what contains it. */
  ownType?: FeatureType;
}

/**
 * A resolution, always built here with every field (ownType undefined when it names nothing of its
 * own): one object shape for all of them keeps the resolver's code monomorphic, where a shape seen
 * late (a rare "container" with its ownType) made the JIT throw away and recompile it.
 */
function resolution(mention: ToponymMention, record: PlaceRecord | null, candidates: number, reason: string, ownType?: FeatureType): Resolution {
  return { mention, record, candidates, reason, ownType };
}

/** `r` with another record and reason; its ownType kept unless one is given. */
function withRecord(r: Resolution, record: PlaceRecord | null, reason: string, ownType: FeatureType | undefined = r.ownType): Resolution {
  return resolution(r.mention, record, r.candidates, reason, ownType);
}

/** Scoring weights; the defaults are sitrep's, exposed so the evaluation can report their effect. */
export interface ResolveWeights {
  /** Base score per feature type (cities get population on top). */
  typePrior: Readonly<Record<FeatureType, number>>;
  /** Per order of magnitude of population (cities and districts). */
  population: number;
  /**
   * Per order of magnitude of the population living in a second-level division: a tie-break among
   * counties of one name ("Orange County": California's before Vermont's), too small to outweigh a type.
   */
  divisionPopulation: number;
  /** Bonus by GeoNames feature code: capitals and seats of government; independent countries. */
  capital: number;
  adminSeat: number;
  independent: number;
  /**
   * Bonus when a descriptor in or around the mention ("province", "airport", "Washington state") matches
   * the feature type, malus when it does not; more than half a country's lead over a division, so
   * "Georgia state" is the state.
   */
  descriptor: number;
  /** Bonus × the share of the article's confident mentions that fall in the candidate's country. */
  countryShare: number;
  /** Bonus when the candidate's country is mentioned at all. */
  countryMentioned: number;
  /** Bonus when the candidate lies near, or inside, another confidently resolved place of the article. */
  nearby: number;
  /** Bonus when another confidently resolved place of the article lies inside the candidate ("Atlanta" → Georgia the state). */
  contains: number;
  /** Bonus for a first-level division when the article confidently names another division of the same country ("Texas and Georgia"). */
  sibling: number;
  /**
   * Bonus × the share of the article's resolved mentions inside first-level divisions that fall in a
   * second-level division's parent: "Monroe County" in an article about Missouri is Missouri's.
   */
  divisionShare: number;
  /** A name is a confident anchor when its best prior beats the next by this much. */
  anchorMargin: number;
  /** Factor on the spatial bonuses from a place that pass 2 chose without a confident prior (pass 3). */
  guessedPoint: number;
}

export const DEFAULT_WEIGHTS: ResolveWeights = Object.freeze({
  typePrior: Object.freeze({
    continent: 13,
    country: 14,
    region: 11,
    admin1: 9,
    admin2: 7.5,
    city: 2,
    district: 0,
    island: 9,
    water: 11,
    airport: 10,
    base: 10,
    building: 10,
    landmark: 10,
  }),
  population: 1,
  divisionPopulation: 0.1,
  capital: 1.5,
  adminSeat: 0.7,
  independent: 1,
  descriptor: 3.5,
  countryShare: 2.5,
  countryMentioned: 0.5,
  nearby: 2,
  contains: 4,
  sibling: 4,
  divisionShare: 4,
  anchorMargin: 3,
  guessedPoint: 0.5,
});

export interface ResolveOptions {
  /** Resolve demonyms ("Turkish" → Turkey) when no place name matches; off in the pipeline (NORP is not a place). */
  demonyms?: boolean;
  weights?: ResolveWeights;
}

/** Words around a name that say what kind of place it is ("Idlib province", "the city of Kandahar"). */
const DESCRIPTORS: ReadonlyArray<readonly [RegExp, readonly FeatureType[]]> = [
  [new RegExp(` (?:${FIRST_LEVEL_NOUNS.join("|")})$`), ["admin1", "region", "admin2"]],
  [new RegExp(` (?:${SECOND_LEVEL_NOUNS.join("|")})$`), ["admin2", "admin1", "city"]],
  [new RegExp(` (?:${SETTLEMENT_NOUNS.join("|")})$`), ["city"]],
  [/ (?:international airport|airport|airfield)$/, ["airport", "base"]],
  [/ (?:air base|airbase|base|camp|garrison)$/, ["base"]],
  [new RegExp(`^(?:${FIRST_LEVEL_NOUNS.join("|")}) of `), ["admin1", "region"]],
  [new RegExp(`^(?:${SETTLEMENT_NOUNS.join("|")}) of `), ["city"]],
];

/** Leading compass words ("northern Syria", "Far North Queensland") that narrow a place without naming another. */
// The two-word points come first: "south west england" loses "south west", not only "south".
const COMPASS = new RegExp(`^(?:north ?(?:east|west)(?:ern)?|south ?(?:east|west)(?:ern)?|${COMPASS_WORDS}|far (?:${COMPASS_POINTS})(?:ern)?|${RELATIVE_POSITION_WORDS}) `);

interface Candidates {
  key: string;
  records: PlaceRecord[];
  /** Feature types a descriptor asked for, if any. */
  wanted: readonly FeatureType[];
  demonym: boolean;
  /** Names a county or parish ("Adair County") that the gazetteer has no record of under that name. */
  unknownCounty: boolean;
  /** Found only with its leading compass or position words dropped ("Central Plateau" as "Plateau"). */
  narrowed: boolean;
}

/** A name ending in a county's descriptor ("Black Hawk County", "Jefferson Parish"). */
const COUNTY = new RegExp(` (?:${COUNTY_NOUNS.join("|")})$`);

/** Gazetteer candidates for a mention: the name itself, else without descriptor or compass words, else as a demonym. */
export function candidatesFor(gazetteer: Gazetteer, text: string, options: ResolveOptions = {}): Candidates {
  // "Plymouth Co." and "Plymouth County" are one name, of one group.
  const key = placeKey(expandCounty(text));
  let wanted: readonly FeatureType[] = [];
  for (const [pattern, types] of DESCRIPTORS) if (pattern.test(key)) wanted = types;
  let records = lookupPlace(gazetteer, key);
  const unknownCounty = records.length === 0 && COUNTY.test(key);
  if (records.length === 0) {
    for (const [pattern] of DESCRIPTORS) {
      const bare = key.replace(pattern, "").trim();
      if (bare !== key && bare !== "") {
        records = lookupPlace(gazetteer, bare);
        if (records.length > 0) break;
      }
    }
  }
  if (records.length > 0 && COUNTY.test(key)) {
    // Other countries have counties too ("Kent County" in England, Liberia's "Bong County"): a division
    // of the bare name in a country none of the county records is in stays a candidate.
    const countries = new Set(records.map((r) => r.country));
    const others = lookupPlace(gazetteer, key.replace(COUNTY, "")).filter((r) => (r.featureType === "admin1" || r.featureType === "admin2") && !countries.has(r.country));
    records = [...records, ...others];
  }
  let narrowed = false;
  if (records.length === 0 && COMPASS.test(key)) {
    records = lookupPlace(gazetteer, key.replace(COMPASS, ""));
    narrowed = records.length > 0;
  }
  if (options.demonyms) {
    // The gold sets mark adjectives ("Canadian") as toponyms; a demonym outranks towns of that name.
    const named = lookupDemonym(gazetteer, text);
    if (named.length > 0) return { key, records: [...named, ...records.filter((r) => !named.includes(r))], wanted, demonym: records.length === 0, unknownCounty, narrowed };
  }
  return { key, records, wanted, demonym: false, unknownCounty, narrowed };
}

const RAD = Math.PI / 180;

/** How near a container's point a town filed under another country may lie and still be the one meant. */
const NEAR_CONTAINER_KM = 500;

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const h =
    Math.sin(((b.lat - a.lat) * RAD) / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(((b.lon - a.lon) * RAD) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Score of a record from what it is alone: feature type, population, capital status, descriptor match. */
function priorScore(record: PlaceRecord, wanted: readonly FeatureType[], weights: ResolveWeights = DEFAULT_WEIGHTS): number {
  let score = weights.typePrior[record.featureType];
  if (record.featureType === "city" || record.featureType === "district") {
    score += weights.population * Math.log10(record.population + 1);
    if (record.featureCode === "PPLC") score += weights.capital;
    else if (record.featureCode === "PPLA") score += weights.adminSeat;
  } else if (record.featureCode === "PCLI") score += weights.independent;
  else if (record.featureType === "admin2") score += weights.divisionPopulation * Math.log10(record.population + 1);
  // A descriptor in the mention says what kind of place it is: "Quebec City" is no province.
  if (wanted.length > 0) score += wanted.includes(record.featureType) ? weights.descriptor : -weights.descriptor;
  return score;
}

/** Is `inner` inside `outer` (a country or first-level division), as far as the gazetteer can tell? */
export function within(inner: PlaceRecord, outer: PlaceRecord): boolean {
  if (outer.featureType === "country") return inner.country === outer.country && inner.id !== outer.id;
  if (inner.country !== outer.country || inner.id === outer.id) return false;
  // A state is not inside a county or a town, nor a county inside a town, however near their points lie.
  const innerRank = DIVISION_RANK[inner.featureType];
  const outerRank = DIVISION_RANK[outer.featureType];
  if (innerRank !== undefined && outerRank !== undefined && innerRank >= outerRank) return false;
  // An admin2 row carries its parent's admin1 code: that code rules out, distance decides.
  if (outer.admin1 !== "" && inner.admin1 !== "" && inner.admin1 !== outer.admin1) return false;
  if (outer.featureType === "admin1" && outer.admin1 !== "" && inner.admin1 !== "") return true;
  return distanceKm(inner, outer) <= CONTAINER_RADIUS_KM[outer.featureType];
}

/**
 * Rank of the administrative units and settlements: nothing lies inside one of the same or a lower
 * rank. Islands, waters and facilities cut across the hierarchy and are left to distance.
 */
const DIVISION_RANK: Readonly<Partial<Record<FeatureType, number>>> = {
  continent: 6,
  country: 5,
  region: 4,
  admin1: 3,
  admin2: 2,
  city: 1,
  district: 0,
};

/** How far from a division's point a member may lie when admin codes cannot decide. */
const CONTAINER_RADIUS_KM: Readonly<Record<FeatureType, number>> = {
  continent: 4000,
  country: 0,
  region: 500,
  admin1: 500,
  admin2: 100,
  city: 30,
  district: 10,
  island: 500,
  water: 0,
  airport: 0,
  base: 0,
  building: 0,
  landmark: 0,
};

/** Radius within which a confidently resolved place makes a candidate more likely. */
const NEARBY_KM: Readonly<Record<FeatureType, number>> = {
  ...CONTAINER_RADIUS_KM,
  city: 150,
  district: 150,
  admin2: 150,
  airport: 150,
  base: 150,
  building: 150,
  landmark: 150,
};

/**
 * Does `record` lie near `point`, in the same country? Where both carry first-level codes and the point
 * is such a division, its code decides (within): its point says nothing of towns in the next state.
 */
function near(record: PlaceRecord, point: PlaceRecord): boolean {
  if (point.country !== record.country) return false;
  if (point.featureType === "admin1" && point.admin1 !== "" && record.admin1 !== "") return false;
  return distanceKm(point, record) <= NEARBY_KM[point.featureType];
}

const isContainerType = (t: FeatureType): boolean => t === "country" || t === "admin1" || t === "region" || t === "island";

interface Group {
  key: string;
  cands: Candidates;
  mentions: number[];
  /** The prior-only best when it is confident enough to anchor the context, else null. */
  anchor: PlaceRecord | null;
}

interface Context {
  /** Confident mentions per ISO3, excluding each group's own when scoring that group. */
  countryVotes: Map<string, number>;
  total: number;
  /** Resolved places below country level, with the group they came from and whether their prior alone was confident. */
  points: { record: PlaceRecord; group: string; confident: boolean }[];
}

/** A city this large is what its bare name means abroad, before a foreign division of that name. */
const BIG_CITY = 250_000;

/**
 * A record's prior among its namesakes: a city's district that outnumbers every town of its name
 * ("Hollywood", Los Angeles) is scored as a town, since it is what the name is known for.
 */
function namesakePrior(record: PlaceRecord, namesakes: readonly PlaceRecord[], wanted: readonly FeatureType[], weights: ResolveWeights): number {
  const prior = priorScore(record, wanted, weights);
  // A first-level division named like a big city of another country ("Manchester", a Jamaican parish,
  // and England's city) is not what the bare name is known for: it ranks below that city.
  if (record.featureType === "admin1" && wanted.length === 0) {
    const cities = namesakes.filter((r) => r.featureType === "city" && r.country !== record.country && r.population >= BIG_CITY);
    if (cities.length > 0) return Math.min(prior, Math.max(...cities.map((r) => priorScore(r, wanted, weights))) - 0.5);
  }
  if (record.featureType !== "district") return prior;
  const towns = namesakes.filter((r) => r.featureType === "city");
  if (towns.length === 0 || towns.some((r) => r.population >= record.population)) return prior;
  return prior + weights.typePrior.city - weights.typePrior.district;
}

function rank(records: PlaceRecord[], wanted: readonly FeatureType[], weights: ResolveWeights): { record: PlaceRecord; score: number }[] {
  return records.map((record) => ({ record, score: namesakePrior(record, records, wanted, weights) })).sort((a, b) => b.score - a.score);
}

/** The article's votes for `country`, less the group's own when `own` is that country. */
function votesIn(context: Context, group: Group, own: string | null, country: string): number {
  return (context.countryVotes.get(country) ?? 0) - (country === own ? group.mentions.length : 0);
}

/** Context bonus of a candidate; `ownExcluded` when the context was built without the group's own mentions. */
function contextScore(record: PlaceRecord, group: Group, context: Context, weights: ResolveWeights, ownExcluded = false): number {
  let score = 0;
  if (record.country) {
    // One's own votes must not confirm one's own sense.
    const own = !ownExcluded && group.anchor && group.anchor.country ? group.anchor.country : null;
    const votes = votesIn(context, group, own, record.country);
    // The share is among the countries of the name's namesakes, since other countries say nothing of which
    // is meant: a local paper's story about Aleppo that names Canada three times and Britain never means
    // Canada's "London", a US story's "Georgia" the state. But a village's country is named for many other
    // reasons than its village ("Warsaw", Indiana), and a name that also names a region across borders
    // ("Kurdistan") may lie in any country the article names. A country named once, in passing, says too little to
    // outweigh the rest of the article ("London" in a story on Syria that thanks Canada once).
    let total = 0;
    if (votes < 2 || localTown(record) || group.cands.records.some((r) => !r.country)) total = context.total - (own ? group.mentions.length : 0);
    else for (const country of new Set(group.cands.records.map((r) => r.country))) if (country) total += votesIn(context, group, own, country);
    if (total > 0 && votes > 0) score += weights.countryShare * (votes / total) + weights.countryMentioned;
  }
  let spatial = 0;
  // A name shared with a national capital means the capital, lists of states or not ("Washington").
  const namesCapital = group.cands.records.some((r) => r.featureCode === "PPLC");
  for (const point of context.points) {
    if (point.group === group.key || point.record.id === record.id) continue;
    // A place only guessed from its own namesakes counts for less than a confident one.
    const trust = point.confident ? 1 : weights.guessedPoint;
    if (within(point.record, record)) {
      // A guessed town's point makes no division of a name that also names a capital ("Parkland" and "Washington").
      if (point.confident) spatial = Math.max(spatial, weights.contains);
    } else if (record.featureType === "admin1" && point.record.featureType === "admin1" && point.record.country === record.country && !namesCapital) {
      // "Texas and Georgia": only a division named confidently makes its namesake sibling a division.
      if (point.confident) spatial = Math.max(spatial, weights.sibling);
    } else if (record.featureType !== "country" && (within(record, point.record) || near(record, point.record))) {
      spatial = Math.max(spatial, trust * weights.nearby);
    }
  }
  return score + spatial;
}

/** Score every candidate of a group with its context and return the best, with the reason it won. */
function pickSense(
  group: Group,
  context: Context,
  weights: ResolveWeights,
  extra: (record: PlaceRecord) => number,
  ownExcluded = false,
): { record: PlaceRecord; reason: string } {
  const records = group.cands.records;
  let best = records[0];
  let bestScore = -Infinity;
  let bestPrior = -Infinity;
  let priorBest = records[0];
  for (const record of records) {
    const prior = namesakePrior(record, records, group.cands.wanted, weights);
    const score = prior + contextScore(record, group, context, weights, ownExcluded) + extra(record);
    if (score > bestScore) {
      bestScore = score;
      best = record;
    }
    if (prior > bestPrior) {
      bestPrior = prior;
      priorBest = record;
    }
  }
  const reason = group.cands.demonym ? "demonym" : records.length === 1 ? "only" : best === priorBest ? "prior" : "context";
  return { record: best, reason };
}

/** A town at least this populous, or a capital, is known beyond its country and may be named without it. */
const KNOWN_TOWN = 100_000;

/** Is this a town known only locally: smaller than `KNOWN_TOWN` and no capital? */
function localTown(r: PlaceRecord): boolean {
  return (r.featureType === "city" || r.featureType === "district") && r.population < KNOWN_TOWN && r.featureCode !== "PPLC" && r.featureCode !== "PPLA";
}

/**
 * Groups whose every namesake is a small town far from the article's places, in a country it barely
 * names ("Edmonton, Tottenham and Enfield" in a London paper, the gazetteer knowing only Canada's small
 * Tottenham), or a village far from all it names in the village's country: the town meant is one the
 * gazetteer lacks, so no point is better than a far wrong one.
 */
function unlistedTowns(groups: Map<string, Group>, chosen: Map<string, { record: PlaceRecord; reason: string }>): Set<Group> {
  const out = new Set<Group>();
  const mentionsIn = new Map<string, number>();
  let placed = 0;
  for (const [key, pick] of chosen) {
    const n = groups.get(key)?.mentions.length ?? 0;
    if (!pick.record.country) continue;
    mentionsIn.set(pick.record.country, (mentionsIn.get(pick.record.country) ?? 0) + n);
    placed += n;
  }
  for (const [key, pick] of chosen) {
    const group = groups.get(key);
    if (!group || pick.reason === "container" || group.cands.demonym || !pick.record.country) continue;
    const own = group.mentions.length;
    const elsewhere = placed - own;
    // "the Central Plateau and Artibonite regions" in a story on Haiti: a name known only without its compass word
    // ("Plateau", a Nigerian state) is that place only where the article places something else in its country or near it.
    if (group.cands.narrowed && pick.record.featureType !== "country" && elsewhere >= MIN_PLACED_ELSEWHERE && (mentionsIn.get(pick.record.country) ?? 0) === own) {
      if (![...chosen].some(([other, p]) => other !== key && distanceKm(p.record, pick.record) <= UNLISTED_REACH_KM)) out.add(group);
      continue;
    }
    if (!group.cands.records.every(localTown)) continue;
    // The article must place something elsewhere, little else in this town's country (a passing "America"
    // aside), and nothing within reach of it ("Venice and Cannes": a neighbour's town may be named without
    // its country); the town's own country's point says nothing of where in it the article is.
    const sameCountry = (mentionsIn.get(pick.record.country) ?? 0) - own;
    // The one town of its name, in a country the article names ("Srebrenica" … "peacekeepers in Bosnia"), is that town.
    if (sameCountry > 0 && group.cands.records.length === 1) continue;
    if (elsewhere >= MIN_PLACED_ELSEWHERE && sameCountry / elsewhere <= UNLISTED_COUNTRY_SHARE) {
      const reached = [...chosen].some(
        ([other, p]) => other !== key && !(p.record.featureType === "country" && p.record.country === pick.record.country) && distanceKm(p.record, pick.record) <= UNLISTED_REACH_KM,
      );
      if (!reached) out.add(group);
      continue;
    }
    // In the town's own country: a village of a shared name far from every other place the article names
    // there ("Hinton" in an Iowa paper, the gazetteer knowing Oklahoma's) is the article's own, unlisted one.
    // A name the gazetteer knows once is more likely that village ("Uvalde" beside "Washington").
    if (group.cands.records.length < 2 || group.cands.records.some((r) => r.population >= VILLAGE) || pick.record.featureCode === "PPLA2") continue;
    let local = 0;
    let reached = false;
    for (const [other, p] of chosen) {
      const r = p.record;
      if (other === key || r.country !== pick.record.country || r.featureType === "country" || r.featureType === "continent" || r.featureType === "water") continue;
      local += groups.get(other)?.mentions.length ?? 0;
      if (distanceKm(r, pick.record) <= LOCAL_REACH_KM) reached = true;
    }
    if (local >= MIN_PLACED_ELSEWHERE && !reached) out.add(group);
  }
  return out;
}

/** How many vowels another spelling of a name may write otherwise. */
const MAX_VOWEL_SWAPS = 1;

/** A variant spelling's key must have this many letters: shorter ones meet other names by chance. */
const MIN_VARIANT_LETTERS = 4;

/**
 * Names spelled otherwise than in the gazetteer: a name it lacks, or knows only as far namesakes
 * (unlisted), is the place of another spelling of it (`variantKey`, one vowel apart: "Derna" for Darnah, "Jenin" for Janīn)
 * in a country where the rest of the article places at least two mentions; the most mentioned such country's,
 * by prior. Transliterated names have several spellings, and a town near the article is likelier than none.
 */
function variantSenses(
  gazetteer: Gazetteer,
  groups: Map<string, Group>,
  chosen: Map<string, { record: PlaceRecord; reason: string }>,
  unlisted: Set<Group>,
  weights: ResolveWeights,
): Map<Group, PlaceRecord> {
  const out = new Map<Group, PlaceRecord>();
  const mentionsIn = new Map<string, number>();
  for (const [key, pick] of chosen) {
    const group = groups.get(key);
    if (!group || unlisted.has(group) || !pick.record.country) continue;
    mentionsIn.set(pick.record.country, (mentionsIn.get(pick.record.country) ?? 0) + group.mentions.length);
  }
  for (const group of groups.values()) {
    if (group.cands.demonym || group.cands.unknownCounty || !(group.cands.records.length === 0 || unlisted.has(group))) continue;
    if (group.key.replace(/[^a-z]/g, "").length < MIN_VARIANT_LETTERS) continue;
    const own = new Set(group.cands.records.map((r) => r.id));
    // The group itself is in no count: it has no sense, or only a refused one.
    const votes = (r: PlaceRecord): number => (r.country ? (mentionsIn.get(r.country) ?? 0) : 0);
    // One vowel spelled otherwise ("Jenin", "Janīn"), not two ("Dhule", "Dhola", another town).
    const spelling = spellingKey(group.key);
    const spelled = lookupVariant(gazetteer, group.key).filter(
      (r) => !own.has(r.id) && votes(r) >= MIN_PLACED_ELSEWHERE && vowelSwaps(spelling, spellingKey(placeKey(r.name))) <= MAX_VOWEL_SWAPS,
    );
    if (spelled.length === 0) continue;
    const most = Math.max(...spelled.map(votes));
    const pick = rank(spelled.filter((r) => votes(r) === most), group.cands.wanted, weights)[0];
    out.set(group, pick.record);
  }
  return out;
}

/** A town smaller than this is known only locally: far from the article's places in its country, it is another town. */
const VILLAGE = 20_000;

/** How near one of the article's places in its own country keeps a village plausible. */
const LOCAL_REACH_KM = 600;

/** How near another of the article's places (another country's point included) keeps a foreign town plausible. */
const UNLISTED_REACH_KM = 1000;

/** The largest share of the article's other mentions that may lie in a refused town's country. */
const UNLISTED_COUNTRY_SHARE = 0.2;

/** How many mentions the rest of an article must place before a town foreign to all of them counts as unlisted. */
const MIN_PLACED_ELSEWHERE = 2;

/** How many times pass 3 rescores the article's names against each other's senses. */
const REFINE_ROUNDS = 2;

/** The context the other groups' current senses make for `group`: their countries' votes and their points. */
function contextOfChoices(groups: Map<string, Group>, chosen: Map<string, { record: PlaceRecord; reason: string }>, group: Group): Context {
  const context: Context = { countryVotes: new Map(), total: 0, points: [] };
  for (const [key, pick] of chosen) {
    if (key === group.key || pick.reason === "container") continue;
    const other = groups.get(key);
    if (!other) continue;
    const r = pick.record;
    const confident = other.anchor?.id === r.id;
    // A guessed sense's country is no vote: "Washington" and "New York", each unsure of its own sense, do not
    // make Dublin American. A division that outranks every namesake, all of them towns ("Ontario"), is sure of its
    // country, but speaks only for a known town there ("London" police): "the Ontario premier in Paris" is in France.
    const divisionOverTowns =
      r.featureType === "admin1" &&
      other.cands.records.every((c) => c === r || c.featureType === "city" || c.featureType === "district") &&
      pick.reason !== "context" &&
      group.cands.records.some((c) => c.country === r.country && (c.featureType === "city" || c.featureType === "district") && !localTown(c));
    if (r.country && (confident || divisionOverTowns)) {
      context.countryVotes.set(r.country, (context.countryVotes.get(r.country) ?? 0) + other.mentions.length);
      context.total += other.mentions.length;
    }
    if (r.featureType !== "country" && r.featureType !== "continent" && r.featureType !== "water") context.points.push({ record: r, group: key, confident });
  }
  return context;
}

/**
 * The article's home first-level division: the one its confidently resolved divisions and towns
 * fall in most often (by mentions), or null when none or tied.
 */
function homeDivision(gazetteer: Gazetteer, groups: Iterable<Group>): PlaceRecord | null {
  const votes = new Map<string, { division: PlaceRecord; mentions: number }>();
  for (const group of groups) {
    const anchor = group.anchor;
    if (!anchor || !anchor.country || anchor.admin1 === "" || anchor.featureType === "country") continue;
    const division = anchor.featureType === "admin1" ? anchor : gazetteer.division(anchor.country, anchor.admin1);
    if (!division) continue;
    const key = `${division.country}|${division.admin1}`;
    const have = votes.get(key);
    if (have) have.mentions += group.mentions.length;
    else votes.set(key, { division, mentions: group.mentions.length });
  }
  const ranked = [...votes.values()].sort((a, b) => b.mentions - a.mentions);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1].mentions === ranked[0].mentions)) return null;
  return ranked[0].division;
}

/** Mentions per first-level division ("USA|MO") among the groups resolved so far to a place with an admin1 code. */
function parentVotes(groups: Map<string, Group>, chosen: Map<string, { record: PlaceRecord }>): { votes: Map<string, number>; total: number } {
  const votes = new Map<string, number>();
  let total = 0;
  for (const [key, pick] of chosen) {
    const r = pick.record;
    if (!r.country || r.admin1 === "" || r.featureType === "country") continue;
    const mentions = groups.get(key)?.mentions.length ?? 0;
    votes.set(`${r.country}|${r.admin1}`, (votes.get(`${r.country}|${r.admin1}`) ?? 0) + mentions);
    total += mentions;
  }
  return { votes, total };
}

const DIVISION_TYPES: readonly FeatureType[] = ["admin1", "region", "admin2"];
/** What a settlement noun asks for. */
const SETTLEMENT_TYPES: readonly FeatureType[] = ["city", "district"];

/** Words right after a name that make it a first-level division: "Washington state", "Queensland province", "New York Gov.". */
const DIVISION_AFTER = new RegExp(`^\\s+(?:${FIRST_LEVEL_NOUNS.join("|")}|gov\\.|governor|legislature)(?![\\p{L}])`, "iu");
/** Words right before a name that make it one: "the state of Washington", "the province of Idlib". */
const DIVISION_BEFORE = new RegExp(`\\b(?:${FIRST_LEVEL_NOUNS.join("|")}) of\\s+$`);

/** Do the words around a mention say it names a first-level division? */
function namesDivision(text: string, mention: ToponymMention): boolean {
  return DIVISION_AFTER.test(text.slice(mention.end, mention.end + 24)) || DIVISION_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start));
}

/** Words right before a name, or the list it leads, that make it a settlement: "the town of", "the communities of". */
const SETTLEMENT_BEFORE = new RegExp(`\\b(?:${[...SETTLEMENT_NOUNS, "community", "hamlet"].map((n) => `${n}|${n.replace(/y$/, "ie")}s`).join("|")}) of\\s+$`, "i");

/** Do the words before a mention, or before the list it ends or continues, say it names a settlement ("the communities of San Juan, Choropampa and Magdalena")? */
function namesSettlement(text: string, mentions: readonly ToponymMention[], index: number): boolean {
  let first = index;
  for (let steps = 0; first > 0 && steps < 6 && LIST_JOIN.test(text.slice(mentions[first - 1].end, mentions[first].start)); steps++) first--;
  return SETTLEMENT_BEFORE.test(text.slice(Math.max(0, mentions[first].start - 24), mentions[first].start));
}

/** Separators inside a list of names: ", ", " and ", ", and ", " or ". */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

/** The other members of the list that mention `index` is in, up to two on each side, nearest first. */
function listMembers(index: number, mentions: readonly ToponymMention[], text: string): number[] {
  const out: number[] = [];
  for (let j = index, steps = 0; j > 0 && steps < 2; j--, steps++) {
    if (!LIST_JOIN.test(text.slice(mentions[j - 1].end, mentions[j].start))) break;
    out.push(j - 1);
  }
  for (let j = index, steps = 0; j + 1 < mentions.length && steps < 2; j++, steps++) {
    if (!LIST_JOIN.test(text.slice(mentions[j].end, mentions[j + 1].start))) break;
    out.push(j + 1);
  }
  return out;
}

/** How near a town listed with another must lie to be taken as its neighbour. */
const LISTED_REACH_KM = 150;

/** What lies between a town and a part of it named after it: " suburb of ", " neighbourhood of ", " district of ". */
const PART_OF_TOWN = new RegExp(`^\\s+(?:${TOWN_PART_NOUNS.map((n) => `${n}s?`).join("|")})\\s+of\\s+$`, "i");
/** How far from its town's point a suburb or district may lie. */
const PART_OF_TOWN_KM = 50;

/**
 * Does a town lie outside a place that is said to contain it, as far as the gazetteer can be trusted to tell: in
 * another country, or in another first-level division than a county's or a town's. A first-level division's own
 * code is not trusted here, since an island read as one province ("Sumatra") spans several.
 */
function elsewhereThan(town: PlaceRecord, into: PlaceRecord): boolean {
  if (town.country !== into.country) return true;
  return (into.featureType === "admin2" || isTown(into)) && town.admin1 !== "" && into.admin1 !== "" && town.admin1 !== into.admin1;
}

/**
 * What a name may be said to lie inside: a town or a division. Not a region across borders, nor a country, whose
 * point says little of a town in it, unless the text states it outright ("Kutama, Zimbabwe").
 */
const INSIDE_TYPES: readonly FeatureType[] = ["city", "district", "admin1", "admin2", "island"];

const isTown = (r: PlaceRecord): boolean => r.featureType === "city" || r.featureType === "district";

/** Head nouns that say what kind of site a name the gazetteer lacks is ("Lake Titicaca", "Jolo Cathedral", "Streatham High Road"). */
const SITE_KINDS: ReadonlyArray<readonly [RegExp, FeatureType]> = [
  [/\b(?:lake|river|bay|sea|gulf|lagoon|harbou?r)\b/, "water"],
  [/\b(?:airport|airfield)\b/, "airport"],
  [/\b(?:air ?base|base|barracks|garrison)\b/, "base"],
  [/\b(?:hospital|church|cathedral|mosque|temple|synagogue|university|college|school|elementary|academy|museum|court|hall|stadium|theatre|theater|centre|center|prison|embassy|consulate|office|ministry|headquarters|palace|hotel|plant|factory|facility|station)\b/, "building"],
  // A street's abbreviated noun ends its name ("Cedar Flat Rd."); "St." opening one is a saint's ("St. Marc").
  [/\b(?:park|square|street|road|avenue|boulevard|lane|highway|bridge|market|mine|valley|mountains?|mount|forest)\b|\b(?:rd|st|ave|blvd|hwy)$/, "landmark"],
];

/** What a name the gazetteer lacks names, as far as its head noun or a descriptor tells; else `fallback`. */
function ownKind(cands: Candidates, fallback: FeatureType, led = ""): FeatureType {
  // The name's own noun first: "the Salinas Valley region" is a valley, whatever the word after it; then the
  // noun it leads before "in" ("Adam Malik hospital in Medan").
  for (const [pattern, kind] of SITE_KINDS) if (pattern.test(cands.key)) return kind;
  for (const [pattern, kind] of SITE_KINDS) if (pattern.test(led)) return kind;
  return cands.wanted.length > 0 ? cands.wanted[0] : fallback;
}

/** Nouns a name may lead before the words that put it in a place: "Abu Shok refugee camp in", "the Wedza district,". */
const LED_NOUNS = nounForms([
  ...PLACE_NOUN_WORDS,
  ...SITE_NOUNS,
  ...["community", "hamlet", "base", "airbase", "mine", "hospital", "school", "church", "mosque", "market", "prison", "plant", "factory", "facility", "station"],
]).join("|");
/** A compass adjective after the preposition narrows the container without naming another ("in northern Idlib"). */
const NARROWED = `(?:the\\s+)?(?:(?:${COMPASS_ADJECTIVES})\\s+)?`;
/** What lies between a name and the place it lies in: " in ", " refugee camp in the ", " located in ", " in northern ". */
const IN_JOIN = new RegExp(`^\\s+(?:(?:[\\p{Ll}-]+\\s+)?(?:${LED_NOUNS})\\s+)?(?:(?:located|situated|lying)\\s+)?(?:in|inside|within)\\s+${NARROWED}$`, "u");
/** What lies between a place and a name inside it: "'s ", "' iconic ", "'s overcrowded ". */
const POSSESSIVE_JOIN = /^['\u2019]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/** What lies between a part named first and the town or division it is part of: " district of ", " area of the ". */
const PART_FIRST_JOIN = new RegExp(`^\\s+(?:${nounForms([...TOWN_PART_NOUNS, ...SECOND_LEVEL_NOUNS, "area", "region", "province", "prefecture"]).join("|")})\\s+of\\s+(?:the\\s+)?$`, "i");
/** A descriptor and a comma between a name and its container: "the Wedza district, Mashonaland East province". */
const LED_COMMA_JOIN = new RegExp(`^\\s+(?:${LED_NOUNS})\\s*,\\s*$`, "u");
/**
 * An appositive that says what a name is and where: ", a suburb of ", ", the tourist town in ", ", a village
 * just outside ", ", a suburb located east of ". Group 1 is the preposition: "in" and "of" put the name
 * inside the next one, the others beside it.
 */
const APPOSITIVE_JOIN = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${LED_NOUNS})\\s+(?:(?:located|situated|lying|just|some)\\s+)*(in|of|near|outside|(?:${COMPASS_POINTS})(?:-?(?:east|west))?\\s+of)\\s+${NARROWED}$`,
  "u",
);

/**
 * How the words relate a name to a place: "in" puts it inside ("Kfraya in Idlib", "Cairo's Abbasiya"), "stated"
 * too, and says so outright, a container written after its comma or an appositive ("Kutama, Zimbabwe",
 * "Dogu Beyazit, a farming town in eastern Turkey"); "near" puts it beside ("a farming community near Vancouver").
 */
type Containment = "in" | "stated" | "near";

/**
 * Pairs [inner, outer] of mentions whose words say the first lies inside the second: "Kfraya in Idlib" (and
 * the names listed before it: "Foua and Kfraya in Idlib"), "Cairo's Abbasiya", "the Adhamiyah district of
 * Baghdad", and "Greenlane, Auckland" for a name the gazetteer does not place (a known one is left to the
 * adjacency rules), never a member of a list ("Homa Bay, Rongo, Siaya").
 */
function containments(mentions: readonly ToponymMention[], text: string, results: readonly Resolution[]): [number, number, Containment][] {
  const out: [number, number, Containment][] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const between = text.slice(mentions[i].end, mentions[i + 1].start);
    const appositive = APPOSITIVE_JOIN.exec(between);
    if (IN_JOIN.test(between)) {
      out.push([i, i + 1, "in"]);
      for (const k of listMembers(i, mentions, text)) if (k < i) out.push([k, i + 1, "in"]);
    } else if (POSSESSIVE_JOIN.test(between)) out.push([i + 1, i, "in"]);
    else if (PART_FIRST_JOIN.test(between)) out.push([i, i + 1, "in"]);
    else if (appositive) out.push([i, i + 1, appositive[1] === "in" || appositive[1] === "of" ? "stated" : "near"]);
    else if (!results[i].record && (containerOf(i, mentions, text) === i + 1 || LED_COMMA_JOIN.test(between))) {
      // "Greenlane, Auckland, New Zealand" is no list: the name after the container is of another kind.
      const kind = results[i + 1].record?.featureType;
      const listed = listMembers(i, mentions, text).some((k) => k < i) || listMembers(i + 1, mentions, text).some((k) => k > i + 1 && results[k].record?.featureType === kind);
      if (!listed) out.push([i, i + 1, "stated"]);
    }
  }
  return out;
}

/** What lies between two names when the first is placed relative to the second: ", south of", " about 35 miles north-east of", ", near". */
const RELATIVE_TO =
  /^\s*,?\s*(?:(?:about|some|around|roughly|nearly|approximately|just|only)\s+)?(?:\d[\d.,]*\s*(?:-\s*)?(?:km|kilometres|kilometers|miles|mi)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside)\s+(?:the\s+(?:city|town)\s+of\s+)?$/i;
/** How far from its reference point a place placed relative to it may lie. */
const RELATIVE_REACH_KM = 300;

/** The mention right after `m` when only ", " separates them ("Paris, Texas"). */
function containerOf(index: number, mentions: readonly ToponymMention[], text: string): number {
  const m = mentions[index];
  COMMA_JOIN.lastIndex = m.end;
  const join = COMMA_JOIN.exec(text);
  if (!join) return -1;
  // The container starts right after the comma or anywhere in the whitespace that follows it.
  const first = text.indexOf(",", m.end) + 1;
  const last = m.end + join[0].length;
  for (let j = 0; j < mentions.length; j++) {
    if (j !== index && mentions[j].start >= first && mentions[j].start <= last) return j;
  }
  return -1;
}

/** What separates a place from its container: a comma, maybe with whitespace around it. */
const COMMA_JOIN = /\s*,\s*/y;

/**
 * Resolve every mention of an article together. Names are grouped by key and get one sense per
 * article, except where an adjacent container ("Paris, Texas") decides a mention on its own.
 */
export function resolveToponyms(
  gazetteer: Gazetteer,
  text: string,
  mentions: readonly ToponymMention[],
  options: ResolveOptions = {},
): Resolution[] {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const groups = new Map<string, Group>();
  const groupOf: Group[] = [];
  mentions.forEach((mention, i) => {
    const cands = candidatesFor(gazetteer, mention.text, options);
    let group = groups.get(cands.key);
    if (!group) {
      group = { key: cands.key, cands, mentions: [], anchor: null };
      groups.set(cands.key, group);
    }
    group.mentions.push(i);
    groupOf[i] = group;
  });
  // "Washington state", "the state of New York", "New York Gov.": the words around a mention say it
  // names a first-level division, for all of the group's mentions (one sense per article).
  for (const group of groups.values()) {
    if (group.cands.wanted.length > 0) continue;
    if (group.mentions.some((i) => namesDivision(text, mentions[i]))) group.cands = { ...group.cands, wanted: DIVISION_TYPES };
    else if (group.mentions.some((i) => namesSettlement(text, mentions, i))) group.cands = { ...group.cands, wanted: SETTLEMENT_TYPES };
  }

  // Pass 1: priors alone; confident groups become the article's context.
  const context: Context = { countryVotes: new Map(), total: 0, points: [] };
  for (const group of groups.values()) {
    const ranked = rank(group.cands.records, group.cands.wanted, weights);
    if (ranked.length === 0) continue;
    const confident = ranked.length === 1 || ranked[0].score - ranked[1].score >= weights.anchorMargin;
    if (!confident) continue;
    const best = ranked[0].record;
    group.anchor = best;
    if (best.country) {
      context.countryVotes.set(best.country, (context.countryVotes.get(best.country) ?? 0) + group.mentions.length);
      context.total += group.mentions.length;
    }
    if (best.featureType !== "country" && best.featureType !== "continent" && best.featureType !== "water") {
      context.points.push({ record: best, group: group.key, confident: true });
    }
  }

  // Pass 2: priors plus context, one sense per group. Counties of one name in several divisions
  // ("Monroe County") come last, when the divisions the rest of the article is in are known.
  const chosen = new Map<string, { record: PlaceRecord; reason: string; ownType?: FeatureType }>();
  const home = homeDivision(gazetteer, groups.values());
  const sameNameDivisions = new Set(
    [...groups.values()].filter(
      (g) => g.cands.records.length > 1 && g.cands.records.every((r) => r.featureType === "admin2") && new Set(g.cands.records.map((r) => `${r.country}|${r.admin1}`)).size > 1,
    ),
  );
  const ordered = [...groups.values()].sort((a, b) => Number(sameNameDivisions.has(a)) - Number(sameNameDivisions.has(b)));
  let parents: { votes: Map<string, number>; total: number } | null = null;
  for (const group of ordered) {
    const records = group.cands.records;
    if (sameNameDivisions.has(group) && !parents) parents = parentVotes(groups, chosen);
    // A county the gazetteer lacks lies in the article's state: its town namesake elsewhere is another place.
    if (group.cands.unknownCounty && home && !records.some((r) => r.country === home.country && r.admin1 === home.admin1 && r.featureType !== "admin1")) {
      chosen.set(group.key, { record: home, reason: "container", ownType: "admin2" });
      continue;
    }
    if (records.length === 0) continue;
    const divisionBonus = (record: PlaceRecord): number =>
      parents && parents.total > 0 && sameNameDivisions.has(group) ? (weights.divisionShare * (parents.votes.get(`${record.country}|${record.admin1}`) ?? 0)) / parents.total : 0;
    chosen.set(group.key, pickSense(group, context, weights, divisionBonus));
  }

  // Pass 3: one region per article. Pass 2's senses stand for the places they name, so names no
  // confident anchor placed ("Danbury", "New Milford", "Litchfield") settle on the namesakes that lie
  // together; each group is scored against the others' current senses, twice over.
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    for (const group of ordered) {
      const pick = chosen.get(group.key);
      // Counties of one name in several states were placed last, by the states the article is in.
      if (!pick || pick.reason === "container" || group.cands.records.length < 2 || sameNameDivisions.has(group)) continue;
      chosen.set(group.key, pickSense(group, contextOfChoices(groups, chosen, group), weights, () => 0, true));
    }
  }

  const unlisted = unlistedTowns(groups, chosen);
  const variants = variantSenses(gazetteer, groups, chosen, unlisted, weights);
  const results: Resolution[] = mentions.map((mention, i) => {
    const group = groupOf[i];
    const pick = chosen.get(group.key);
    const variant = variants.get(group);
    if (variant) return resolution(mention, variant, group.cands.records.length, "variant");
    if (unlisted.has(group)) return resolution(mention, null, group.cands.records.length, "unlisted");
    return resolution(mention, pick ? pick.record : null, group.cands.records.length, pick ? pick.reason : "unknown", pick?.ownType || undefined);
  });

  // Adjacency overrides: "Paris, Texas" picks the Paris inside the best-scoring Texas.
  mentions.forEach((_, i) => {
    const j = containerOf(i, mentions, text);
    if (j < 0) return;
    const inner = groupOf[i].cands;
    const outer = groupOf[j].cands;
    // In a list ("Montreal, Quebec City and Halifax") the next name is a sibling, not a container:
    // a name that reads as a division or country on its own can contain its neighbour, and one read
    // as a town ("New York") only a town inside one of its division senses ("Buffalo, New York").
    const outerSense = results[j].record;
    // "Scott County, Indiana": a county the gazetteer lacks lies in the state named after it.
    if (inner.unknownCounty) {
      const state = outerSense?.featureType === "admin1" ? outerSense : rank(outer.records.filter((r) => r.featureType === "admin1"), [], weights)[0]?.record;
      if (state) results[i] = withRecord(results[i], state, "container", "admin2");
      return;
    }
    if (inner.records.length === 0 || !outerSense) return;
    const outerReadsAsContainer = isContainerType(outerSense.featureType);
    // "Quebec City" says by its descriptor that it is no division.
    if (!outerReadsAsContainer && outer.wanted.length > 0 && !outer.wanted.some(isContainerType)) return;
    let bestPair: { inner: PlaceRecord; outer: PlaceRecord; score: number } | null = null;
    for (const o of outer.records) {
      if (!isContainerType(o.featureType)) continue;
      for (const r of inner.records) {
        if (!outerReadsAsContainer && !(r.featureType === "city" || r.featureType === "district")) continue;
        if (!within(r, o)) continue;
        const score = priorScore(r, inner.wanted, weights) + priorScore(o, outer.wanted, weights);
        if (!bestPair || score > bestPair.score) bestPair = { inner: r, outer: o, score };
      }
    }
    if (!bestPair) {
      // "Detroit, Texas", "Stroud, Ontario": a town the gazetteer knows only elsewhere is another town of
      // that name, inside the division or country named after it; unless the container is one of a list ("Lagos, Ghana and Togo").
      const containers: readonly FeatureType[] = ["admin1", "country"];
      // Not when a town of that name lies near the container, filed under a neighbour ("Pristina, Serbia"
      // is Kosovo's Pristina): that town is meant.
      // Within one country the first-level codes are to be trusted: "Cordova, Tennessee" is no Cordova filed under Alabama.
      const elsewhere = (r: PlaceRecord): boolean => distanceKm(r, outerSense) > NEAR_CONTAINER_KM || (outerSense.featureType === "admin1" && r.country === outerSense.country);
      const towns = inner.records.every((r) => (r.featureType === "city" || r.featureType === "district") && elsewhere(r));
      // Only the next name can say so: in "Cordova, Tennessee, Richmond, Virginia" Virginia is Richmond's container, no sibling of Tennessee.
      const listed = listMembers(j, mentions, text).some((k) => k === j + 1 && results[k].record?.featureType === outerSense.featureType);
      if (towns && containers.includes(outerSense.featureType) && !listed) results[i] = withRecord(results[i], outerSense, "container", "city");
      return;
    }
    results[i] = withRecord(results[i], bestPair.inner, "adjacent");
    results[j] = withRecord(results[j], bestPair.outer, "adjacent");
  });

  // A list of states ("Utah, Virginia, Washington, West Virginia and Wyoming") or of countries
  // ("Ghana, Niger, Nigeria and Togo") is no "town, state" pair: a name listed among two or more
  // divisions of one country is that country's division, one listed among two or more countries a country.
  mentions.forEach((_, i) => {
    const members = listMembers(i, mentions, text);
    const nations = groupOf[i].cands.records.filter((r) => r.featureType === "country");
    if (nations.length > 0 && members.filter((j) => results[j].record?.featureType === "country").length >= 2) {
      const pick = rank(nations, groupOf[i].cands.wanted, weights)[0];
      if (results[i].record?.id !== pick.record.id) results[i] = withRecord(results[i], pick.record, "list");
      return;
    }
    const divisions = groupOf[i].cands.records.filter((r) => r.featureType === "admin1");
    if (divisions.length === 0) return;
    const countries = new Map<string, number>();
    for (const j of members) {
      const r = results[j].record;
      if (r?.featureType === "admin1" && r.country) countries.set(r.country, (countries.get(r.country) ?? 0) + 1);
    }
    for (const [country, count] of countries) {
      if (count < 2) continue;
      const pick = rank(divisions.filter((r) => r.country === country), groupOf[i].cands.wanted, weights)[0];
      if (pick && results[i].record?.id !== pick.record.id) results[i] = withRecord(results[i], pick.record, "list");
    }
  });

  // "Red Deer, Innisfail and Edmonton": towns listed together lie together. A local town listed among
  // two or more towns of one country, every namesake of it far from all of them, is one the gazetteer lacks.
  const strays = new Set<Group>();
  mentions.forEach((_, i) => {
    const group = groupOf[i];
    if (!results[i].record || results[i].reason === "adjacent" || results[i].reason === "container" || !group.cands.records.every(localTown)) return;
    const towns = listMembers(i, mentions, text)
      .filter((j) => groupOf[j] !== group)
      .map((j) => results[j].record)
      .filter((r): r is PlaceRecord => r !== null && (r.featureType === "city" || r.featureType === "district"));
    if (towns.length < 2 || new Set(towns.map((r) => r.country)).size !== 1) return;
    if (group.cands.records.every((c) => towns.every((t) => distanceKm(c, t) > UNLISTED_REACH_KM))) strays.add(group);
  });
  results.forEach((r, i) => {
    if (strays.has(groupOf[i]) && r.reason !== "adjacent" && r.reason !== "container") results[i] = resolution(r.mention, null, r.candidates, "unlisted");
  });

  // "the communities of San Juan, Choropampa and Magdalena": towns listed together lie together. A town
  // listed next to a confidently placed town takes its namesake within reach of it, whatever its prior.
  mentions.forEach((_, i) => {
    const group = groupOf[i];
    const current = results[i].record;
    if (results[i].reason === "adjacent" || results[i].reason === "container" || group.cands.records.length < 2) return;
    // A name read as more than a town is no town of the list ("Orlando, Tampa and Florida").
    if (current && current.featureType !== "city" && current.featureType !== "district") return;
    const towns = listMembers(i, mentions, text)
      .filter((j) => groupOf[j] !== group && groupOf[j].anchor !== null && groupOf[j].anchor === results[j].record)
      .map((j) => results[j].record)
      .filter((r): r is PlaceRecord => r !== null && (r.featureType === "city" || r.featureType === "district"));
    if (towns.length === 0 || (current && towns.some((t) => distanceKm(t, current) <= LISTED_REACH_KM))) return;
    // Only a list whose placed towns all lie together is local: "Toronto, Paris, Berlin and Rome" is no tour of Ontario.
    const reachable = group.cands.records.filter((r) => (r.featureType === "city" || r.featureType === "district") && towns.every((t) => distanceKm(t, r) <= LISTED_REACH_KM));
    const pick = rank(reachable, group.cands.wanted, weights)[0];
    if (pick) results[i] = withRecord(results[i], pick.record, "list");
  });

  // "Kingston, south of Brisbane", "Louisville, Kentucky, about 35 miles south of Austin": a place said
  // to lie near, or in a compass direction of, another is the namesake within reach of that other.
  mentions.forEach((_, j) => {
    if (j === 0 || !RELATIVE_TO.test(text.slice(mentions[j - 1].end, mentions[j].start))) return;
    let i = j - 1;
    // "Louisville, Kentucky, … south of Austin": the state is the town's container, the town is what lies south.
    if (i > 0 && results[i].reason === "adjacent" && results[i - 1].reason === "adjacent" && containerOf(i - 1, mentions, text) === i) i--;
    const near = (movable: number, fixed: number): boolean => {
      const anchor = results[fixed].record;
      const current = results[movable].record;
      if (!anchor || !current || distanceKm(anchor, current) <= RELATIVE_REACH_KM) return false;
      const reachable = groupOf[movable].cands.records.filter((r) => r.featureType !== "country" && distanceKm(anchor, r) <= RELATIVE_REACH_KM);
      const pick = rank(reachable, groupOf[movable].cands.wanted, weights)[0];
      if (!pick) return false;
      results[movable] = withRecord(results[movable], pick.record, "adjacent");
      return true;
    };
    // The named reference point usually stays; a place a container already fixed ("Louisville, Kentucky") moves its reference instead.
    if (results[i].reason === "adjacent") near(j, i);
    else if (!near(i, j)) near(j, i);
  });

  // "the Cincinnati suburb of West Chester", "the Cairo district of Abbasiya": a part of a town lies by it;
  // one the gazetteer knows only far away, or not at all, is placed at the town, which contains it.
  mentions.forEach((_, j) => {
    if (j === 0 || !PART_OF_TOWN.test(text.slice(mentions[j - 1].end, mentions[j].start))) return;
    const town = results[j - 1].record;
    if (!town || (town.featureType !== "city" && town.featureType !== "district")) return;
    const part = results[j].record;
    // "the Kabanjahe district of Sumatra" names the district first: a second name read as more than a town contains the first.
    if (part && ((part.featureType !== "city" && part.featureType !== "district") || distanceKm(town, part) <= PART_OF_TOWN_KM)) return;
    // Two towns of one first-level division are a district and its province's capital, in either order ("the
    // Shindand district of Herat", "the Kandahar district of Spin Boldak"): each keeps its own point.
    if (part && part.country === town.country && part.admin1 === town.admin1) return;
    const reachable = groupOf[j].cands.records.filter((r) => distanceKm(town, r) <= PART_OF_TOWN_KM);
    const pick = rank(reachable, groupOf[j].cands.wanted, weights)[0];
    results[j] = pick ? withRecord(results[j], pick.record, "adjacent") : withRecord(results[j], town, "container", "district");
  });

  // "Foua and Kfraya in Idlib", "Whittier's Penn Park", "the Adhamiyah district of Baghdad", "Greenlane, Auckland":
  // a name the words around it put inside a town or division lies there.
  // Innermost first: "the Rice Lake area of Fulton County located in Illinois" settles the county before the town in it.
  for (const [inner, outer, relation] of containments(mentions, text, results).reverse()) {
    const into = results[outer].record;
    const current = results[inner].record;
    // "Kutama, Zimbabwe", "the port town of Mokha, Yemen": a country contains only a name the gazetteer lacks
    // that is written with it, whose point then says the country; "in" and a possessive may be metonymy ("Iran's Hezbollah").
    const inCountry = into?.featureType === "country" && !current && relation === "stated";
    if (!into || !(INSIDE_TYPES.includes(into.featureType) || inCountry)) continue;
    // Inside a town lie its districts and sites, no division; beside a place, its neighbours.
    const inside = (r: PlaceRecord): boolean =>
      r.id !== into.id &&
      (relation === "near"
        ? isTown(r) && distanceKm(r, into) <= RELATIVE_REACH_KM
        : isTown(into)
          ? !isContainerType(r.featureType) && r.featureType !== "admin2" && r.country === into.country && distanceKm(r, into) <= PART_OF_TOWN_KM
          : within(r, into));
    if (current && inside(current)) continue;
    const pick = rank(groupOf[inner].cands.records.filter(inside), groupOf[inner].cands.wanted, weights)[0];
    if (pick) results[inner] = withRecord(results[inner], pick.record, "adjacent");
    // A name the gazetteer lacks, or knows only as small towns far away, is placed at what contains it. A
    // better-known place keeps its sense: "the role of Moscow in Syria" names Russia's government, not a Syrian Moscow.
    else if (!current || (groupOf[inner].cands.records.every(localTown) && elsewhereThan(current, into))) {
      const led = inner < outer ? text.slice(mentions[inner].end, mentions[outer].start).toLowerCase() : "";
      const kind = current ? "city" : ownKind(groupOf[inner].cands, isTown(into) ? "district" : "city", led);
      results[inner] = withRecord(results[inner], into, relation === "near" ? "beside" : "container", kind);
    }
  }

  // One sense per article: "Oxford, North Carolina" settles a later bare "Oxford" too, and "Detroit,
  // Texas" a later "Detroit", unless the article spells out two different ones.
  const settled = new Map<Group, Resolution | null>();
  const fixed = (r: Resolution): boolean => (r.reason === "adjacent" || r.reason === "container" || r.reason === "beside") && r.record !== null;
  results.forEach((r, i) => {
    if (!fixed(r)) return;
    const group = groupOf[i];
    const before = settled.get(group);
    settled.set(group, before === undefined || (before !== null && before.record?.id === r.record?.id && before.reason === r.reason) ? r : null);
  });
  results.forEach((r, i) => {
    const sense = settled.get(groupOf[i]);
    if (sense && !fixed(r) && r.record?.id !== sense.record?.id) results[i] = withRecord(r, sense.record, sense.reason, sense.ownType || r.ownType);
  });
  return results;
}

// Build-time only (scripts/build-gazetteer.ts): extra keys for GeoNames town names that news
// shortens ("Frankfurt am Main" → "Frankfurt", "Newcastle upon Tyne" → "Newcastle") or writes with a
// saint's title abbreviated ("St. Petersburg" for Saint Petersburg).

/** A river or locational qualifier after a town's own name: "am Main", "an der Havel", "upon Tyne", "-on-Sea", "-sur-Mer", "-en-Provence". */
const QUALIFIED = /^(.{3,}?)(?:\s+(?:am|an der|upon|on|sur|im|ob der)\s+|-(?:am|an-der|upon|on|sur|en|im)-)\S/i;

/** The short form of a qualified town name ("Clacton-on-Sea" → "Clacton"), or null when the name has no qualifier. */
export function qualifiedShortForm(name: string): string | null {
  const match = QUALIFIED.exec(name.trim());
  return match ? match[1] : null;
}

/** The fields of a town row that short forms need; `keys` gains the short form. */
export interface TownKeys {
  name: string;
  country: string;
  population: number;
  keys: Set<string>;
}

/**
 * Give qualified town names their short form as a key ("Frankfurt am Main" → "frankfurt"), unless
 * a larger town of the same country already bears it (that town is what the short form names).
 */
export function addShortForms(towns: readonly TownKeys[], keyOf: (name: string) => string): void {
  const largest = new Map<string, number>();
  for (const town of towns) {
    for (const key of town.keys) {
      const k = `${town.country}|${key}`;
      largest.set(k, Math.max(largest.get(k) ?? 0, town.population));
    }
  }
  for (const town of towns) {
    const short = qualifiedShortForm(town.name);
    if (!short) continue;
    const key = keyOf(short);
    if (key !== "" && (largest.get(`${town.country}|${key}`) ?? 0) <= town.population) town.keys.add(key);
  }
}

/** The fields of a town or division row that "X City" keys need. */
export interface NamedUnit {
  country: string;
  admin1: string;
  keys: Set<string>;
}

/**
 * Key a town that shares its name with the first-level division it lies in by "X City" too
 * ("Quebec City", "New York City"): news adds "City" exactly to tell the town from its division.
 */
export function addCityDescriptorKeys(towns: readonly NamedUnit[], divisions: readonly NamedUnit[]): void {
  const divisionKeys = new Set<string>();
  for (const d of divisions) if (d.admin1 !== "") for (const k of d.keys) divisionKeys.add(`${d.country}|${d.admin1}|${k}`);
  for (const town of towns) {
    if (town.admin1 === "") continue;
    for (const k of [...town.keys]) if (!k.endsWith(" city") && divisionKeys.has(`${town.country}|${town.admin1}|${k}`)) town.keys.add(`${k} city`);
  }
}

/** A saint's title as a word of a key, spelled out or abbreviated. */
const SAINT_WORD = /(?<=^| )(saint|sainte|st|ste)(?= )/g;
const OTHER_SPELLING: Readonly<Record<string, string>> = { saint: "st", sainte: "ste", st: "saint", ste: "sainte" };

/**
 * The key with its saint's titles written the other way ("saint petersburg" → "st petersburg", "sault ste
 * marie" → "sault sainte marie"), and the key itself: news and GeoNames each write both.
 */
export function saintSpellings(key: string): string[] {
  const other = key.replace(SAINT_WORD, (word) => OTHER_SPELLING[word]);
  return other === key ? [key] : [key, other];
}

/**
 * Give towns their names with the saint's title written the other way ("St. Petersburg" for Saint
 * Petersburg, "Saint Catharines" for St. Catharines), unless a town of the same country is written that
 * way itself: there "St. Thomas" is St. Thomas, Ontario, not Quebec's Saint-Thomas. Divisions get none:
 * "St. Peter" and "St. Thomas" in news are as often saints and churches, and a Caribbean parish of that
 * name would rank above any town.
 */
export function addSaintSpellings(towns: readonly Pick<TownKeys, "country" | "keys">[]): void {
  const own = new Set<string>();
  for (const town of towns) for (const key of town.keys) own.add(`${town.country}|${key}`);
  for (const town of towns) {
    for (const key of [...town.keys]) {
      for (const other of saintSpellings(key)) if (!own.has(`${town.country}|${other}`)) town.keys.add(other);
    }
  }
}

// Display names the API attaches to codes: CAMEO root event categories and country names.
import { createRequire } from "node:module";

const countries = createRequire(import.meta.url)("world-countries/countries.json") as { cca3: string; name: { common: string } }[];

/** The 20 CAMEO root event categories (CAMEO manual 1.1b3, chapter 2). */
export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  "01": "Make public statement",
  "02": "Appeal",
  "03": "Express intent to cooperate",
  "04": "Consult",
  "05": "Engage in diplomatic cooperation",
  "06": "Engage in material cooperation",
  "07": "Provide aid",
  "08": "Yield",
  "09": "Investigate",
  "10": "Demand",
  "11": "Disapprove",
  "12": "Reject",
  "13": "Threaten",
  "14": "Protest",
  "15": "Exhibit force posture",
  "16": "Reduce relations",
  "17": "Coerce",
  "18": "Assault",
  "19": "Fight",
  "20": "Use unconventional mass violence",
};

/** The quad classes, 1–4, as GDELT and Phoenix name them. */
export const QUAD_CLASSES: Readonly<Record<number, string>> = {
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
};

const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(countries.map((c) => [c.cca3, c.name.common]));

/** The common English name of an ISO 3166-1 alpha-3 code (most CAMEO country codes), or null. */
export function countryName(code: string): string | null {
  return COUNTRY_NAMES.get(code) ?? null;
}

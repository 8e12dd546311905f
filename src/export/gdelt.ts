// GDELT 2.0 event table export: one tab-separated line of the 61 GDELT columns per event, filled
// from what sitrep knows (date, actors, CAMEO code, quad class, Goldstein, action place, source).
import { createHash } from "node:crypto";
import type { EventLocation } from "../model/schema.js";
import type { EventRecord } from "../store/store.js";

/** The 61 columns of the GDELT 2.0 event table, in file order. */
export const GDELT_EVENT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
  "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
  "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
  "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone",
  "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
  "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
  "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
  "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
  "DATEADDED", "SOURCEURL",
] as const;

export type GdeltColumn = (typeof GDELT_EVENT_COLUMNS)[number];

/**
 * CAMEO top-level actor codes that are not countries: for these the first three letters go to
 * KnownGroupCode's neighbour rather than CountryCode (CAMEO manual, actor codebook).
 */
const NON_STATE_ROOTS = new Set(["IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"]);

export interface GdeltOptions {
  /** The article URL (or any citation) for SOURCEURL; defaults to `sitrep:article/<id>`. */
  articleUrl?: (articleId: string) => string | null;
  /** When the events were added to the store, for DATEADDED (YYYYMMDDHHMMSS, UTC); empty when absent. */
  added?: (articleId: string) => Date | null;
  /** FIPS 10-4 code of an ISO 3166 alpha-3 country, for ActionGeo_CountryCode (GDELT uses FIPS). */
  fipsOf?: (iso3: string) => string | null;
}

/** ISO 3166 alpha-3 → FIPS 10-4 from the compiled CountryInfo table (the source gives both codes). */
export function fipsFromCountries(countries: readonly { iso3: string | null; fips: string | null }[]): (iso3: string) => string | null {
  const map = new Map<string, string>();
  for (const c of countries) if (c.iso3 && c.fips) map.set(c.iso3, c.fips);
  return (iso3) => map.get(iso3) ?? null;
}

interface ActorColumns {
  code: string;
  name: string;
  country: string;
  knownGroup: string;
  types: [string, string, string];
}

/** Split a CAMEO actor code into GDELT's actor columns: country or group root, then 3-letter types. */
export function splitActorCode(code: string | null, name: string | null): ActorColumns {
  const empty: ActorColumns = { code: "", name: "", country: "", knownGroup: "", types: ["", "", ""] };
  if (!code) return { ...empty, name: name ?? "" };
  const chunks = code.match(/.{1,3}/g) ?? [];
  const root = chunks[0] ?? "";
  let country = "";
  let knownGroup = "";
  let rest = chunks.slice(1);
  if (NON_STATE_ROOTS.has(root)) {
    // IGOUNO: the organisation itself is the second chunk.
    knownGroup = rest[0] ?? "";
    rest = rest.slice(1);
  } else if (/^[A-Z]{3}$/.test(root)) {
    country = root;
  }
  return {
    code,
    name: (name ?? "").toUpperCase(),
    country,
    knownGroup,
    types: [rest[0] ?? "", rest[1] ?? "", rest[2] ?? ""],
  };
}

/** A stable positive integer id (< 2^52) for an event, since GDELT ids are integers. */
export function gdeltEventId(articleId: string, eventId: string): string {
  const hex = createHash("sha256").update(`${articleId}\u0000${eventId}`).digest("hex").slice(0, 13);
  return String(parseInt(hex, 16));
}

/** The day an event is dated for GDELT: its own day-precision date, else the article's publication day. */
export function gdeltDay(e: EventRecord): string | null {
  const own = e.date?.value ?? null;
  if (own && /^\d{4}-\d{2}-\d{2}$/.test(own)) return own;
  return e.published && /^\d{4}-\d{2}-\d{2}$/.test(e.published) ? e.published : null;
}

function fractionDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return (y + (m * 30 + d) / 365).toFixed(4);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

const num = (v: number | null | undefined): string => (v == null ? "" : String(v));

/** GDELT's geographic resolutions (ActionGeo_Type): country, US state, US city or landmark, world city or landmark, world ADM1. */
export type GdeltGeoType = 1 | 2 | 3 | 4 | 5;

/**
 * Gazetteer feature types GDELT files as a city or landmark: every located feature below the first
 * administrative level (its geocoder gives counties and districts, airports and bases that type too).
 */
const LANDMARK_TYPES = new Set(["city", "district", "admin2", "airport", "base", "building", "landmark", "island", "water"]);

/**
 * ActionGeo_Type for an event location: 1 when it is a country or sits at its country's point (point
 * `country`, whatever it is called), 2 / 5 for a first-level division in / outside the US, 3 / 4 for a
 * city or landmark in / outside the US; null when GDELT has no type for it (continents and regions
 * spanning or cutting across divisions), when its country is unknown (US or not cannot be told), or
 * when its feature type is unknown. Points borrowed from a container or a neighbour keep the type of
 * the place named.
 */
export function gdeltGeoType(loc: Pick<EventLocation, "country" | "featureType" | "point">): GdeltGeoType | null {
  if (loc.point === "country" || loc.featureType === "country") return 1;
  if (!loc.country || !loc.featureType) return null;
  const us = loc.country === "USA";
  if (loc.featureType === "admin1") return us ? 2 : 5;
  if (LANDMARK_TYPES.has(loc.featureType)) return us ? 3 : 4;
  return null;
}

/** One GDELT event line's cells, in GDELT_EVENT_COLUMNS order. */
export function gdeltRow(e: EventRecord, options: GdeltOptions = {}): string[] {
  const row = new Map<GdeltColumn, string>();
  row.set("GLOBALEVENTID", gdeltEventId(e.articleId, e.id));
  const day = gdeltDay(e);
  if (day) {
    row.set("SQLDATE", day.replace(/-/g, ""));
    row.set("MonthYear", day.slice(0, 7).replace("-", ""));
    row.set("Year", day.slice(0, 4));
    row.set("FractionDate", fractionDate(day));
  }
  const sides: [1 | 2, EventRecord["source"]][] = [
    [1, e.source],
    [2, e.target],
  ];
  for (const [n, side] of sides) {
    const a = splitActorCode(side?.code ?? null, side?.text ?? null);
    row.set(`Actor${n}Code`, a.code);
    row.set(`Actor${n}Name`, a.name);
    row.set(`Actor${n}CountryCode`, a.country);
    row.set(`Actor${n}KnownGroupCode`, a.knownGroup);
    row.set(`Actor${n}Type1Code`, a.types[0]);
    row.set(`Actor${n}Type2Code`, a.types[1]);
    row.set(`Actor${n}Type3Code`, a.types[2]);
  }
  // GDELT's IsRootEvent marks events from the lead paragraph; the first sentence is our closest proxy.
  row.set("IsRootEvent", e.sentence === 0 ? "1" : "0");
  const code = e.cameo.code;
  row.set("EventCode", code);
  row.set("EventBaseCode", code.length > 3 ? code.slice(0, 3) : code);
  row.set("EventRootCode", code.slice(0, 2));
  row.set("QuadClass", num(e.cameo.quadClass));
  row.set("GoldsteinScale", num(e.cameo.goldstein));
  // One event record comes from one mention in one article.
  row.set("NumMentions", "1");
  row.set("NumSources", "1");
  row.set("NumArticles", "1");
  const loc = e.location;
  // ActionGeo_CountryCode is FIPS 10-4 in GDELT: mapped from the ISO code when a table is given.
  if (loc) {
    const type = gdeltGeoType(loc);
    const fips = loc.country && options.fipsOf ? (options.fipsOf(loc.country) ?? "") : "";
    row.set("ActionGeo_Type", num(type));
    row.set("ActionGeo_FullName", loc.name);
    row.set("ActionGeo_CountryCode", fips);
    // A country-level match carries the FIPS country code as its ADM1 code and feature id in GDELT's
    // files. Below the country, GDELT wants FIPS 10-4 division codes and GNS/GNIS feature ids, which
    // sitrep's event locations do not hold (the gazetteer keeps GeoNames admin1 codes, ISO-based for
    // many countries, and row numbers that change with each build): those stay empty rather than wrong,
    // as do the GAUL/INCITS ADM2 codes and the actors' own geography.
    if (type === 1) {
      row.set("ActionGeo_ADM1Code", fips);
      row.set("ActionGeo_FeatureID", fips);
    }
    row.set("ActionGeo_Lat", num(loc.lat));
    row.set("ActionGeo_Long", num(loc.lon));
  }
  const added = options.added?.(e.articleId);
  if (added) row.set("DATEADDED", stamp(added));
  row.set("SOURCEURL", options.articleUrl?.(e.articleId) ?? `sitrep:article/${e.articleId}`);
  return GDELT_EVENT_COLUMNS.map((c) => clean(row.get(c) ?? ""));
}

/** Tabs and line breaks would break the format; GDELT files have no quoting, so they become spaces. */
function clean(value: string): string {
  return value.replace(/[\t\r\n]+/g, " ");
}

/**
 * Events as GDELT 2.0 event-table TSV (no header line, like GDELT's files, unless asked). ActionGeo_Type
 * comes from the event place's feature type and country (`gdeltGeoType`: country or country's point 1,
 * US state 2, US city/landmark 3, other city/landmark 4, other first-level division 5).
 */
export function eventsToGdeltTsv(events: readonly EventRecord[], options: GdeltOptions & { header?: boolean } = {}): string {
  const lines = events.map((e) => gdeltRow(e, options).join("\t"));
  if (options.header) lines.unshift(GDELT_EVENT_COLUMNS.join("\t"));
  return lines.length ? lines.join("\n") + "\n" : "";
}

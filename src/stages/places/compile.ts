// Compiling gazetteer entries into the columnar JSON that `parseGazetteer` reads: shared by
// scripts/build-gazetteer.ts and by tests that build small fixture gazetteers.
import { FEATURE_TYPES, GAZETTEER_FORMAT, type CompiledGazetteer, type FeatureType } from "./gazetteer.js";
import { PLACE_KEY_VERSION, placeKey } from "./normalise.js";

/** One record to compile. */
export interface GazetteerEntry {
  name: string;
  /** Alternate names (keyed with `placeKey` together with `name`). */
  names?: readonly string[];
  /** Extra keys already normalised (spelling variants a build derives). */
  keys?: readonly string[];
  featureType: FeatureType;
  featureCode?: string;
  /** ISO3, or null for places spanning countries. */
  country?: string | null;
  admin1?: string;
  population?: number;
  lat: number;
  lon: number;
  source: string;
  demonyms?: readonly string[];
  note?: string;
}

function clean(field: string): string {
  return field.replace(/[\t\n\r]/g, " ").trim();
}

/** Columnar JSON: JSON.parse is several times faster than splitting a TSV of the same records. */
export function compileGazetteer(entries: readonly GazetteerEntry[]): CompiledGazetteer {
  const sources = [...new Set(entries.map((e) => e.source))];
  const keys: Record<string, number | number[]> = {};
  const demonyms: Record<string, number | number[]> = {};
  const add = (index: Record<string, number | number[]>, key: string, id: number): void => {
    if (key === "") return;
    const have = index[key];
    if (have === undefined) index[key] = id;
    else if (typeof have === "number") {
      if (have !== id) index[key] = [have, id];
    } else if (have[have.length - 1] !== id) have.push(id);
  };
  const note: Record<string, string> = {};
  entries.forEach((e, id) => {
    const own = new Set([e.name, ...(e.names ?? [])].map(placeKey));
    for (const k of e.keys ?? []) own.add(k);
    for (const k of own) add(keys, k, id);
    for (const d of e.demonyms ?? []) add(demonyms, placeKey(d), id);
    if (e.note) note[id] = clean(e.note);
  });
  return {
    format: GAZETTEER_FORMAT,
    keyVersion: PLACE_KEY_VERSION,
    types: [...FEATURE_TYPES],
    sources,
    name: entries.map((e) => clean(e.name)),
    type: entries.map((e) => FEATURE_TYPES.indexOf(e.featureType)),
    fcode: entries.map((e) => e.featureCode ?? ""),
    country: entries.map((e) => e.country ?? ""),
    admin1: entries.map((e) => clean(e.admin1 ?? "")),
    population: entries.map((e) => e.population ?? 0),
    lat: entries.map((e) => Math.round(e.lat * 1e5) / 1e5),
    lon: entries.map((e) => Math.round(e.lon * 1e5) / 1e5),
    source: entries.map((e) => sources.indexOf(e.source)),
    note,
    keys,
    demonyms,
  };
}

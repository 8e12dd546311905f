// Places on TR-News and GeoVirus (toponym detection, geocoding within 161 km, median error) and event
// locations on Halterman's dev set. Also scores resolution alone on the gold toponym spans, so the
// gazetteer and resolver are measured even while the pipeline lacks an entities stage.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import type { Annotator } from "../annotator.js";
import { emptyDocument, makeArticle } from "../model/document.js";
import type { Document, Span } from "../model/schema.js";
import { attachLocation } from "../stages/places/event-locations.js";
import { loadGazetteer, lookupDemonym, lookupPlace, type Gazetteer } from "../stages/places/gazetteer.js";
import { placeKey } from "../stages/places/normalise.js";
import { findPlaces } from "../stages/places/places.js";
import { resolveToponyms } from "../stages/places/resolve.js";
import { createTokensStage } from "../stages/tokens/wink.js";
import { BASELINES } from "./baselines.js";
import { measured, placeholder } from "./rows.js";
import { accuracyWithin, haversineKm, median } from "./scorers/geo.js";
import { percent } from "./scorers/prf.js";
import { scoreSpans } from "./scorers/spans.js";
import type { EvalOptions, Evaluator, RowSpec, ScoreRow } from "./types.js";

/** One gold toponym; coordinates are null where the annotators gave none. */
export interface GeoGoldToponym {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
}

export interface GeoGoldArticle {
  id: string;
  text: string;
  toponyms: GeoGoldToponym[];
}

export interface GeoGoldSet {
  articles: GeoGoldArticle[];
  /** Gold spans whose offsets did not cover their phrase and were re-anchored to the nearest occurrence. */
  reanchored: number;
  /** Gold spans whose phrase could not be found near their offsets (dropped). */
  dropped: number;
}

interface GeoSetSpec {
  name: string;
  file: string;
  /** Element names for a toponym and its surface text. */
  toponym: string;
  phrase: string;
}

const GEO_SETS: readonly GeoSetSpec[] = [
  { name: "TR-News", file: "gold/geo/TR-News.xml", toponym: "toponym", phrase: "phrase" },
  { name: "GeoVirus", file: "gold/geo/GeoVirus.xml", toponym: "location", phrase: "name" },
];
const HALTERMAN = { name: "event-location halterman-dev", file: "gold/event-location/halterman-dev.jsonl" };

/** Where `phrase` occurs nearest to `start` within `window` characters, or -1. */
function nearestOccurrence(text: string, phrase: string, start: number, window = 60): number {
  let best = -1;
  for (let at = text.indexOf(phrase, Math.max(0, start - window)); at >= 0 && at <= start + window; at = text.indexOf(phrase, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best;
}

/** The part of the DOM this reader uses (linkedom's XML documents; the project's lib has no DOM types). */
interface XmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<XmlElement>;
  querySelector(selector: string): XmlElement | null;
  querySelectorAll(selector: string): ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

/**
 * Read TR-News or GeoVirus XML. Offsets in these files drift (GeoVirus counts from 1; some TR-News
 * articles shift by a few characters), so each span is re-anchored to the nearest occurrence of its
 * phrase; spans whose phrase is not near are dropped and counted.
 */
export function readGeoGold(xml: string, spec: Pick<GeoSetSpec, "toponym" | "phrase">): GeoGoldSet {
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as XmlElement;
  const articles: GeoGoldArticle[] = [];
  let reanchored = 0;
  let dropped = 0;
  const field = (el: XmlElement, name: string): string | null => {
    for (const child of Array.from(el.children)) if (child.tagName === name) return child.textContent;
    return null;
  };
  const number = (value: string | null): number | null => {
    if (value === null || value.trim() === "") return null;
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  };
  Array.from(doc.querySelectorAll("article")).forEach((article, index) => {
    const text = field(article, "text") ?? "";
    const toponyms: GeoGoldToponym[] = [];
    for (const el of Array.from(article.querySelectorAll(spec.toponym))) {
      const phrase = (field(el, spec.phrase) ?? "").trim();
      const start = number(field(el, "start"));
      if (phrase === "" || start === null) continue;
      let at = start;
      if (text.slice(start, start + phrase.length) !== phrase) {
        at = nearestOccurrence(text, phrase, start);
        if (at < 0) {
          dropped++;
          continue;
        }
        reanchored++;
      }
      const holder = spec.toponym === "toponym" ? (el.querySelector("gaztag") ?? el) : el;
      toponyms.push({ start: at, end: at + phrase.length, text: phrase, lat: number(field(holder, "lat")), lon: number(field(holder, "lon")) });
    }
    articles.push({ id: article.getAttribute("docid") ?? String(index), text, toponyms });
  });
  return { articles, reanchored, dropped };
}

/** Map offsets in the annotator's normalised text back to the raw text (normalisation only folds spaces and drops invisible characters). */
export function alignToRaw(raw: string, normalised: string): number[] {
  const map = new Array<number>(normalised.length + 1);
  let i = 0;
  for (let j = 0; j < normalised.length; j++) {
    const c = normalised[j];
    const isSpace = c === " " || c === "\n";
    while (i < raw.length && raw[i] !== c && !(isSpace && /\s/.test(raw[i]))) i++;
    map[j] = Math.min(i, raw.length);
    if (i < raw.length) i++;
  }
  map[normalised.length] = i;
  return map;
}

interface GeoScores {
  distances: number[];
  /** Gold toponyms with coordinates. */
  gold: number;
  unresolved: number;
  /**
   * Misses > 161 km where sitrep chose a country or first-level division and the gold point lies in
   * that same country: the two gazetteers put a different representative point on the same unit.
   */
  sameUnitMisses: number;
}

interface ResolvedPair {
  gold: GeoGoldToponym;
  lat: number | null;
  lon: number | null;
  featureType?: string | null;
  country?: string | null;
}

/** Country of the GeoNames city nearest a point, through a one-degree grid. */
function countryLocator(gazetteer: Gazetteer): (lat: number, lon: number) => string | null {
  const grid = new Map<string, { lat: number; lon: number; country: string | null }[]>();
  for (let id = 0; id < gazetteer.size; id++) {
    const r = gazetteer.record(id);
    if (r.featureType !== "city") continue;
    const key = `${Math.floor(r.lat)},${Math.floor(r.lon)}`;
    const cell = grid.get(key);
    if (cell) cell.push(r);
    else grid.set(key, [r]);
  }
  return (lat, lon) => {
    for (let reach = 1; reach <= 4; reach++) {
      let best: { d: number; country: string | null } | null = null;
      for (let dy = -reach; dy <= reach; dy++) {
        for (let dx = -reach; dx <= reach; dx++) {
          for (const c of grid.get(`${Math.floor(lat) + dy},${Math.floor(lon) + dx}`) ?? []) {
            const d = haversineKm({ lat, lon }, c);
            if (!best || d < best.d) best = { d, country: c.country };
          }
        }
      }
      if (best) return best.country;
    }
    return null;
  };
}

function scoreResolution(pairs: ResolvedPair[], locate?: (lat: number, lon: number) => string | null): GeoScores {
  const distances: number[] = [];
  let gold = 0;
  let unresolved = 0;
  let sameUnitMisses = 0;
  for (const { gold: g, lat, lon, featureType, country } of pairs) {
    if (g.lat === null || g.lon === null) continue;
    gold++;
    if (lat === null || lon === null) {
      unresolved++;
      continue;
    }
    const d = haversineKm({ lat: g.lat, lon: g.lon }, { lat, lon });
    distances.push(d);
    if (d > 161 && locate && country && (featureType === "country" || featureType === "admin1") && locate(g.lat, g.lon) === country) sameUnitMisses++;
  }
  return { distances, gold, unresolved, sameUnitMisses };
}

function geoSpecs(set: string): RowSpec[] {
  const row = (metric: string, unit: RowSpec["unit"], baseline?: string): RowSpec => ({
    capability: "places",
    goldSet: set,
    metric,
    unit,
    ...(baseline ? { baseline } : {}),
  });
  return [
    row("toponym detection F1", "%"),
    row("toponym detection F1 (overlap)", "%"),
    row("accuracy within 161 km", "%", `target ≥ 90; ${BASELINES.geo161}`),
    row("median error", "km"),
    row("accuracy within 161 km over all gold toponyms", "%"),
    row("resolution accuracy within 161 km given gold toponyms", "%", `target ≥ 90; ${BASELINES.geo161}`),
    row("resolution median error given gold toponyms", "km"),
  ];
}

function haltermanSpecs(): RowSpec[] {
  const row = (metric: string): RowSpec => ({ capability: "places", goldSet: HALTERMAN.name, metric, unit: "%", baseline: BASELINES.eventPlace });
  return [row("event location accuracy"), row("event location accuracy given gazetteer-spotted toponyms")];
}

const hasStage = (annotator: Annotator, layer: "entities" | "places"): boolean =>
  annotator.pipeline.stages.some((s) => (s.assigns as readonly string[]).includes(layer));

/** Toponym detection and geocoding through the public pipeline, offsets mapped back to the gold text. */
function endToEnd(
  annotator: Annotator,
  articles: GeoGoldArticle[],
  locate: (lat: number, lon: number) => string | null,
): { exact: number; overlap: number; detected: GeoScores; all: GeoScores; note: string } {
  const gold: Span[] = [];
  const predicted: Span[] = [];
  const detectedPairs: ResolvedPair[] = [];
  const allPairs: ResolvedPair[] = [];
  let offset = 0;
  for (const article of articles) {
    const doc = annotator.annotate({ text: article.text });
    const map = alignToRaw(article.text, doc.text);
    const places = doc.places.map((p) => ({ ...p, start: map[p.start] + offset, end: map[p.end - 1] + 1 + offset }));
    const goldSpans = article.toponyms.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    gold.push(...goldSpans);
    predicted.push(...places);
    for (const g of goldSpans) {
      const hit = places.find((p) => p.start < g.end && g.start < p.end);
      const pair: ResolvedPair = { gold: g, lat: hit?.lat ?? null, lon: hit?.lon ?? null, featureType: hit?.featureType, country: hit?.country };
      allPairs.push(pair);
      if (hit && hit.lat !== null) detectedPairs.push(pair);
    }
    offset += article.text.length + 1;
  }
  const exact = scoreSpans(gold, predicted, { mode: "exact" });
  const overlap = scoreSpans(gold, predicted, { mode: "overlap" });
  const note = `exact P ${percent(exact.precision)} R ${percent(exact.recall)}; overlap P ${percent(overlap.precision)} R ${percent(overlap.recall)}`;
  return { exact: exact.f1, overlap: overlap.f1, detected: scoreResolution(detectedPairs, locate), all: scoreResolution(allPairs), note };
}

/** Resolution alone: the gold toponym spans go to the resolver (demonyms allowed, as the gold marks "Turkish" as Turkey). */
export function resolveGold(gazetteer: Gazetteer, articles: GeoGoldArticle[], locate = countryLocator(gazetteer)): GeoScores {
  const pairs: ResolvedPair[] = [];
  for (const article of articles) {
    const mentions = [...article.toponyms].sort((a, b) => a.start - b.start);
    const resolved = resolveToponyms(gazetteer, article.text, mentions, { demonyms: true });
    resolved.forEach((r, i) =>
      pairs.push({ gold: mentions[i], lat: r.record?.lat ?? null, lon: r.record?.lon ?? null, featureType: r.record?.featureType, country: r.record?.country }),
    );
  }
  return scoreResolution(pairs, locate);
}

/** A Halterman record: sentence, verb span and gold location span (or none). */
export interface HaltermanRecord {
  id: string;
  text: string;
  verb: Span;
  location: Span | null;
}

interface RawSpan {
  start: number;
  end: number;
  token_start?: number;
  token_end?: number;
  label: string;
  text?: string;
}

/** Read Halterman's JSONL; spans whose offsets are token indexes (start == end) are mapped through the tokens. */
export function readHalterman(jsonl: string): { records: HaltermanRecord[]; skipped: number } {
  const records: HaltermanRecord[] = [];
  let skipped = 0;
  for (const line of jsonl.split("\n")) {
    if (line.trim() === "") continue;
    const raw = JSON.parse(line) as { _id?: string; text: string; spans?: RawSpan[]; tokens?: { start: number; end: number }[] };
    const fix = (s: RawSpan): Span | null => {
      if (s.end > s.start && (s.text === undefined || raw.text.slice(s.start, s.end) === s.text)) return { start: s.start, end: s.end };
      const tokens = raw.tokens ?? [];
      if (s.token_start !== undefined && s.token_end !== undefined && tokens[s.token_start] && tokens[s.token_end]) {
        return { start: tokens[s.token_start].start, end: tokens[s.token_end].end };
      }
      return null;
    };
    const verbs = (raw.spans ?? []).filter((s) => s.label === "VERB");
    const locations = (raw.spans ?? []).filter((s) => s.label === "LOCATION");
    const verb = verbs.length === 1 ? fix(verbs[0]) : null;
    if (!verb) {
      skipped++;
      continue;
    }
    const location = locations.length > 0 ? fix(locations[0]) : null;
    if (locations.length > 0 && !location) {
      skipped++;
      continue;
    }
    records.push({ id: raw._id ?? String(records.length), text: raw.text, verb, location });
  }
  return { records, skipped };
}

/** Proper-noun runs of a tokenised document that the gazetteer knows: a stand-in for NER toponyms. */
export function spotToponyms(doc: Document, gazetteer: Gazetteer): Span[] {
  const tokens = doc.tokens ?? [];
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].pos !== "PROPN") {
      i++;
      continue;
    }
    let j = i;
    // "Horn of Africa", "Deir ez-Zor": a run may continue over "of" and hyphens between proper nouns.
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      const word = doc.text.slice(next.start, next.end);
      if (next.pos === "PROPN" || ((word === "of" || word === "-") && tokens[j + 2]?.pos === "PROPN")) j++;
      else break;
    }
    // Longest gazetteer match inside the run, left to right.
    let k = i;
    while (k <= j) {
      let matched = -1;
      for (let end = j; end >= k; end--) {
        if (gazetteer.idsForKey(placeKey(doc.text.slice(tokens[k].start, tokens[end].end))).length > 0) {
          matched = end;
          break;
        }
      }
      if (matched >= 0) {
        spans.push({ start: tokens[k].start, end: tokens[matched].end });
        k = matched + 1;
      } else k++;
    }
    i = j + 1;
  }
  return spans;
}

/** Is the predicted location right: both none, or overlapping spans. */
function locationCorrect(gold: Span | null, predicted: Span | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return predicted.start < gold.end && gold.start < predicted.end;
}

/** Accuracy (0–1) of attached locations on Halterman records, given a way to make each sentence's document. */
function haltermanAccuracy(records: HaltermanRecord[], annotate: (text: string) => { doc: Document; toRaw: number[] }): { accuracy: number; withGold: number; withGoldRight: number } {
  let right = 0;
  let withGold = 0;
  let withGoldRight = 0;
  for (const record of records) {
    const { doc, toRaw } = annotate(record.text);
    const fromRaw = new Map<number, number>();
    toRaw.forEach((raw, norm) => {
      if (!fromRaw.has(raw)) fromRaw.set(raw, norm);
    });
    const vStart = fromRaw.get(record.verb.start);
    if (vStart === undefined) continue;
    const trigger = { start: vStart, end: vStart + (record.verb.end - record.verb.start) };
    const found = attachLocation(doc, trigger);
    const predicted = found ? { start: toRaw[found.place.start], end: toRaw[found.place.end - 1] + 1 } : null;
    const ok = locationCorrect(record.location, predicted);
    if (ok) right++;
    if (record.location) {
      withGold++;
      if (ok) withGoldRight++;
    }
  }
  return { accuracy: records.length ? right / records.length : 0, withGold, withGoldRight };
}

export const evaluator: Evaluator = {
  capability: "places",
  goldSets: [...GEO_SETS.map((s) => s.name), HALTERMAN.name],
  plan: () => [...GEO_SETS.flatMap((s) => geoSpecs(s.name)), ...haltermanSpecs()],
  method: [
    "Places: toponym detection compares the pipeline's `places` spans with the gold toponym spans of TR-News and GeoVirus (exact span, and one-to-one overlap). Geocoding counts a toponym right when the resolved point is within 161 km of the gold point; \"over all gold toponyms\" counts missed toponyms as wrong. \"Given gold toponyms\" feeds the gold spans straight to the resolver (demonyms allowed, since the gold marks \"Turkish\" as Turkey), measuring the gazetteer and disambiguation alone. Gold offsets that drift from their phrase are re-anchored to the nearest occurrence.",
    "Event location (Halterman dev): for each sentence and its gold verb, sitrep's event-location rule (a town the verb acts on, else the narrowest place of the locative chain nearest the verb, never across a relative or conditional clause, a quotation or an attribution, else a non-subject place of the sentence not governed by from/by/against/with/for; inheritance from the article does not apply to single sentences) picks a place or none; it is right when it overlaps the gold location span, or both are none.",
  ],
  async run(annotator: Annotator, options: EvalOptions): Promise<ScoreRow[]> {
    const gazetteer = loadGazetteer();
    const rows: ScoreRow[] = [];
    const pipelineReady = hasStage(annotator, "entities") && hasStage(annotator, "places");
    const locate = countryLocator(gazetteer);
    const missing = `the pipeline has no ${hasStage(annotator, "entities") ? "places" : "entities"} stage, so no toponyms are detected`;
    for (const set of GEO_SETS) {
      const specs = geoSpecs(set.name);
      const gold = readGeoGold(readFileSync(join(options.sharedDir, set.file), "utf8"), set);
      const articles = options.limit ? gold.articles.slice(0, options.limit) : gold.articles;
      const goldNote = `${articles.length} articles, ${articles.reduce((n, a) => n + a.toponyms.length, 0)} gold toponyms (${gold.reanchored} re-anchored, ${gold.dropped} dropped)`;
      // The gold marks adjectives ("Turkish") as toponyms; sitrep reads them as groups of people (NORP).
      const adjectives = articles.reduce((n, a) => n + a.toponyms.filter((t) => lookupPlace(gazetteer, t.text).length === 0 && lookupDemonym(gazetteer, t.text).length > 0).length, 0);
      if (pipelineReady) {
        const e2e = endToEnd(annotator, articles, locate);
        rows.push(measured(specs[0], percent(e2e.exact), `${e2e.note}; ${adjectives} gold toponyms are demonyms, which sitrep does not treat as places; ${goldNote}`));
        rows.push(measured(specs[1], percent(e2e.overlap)));
        const detectedRight = e2e.detected.distances.filter((d) => d <= 161).length;
        const detectedLenient = percent(e2e.detected.distances.length ? (detectedRight + e2e.detected.sameUnitMisses) / e2e.detected.distances.length : 0);
        rows.push(
          measured(
            specs[2],
            percent(accuracyWithin(e2e.detected.distances)),
            `over ${e2e.detected.distances.length} detected and resolved gold toponyms; ${e2e.detected.sameUnitMisses} misses are the right country or division with a different representative point (counting those right: ${detectedLenient}%)`,
          ),
        );
        rows.push(measured(specs[3], Math.round(median(e2e.detected.distances))));
        const allRight = e2e.all.distances.filter((d) => d <= 161).length;
        rows.push(measured(specs[4], percent(e2e.all.gold ? allRight / e2e.all.gold : 0), `missed toponyms count as wrong; ${e2e.all.gold} gold toponyms with coordinates`));
      } else {
        for (const spec of specs.slice(0, 5)) rows.push(placeholder(spec, "not implemented", missing));
      }
      const given = resolveGold(gazetteer, articles, locate);
      const right = given.distances.filter((d) => d <= 161).length;
      const lenient = percent(given.gold ? (right + given.sameUnitMisses) / given.gold : 0);
      rows.push(
        measured(
          specs[5],
          percent(given.gold ? right / given.gold : 0),
          `${right}/${given.gold} gold toponyms with coordinates; ${given.unresolved} not in the gazetteer or refused as a far namesake (counted wrong); ` +
            `${given.sameUnitMisses} misses are the right country or division whose representative point differs from the gold's by > 161 km (counting those right: ${lenient}%); ${goldNote}`,
        ),
      );
      rows.push(measured(specs[6], Math.round(median(given.distances)), `over the ${given.distances.length} resolved`));
    }

    const [endToEndSpec, spottedSpec] = haltermanSpecs();
    const halterman = readHalterman(readFileSync(join(options.sharedDir, HALTERMAN.file), "utf8"));
    const records = options.limit ? halterman.records.slice(0, options.limit) : halterman.records;
    const recordsNote = `${records.length} verb records (${halterman.skipped} unusable skipped)`;
    if (pipelineReady) {
      const result = haltermanAccuracy(records, (text) => {
        const doc = annotator.annotate({ text });
        return { doc, toRaw: alignToRaw(text, doc.text) };
      });
      rows.push(
        measured(endToEndSpec, percent(result.accuracy), `attachLocation(doc, verb) on the pipeline's places; ${result.withGoldRight}/${result.withGold} gold locations found; ${recordsNote}`),
      );
    } else {
      rows.push(placeholder(endToEndSpec, "not implemented", missing));
    }
    const tokens = createTokensStage();
    const result = haltermanAccuracy(records, (text) => {
      const base = tokens.run(emptyDocument(makeArticle({ text })));
      const entities = spotToponyms(base, gazetteer).map((s, i) => ({ ...s, id: `g${i}`, text: base.text.slice(s.start, s.end), type: "GPE" as const, actorId: null }));
      const doc = { ...base, entities };
      const placed: Document = { ...doc, ...findPlaces(doc, gazetteer) };
      return { doc: placed, toRaw: alignToRaw(text, placed.text) };
    });
    rows.push(
      measured(
        spottedSpec,
        percent(result.accuracy),
        `toponyms = proper-noun runs found in the gazetteer (a stand-in for NER), then attachLocation(doc, verb); ${result.withGoldRight}/${result.withGold} gold locations found; ${recordsNote}`,
      ),
    );
    return rows;
  },
};

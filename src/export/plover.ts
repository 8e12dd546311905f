// PLOVER JSON export: one record per event with the field names of the PLOVER manual ("Data
// Fields" chapter), plus a `sitrep` extension object that points back to the evidence.
import { z } from "zod";
import { PlacePoint, type EventLocation } from "../model/schema.js";
import type { EventRecord } from "../store/store.js";
import { gdeltDay } from "./gdelt.js";

/** An actor or recipient entity object (PLOVER manual, "Information object for entities"). */
export const PloverEntity = z.object({
  code: z.string().nullable().describe("3-character top-level code (country or international actor)"),
  sector: z.string().nullable().describe("sector code(s) after the top-level code, e.g. GOV, MIL"),
  entity_text: z.string(),
});
export type PloverEntity = z.infer<typeof PloverEntity>;

/** The location object (PLOVER manual, "Location object"), with the fields sitrep fills. */
export const PloverLocation = z.object({
  extracted_place: z.string().nullable(),
  resolved_place: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  country_code: z.string().nullable(),
  resolution: z.number().int().min(1).max(5).nullable().describe("5 = sub-city, 4 = city, 3 = district, 2 = province, 1 = country; null when no level fits"),
});

/** One PLOVER event record. Required fields per the manual: id, date, actor, event. */
export const PloverRecord = z.object({
  id: z.string().min(1),
  has_event: z.boolean(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  actor: z.array(PloverEntity),
  recipient: z.array(PloverEntity),
  event: z.array(z.string()).min(1),
  mode: z.array(z.string()),
  context: z.array(z.string()),
  quad_code: z.number().int().min(1).max(4).nullable(),
  event_text: z.array(z.string()),
  event_loc: PloverLocation.nullable(),
  text_info: z.object({ sequence: z.number().int(), start: z.number().int(), end: z.number().int() }),
  cite_info: z.object({
    url: z.string().nullable(),
    title: z.string().nullable(),
    coder: z.string(),
    codebook: z.string(),
  }),
  coder: z.string(),
  sitrep: z.object({
    article_id: z.string(),
    event_id: z.string(),
    cameo: z.string(),
    goldstein: z.number().nullable(),
    modality: z.string(),
    negated: z.boolean(),
    date_precision: z.string().nullable(),
    location_point: PlacePoint.nullable().describe("whose point event_loc's lat/lon is (sitrep's Place.point); null without a location"),
    location_feature_type: z.string().nullable().describe("the gazetteer feature type of event_loc (sitrep's Place.featureType); null without a location or when unknown"),
    rule: z.string(),
    confidence: z.number(),
  }),
});
export type PloverRecord = z.infer<typeof PloverRecord>;

export interface PloverOptions {
  /** The article URL for cite_info. */
  articleUrl?: (articleId: string) => string | null;
  /** Coder identification, e.g. "sitrep 0.1.0". */
  coder?: string;
}

function entity(side: EventRecord["source"]): PloverEntity[] {
  if (!side) return [];
  const code = side.code ?? null;
  return [{ code: code ? code.slice(0, 3) : null, sector: code && code.length > 3 ? code.slice(3) : null, entity_text: side.text }];
}

/** Gazetteer feature types by the PLOVER location object's resolution level. */
const RESOLUTION: Readonly<Record<string, number>> = {
  country: 1,
  admin1: 2,
  admin2: 3,
  city: 4,
  district: 5,
  airport: 5,
  base: 5,
  building: 5,
  landmark: 5,
};

/**
 * The PLOVER resolution of an event location: its country's point is country level whatever the
 * place is; continents, regions, seas and islands have no level.
 */
export function ploverResolution(loc: Pick<EventLocation, "featureType" | "point">): number | null {
  if (loc.point === "country") return 1;
  return loc.featureType ? (RESOLUTION[loc.featureType] ?? null) : null;
}

/** PLOVER mode and context are lists; sitrep stores them as one string that may hold several, comma-separated. */
function list(value: string | null | undefined): string[] {
  return value ? value.split(/\s*[,;]\s*/).filter(Boolean) : [];
}

/**
 * The PLOVER record for an event, or null when it cannot be one: PLOVER requires an event type and a
 * date, so events without a PLOVER mapping or any day-precision date are left out.
 */
export function ploverRecord(e: EventRecord, options: PloverOptions = {}): PloverRecord | null {
  if (!e.plover) return null;
  const date = gdeltDay(e);
  if (!date) return null;
  const spans = [e.trigger, e.source, e.target].filter((s): s is NonNullable<typeof s> => s != null);
  const coder = options.coder ?? "sitrep";
  return {
    id: `${e.articleId}:${e.id}`,
    has_event: true,
    date,
    actor: entity(e.source),
    recipient: entity(e.target),
    event: [e.plover.type],
    mode: list(e.plover.mode),
    context: list(e.plover.context),
    quad_code: e.cameo.quadClass,
    event_text: [e.trigger.text],
    event_loc: e.location
      ? {
          extracted_place: e.location.text,
          resolved_place: e.location.name,
          lat: e.location.lat,
          lon: e.location.lon,
          country_code: e.location.country,
          resolution: ploverResolution(e.location),
        }
      : null,
    // The extent of the evidence (trigger and both sides) in the article text.
    text_info: { sequence: e.sentence, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
    cite_info: { url: options.articleUrl?.(e.articleId) ?? null, title: e.articleTitle, coder, codebook: "CAMEO2PLOVER-2021" },
    coder,
    sitrep: {
      article_id: e.articleId,
      event_id: e.id,
      cameo: e.cameo.code,
      goldstein: e.cameo.goldstein,
      modality: e.modality,
      negated: e.negated,
      date_precision: e.date?.value === date ? e.date.precision : null,
      location_point: e.location?.point ?? null,
      location_feature_type: e.location?.featureType ?? null,
      rule: e.rule,
      confidence: e.confidence,
    },
  };
}

/** Events as PLOVER records; those that cannot be PLOVER records are counted in `skipped`. */
export function eventsToPlover(events: readonly EventRecord[], options: PloverOptions = {}): { records: PloverRecord[]; skipped: number } {
  const records: PloverRecord[] = [];
  for (const e of events) {
    const r = ploverRecord(e, options);
    if (r) records.push(r);
  }
  return { records, skipped: events.length - records.length };
}

/** Records as newline-delimited JSON, the PLOVER manual's suggested interchange form. */
export function toJsonLines(records: readonly PloverRecord[]): string {
  return records.map((r) => JSON.stringify(r) + "\n").join("");
}

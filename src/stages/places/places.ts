// Stage places@1: the entity layer's toponyms (GPE, LOC, FAC) resolved against the gazetteer into
// `doc.places`; a toponym the gazetteer does not know keeps its span with null coordinates and a diagnostic.
import type { Document, Entity, Place } from "../../model/schema.js";
import { defineStage, diagnostic } from "../../pipeline/stage.js";
import { loadGazetteer, type Gazetteer } from "./gazetteer.js";
import { resolveToponyms, type ResolveWeights, type ToponymMention } from "./resolve.js";
import { spotMissedToponyms } from "./spot.js";

export const PLACES_STAGE_ID = "places";

/** Entity types that name places. NORP ("Iranian") is a group of people, not a place. */
export const TOPONYM_TYPES: ReadonlySet<Entity["type"]> = new Set(["GPE", "LOC", "FAC"]);

const TRAILING_POSSESSIVE = /(?:['\u2019]s|s['\u2019])$/;

/** The toponym span of an entity: without a leading article or a trailing possessive ("the Gaza Strip's" → "Gaza Strip"). */
export function toponymSpan(entity: Pick<Entity, "start" | "end" | "text">): ToponymMention {
  // "The United States said": the article is not part of the name (the key drops it anyway).
  const article = /^the\s+(?=\S)/i.exec(entity.text);
  if (article) {
    const cut = article[0].length;
    entity = { start: entity.start + cut, end: entity.end, text: entity.text.slice(cut) };
  }
  const match = TRAILING_POSSESSIVE.exec(entity.text);
  if (!match) return { start: entity.start, end: entity.end, text: entity.text };
  // "Philippines'" keeps its final s; "Iran's" loses 's.
  const cut = match[0].startsWith("s") ? 1 : 2;
  const end = entity.end - cut;
  return { start: entity.start, end, text: entity.text.slice(0, entity.text.length - cut) };
}

/** Resolve a document's toponym entities into places (pure; used by the stage and by the evaluation). */
export function findPlaces(doc: Document, gazetteer: Gazetteer, weights?: ResolveWeights): Pick<Document, "places" | "diagnostics"> {
  const tagged = doc.entities.filter((e) => TOPONYM_TYPES.has(e.type)).map(toponymSpan);
  const mentions = [...tagged, ...spotMissedToponyms(doc, gazetteer, tagged)];
  mentions.sort((a, b) => a.start - b.start);
  const resolved = resolveToponyms(gazetteer, doc.text, mentions, { weights });
  const places: Place[] = [];
  const diagnostics = [...doc.diagnostics];
  for (const { mention, record, reason } of resolved) {
    if (record && reason === "container") {
      // A county the gazetteer lacks: named as written, placed at the state that contains it.
      places.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        name: mention.text,
        country: record.country,
        lat: record.lat,
        lon: record.lon,
        featureType: "admin2",
      });
      diagnostics.push(
        diagnostic(PLACES_STAGE_ID, "places.container-point", `no gazetteer entry for "${mention.text}": placed at ${record.name}, which contains it`, {
          severity: "info",
          start: mention.start,
          end: mention.end,
        }),
      );
      continue;
    }
    if (record) {
      places.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        name: record.name,
        country: record.country,
        lat: record.lat,
        lon: record.lon,
        featureType: record.featureType,
      });
      continue;
    }
    places.push({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      name: mention.text.replace(/^the\s+/i, ""),
      country: null,
      lat: null,
      lon: null,
      featureType: null,
    });
    diagnostics.push(
      diagnostic(PLACES_STAGE_ID, "places.unknown-toponym", `no gazetteer entry for "${mention.text}"`, {
        severity: "info",
        start: mention.start,
        end: mention.end,
      }),
    );
  }
  return { places, diagnostics };
}

export interface PlacesStageOptions {
  /** A loaded gazetteer (tests pass a small one); default: the committed resources/gazetteer. */
  gazetteer?: Gazetteer;
  weights?: ResolveWeights;
}

export const createPlacesStage = defineStage<PlacesStageOptions | void>(
  { id: PLACES_STAGE_ID, version: 1, requires: ["entities"], assigns: ["places"] },
  (options) => {
    const gazetteer = (options && options.gazetteer) || loadGazetteer();
    const weights = options ? options.weights : undefined;
    return {
      resources: { "places-gazetteer": gazetteer.hash },
      run(doc) {
        return { ...doc, ...findPlaces(doc, gazetteer, weights) };
      },
    };
  },
);

// Flat event rows for tables and CSV: one line per event with its evidence and article.
import type { EventRecord } from "../store/store.js";
import { toCsv } from "./csv.js";

export const EVENT_COLUMNS = [
  "article_id", "event_id", "date", "date_precision", "date_inherited",
  "source_code", "source_text", "cameo_code", "cameo_label", "plover_type", "quad_class", "goldstein",
  "target_code", "target_text", "modality", "negated", "location", "location_country", "lat", "lon", "location_point", "location_feature_type",
  "trigger", "trigger_start", "trigger_end", "rule", "confidence", "article_title",
] as const;

/** One flat row per event, in EVENT_COLUMNS order. */
export function eventRow(e: EventRecord): unknown[] {
  return [
    e.articleId, e.id, e.date?.value ?? null, e.date?.precision ?? null, e.date?.inherited ?? null,
    e.source?.code ?? null, e.source?.text ?? null, e.cameo.code, e.cameo.label, e.plover?.type ?? null, e.cameo.quadClass, e.cameo.goldstein,
    e.target?.code ?? null, e.target?.text ?? null, e.modality, e.negated, e.location?.name ?? null, e.location?.country ?? null,
    e.location?.lat ?? null, e.location?.lon ?? null, e.location?.point ?? null, e.location?.featureType ?? null,
    e.trigger.text, e.trigger.start, e.trigger.end, e.rule, e.confidence, e.articleTitle,
  ];
}

/** Events as CSV with a header. */
export function eventsToCsv(events: readonly EventRecord[]): string {
  return toCsv(EVENT_COLUMNS, events.map(eventRow));
}

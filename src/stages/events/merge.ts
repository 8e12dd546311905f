// Stage events.merge@1: one event told twice in an article ("a meeting with X" in the lead, "his
// meeting with X" later) becomes one event: same actors, same CAMEO code, same date.
import type { Event } from "../../model/schema.js";
import { defineStage } from "../../pipeline/stage.js";

function key(e: Event): string {
  return [e.source?.actorId, e.target?.actorId, e.cameo.code, e.negated, e.date?.value ?? ""].join("|");
}

/**
 * One trigger coded twice with the same codes on both sides: the same event told through two names
 * of one actor ("Médecins Sans Frontières (MSF), or Doctors Without Borders, warned …").
 */
function triggerKey(e: Event): string {
  return ["@", e.sentence, e.trigger.start, e.source?.code, e.target?.code, e.cameo.code, e.negated].join("|");
}

/** Merge repeated codings of one event; the first keeps its evidence, and takes a better date or place from a repeat. */
export function mergeEvents(events: readonly Event[]): Event[] {
  const out: Event[] = [];
  const byKey = new Map<string, number>();
  for (const e of events) {
    const k = key(e);
    const at = byKey.get(k) ?? byKey.get(triggerKey(e));
    if (at == null) {
      byKey.set(k, out.length);
      byKey.set(triggerKey(e), out.length);
      out.push(e);
      continue;
    }
    const first = out[at];
    out[at] = {
      ...first,
      date: first.date?.inherited && e.date && !e.date.inherited ? e.date : first.date,
      location: first.location?.inherited && e.location && !e.location.inherited ? e.location : first.location,
      modality: first.modality === "reported" && e.modality === "asserted" ? "asserted" : first.modality,
      confidence: Math.min(0.95, Math.max(first.confidence, e.confidence) + 0.05),
    };
  }
  return out;
}

export const createEventMergeStage = defineStage<void>(
  { id: "events.merge", version: 1, requires: ["events"], assigns: ["events"] },
  () => ({ run: (doc) => ({ ...doc, events: mergeEvents(doc.events) }) }),
);

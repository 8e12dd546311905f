// Stage events.merge@1: one event told twice in an article ("a meeting with X" in the lead, "his
// meeting with X" later) becomes one event: same actors, same CAMEO code, same date.
import type { Event } from "../../model/schema.js";
import { defineStage } from "../../pipeline/stage.js";

function key(e: Event): string {
  return [e.source?.actorId, e.target?.actorId, e.cameo.code, e.negated, e.date?.value ?? ""].join("|");
}

/** One trigger coded twice with the same codes on both sides (see namesOfOne). */
function triggerKey(e: Event): string {
  return ["@", e.sentence, e.trigger.start, e.source?.code, e.target?.code, e.cameo.code, e.negated].join("|");
}

/** What stands between two names of one actor: "X (Y), or Z", "X, also known as Y". */
const ALIAS_GAP = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:or|also known as|aka|known as)\s*$|^\s*\(\s*$/i;

/**
 * Whether two codings of one trigger differ only by naming one actor twice ("Médecins Sans
 * Frontières (MSF), or Doctors Without Borders, warned …"), not by naming two ("Obama and Biden met
 * Netanyahu"): the differing sides' names stand next to each other, joined as aliases.
 */
function namesOfOne(a: Event, b: Event, text: string): boolean {
  const aliased = (x: Event["source"], y: Event["source"]) => {
    if (!x || !y || x.actorId === y.actorId) return true;
    const [first, second] = x.start <= y.start ? [x, y] : [y, x];
    return second.start >= first.end && second.start - first.end <= 40 && ALIAS_GAP.test(text.slice(first.end, second.start));
  };
  return aliased(a.source, b.source) && aliased(a.target, b.target);
}

/**
 * Merge repeated codings of one event; the first keeps its evidence, and takes a better date or place
 * from a repeat. With the document's text, one trigger coded through two names of one actor is one event.
 */
export function mergeEvents(events: readonly Event[], text = ""): Event[] {
  const out: Event[] = [];
  const byKey = new Map<string, number>();
  for (const e of events) {
    const k = key(e);
    const alias = byKey.get(triggerKey(e));
    const at = byKey.get(k) ?? (alias != null && namesOfOne(out[alias], e, text) ? alias : undefined);
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
  () => ({ run: (doc) => ({ ...doc, events: mergeEvents(doc.events, doc.text) }) }),
);

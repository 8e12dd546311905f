// displaCy-style rendering data: a document's annotation layers become marks, and the text is cut
// at every mark boundary into segments that each know which marks cover them. Rendering these as
// text nodes (never HTML) keeps untrusted article text inert, overlaps and all.
import type { Document, Event, PlacePoint } from "../../../src/model/schema.js";

export type MarkKind = "entity" | "mention" | "time" | "place" | "quote" | "cue" | "trigger" | "role";

export interface Mark {
  /** Unique within a document, e.g. "entity:e3". */
  id: string;
  kind: MarkKind;
  start: number;
  end: number;
  /** Short label shown after the span (entity type, CAMEO code) or null. */
  label: string | null;
  /** Longer description for a tooltip. */
  title: string;
  /** Entity type for entity marks (colour), else null. */
  type: string | null;
  /** The actor an entity or mention refers to, else null. */
  actor?: string | null;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

export type EvidenceRole = "trigger" | "source" | "target" | "location" | "date";

export interface Evidence {
  role: EvidenceRole;
  start: number;
  end: number;
}

function valid(text: string, start: number | null | undefined, end: number | null | undefined): boolean {
  return start != null && end != null && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
}

/** What a place's hover title adds when its coordinates are not the place's own (Place.point). */
const BORROWED_POINT: Readonly<Record<PlacePoint, string>> = {
  own: "",
  container: " (the point of the place it lies in)",
  beside: " (the point of a place it lies near)",
  country: " (its country's point)",
};

/** Every annotation layer of a document as marks. */
export function documentMarks(doc: Document): Mark[] {
  const marks: Mark[] = [];
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const push = (m: Mark) => {
    if (valid(doc.text, m.start, m.end)) marks.push(m);
  };
  for (const e of doc.entities) {
    const actor = e.actorId ? actors.get(e.actorId) : undefined;
    push({
      id: `entity:${e.id}`,
      kind: "entity",
      start: e.start,
      end: e.end,
      label: actor?.code ? `${e.type} ${actor.code}` : e.type,
      title: actor ? `${e.type} · actor ${actor.name}${actor.code ? ` (${actor.code})` : ""}` : e.type,
      type: e.type,
      actor: e.actorId,
    });
  }
  // Names backed by an entity already show their actor; other mentions (pronouns, descriptions,
  // groups) get their own mark labelled with the actor's code.
  const entityIds = new Set(doc.entities.map((e) => e.id));
  for (const m of doc.mentions ?? []) {
    if (m.entityId && entityIds.has(m.entityId)) continue;
    const actor = actors.get(m.actorId);
    push({
      id: `mention:${m.id}`,
      kind: "mention",
      start: m.start,
      end: m.end,
      label: actor?.code ?? null,
      title: `${m.kind} → ${actor ? `${actor.name}${actor.code ? ` (${actor.code})` : ""}` : m.actorId}`,
      type: null,
      actor: m.actorId,
    });
  }
  for (const [i, t] of doc.times.entries()) {
    push({ id: `time:${i}`, kind: "time", start: t.start, end: t.end, label: null, title: `time: ${t.value ?? "unresolved"} (${t.precision})`, type: null });
  }
  for (const [i, p] of doc.places.entries()) {
    const where = p.lat != null && p.lon != null ? ` at ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}${BORROWED_POINT[p.point ?? "own"]}` : "";
    push({ id: `place:${i}`, kind: "place", start: p.start, end: p.end, label: null, title: `place: ${p.name}${p.country ? `, ${p.country}` : ""}${where}`, type: null });
  }
  for (const q of doc.quotes) {
    push({ id: `quote:${q.id}`, kind: "quote", start: q.start, end: q.end, label: null, title: `quote (${q.kind})${q.speaker ? ` by ${q.speaker.name}` : ""}`, type: null });
    if (q.cue) push({ id: `cue:${q.id}`, kind: "cue", start: q.cue.start, end: q.cue.end, label: null, title: "quote cue", type: null });
  }
  for (const a of doc.actors) {
    for (const [i, r] of a.roles.entries()) {
      push({ id: `role:${a.id}:${i}`, kind: "role", start: r.start, end: r.end, label: null, title: `role: ${r.title} of ${a.name}`, type: null });
    }
  }
  for (const e of doc.events) {
    push({
      id: `trigger:${e.id}`,
      kind: "trigger",
      start: e.trigger.start,
      end: e.trigger.end,
      label: e.cameo.code,
      title: `event ${e.cameo.code} ${e.cameo.label}`,
      type: null,
    });
  }
  return marks;
}

/**
 * Cut the text at every mark boundary (and at `extraCuts`, e.g. evidence spans); each segment lists
 * the marks covering it (outermost first).
 */
export function segment(text: string, marks: readonly Mark[], extraCuts: readonly number[] = []): Segment[] {
  const cuts = new Set<number>([0, text.length, ...extraCuts]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let first = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (start === end) continue;
    while (first < sorted.length && sorted[first].end <= start) first++;
    const covering: Mark[] = [];
    for (let j = first; j < sorted.length && sorted[j].start <= start; j++) {
      if (sorted[j].end >= end && sorted[j].start <= start) covering.push(sorted[j]);
    }
    out.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return out;
}

/** The spans that justify an event: trigger, both sides, its place and the text of its date. */
export function evidenceOf(doc: Document, event: Event): Evidence[] {
  const out: Evidence[] = [];
  const add = (role: EvidenceRole, start: number | null | undefined, end: number | null | undefined) => {
    if (valid(doc.text, start, end)) out.push({ role, start: start!, end: end! });
  };
  add("trigger", event.trigger.start, event.trigger.end);
  add("source", event.source?.start, event.source?.end);
  add("target", event.target?.start, event.target?.end);
  add("location", event.location?.start, event.location?.end);
  const dateText = event.date?.text;
  if (dateText) {
    // The event date carries its text but no offsets: take the time expression with that text in
    // the event's sentence, else the text's first occurrence in that sentence.
    const sentence = doc.sentences[event.sentence];
    const inSentence = (s: number) => !sentence || (s >= sentence.start && s < sentence.end);
    const time = doc.times.find((t) => inSentence(t.start) && (t.text === dateText || dateText.includes(t.text)));
    if (time) add("date", time.start, time.end);
    else if (sentence) {
      const at = doc.text.slice(sentence.start, sentence.end).indexOf(dateText);
      if (at >= 0) add("date", sentence.start + at, sentence.start + at + dateText.length);
    }
  }
  return out;
}

/** The evidence roles covering a segment. */
export function evidenceRoles(seg: { start: number; end: number }, evidence: readonly Evidence[]): EvidenceRole[] {
  return evidence.filter((e) => e.start <= seg.start && e.end >= seg.end).map((e) => e.role);
}

// The offset invariant: every span is half-open, inside the text, and its `text` equals the slice.
import { OffsetError } from "./errors.js";
import type { Document, Span } from "./schema.js";

interface MaybeTextSpan extends Span {
  text?: string | null;
}

/** Throw OffsetError naming the layer if the span is out of range or its text disagrees. */
export function checkSpan(text: string, span: MaybeTextSpan, where: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new OffsetError(`${where}: span [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  if (span.text != null && text.slice(start, end) !== span.text) {
    throw new OffsetError(
      `${where}: span [${start}, ${end}) covers ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(span.text)}`,
    );
  }
}

/** Check every span of every layer of a document; throws on the first violation. */
export function checkDocumentOffsets(doc: Document): void {
  const t = doc.text;
  doc.sentences.forEach((s, i) => checkSpan(t, s, `sentences[${i}]`));
  doc.tokens?.forEach((s, i) => checkSpan(t, s, `tokens[${i}]`));
  doc.entities.forEach((e, i) => checkSpan(t, e, `entities[${i}]`));
  for (let i = 1; i < doc.entities.length; i++) {
    if (doc.entities[i].start < doc.entities[i - 1].end) {
      throw new OffsetError(`entities[${i}] overlaps entities[${i - 1}]`);
    }
  }
  doc.actors.forEach((a, i) => a.roles.forEach((r, j) => checkSpan(t, r, `actors[${i}].roles[${j}]`)));
  doc.mentions.forEach((m, i) => checkSpan(t, m, `mentions[${i}]`));
  doc.times.forEach((s, i) => checkSpan(t, s, `times[${i}]`));
  doc.places.forEach((s, i) => checkSpan(t, s, `places[${i}]`));
  doc.quotes.forEach((q, i) => {
    checkSpan(t, q, `quotes[${i}]`);
    if (q.cue) checkSpan(t, q.cue, `quotes[${i}].cue`);
    if (q.speaker && q.speaker.start != null && q.speaker.end != null) {
      checkSpan(t, { start: q.speaker.start, end: q.speaker.end }, `quotes[${i}].speaker`);
    }
  });
  doc.events.forEach((e, i) => {
    checkSpan(t, e.trigger, `events[${i}].trigger`);
    if (e.source) checkSpan(t, e.source, `events[${i}].source`);
    if (e.target) checkSpan(t, e.target, `events[${i}].target`);
    if (e.location && e.location.start != null && e.location.end != null) {
      checkSpan(t, { start: e.location.start, end: e.location.end, text: e.location.text }, `events[${i}].location`);
    }
  });
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Index of the first span starting at or after `offset` in spans sorted by start (spans.length if none). */
export function firstStartingAt(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

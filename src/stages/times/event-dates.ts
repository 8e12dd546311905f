// Stage events.dates@1: gives every event the date of the time expression that governs its clause,
// else its sentence's, else the publication date (inherited). GDELT dates everything by the article.
import type { Document, Event, EventDate, Sentence, TimeExpression, Token } from "../../model/schema.js";
import { defineStage } from "../../pipeline/stage.js";
import { clauseOf, clauseStarts, verbGroups, withText, type WordToken } from "./clauses.js";

/** Durations and recurrences (P4Y, P1W) say how long or how often, not when. */
function datesAnEvent(time: TimeExpression): boolean {
  return !(time.value && /^P[\dXT.]/.test(time.value));
}

/** Monday of an ISO week ("2020-W01" → "2019-12-30"). */
function isoWeekStart(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/**
 * An event's date is always a sortable ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD) or null, so events can
 * be filtered and ordered by date. TimeML values that are not (weeks, quarters, seasons, decades,
 * "now", "the past") are mapped to the start of their period with precision "vague", or to the
 * publication date for "now"; the time's own value stays on the time expression.
 */
export function eventDateOf(time: TimeExpression, published: string | null): EventDate {
  const v = time.value ?? "";
  const base = { text: time.text, inherited: false };
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return { ...base, value: v, precision: time.precision };
  const week = /^(\d{4})-W(\d{2})/.exec(v);
  if (week) return { ...base, value: isoWeekStart(Number(week[1]), Number(week[2])), precision: "vague" };
  const quarter = /^(\d{4})-Q([1-4])/.exec(v);
  if (quarter) return { ...base, value: `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, "0")}`, precision: "vague" };
  const season = /^(\d{4})-(SP|SU|FA|WI)/.exec(v);
  if (season) return { ...base, value: `${season[1]}-${{ SP: "03", SU: "06", FA: "09", WI: "12" }[season[2] as "SP"]}`, precision: "vague" };
  const decade = /^(\d{3})X$/.exec(v);
  if (decade) return { ...base, value: `${decade[1]}0`, precision: "decade" };
  const prefix = /^(\d{4}(-\d{2}(-\d{2})?)?)/.exec(v);
  if (prefix) return { ...base, value: prefix[1], precision: "vague" };
  if (v === "PRESENT_REF" && published) return { ...base, value: published, precision: "vague" };
  return { ...base, value: null, precision: "vague" };
}

/** The publication date as an inherited event date (value null and vague without one). */
export function inheritedDate(published: string | null): EventDate {
  return published ? { value: published, precision: "day", text: null, inherited: true } : { value: null, precision: "vague", text: null, inherited: true };
}

interface Placed {
  time: TimeExpression;
  /** Index of the time's first token in the sentence. */
  token: number;
}

function firstTokenAt(tokens: readonly WordToken[], offset: number): number {
  const i = tokens.findIndex((t) => t.end > offset);
  return i < 0 ? tokens.length : i;
}

/** The time nearest to the trigger in [from, to), preferring one after it ("was assassinated … on January 3"). */
function nearest(placed: readonly Placed[], trigger: number, from: number, to: number): Placed | null {
  const inside = placed.filter((p) => p.token >= from && p.token < to);
  const afterTrigger = inside.filter((p) => p.token > trigger).sort((a, b) => a.token - b.token);
  if (afterTrigger.length > 0) return afterTrigger[0];
  const beforeTrigger = inside.filter((p) => p.token <= trigger).sort((a, b) => b.token - a.token);
  return beforeTrigger[0] ?? null;
}

/**
 * The stretch of a sentence a trigger's verb governs: from the end of the verb group before it to the
 * start of the verb group after it. A nominal trigger ("a drone strike") belongs to the verb before it,
 * or to the one after it when it is the subject.
 */
function verbWindow(tokens: readonly WordToken[], trigger: number): { from: number; to: number } {
  const groups = verbGroups(tokens);
  let own = groups.findIndex((g) => trigger >= g.from && trigger < g.to);
  if (own < 0) {
    const before = groups.filter((g) => g.to <= trigger).length - 1;
    own = before >= 0 ? before : groups.length > 0 ? 0 : -1;
  }
  if (own < 0) return { from: 0, to: tokens.length };
  const from = own > 0 ? groups[own - 1].to : 0;
  const to = own + 1 < groups.length ? groups[own + 1].from : tokens.length;
  return { from: Math.min(from, trigger), to: Math.max(to, trigger + 1) };
}

/**
 * A time at the head of the sentence, before its first verb and set off by a comma ("In 2014, when …",
 * "Also on Sunday, the …"): it governs the whole sentence.
 */
function frontedTime(tokens: readonly WordToken[], placed: readonly Placed[]): Placed | null {
  const firstVerb = verbGroups(tokens)[0]?.from ?? tokens.length;
  for (const p of placed) {
    if (p.token >= firstVerb) continue;
    const endToken = firstTokenAt(tokens, p.time.end);
    const comma = tokens.slice(endToken, firstVerb + 1).some((t) => t.text === ",");
    if (comma && p.token <= 3) return p;
  }
  return null;
}

/** Date one event from the times of its sentence; pure. */
export function dateEvent(
  event: Event,
  sentence: Sentence | undefined,
  tokens: readonly WordToken[],
  times: readonly TimeExpression[],
  published: string | null,
): EventDate {
  if (!sentence) return inheritedDate(published);
  const inSentence = times.filter((t) => t.start >= sentence.start && t.end <= sentence.end && datesAnEvent(t));
  if (inSentence.length === 0) return inheritedDate(published);
  const words = tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  if (words.length === 0) {
    const after = inSentence.find((t) => t.start >= event.trigger.end);
    return eventDateOf(after ?? inSentence[inSentence.length - 1], published);
  }
  const placed: Placed[] = inSentence.map((time) => ({ time, token: firstTokenAt(words, time.start) }));
  const trigger = firstTokenAt(words, event.trigger.start);
  const clause = clauseOf(clauseStarts(words), words.length, trigger);
  const window = verbWindow(words, trigger);
  const governed =
    nearest(placed, trigger, Math.max(clause.from, window.from), Math.min(clause.to, window.to)) ??
    nearest(placed, trigger, clause.from, clause.to) ??
    frontedTime(words, placed) ??
    // From another clause only a definite time carries over: "in the near future" in one clause does
    // not date what was "supplied" in the next.
    nearest(
      placed.filter((p) => p.time.precision !== "vague"),
      trigger,
      0,
      words.length,
    );
  return governed ? eventDateOf(governed.time, published) : inheritedDate(published);
}

/** Index of the first token ending after `offset` (tokens in text order). */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Date every event of a document. */
export function dateEvents(doc: Document): Event[] {
  const all = doc.tokens ?? [];
  // Tokens come in text order without overlaps, so a sentence's tokens are one run found by binary
  // search, and only sentences with a time need their words (dateEvent reads no token without one).
  const ordered = all.every((t, k) => k === 0 || (all[k - 1].start <= t.start && all[k - 1].end <= t.end));
  const everyToken = ordered || doc.times.length === 0 ? null : withText(doc.text, all);
  return doc.events.map((event) => {
    const sentence =
      doc.sentences[event.sentence] ?? doc.sentences.find((s) => s.start <= event.trigger.start && event.trigger.end <= s.end);
    let tokens: WordToken[] = [];
    if (everyToken) tokens = everyToken;
    else if (sentence && doc.times.length > 0) {
      // A superset of the tokens inside the sentence (dateEvent keeps those), empty tokens at its edges included.
      const from = firstEndingAfter(all, sentence.start - 1);
      let to = from;
      while (to < all.length && all[to].start <= sentence.end) to++;
      tokens = withText(doc.text, all.slice(from, to));
    }
    return { ...event, date: dateEvent(event, sentence, tokens, doc.times, doc.published) };
  });
}

/** The event-dating stage: sets `date` on every event. */
export const createEventDatesStage = defineStage<void>(
  { id: "events.dates", version: 1, requires: ["times", "events"], assigns: ["events"] },
  () => ({
    run(doc) {
      return { ...doc, events: dateEvents(doc) };
    },
  }),
);

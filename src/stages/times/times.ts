// Stage times@1: time expressions (TimeML-style TIMEX3 values) from chrono-node plus sitrep's own
// rules and refiners, resolved against the publication date, the previous time and the clause's tense.
import type { Chrono } from "chrono-node";
import type { Diagnostic, Sentence, TimeExpression, Token } from "../../model/schema.js";
import { defineStage, diagnostic } from "../../pipeline/stage.js";
import { GRANULARITY_RANK, parseIsoDate, type TimePoint, type Ymd } from "./calendar.js";
import { createChrono, meaningOfChrono, parseCued, parserCues } from "./chrono-adapter.js";
import { CueIndex, type CueHits } from "./cue-index.js";
import { sentenceStructure, tenseAround, withText, type SentenceStructure, type WordToken } from "./clauses.js";
import { isRelative, type Candidate, type Meaning } from "./meaning.js";
import { extendModifiers, rejectReason, resolveOverlaps, trimCandidate } from "./refine.js";
import { resolveMeaning, type Tense } from "./resolve.js";
import { applyRules, RULES, type TimeRule } from "./rules.js";

export const TIMES_STAGE_ID = "times";

/**
 * Words without which a sentence holds no time expression: chrono is run only on sentences that
 * match, which keeps the stage fast on long texts (chrono runs a dozen regexes per call).
 */
export const TEMPORAL_CUE =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|today|tonight|tomorrow|yesterday|now|nowadays|current(?:ly)?|recent(?:ly)?|present|ago|later|earlier|soon|future|past|years?|months?|weeks?|weekends?|days?|nights?|mornings?|afternoons?|evenings?|noon|midnight|hours?|minutes?|decades?|century|centuries|quarters?|half|spring|summer|autumn|fall|winter|annual(?:ly)?|yearly|biannual|quarterly|monthly|weekly|daily|hourly|nightly|christmas|new year|term|fortnights?|moment|time being|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|fiscal)\b/i;

export interface TimesOptions {
  /** A chrono instance configured by createChrono(); made once per stage when omitted. */
  chrono?: Chrono;
  /** Replace sitrep's rules (tests). */
  rules?: readonly TimeRule[];
}

interface FindInput {
  text: string;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  published: string | null;
}

/** The reference chrono needs; fixed so results never depend on the clock. */
function chronoReference(published: string | null): { instant: Date; timezone: number } {
  const day = parseIsoDate(published) ?? { year: 2000, month: 1, day: 1 };
  return { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, 12)), timezone: 0 };
}

function parserTag(tags: Set<string>): string {
  for (const tag of tags) if (tag.startsWith("parser/")) return tag.slice("parser/".length);
  return "casual";
}

/** The rules' cues followed by chrono's parser cues, answered by one scan per sentence. */
interface SharedCues {
  index: CueIndex;
  /** Chrono's cue k is index cue `offset + k`; null when chrono runs whole (parserCues is null). */
  offset: number | null;
}

const sharedCues = new WeakMap<readonly TimeRule[], WeakMap<Chrono, SharedCues>>();

function sharedCuesOf(rules: readonly TimeRule[], chrono: Chrono): SharedCues {
  let byChrono = sharedCues.get(rules);
  if (!byChrono) sharedCues.set(rules, (byChrono = new WeakMap()));
  let shared = byChrono.get(chrono);
  if (!shared) {
    const parsers = parserCues(chrono);
    shared = { index: new CueIndex([...rules.map((r) => r.cue), ...(parsers ?? [])]), offset: parsers ? rules.length : null };
    byChrono.set(chrono, shared);
  }
  return shared;
}

/** Chrono's parser cues read from a shared scan, where chrono's cue k is the scan's cue `offset + k`. */
class OffsetHits implements CueHits {
  constructor(
    private readonly hits: CueHits,
    private readonly offset: number,
  ) {}

  has(k: number): boolean {
    return this.hits.has(this.offset + k);
  }
}

/** Candidates in one sentence: chrono's results and the rules' matches, with document offsets. */
function sentenceCandidates(
  chrono: Chrono,
  rules: readonly TimeRule[],
  text: string,
  sentence: Sentence,
  reference: ReturnType<typeof chronoReference>,
): Candidate[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Candidate[] = [];
  // One scan answers both the rules' cues and chrono's parser cues.
  const shared = sharedCuesOf(rules, chrono);
  const hits = shared.index.scan(body);
  const offset = shared.offset;
  // (A class, not an object literal with a closure: this runs per sentence.)
  const chronoHits: CueHits | undefined = offset === null ? undefined : new OffsetHits(hits, offset);
  for (const result of parseCued(chrono, body, reference, chronoHits)) {
    const meaning = meaningOfChrono(result);
    if (!meaning) continue;
    const start = sentence.start + result.index;
    out.push({ start, end: start + result.text.length, meaning, source: `chrono:${parserTag(result.tags())}` });
  }
  for (const match of applyRules(body, rules, hits)) {
    out.push({ start: sentence.start + match.start, end: sentence.start + match.end, meaning: match.meaning, source: match.rule });
  }
  return out;
}

/** A full date with a written year ("November 15, 2017"). */
function isExplicitDate(meaning: Meaning): boolean {
  return meaning.kind === "date" && meaning.year !== null && "absolute" in meaning.year && meaning.day !== undefined;
}

function needsTense(meaning: Meaning): boolean {
  if (meaning.kind === "date") return meaning.year === null && !meaning.direction;
  if (meaning.kind === "weekday") return meaning.direction === null;
  return false;
}

function tokenRange(tokens: readonly WordToken[], start: number, end: number): { from: number; to: number } {
  let from = tokens.findIndex((t) => t.end > start);
  if (from < 0) from = tokens.length;
  let to = from;
  while (to < tokens.length && tokens[to].start < end) to++;
  return { from, to: Math.max(to, from + 1) };
}

export interface FoundTimes {
  times: TimeExpression[];
  diagnostics: Diagnostic[];
}

/** Find and resolve the time expressions of a text. Pure; `published` is YYYY-MM-DD or null. */
export function findTimes(input: FindInput, chrono: Chrono, rules: readonly TimeRule[] = RULES): FoundTimes {
  const { text, sentences, tokens } = input;
  const document = parseIsoDate(input.published);
  const reference = chronoReference(input.published);
  const times: TimeExpression[] = [];
  const diagnostics: Diagnostic[] = [];
  let previous: TimePoint | null = null;
  let previousDay: TimePoint | null = null;
  let explicit: { day: Ymd; sentence: number } | null = null;
  let tokenCursor = 0;

  for (const [sentenceIndex, sentence] of sentences.entries()) {
    const body = text.slice(sentence.start, sentence.end);
    if (!TEMPORAL_CUE.test(body)) continue;

    const raw = sentenceCandidates(chrono, rules, text, sentence, reference);
    if (raw.length === 0) continue;
    // The sentence's tokens, only for sentences with candidates (the cursor only moves forward).
    while (tokenCursor < tokens.length && tokens[tokenCursor].end <= sentence.start) tokenCursor++;
    let tokenEnd = tokenCursor;
    while (tokenEnd < tokens.length && tokens[tokenEnd].start < sentence.end) tokenEnd++;
    const words = withText(text, tokens.slice(tokenCursor, tokenEnd));
    const kept: Candidate[] = [];
    for (const candidate of raw) {
      const trimmed = trimCandidate(text, candidate);
      if (!trimmed) continue;
      if (rejectReason(body, sentence.start, words, trimmed)) continue;
      kept.push(trimmed);
    }
    const chosen = extendModifiers(text, sentence.start, resolveOverlaps(kept));
    let structure: SentenceStructure | null = null;

    for (const c of chosen) {
      let tense: Tense = "none";
      const bareLater = c.meaning.kind === "ref" && /^later$/i.test(text.slice(c.start, c.end));
      if (needsTense(c.meaning) || bareLater) {
        const range = tokenRange(words, c.start, c.end);
        structure ??= sentenceStructure(words);
        tense = tenseAround(structure, range.from, range.to);
      }
      // "He later returned" is after the narrative's time, not in the future: no FUTURE_REF for it.
      if (bareLater && tense === "past") continue;
      // A full date in this or the previous sentence sets the year of the yearless dates that follow it.
      const reference = explicit && sentenceIndex - explicit.sentence <= 1 ? explicit.day : null;
      const resolved = resolveMeaning(c.meaning, { document, previous, previousDay, reference, tense });
      times.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), value: resolved.value, precision: resolved.precision });
      if (resolved.point) {
        previous = resolved.point;
        if (GRANULARITY_RANK[resolved.point.granularity] <= GRANULARITY_RANK.day) previousDay = resolved.point;
        if (isExplicitDate(c.meaning)) explicit = { day: resolved.point, sentence: sentenceIndex };
      }
      if (resolved.unresolved && isRelative(c.meaning)) {
        diagnostics.push(
          diagnostic(TIMES_STAGE_ID, "times.unresolved-relative", `"${text.slice(c.start, c.end)}" is relative but the article has no usable publication date`, {
            severity: "info",
            start: c.start,
            end: c.end,
          }),
        );
      }
    }
  }
  return { times, diagnostics };
}

/** The times stage: fills `doc.times`, adds a diagnostic per relative time it could not anchor. */
export const createTimesStage = defineStage<TimesOptions | void>(
  { id: TIMES_STAGE_ID, version: 1, requires: ["sentences", "tokens"], assigns: ["times"] },
  (options) => {
    const chrono = (options && options.chrono) || createChrono();
    const rules = (options && options.rules) || RULES;
    return {
      resources: { "chrono-node": "2.10.3" },
      run(doc) {
        const found = findTimes({ text: doc.text, sentences: doc.sentences, tokens: doc.tokens ?? [], published: doc.published }, chrono, rules);
        return { ...doc, times: found.times, diagnostics: [...doc.diagnostics, ...found.diagnostics] };
      },
    };
  },
);

// chrono-node as the parser of written dates, weekdays, clock times and casual days ("yesterday"):
// configured once without its relative-unit parsers (sitrep's rules read those with their anchor),
// and its results translated into Meanings from the components chrono is certain of.
import { Chrono, en, type ParsedResult, type ParsingReference } from "chrono-node";
import type { PartOfDay } from "./calendar.js";
import { CueIndex, type CueHits } from "./cue-index.js";
import type { Meaning } from "./meaning.js";

/**
 * chrono parsers sitrep replaces: they resolve "three years later" or "last week" to a full date
 * against the reference, losing the unit, the granularity and the anchor that TimeML values need.
 */
const REPLACED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENRelativeDateFormatParser",
  "ENEndOfCurrentMonthParser",
]);

/** Refiners dropped: forward dating is sitrep's decision (news refers to the past). */
const REPLACED_REFINERS = new Set(["ForwardDateRefiner"]);

/** A chrono instance with the casual English parsers minus the replaced ones. */
export function createChrono(): Chrono {
  const configuration = en.configuration.createCasualConfiguration();
  const parsers = configuration.parsers.filter((p) => !REPLACED_PARSERS.has(p.constructor.name));
  const refiners = configuration.refiners.filter((r) => !REPLACED_REFINERS.has(r.constructor.name));
  return new Chrono({ parsers, refiners });
}

/** Names of the parsers a chrono instance runs (for the configuration test). */
export function parserNames(chrono: Chrono): string[] {
  return chrono.parsers.map((p) => p.constructor.name);
}

const DIGIT = /\d/;
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * For each parser `createChrono` keeps (chrono-node 2.10), text its pattern cannot match without,
 * read off the pattern: a digit, a month or weekday name or abbreviation ("sept.", "thurs"), or a
 * casual day or time word, as plain case-insensitive substrings, so no spelling chrono accepts
 * slips past. The numeric date parsers need their numbers' punctuation too, so a sentence that only
 * counts ("killed 15 people in 2019") runs none of them: ISO dates "2020-11-03" (four digits, a
 * hyphen, a digit), slashed or dotted dates "5/11", "11.3" (digit, separator, digit), slashed
 * months "11/2020" (digit, slash, four digits), year-first dates "2020-11-03", "2020 Nov. 3" (four
 * digits, a separator, then a digit or a month name, a separator and a digit) and year-first months
 * "2019 of March" (a digit before a month name).
 */
export const PARSER_CUES: ReadonlyMap<string, RegExp> = new Map([
  ["ENYearMonthDayParser", /\d{4}[-./\s](?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[-./\s]\d)/i],
  ["ISOFormatParser", /\d{4}-\d/],
  ["SlashDateFormatParser", /\d[/.-]\d/],
  ["ENMonthNameLittleEndianParser", MONTH],
  ["ENMonthNameMiddleEndianParser", MONTH],
  ["ENWeekdayParser", /mon|tue|wed|thu|fri|sat|sun|week/i],
  ["ENSlashMonthFormatParser", /\d\/\d{4}/],
  ["ENTimeExpressionParser", DIGIT],
  ["ENYearMonthNameParser", /\d[^]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i],
  ["ENCasualDateParser", /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i],
  ["ENCasualTimeParser", /morning|afternoon|evening|night|midday|noon/i],
  ["ENMonthNameParser", MONTH],
]);

/** A chrono's parser cues, and chrono instances over subsets of its parsers (by bit set). */
interface Cued {
  cues: CueIndex;
  count: number;
  subsets: Map<number, Chrono>;
}

const cuedChronos = new WeakMap<Chrono, Cued | null>();

function cuedOf(chrono: Chrono): Cued | null {
  let cued = cuedChronos.get(chrono);
  if (cued === undefined) {
    const cues = parserNames(chrono).map((name) => PARSER_CUES.get(name));
    cued = cues.length <= 30 && cues.every((c) => c !== undefined) ? { cues: new CueIndex(cues), count: cues.length, subsets: new Map() } : null;
    cuedChronos.set(chrono, cued);
  }
  return cued;
}

/** The cues of a chrono's parsers in parser order (to scan with other cues), or null if one is unknown. */
export function parserCues(chrono: Chrono): RegExp[] | null {
  const cues = parserNames(chrono).map((name) => PARSER_CUES.get(name));
  return cuedOf(chrono) && cues.every((c) => c !== undefined) ? (cues as RegExp[]) : null;
}

/**
 * `chrono.parse`, running only the parsers whose cue the text contains; nothing at all when none
 * does (chrono's dozen regexes are a third of the times stage's run time). The results are the
 * same: chrono runs its parsers independently, concatenates their results in parser order and
 * sorts them stably before refining, so a parser that cannot match adds nothing. A chrono with a
 * parser PARSER_CUES does not know runs whole. `cues`, when given, answers parserCues(chrono) for
 * `text` (`has(k)` for parser k) from a scan shared with other cues.
 */
export function parseCued(chrono: Chrono, text: string, reference: ParsingReference, cues?: CueHits): ParsedResult[] {
  const cued = cuedOf(chrono);
  if (!cued) return chrono.parse(text, reference);
  const hits = cues ?? cued.cues.scan(text);
  let mask = 0;
  for (let k = 0; k < cued.count; k++) if (hits.has(k)) mask |= 1 << k;
  if (mask === 0) return [];
  let subset = cued.subsets.get(mask);
  if (!subset) {
    subset = new Chrono({ parsers: chrono.parsers.filter((_, k) => mask & (1 << k)), refiners: chrono.refiners });
    cued.subsets.set(mask, subset);
  }
  return subset.parse(text, reference);
}

const PART_TAGS: Record<string, PartOfDay> = {
  "casualReference/morning": "MO",
  "casualReference/afternoon": "AF",
  "casualReference/evening": "EV",
  "casualReference/tonight": "NI",
};

function directionIn(text: string): "last" | "next" | "this" | null {
  if (/\b(?:last|past|previous)\b/i.test(text)) return "last";
  if (/\b(?:next|coming)\b/i.test(text)) return "next";
  if (/\bthis\b/i.test(text)) return "this";
  return null;
}

/** Translate one chrono result into a Meaning; null when chrono found nothing sitrep can use. */
export function meaningOfChrono(result: ParsedResult): Meaning | null {
  const c = result.start;
  const tags = result.tags();
  const text = result.text.toLowerCase();
  const utc = /\b(?:utc|gmt)\b|\dZ\b/i.test(result.text) && !/(?:utc|gmt)\s*[+-]\s*\d/i.test(result.text) ? true : undefined;
  let part: PartOfDay | undefined;
  for (const [tag, p] of Object.entries(PART_TAGS)) if (tags.has(tag)) part = p;
  const clock = c.isCertain("hour") ? { hour: c.get("hour") ?? 0, minute: c.isCertain("minute") ? (c.get("minute") ?? 0) : 0, utc } : {};
  const hasClock = c.isCertain("hour");

  // "now" is read by sitrep's rule, which knows the discourse-marker "Now," at a sentence start.
  if (tags.has("casualReference/now")) return null;
  if (/\btoday\b/.test(text)) return { kind: "shift", unit: "day", amount: 0, anchor: "document", ...clock };
  if (/\byesterday\b/.test(text)) return { kind: "shift", unit: "day", amount: -1, anchor: "document", part, ...clock };
  if (/\btomorrow\b/.test(text)) return { kind: "shift", unit: "day", amount: 1, anchor: "document", part, ...clock };
  if (/\blast night\b/.test(text)) return { kind: "shift", unit: "day", amount: -1, anchor: "document", part: "NI" };
  if (/\btonight\b/.test(text)) return { kind: "shift", unit: "day", amount: 0, anchor: "document", part: "NI" };

  if (c.isCertain("day") && c.isCertain("month")) {
    return {
      kind: "date",
      year: c.isCertain("year") ? { absolute: c.get("year")! } : null,
      month: c.get("month")!,
      day: c.get("day")!,
      part,
      ...clock,
    };
  }
  if (c.isCertain("weekday") && !c.isCertain("day")) {
    const weekday = c.get("weekday")!;
    return { kind: "weekday", weekday: weekday === 0 ? 7 : weekday, direction: directionIn(result.text), part, ...clock };
  }
  if (c.isCertain("month")) {
    return { kind: "date", year: c.isCertain("year") ? { absolute: c.get("year")! } : null, month: c.get("month")! };
  }
  if (c.isCertain("year")) return { kind: "date", year: { absolute: c.get("year")! } };
  if (part && /\bthis\b/.test(text)) return { kind: "shift", unit: "day", amount: 0, anchor: "document", part };
  if (hasClock) return { kind: "shift", unit: "day", amount: 0, anchor: "previous", ...clock };
  return null;
}

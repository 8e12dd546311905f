// Anchoring: turns a Meaning into a value and precision, relative to the publication date, the
// previous time in the text and the tense of the clause. News refers to the past unless told otherwise.
import type { Precision } from "../../model/schema.js";
import {
  GRANULARITY_RANK,
  addDays,
  addMonths,
  formatPoint,
  isoWeekday,
  isValidDay,
  precisionOf,
  quarterOf,
  seasonOf,
  type Granularity,
  type Season,
  type TimePoint,
  type Ymd,
} from "./calendar.js";
import type { Direction, Meaning, Unit } from "./meaning.js";

/** Tense of the clause a time expression sits in: past looks back, future ahead, present and none take the nearest. */
export type Tense = "past" | "present" | "future" | "none";

export interface ResolveContext {
  /** The publication date, if known. */
  document: Ymd | null;
  /** The last resolved point in the text before this expression. */
  previous: TimePoint | null;
  /** The last resolved point of day precision or finer, the anchor of "the next day" or "in the morning". */
  previousDay?: TimePoint | null;
  /**
   * The day yearless dates are placed around, when not the publication date: a full date just before
   * ("on November 15, 2017 … his resignation on November 21") sets the narrative's year.
   */
  reference?: Ymd | null;
  tense: Tense;
}

export interface Resolved {
  value: string | null;
  precision: Precision;
  /** The point this expression denotes, used as the anchor of later relative expressions. */
  point: TimePoint | null;
  /** True when the expression needed an anchor that was missing. */
  unresolved: boolean;
}

const UNRESOLVED: Resolved = { value: null, precision: "vague", point: null, unresolved: true };

function fromPoint(point: TimePoint): Resolved {
  // "100000 years ago" has no four-digit calendar value.
  if (point.year < 0 || point.year > 9999) return { value: null, precision: "vague", point: null, unresolved: false };
  return { value: formatPoint(point), precision: precisionOf(point.granularity), point, unresolved: false };
}

const SEASONS: Season[] = ["SP", "SU", "FA", "WI"];

/**
 * Position of a yearless period inside its year and the publication date's position on the same
 * scale (`size` positions per year), so candidate years can be compared by distance.
 */
function periodKey(meaning: Extract<Meaning, { kind: "date" }>, day: Ymd): { target: number; current: number; year: number; size: number } {
  if (meaning.season) {
    // Winter is named by the year it starts in: January 2020 is in winter 2019.
    const inWinterTail = day.month <= 2;
    const current = SEASONS.indexOf(seasonOf(day.month));
    return { target: SEASONS.indexOf(meaning.season), current, year: inWinterTail ? day.year - 1 : day.year, size: 4 };
  }
  if (meaning.quarter) return { target: meaning.quarter, current: quarterOf(day.month), year: day.year, size: 4 };
  if (meaning.half) return { target: meaning.half, current: day.month <= 6 ? 1 : 2, year: day.year, size: 2 };
  const month = meaning.month ?? 1;
  if (meaning.day) return { target: (month - 1) * 31 + meaning.day, current: (day.month - 1) * 31 + day.day, year: day.year, size: 372 };
  return { target: month, current: day.month, year: day.year, size: 12 };
}

/**
 * Choose the year of a yearless date. Past-tense clauses take the last such date on or before
 * publication, future ones the next on or after it; present, modal or verbless clauses ("has a June 1
 * deadline", "may be signed on September 12") take the nearest, ties going to the past.
 */
function chooseYear(meaning: Extract<Meaning, { kind: "date" }>, day: Ymd, tense: Tense): number {
  const { target, current, year, size } = periodKey(meaning, day);
  const direction: Direction | Tense = meaning.direction ?? tense;
  switch (direction) {
    case "this":
      return year;
    case "last":
      return target < current ? year : year - 1;
    case "next":
      return target > current ? year : year + 1;
    case "future":
      return target >= current ? year : year + 1;
    case "past":
      return target <= current ? year : year - 1;
    default: {
      const past = target <= current ? year : year - 1;
      const future = target >= current ? year : year + 1;
      const distance = (y: number) => Math.abs((y - year) * size + target - current);
      return distance(future) < distance(past) ? future : past;
    }
  }
}

function dateGranularity(meaning: Extract<Meaning, { kind: "date" }>): Granularity {
  if (meaning.day !== undefined && meaning.hour !== undefined) return "minute";
  if (meaning.day !== undefined && meaning.part) return "part";
  if (meaning.day !== undefined) return "day";
  if (meaning.month !== undefined) return "month";
  if (meaning.quarter !== undefined) return "quarter";
  if (meaning.half !== undefined) return "half";
  if (meaning.season !== undefined) return "season";
  return "year";
}

function resolveDate(meaning: Extract<Meaning, { kind: "date" }>, ctx: ResolveContext): Resolved {
  let year: number;
  if (meaning.year && "absolute" in meaning.year) {
    year = meaning.year.absolute;
  } else if (!ctx.document) {
    return UNRESOLVED;
  } else if (meaning.year && "relative" in meaning.year) {
    year = ctx.document.year + meaning.year.relative;
  } else {
    // Around a narrative's date the nearest year wins whatever the tense: the story moves on from it.
    year = ctx.reference ? chooseYear(meaning, ctx.reference, "none") : chooseYear(meaning, ctx.document, ctx.tense);
    // "February 29" said in 2009 is the last leap day before it (or the next one in a future clause).
    const step = ctx.tense === "future" || meaning.direction === "next" ? 1 : -1;
    for (let tries = 0; meaning.day !== undefined && meaning.month !== undefined && !isValidDay(year, meaning.month, meaning.day) && tries < 8; tries++) {
      year += step;
    }
  }
  if (meaning.day !== undefined && meaning.month !== undefined && !isValidDay(year, meaning.month, meaning.day)) return { ...UNRESOLVED, unresolved: false };
  const granularity = dateGranularity(meaning);
  const point: TimePoint = {
    granularity,
    year,
    month: meaning.month ?? (meaning.quarter ? (meaning.quarter - 1) * 3 + 1 : 1),
    day: meaning.day ?? 1,
    hour: meaning.hour,
    minute: meaning.minute,
    utc: meaning.utc,
    part: meaning.part,
    quarter: meaning.quarter,
    half: meaning.half,
    season: meaning.season,
  };
  return fromPoint(point);
}

function resolveWeekday(meaning: Extract<Meaning, { kind: "weekday" }>, ctx: ResolveContext): Resolved {
  const doc = ctx.document;
  if (!doc) return UNRESOLVED;
  const today = isoWeekday(doc);
  if (meaning.weekend) {
    // A weekend is named by its ISO week; "the weekend" in past narrative is the latest one begun.
    const saturday = addDays(doc, 6 - today);
    const started = today >= 6;
    let offsetWeeks = 0;
    if (meaning.direction === "last") offsetWeeks = -1;
    else if (meaning.direction === "next") offsetWeeks = 1;
    else if (meaning.direction === null) offsetWeeks = ctx.tense === "future" ? (started ? 1 : 0) : started ? 0 : -1;
    return fromPoint({ granularity: "weekend", ...addDays(saturday, 7 * offsetWeeks) });
  }
  const target = meaning.weekday;
  let offset: number;
  if (meaning.direction === "last") offset = -(((today - target + 7) % 7) || 7);
  else if (meaning.direction === "next") offset = ((target - today + 7) % 7) || 7;
  else if (meaning.direction === "this") offset = target - today;
  else {
    const back = -((today - target + 7) % 7);
    const ahead = (target - today + 7) % 7;
    if (ctx.tense === "future") offset = ahead;
    else if (ctx.tense === "past") offset = back;
    else offset = ahead < -back ? ahead : back;
  }
  const day = addDays(doc, offset);
  return fromPoint(withClock({ granularity: "day", ...day }, meaning));
}

function withClock(point: TimePoint, clock: { part?: TimePoint["part"]; hour?: number; minute?: number; utc?: boolean }): TimePoint {
  if (point.granularity !== "day") return point;
  if (clock.hour !== undefined) return { ...point, granularity: "minute", hour: clock.hour, minute: clock.minute ?? 0, utc: clock.utc };
  if (clock.part) return { ...point, granularity: "part", part: clock.part };
  return point;
}

const UNIT_GRANULARITY: Record<Unit, Granularity> = {
  minute: "day",
  hour: "day",
  day: "day",
  week: "week",
  weekend: "weekend",
  month: "month",
  quarter: "quarter",
  half: "half",
  season: "season",
  year: "year",
  decade: "decade",
  century: "century",
};

function shiftDay(anchor: Ymd, unit: Unit, amount: number): Ymd {
  switch (unit) {
    case "minute":
    case "hour":
      return anchor;
    case "day":
      return addDays(anchor, amount);
    case "week":
    case "weekend":
      return addDays(anchor, 7 * amount);
    case "month":
      return addMonths(anchor, amount);
    case "quarter":
    case "season":
      return addMonths(anchor, 3 * amount);
    case "half":
      return addMonths(anchor, 6 * amount);
    case "year":
      return addMonths(anchor, 12 * amount);
    case "decade":
      return addMonths(anchor, 120 * amount);
    case "century":
      return addMonths(anchor, 1200 * amount);
  }
}

function resolveShift(meaning: Extract<Meaning, { kind: "shift" }>, ctx: ResolveContext): Resolved {
  const documentDay: TimePoint | null = ctx.document ? { granularity: "day", ...ctx.document } : null;
  // A clock time or "the day" cannot hang on "in 1982": it takes the last day mentioned, else publication.
  const dayLevel = meaning.unit === "day" || meaning.unit === "hour" || meaning.unit === "minute";
  const previous = dayLevel ? (ctx.previousDay ?? null) : ctx.previous;
  const anchor: TimePoint | null = meaning.anchor === "previous" && previous ? previous : documentDay;
  if (!anchor) return UNRESOLVED;
  const wanted: Granularity = meaning.granularity ?? UNIT_GRANULARITY[meaning.unit];
  // An anchor coarser than the shift ("2014 … two days later") can only give its own granularity.
  const granularity = GRANULARITY_RANK[anchor.granularity] > GRANULARITY_RANK[wanted] ? anchor.granularity : wanted;
  const day = shiftDay(anchor, meaning.unit, meaning.amount);
  let point: TimePoint = { granularity, ...day };
  if (granularity === "season" && anchor.season) {
    const index = (SEASONS.indexOf(anchor.season) + meaning.amount) % 4;
    point = { ...point, season: SEASONS[(index + 4) % 4] };
  }
  if (granularity === "quarter") point = { ...point, quarter: quarterOf(day.month) };
  return fromPoint(withClock(point, meaning));
}

function resolveDecade(meaning: Extract<Meaning, { kind: "decade" }>, ctx: ResolveContext): Resolved {
  let decade = meaning.decade;
  if (meaning.twoDigit) {
    // "the '20s" is the coming-or-current decade only when that is not in the future.
    const current = ctx.document ? Math.floor(ctx.document.year / 10) : null;
    const in2000s = 200 + meaning.decade;
    decade = current !== null && in2000s <= current ? in2000s : 190 + meaning.decade;
  }
  return fromPoint({ granularity: "decade", year: decade * 10, month: 1, day: 1 });
}

/** Resolve one meaning in its context. Pure. */
export function resolveMeaning(meaning: Meaning, ctx: ResolveContext): Resolved {
  switch (meaning.kind) {
    case "date":
      return resolveDate(meaning, ctx);
    case "decade":
      return resolveDecade(meaning, ctx);
    case "century":
      return fromPoint({ granularity: "century", year: meaning.century * 100, month: 1, day: 1 });
    case "weekday":
      return resolveWeekday(meaning, ctx);
    case "shift":
      return resolveShift(meaning, ctx);
    case "ref":
      return { value: meaning.ref, precision: "vague", point: null, unresolved: false };
    case "duration":
    case "set":
      return { value: meaning.value, precision: "vague", point: null, unresolved: false };
  }
}

// Word lists for sitrep's own time rules: numbers, units, months, weekdays, seasons and the regex
// fragments built from them. Data only; the rules that use them live in rules.ts.
import type { PartOfDay, Season } from "./calendar.js";
import type { Unit } from "./meaning.js";

/** Spelled-out numbers; `null` marks vague quantities ("several years" → PXY). */
export const NUMBER_WORDS: Readonly<Record<string, number | null>> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  "a hundred": 100,
  dozen: 12,
  "a dozen": 12,
  "a couple of": 2,
  "a couple": 2,
  couple: 2,
  "a few": null,
  few: null,
  several: null,
  many: null,
};

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const ONES = "one|two|three|four|five|six|seven|eight|nine";

/** A count: digits, spelled-out numbers (twenty-five), "two and a half", or a vague quantity. */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?|(?:${TENS})(?:[- ](?:${ONES}))?|a hundred|a dozen|a couple(?: of)?|a few|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|${ONES}|single|hundred|dozen|several|many|few|an|a)(?: and a half)?`;

/** Read a count matched by NUMBER; null for vague quantities. */
export function readNumber(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, " ").trim();
  const half = text.endsWith(" and a half");
  const base = half ? text.slice(0, -" and a half".length) : text;
  let value: number | null;
  if (/^\d/.test(base)) value = Number(base);
  else if (base in NUMBER_WORDS) value = NUMBER_WORDS[base];
  else {
    const [tens, ones] = base.split(/[- ]/);
    value = (NUMBER_WORDS[tens] ?? 0) + (NUMBER_WORDS[ones] ?? 0) || null;
  }
  return value === null ? null : half ? value + 0.5 : value;
}

/** Unit words (singular and plural) → unit. */
export const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  minute: "minute",
  minutes: "minute",
  hour: "hour",
  hours: "hour",
  day: "day",
  days: "day",
  night: "day",
  nights: "day",
  week: "week",
  weeks: "week",
  fortnight: "week",
  fortnights: "week",
  weekend: "weekend",
  weekends: "weekend",
  month: "month",
  months: "month",
  quarter: "quarter",
  quarters: "quarter",
  year: "year",
  years: "year",
  decade: "decade",
  decades: "decade",
  century: "century",
  centuries: "century",
};

export const UNIT = "(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)";
export const UNIT_SINGULAR = "(?:minute|hour|day|night|week|fortnight|weekend|month|quarter|year|decade|century)";

/** Adjectives that may sit between a count and its unit ("six straight days", "five trading days"). */
export const UNIT_ADJECTIVE = "(?:straight|consecutive|successive|trading|business|working|full|calendar|fiscal|financial)";

/** ISO 8601 duration for a count of units; null count gives the X placeholder (PXY). */
export function durationValue(count: number | null, unitWord: string): string {
  const unit = UNIT_WORDS[unitWord.toLowerCase()] ?? "day";
  const fortnight = /^fortnight/i.test(unitWord);
  const n = (scale: number) => (count === null ? "X" : trimNumber(count * scale));
  switch (unit) {
    case "minute":
      return `PT${n(1)}M`;
    case "hour":
      return `PT${n(1)}H`;
    case "day":
      return `P${n(1)}D`;
    case "week":
      return fortnight ? `P${n(2)}W` : `P${n(1)}W`;
    case "weekend":
      return `P${n(1)}WE`;
    case "month":
      return `P${n(1)}M`;
    case "quarter":
      return `P${n(1)}Q`;
    case "half":
      return `P${n(6)}M`;
    case "season":
      return `P${n(3)}M`;
    case "year":
      return `P${n(1)}Y`;
    case "decade":
      return count === null ? "PXDE" : `P${n(10)}Y`;
    case "century":
      return count === null ? "PXCE" : `P${n(100)}Y`;
  }
}

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

export const SEASON_WORDS: Readonly<Record<string, Season>> = {
  spring: "SP",
  summer: "SU",
  autumn: "FA",
  fall: "FA",
  winter: "WI",
};

export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  tonight: "NI",
  overnight: "NI",
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
  "21st": 21,
};

/** Decade words: "the eighties". */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Approximators and comparatives TimeML keeps inside a duration or shift ("some three years", "over a decade"). */
export const QUANTIFIER = "(?:about|around|some|nearly|almost|approximately|roughly|more than|less than|fewer than|at least|up to|over|just over|just under|under|barely|a further|another|the first|the last|the past|the next|the previous|the coming|the following)";

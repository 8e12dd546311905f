// sitrep's own time parsers: what chrono does not cover for news (years, decades, quarters, seasons,
// durations, shifts anchored to an earlier time, vague references, recurrences). Rules are data: a
// pattern, a builder and the reason the rule exists.
import type { PartOfDay } from "./calendar.js";
import { CueIndex, type CueHits } from "./cue-index.js";
import {
  DECADE_WORDS,
  MONTHS,
  NUMBER,
  ORDINALS,
  PARTS_OF_DAY,
  QUANTIFIER,
  SEASON_WORDS,
  UNIT,
  UNIT_ADJECTIVE,
  UNIT_SINGULAR,
  UNIT_WORDS,
  WEEKDAYS,
  durationValue,
  readNumber,
} from "./lexicon.js";
import type { Meaning, Unit } from "./meaning.js";

/** A match of a rule inside one sentence, offsets relative to the sentence text. */
export interface RuleMatch {
  start: number;
  end: number;
  meaning: Meaning;
}

export interface TimeRule {
  id: string;
  reason: string;
  /**
   * Text a match cannot do without (a word of the pattern that every match contains): a sentence
   * without it is not searched with `pattern`, which is far slower to run than this plain search.
   */
  cue?: RegExp;
  /** Global, case-insensitive unless the rule needs capitals; `d` flag for group offsets. */
  pattern: RegExp;
  /** Build the match; the span is the named group `t` when present, else the whole match. Null rejects. */
  build(m: RegExpExecArray, text: string): Meaning | null;
}

const re = (source: string, flags = "gid") => new RegExp(source, flags);

const before = (m: RegExpExecArray, text: string, n = 30) => text.slice(Math.max(0, m.index - n), m.index);
const after = (m: RegExpExecArray, text: string, n = 30) => text.slice(m.index + m[0].length, m.index + m[0].length + n);
const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];

const TEMPORAL_PREPOSITION = /\b(?:in|since|by|from|until|till|during|before|after|through|throughout|of|to|between|and|year|around|circa|c\.)\s+$/i;

function yearOf(raw: string): number {
  return Number(raw);
}

function directionOf(word: string | undefined): "last" | "next" | "this" | undefined {
  const w = (word ?? "").toLowerCase();
  if (w === "last" || w === "past" || w === "previous") return "last";
  if (w === "next" || w === "coming" || w === "upcoming") return "next";
  if (w === "this" || w === "current") return "this";
  return undefined;
}

function shiftAmount(direction: "last" | "next" | "this"): number {
  return direction === "last" ? -1 : direction === "next" ? 1 : 0;
}

/** What every match of UNIT contains ("fortnight" has "night", "centuries" has "centur"). */
const UNIT_CUE = /minute|hour|day|night|week|month|quarter|year|decade|centur/i;

export const RULES: readonly TimeRule[] = [
  {
    id: "year",
    reason: "A four-digit year alone (\"In 2014\") is a date of year precision; chrono only reads years inside dates.",
    cue: /\d{4}/,
    pattern: re(String.raw`(?<![\w$€£¥#@/.,:])(?<y>1[0-9]{3}|20[0-9]{2})(?![\w%°]|[.,:/]\d)`),
    build(m, text) {
      const year = yearOf(m.groups!.y);
      const left = before(m, text);
      // "mid-2019" and "2009–2011" are years; "A-2019" or "F-2014" are names.
      if (/[-–]$/.test(left) && !/(?:\b(?:mid|early|late|pre|post)|\d{4}\s*)[-–]$/i.test(left)) return null;
      // Old years are read only after a temporal preposition: "1500 soldiers" is a count.
      if (year < 1900 && !TEMPORAL_PREPOSITION.test(left)) return null;
      return { kind: "date", year: { absolute: year } };
    },
  },
  {
    id: "year.two-digit",
    reason: "An apostrophe year (\"in '82\") is a year; the century is the one that keeps it in the past.",
    cue: /['’]\d\d/,
    pattern: re(String.raw`(?<![\w'’])['’](?<y>\d{2})(?![\w'’%])`),
    build(m, text) {
      if (!/\b(?:in|since|of|from|until|by|class|season|and|to|summer|spring|winter|fall|autumn)\s+$/i.test(before(m, text))) return null;
      const two = Number(m.groups!.y);
      return { kind: "date", year: { absolute: two < 30 ? 2000 + two : 1900 + two } };
    },
  },
  {
    id: "year.fiscal",
    reason: "Fiscal years (\"fiscal 2009\", \"FY2007\") are years for dating purposes.",
    cue: /fiscal|fy/i,
    pattern: re(String.raw`\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?<y>(?:19|20)\d{2})\b`),
    build(m) {
      return { kind: "date", year: { absolute: yearOf(m.groups!.y) } };
    },
  },
  {
    id: "decade",
    reason: "Decades (\"the 1990s\", \"the '80s\") are TimeML dates of decade precision.",
    cue: /\d0s/i,
    pattern: re(String.raw`(?<![\w'’])(?<t>(?:(?<full>1[0-9]{2}|20[0-9])0s|['’](?<two>\d)0s|(?<bare>\d)0s))\b`),
    build(m, text) {
      if (m.groups!.full) return { kind: "decade", decade: Number(m.groups!.full) };
      const digit = Number(m.groups!.two ?? m.groups!.bare);
      if (m.groups!.bare) {
        // "in their 80s" is an age; bare decades are read only after "the" or another decade.
        const left = before(m, text);
        if (/\b(?:their|his|her|my|our|your|its|aged?)\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(left)) return null;
        if (!/\b(?:the|and|or|to|through)\s+(?:(?:early|mid|late)[\s-]+)?$/i.test(left) && !/\d0s\s*[-–]\s*$/.test(left)) return null;
      }
      return { kind: "decade", decade: digit, twoDigit: true };
    },
  },
  {
    id: "decade.word",
    reason: "Spelled-out decades (\"the eighties\").",
    cue: /ties/i,
    pattern: re(String.raw`\bthe\s+(?<t>(?:nineteen[\s-]+)?(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`),
    build(m) {
      const digit = DECADE_WORDS[m.groups!.d.toLowerCase()];
      return /nineteen/i.test(m.groups!.t) ? { kind: "decade", decade: 190 + digit } : { kind: "decade", decade: digit, twoDigit: true };
    },
  },
  {
    id: "century",
    reason: "Centuries (\"the 20th century\") are dates of century precision (19XX).",
    cue: /century/i,
    pattern: re(String.raw`\b(?:the\s+)?(?<t>(?<o>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century)\b`),
    build(m) {
      const raw = m.groups!.o.toLowerCase();
      const n = /^\d/.test(raw) ? parseInt(raw, 10) : ORDINALS[raw];
      return n ? { kind: "century", century: n - 1 } : null;
    },
  },
  {
    id: "quarter",
    reason: "Business news dates by quarter (\"the third quarter of this year\", \"Q3 2009\").",
    cue: /quarter/i,
    pattern: re(String.raw`\b(?<t>(?:the\s+)?(?<o>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|last|next|the)\s+(?:(?:current|fiscal|financial)\s+)?year))?|(?:(?<y0>(?:19|20)\d{2})\s+)(?<o0>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter)\b`),
    build(m) {
      const ordinal = (g(m, "o") ?? g(m, "o0") ?? "").toLowerCase();
      const quarter = ordinal === "final" ? 4 : ORDINALS[ordinal];
      if (!quarter || quarter > 4) return null;
      const y = g(m, "y") ?? g(m, "y0");
      const rel = g(m, "rel")?.toLowerCase();
      const year = y ? { absolute: Number(y) } : rel ? { relative: rel === "last" ? -1 : rel === "next" ? 1 : 0 } : null;
      return { kind: "date", year, quarter };
    },
  },
  {
    id: "quarter.q",
    reason: "Q1–Q4 abbreviations with or without a year.",
    cue: /Q[1-4]/,
    pattern: re(String.raw`\b(?<t>Q(?<q>[1-4])(?:[\s-]*(?<y>(?:19|20)\d{2}))?)\b`, "gd"),
    build(m) {
      const y = g(m, "y");
      return { kind: "date", year: y ? { absolute: Number(y) } : null, quarter: Number(m.groups!.q) };
    },
  },
  {
    id: "half",
    reason: "Halves of a year (\"the first half of 2009\").",
    cue: /half/i,
    pattern: re(String.raw`\b(?<t>(?:the\s+)?(?<o>first|second|latter)\s+half\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|last|next|the)\s+year))\b`),
    build(m) {
      const half = m.groups!.o.toLowerCase() === "first" ? 1 : 2;
      const y = g(m, "y");
      const rel = g(m, "rel")?.toLowerCase();
      const year = y ? { absolute: Number(y) } : { relative: rel === "last" ? -1 : rel === "next" ? 1 : 0 };
      return { kind: "date", year, half };
    },
  },
  {
    id: "season",
    reason: "Seasons (\"this spring\", \"autumn 2008\"); \"fall\" and \"spring\" need a determiner or year to be times.",
    cue: /spring|summer|autumn|fall|winter/i,
    pattern: re(String.raw`\b(?:(?<the>the)\s+)?(?<t>(?:(?<mod>this|last|next|early|late|mid)[\s-]+)?(?<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>(?:19|20)\d{2}))?)\b`),
    build(m, text) {
      const word = m.groups!.s.toLowerCase();
      const mod = g(m, "mod")?.toLowerCase();
      const y = g(m, "y");
      const next = after(m, text);
      if (!y && /^\s+(?:of|in|to|from|and|session|collection|offensive)\b/i.test(next)) return null;
      if (!y && !mod) {
        // Bare "fall"/"spring" are usually the verb and the noun; bare summer/winter need "the" or a preposition.
        const left = before(m, text);
        if (word === "fall" || word === "spring") {
          if (!(g(m, "the") && /\b(?:in|during|by|until|since|over|through|this|next|last)\s+$/i.test(left))) return null;
        } else if (!g(m, "the") && !/\b(?:in|during|by|until|since|over|through|this|next|last|late|early)\s+$/i.test(left)) {
          return null;
        }
      }
      const season = SEASON_WORDS[word];
      const direction = directionOf(mod);
      return { kind: "date", year: y ? { absolute: Number(y) } : null, season, direction };
    },
  },
  {
    id: "relative.unit",
    reason: "\"last week\", \"next month\", \"this year\": a shift of one unit from the publication date.",
    cue: /week|month|quarter|year|decade|century/i,
    pattern: re(String.raw`(?<![\w-])(?<t>(?<the>the\s+)?(?<d>last|past|next|coming|this|current|upcoming)\s+(?:(?:fiscal|financial|calendar)\s+)?(?<u>week|month|quarter|year|decade|century))\b`),
    build(m, text) {
      const direction = directionOf(m.groups!.d)!;
      const unit = UNIT_WORDS[m.groups!.u.toLowerCase()];
      // "the past year", "the next month" are stretches of time; "the last quarter" is the previous one.
      if (g(m, "the") && direction !== "this" && !/^last$/i.test(m.groups!.d)) {
        return { kind: "duration", value: durationValue(1, m.groups!.u) };
      }
      if (/^\s+(?:or|and)\s+(?:so|two|more)\b/i.test(after(m, text))) return null;
      return { kind: "shift", unit, amount: shiftAmount(direction), anchor: "document" };
    },
  },
  {
    id: "relative.weekend",
    reason: "Weekends are named by their week (2010-W04-WE).",
    cue: /weekend/i,
    pattern: re(String.raw`\b(?<t>(?:(?<d>this|last|next|past|coming|the)\s+)weekend)\b`),
    build(m) {
      const d = m.groups!.d.toLowerCase();
      const direction = d === "the" ? null : directionOf(d) ?? null;
      return { kind: "weekday", weekday: 6, weekend: true, direction };
    },
  },
  {
    id: "relative.narrative",
    reason: "\"the following day\", \"the previous year\", \"the same day\", \"that week\": anchored to the time just mentioned.",
    cue: /day|morning|evening|night|week|month|quarter|year/i,
    pattern: re(String.raw`\b(?<t>(?:(?<w>the\s+(?:following|previous|prior|preceding|same|next)|that)\s+(?<u>day|morning|evening|night|week|month|quarter|year))|(?:the\s+(?<u2>day|week|month|year)\s+(?<w2>before|after|earlier|previous)))\b`),
    build(m, text) {
      const word = (g(m, "w") ?? g(m, "w2") ?? "").toLowerCase().replace(/^the\s+/, "");
      const unitWord = (g(m, "u") ?? g(m, "u2") ?? "").toLowerCase();
      // "the day after falling" or "the day before the vote" anchor on an event, not on a time.
      if (g(m, "w2") && !/^\s*(?:[,.;:)!?]|$|that\b|this\b)/.test(after(m, text))) return null;
      let amount = 0;
      if (/^(?:following|next|after)$/.test(word)) amount = 1;
      else if (/^(?:previous|prior|preceding|before|earlier)$/.test(word)) amount = -1;
      // "the next week" reads as a stretch; "the next day" and "the next morning" as a date.
      if (word === "next" && !/^(?:day|morning|evening|night)$/.test(unitWord)) return null;
      const part = PARTS_OF_DAY[unitWord];
      const unit: Unit = part ? "day" : UNIT_WORDS[unitWord];
      return { kind: "shift", unit, amount, anchor: "previous", part: part as PartOfDay | undefined };
    },
  },
  {
    id: "relative.the-period",
    reason: "\"the year\" after \"the end of\"/\"the beginning of\" is the publication year.",
    cue: /year|month|week/i,
    pattern: re(String.raw`\b(?:end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+(?<t>the\s+(?:(?:current|fiscal|financial)\s+)?(?<u>year|month|week))\b`),
    build(m) {
      return { kind: "shift", unit: UNIT_WORDS[m.groups!.u.toLowerCase()], amount: 0, anchor: "document" };
    },
  },
  {
    id: "relative.the-day",
    reason: "\"for the day\", \"ended the day\": the day just mentioned (usually the publication day).",
    cue: /day/i,
    pattern: re(String.raw`\b(?:for|on|during|in|over|throughout|of|by|end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|finish(?:es|ed|ing)?|start(?:s|ed|ing)?|beg(?:in|an|un|ins|inning)|open(?:s|ed|ing)?)\s+(?<t>the\s+day)\b(?!\s+(?:of|when|that|which|on|in|to|and|he|she|they|it|we|I)\b)`),
    build(m, text) {
      // "at the end of the day" is the idiom for "ultimately".
      if (/\bat\s+the\s+end\s+of\s+$/i.test(before(m, text, 40) + m[0].slice(0, m[0].length - m.groups!.t.length))) return null;
      return { kind: "shift", unit: "day", amount: 0, anchor: "previous" };
    },
  },
  {
    id: "clock.military",
    reason: "Four-digit clock times with a zone (\"0800 UTC\"), which chrono does not read.",
    cue: /UTC|GMT|Z/,
    pattern: re(String.raw`\b(?<t>(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d)\s*(?:UTC|GMT|Z)\b)`, "gd"),
    build(m) {
      return { kind: "shift", unit: "day", amount: 0, anchor: "previous", hour: Number(m.groups!.h), minute: Number(m.groups!.mi), utc: true };
    },
  },
  {
    id: "part-of-day",
    reason: "\"this morning\", \"yesterday evening\", \"Friday night\": a day and a part of it (TMO, TAF, TEV, TNI).",
    cue: /morning|afternoon|evening|night/i,
    pattern: re(String.raw`\b(?<t>(?<d>this|yesterday|tomorrow|last|early\s+this|late\s+last|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?<p>morning|afternoon|evening|night))\b`),
    build(m) {
      const d = m.groups!.d.toLowerCase().replace(/^(?:early|late)\s+/, "");
      const part = PARTS_OF_DAY[m.groups!.p.toLowerCase()];
      if (d in WEEKDAYS) return { kind: "weekday", weekday: WEEKDAYS[d], direction: null, part };
      const amount = d === "yesterday" || d === "last" ? -1 : d === "tomorrow" ? 1 : 0;
      if (d === "last" && part !== "NI" && part !== "EV") return null;
      return { kind: "shift", unit: "day", amount, anchor: "document", part };
    },
  },
  {
    id: "part-of-day.bare",
    reason: "\"in the morning\", \"late in the evening\": a part of the day just mentioned.",
    cue: /morning|afternoon|evening/i,
    pattern: re(String.raw`\b(?:in|during|on|by)\s+(?<t>the\s+(?:early\s+|late\s+)?(?<p>morning|afternoon|evening))\b(?!\s+(?:of|news|session|edition|paper|show|prayers?)\b)`),
    build(m) {
      return { kind: "shift", unit: "day", amount: 0, anchor: "previous", part: PARTS_OF_DAY[m.groups!.p.toLowerCase()] };
    },
  },
  {
    id: "tonight",
    reason: "\"tonight\" is the night of the publication day.",
    cue: /tonight/i,
    pattern: re(String.raw`\b(?<t>tonight)\b`),
    build() {
      return { kind: "shift", unit: "day", amount: 0, anchor: "document", part: "NI" };
    },
  },
  {
    id: "shift.count",
    reason: "\"two days ago\", \"some three years later\": a counted shift from the publication date or the previous time.",
    cue: UNIT_CUE,
    pattern: re(
      String.raw`\b(?<t>(?:${QUANTIFIER}\s+)?(?<n>${NUMBER})[\s-]+(?:${UNIT_ADJECTIVE}\s+)?(?<u>${UNIT})\s+(?<dir>ago|earlier|later|previously|from\s+now|hence|on|back|prior|before|after))(?=\W|$)`,
    ),
    build(m, text) {
      const count = readNumber(m.groups!.n);
      const dir = m.groups!.dir.toLowerCase().replace(/\s+/g, " ");
      const next = after(m, text);
      // "two days before the vote" anchors on an event, not a time: leave it to the duration rule.
      if ((dir === "before" || dir === "after" || dir === "prior") && !/^\s*(?:[,.;:)!?]|$|that\b|this\b)/.test(next)) return null;
      if (dir === "on" && !/^\s*(?:[,.;:)!?]|$)/.test(next)) return null;
      const past = dir === "ago" || dir === "back" || dir === "previously";
      const future = dir === "from now" || dir === "hence";
      if (count === null) return { kind: "ref", ref: future ? "FUTURE_REF" : past ? "PAST_REF" : "PAST_REF" };
      const unit = UNIT_WORDS[m.groups!.u.toLowerCase()];
      const sign = past || dir === "earlier" || dir === "before" || dir === "prior" ? -1 : 1;
      const anchor = past || future ? "document" : "previous";
      const fractionalYears = unit === "year" && !Number.isInteger(count);
      if (fractionalYears) return { kind: "shift", unit: "month", amount: sign * Math.round(count * 12), anchor };
      return { kind: "shift", unit, amount: sign * Math.round(count), anchor, granularity: unit === "week" ? "day" : undefined };
    },
  },
  {
    id: "duration.count",
    reason: "Counted durations (\"four years\", \"a 12-year contract\", \"the next six months\") are TimeML DURATIONs.",
    cue: UNIT_CUE,
    pattern: re(
      String.raw`\b(?<t>(?:${QUANTIFIER}\s+)?(?<n>${NUMBER})(?:[\s-]+(?:${UNIT_ADJECTIVE}\s+)?)(?<u>${UNIT})(?:-long)?)\b(?!-old|\s+old\b)`,
    ),
    build(m, text) {
      const n = m.groups!.n.toLowerCase();
      const left = before(m, text);
      // "twice a year", "$5 billion a year" are recurrences.
      if (/^(?:a|an)$/.test(n) && /(?:\b(?:twice|thrice|once|times|billion|million|percent)|\d|%)\s*$/i.test(left)) {
        return { kind: "set", value: durationValue(1, m.groups!.u) };
      }
      if (/^(?:a|an)$/.test(n) && /^\s+(?:or\s+two|and\s+a\s+half)\b/i.test(after(m, text))) return null;
      // "about a quarter of the city's population" is a fraction.
      if (/(?:^|\s)(?:a|an|one|three)[\s-]+quarters?$/i.test(m[0]) && /^\s+(?:of|million|billion|thousand|percent|mile)\b/i.test(after(m, text))) return null;
      return { kind: "duration", value: durationValue(readNumber(n), m.groups!.u) };
    },
  },
  {
    id: "duration.bare-plural",
    reason: "\"for years\", \"over the years\", \"decades-long\": durations of unknown length (PXY).",
    cue: /years|months|decades|weeks|days|hours|minutes|centuries/i,
    pattern: re(String.raw`\b(?:(?<p>for|in|within)\s+|(?=over\s+the\s))(?<t>(?:over\s+the\s+)?(?<u>years|months|decades|weeks|days|hours|minutes|centuries))\b(?!\s+(?:of|to|ago|later|earlier|before|after|old)\b)|\b(?<t2>(?<u2>years|decades|months)-long)\b`),
    build(m) {
      const unit = g(m, "u") ?? g(m, "u2")!;
      return { kind: "duration", value: durationValue(null, unit) };
    },
  },
  {
    id: "set.adverb",
    reason: "Recurrences (\"annual\", \"weekly\") are TimeML SETs.",
    cue: /annual|yearly|quarterly|monthly|weekly|daily|hourly|nightly/i,
    pattern: re(String.raw`\b(?<t>annual|annually|yearly|biannual|quarterly|monthly|weekly|daily|hourly|nightly)\b`),
    build(m, text) {
      const word = m.groups!.t;
      // Capitalised mid-sentence these are names ("the Daily Mail", "Weekly Standard").
      if (/^[A-Z]/.test(word) && /\S\s*$/.test(before(m, text)) && !/[.!?"“]\s*$/.test(before(m, text))) return null;
      // "a daily newspaper", "daily Népszava" describe a publication, not a recurrence.
      if (/^\s+(?:[A-Z]|newspapers?|papers?|news|tabloids?|broadsheets?|magazines?|bulletins?|editions?)/.test(after(m, text))) return null;
      const value: Record<string, string> = {
        annual: "P1Y",
        annually: "P1Y",
        yearly: "P1Y",
        biannual: "P6M",
        quarterly: "P3M",
        monthly: "P1M",
        weekly: "P1W",
        daily: "P1D",
        hourly: "PT1H",
        nightly: "P1D",
      };
      return { kind: "set", value: value[word.toLowerCase()] };
    },
  },
  {
    id: "set.every",
    reason: "\"every year\", \"each month\", \"per week\", \"every Monday\" are SETs.",
    cue: /every|each|per/i,
    pattern: re(String.raw`\b(?<t>(?:every|each|per)\s+(?:other\s+)?(?<u>${UNIT_SINGULAR}|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`),
    build(m) {
      const u = m.groups!.u.toLowerCase();
      if (u in WEEKDAYS) return { kind: "set", value: "P1W" };
      return { kind: "set", value: durationValue(1, u) };
    },
  },
  {
    id: "ref.recent-period",
    reason: "\"in recent years\" is a vague past; \"in the coming months\" a vague future.",
    cue: /recent|coming|next|ahead/i,
    pattern: re(String.raw`\b(?<t>(?<past>(?:more\s+)?recent\s+(?:years|months|weeks|days|decades|times))|(?<future>the\s+(?:coming|next\s+few)\s+(?:years|months|weeks|days|decades)|the\s+(?:years|months|weeks|days)\s+ahead))\b`),
    build(m) {
      return { kind: "ref", ref: g(m, "past") ? "PAST_REF" : "FUTURE_REF" };
    },
  },
  {
    id: "ref.present",
    reason: "\"now\", \"currently\", \"at present\", \"these days\": the present (PRESENT_REF).",
    cue: /now|current|present|days|moment|being/i,
    pattern: re(String.raw`\b(?:at\s+)?(?<t>(?:right\s+|just\s+)?now|currently|current|presently|nowadays|these\s+days|the\s+present(?:\s+day)?|present|the\s+moment|the\s+time\s+being)\b`),
    build(m, text) {
      const t = m.groups!.t.toLowerCase();
      const left = before(m, text);
      const next = after(m, text);
      if (t === "present" && !/^at\s/i.test(m[0])) return null;
      if (t === "the moment" && !/^at\s/i.test(m[0])) return null;
      if (t.startsWith("the present") && /^[\s-]+(?:day|value|situation|case|government|regime|crisis)\b/i.test(next)) return null;
      if (t === "the time being" && !/\bfor\s+$/i.test(left)) return null;
      if (t === "current") {
        // Only the adjective before a noun, and not the economics terms.
        if (!/^\s+[a-z]/i.test(next) || /^\s+(?:account|accounts|affairs|events|of|and|or|in|is|was|flows?|through)\b/i.test(next)) return null;
      }
      if (/now$/.test(t)) {
        if (/^(?:\s+and\s+(?:then|again)\b|-)/i.test(next) || /\bevery\s+$/i.test(left)) return null;
        // Sentence-initial "Now," is a discourse marker, not a time.
        if (left.trim() === "" && /^,/.test(next) && /^N/.test(m.groups!.t)) return null;
      }
      return { kind: "ref", ref: "PRESENT_REF" };
    },
  },
  {
    id: "ref.past",
    reason: "\"recently\", \"recent\", \"in the past\": the vague past (PAST_REF).",
    cue: /recent|past/i,
    pattern: re(String.raw`\b(?<t>(?:more\s+|most\s+|very\s+|until\s+)?recently|recent|the\s+past)\b`),
    build(m, text) {
      const t = m.groups!.t.toLowerCase();
      const next = after(m, text);
      if (t === "recent" && !/^\s+[a-z]/i.test(next)) return null;
      if (t === "the past") {
        // "the past five days" is a duration, read by another rule.
        if (new RegExp(String.raw`^\s+(?:(?:${NUMBER}|few|several)\b|${UNIT}\b|${UNIT_ADJECTIVE}\b)`, "i").test(next)) return null;
      }
      return { kind: "ref", ref: "PAST_REF" };
    },
  },
  {
    id: "ref.future",
    reason: "\"the near future\", \"soon\", \"in the long term\", \"later\": the vague future (FUTURE_REF).",
    cue: /future|soon|term|later/i,
    pattern: re(String.raw`\b(?<t>the\s+(?:(?:near|distant|foreseeable|immediate|not\s+too\s+distant)\s+)?future|(?:very\s+)?soon|the\s+(?:near|long|short|medium)\s+term|(?:short|near)-term|later)\b`),
    build(m, text) {
      const t = m.groups!.t.toLowerCase();
      const left = before(m, text);
      const next = after(m, text);
      if (/soon$/.test(t) && (/\bas\s+$/i.test(left) || /^\s+(?:as|after|afterwards|thereafter)\b/i.test(next))) return null;
      if (t === "later" && (/^\s+(?:than|on|in\s+life|stage)\b/i.test(next) || /\b(?:or|sooner)\s+$/i.test(left))) return null;
      if (/-term$/.test(t) && !/^\s+(?:outlook|goals?|targets?|plans?|future|prospects?)\b/i.test(next)) return null;
      return { kind: "ref", ref: "FUTURE_REF" };
    },
  },
  {
    id: "holiday",
    reason: "Fixed-date holidays (\"Christmas\", \"New Year's Day\") are dates without a year.",
    cue: /Christmas|New\s+Year/,
    pattern: re(String.raw`\b(?<t>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?)`, "gd"),
    build(m, text) {
      const t = m.groups!.t;
      // "the Great Orchestra of Christmas Charity": part of a name.
      if (/^\s+[A-Z]/.test(after(m, text)) || /[A-Z]\w*\s+of\s+$/.test(before(m, text))) return null;
      const [month, day] = /Christmas Eve/.test(t) ? [12, 24] : /Christmas/.test(t) ? [12, 25] : /Eve/.test(t) ? [12, 31] : [1, 1];
      return { kind: "date", year: null, month, day };
    },
  },
  {
    id: "weekday.modified",
    reason: "\"this coming Friday\", \"this past Monday\": chrono reads only the weekday.",
    cue: /coming|past/i,
    pattern: re(String.raw`\b(?<t>(?:this\s+)?(?<d>coming|past)\s+(?<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`),
    build(m) {
      return { kind: "weekday", weekday: WEEKDAYS[m.groups!.w.toLowerCase()], direction: m.groups!.d.toLowerCase() === "past" ? "last" : "next" };
    },
  },
  {
    id: "month.of-year",
    reason: "\"October of next year\", \"March of this year\": a month in a year named relative to publication.",
    cue: /year/i,
    pattern: re(String.raw`\b(?<t>(?<mo>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(?<d>this|last|next)\s+year)\b`, "gd"),
    build(m) {
      const d = m.groups!.d.toLowerCase();
      return { kind: "date", year: { relative: d === "last" ? -1 : d === "next" ? 1 : 0 }, month: MONTHS[m.groups!.mo.toLowerCase()] };
    },
  },
  {
    id: "month.modified",
    reason: "\"last September\", \"next March\": a month placed by its modifier.",
    cue: /last|next|this/i,
    pattern: re(String.raw`\b(?<t>(?<d>last|next|this)\s+(?<mo>January|February|March|April|May|June|July|August|September|October|November|December))\b`, "gd"),
    build(m) {
      return { kind: "date", year: null, month: MONTHS[m.groups!.mo.toLowerCase()], direction: directionOf(m.groups!.d) };
    },
  },
];

const cueIndexes = new WeakMap<readonly TimeRule[], CueIndex>();

/** The rules' cues, indexed once per rule list. */
function cueIndexOf(rules: readonly TimeRule[]): CueIndex {
  let index = cueIndexes.get(rules);
  if (!index) cueIndexes.set(rules, (index = new CueIndex(rules.map((r) => r.cue))));
  return index;
}

/**
 * Run every rule over one sentence; overlapping matches are kept (the refiner chooses). `cues`, when
 * given, answers the rules' cues for this text (`has(k)` for rule k), from a scan shared with chrono's.
 */
export function applyRules(text: string, rules: readonly TimeRule[] = RULES, cues: CueHits = cueIndexOf(rules).scan(text)): (RuleMatch & { rule: string })[] {
  const found: (RuleMatch & { rule: string })[] = [];
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k];
    if (rule.cue && !cues.has(k)) continue;
    rule.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const meaning = rule.build(m, text);
      if (meaning) {
        const indices = m.indices?.groups;
        const span = indices?.t ?? indices?.t2 ?? [m.index, m.index + m[0].length];
        found.push({ start: span[0], end: span[1], meaning, rule: rule.id });
      }
    }
  }
  return found;
}

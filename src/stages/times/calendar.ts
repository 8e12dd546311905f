// Calendar arithmetic and TimeML-style value formatting for the times stage, on plain UTC dates so
// that results never depend on the machine's time zone or clock.
import type { Precision } from "../../model/schema.js";

/** A calendar day. Months are 1–12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** How fine a resolved time is; finer than the schema's Precision so values keep TimeML detail. */
export type Granularity =
  | "minute"
  | "part"
  | "day"
  | "weekend"
  | "week"
  | "month"
  | "quarter"
  | "half"
  | "season"
  | "year"
  | "decade"
  | "century";

export type PartOfDay = "MO" | "AF" | "EV" | "NI";
export type Season = "SP" | "SU" | "FA" | "WI";

/** A resolved point in time at some granularity; only the fields that granularity needs are meaningful. */
export interface TimePoint {
  granularity: Granularity;
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  utc?: boolean;
  part?: PartOfDay;
  quarter?: number;
  half?: number;
  season?: Season;
}

/** Parse YYYY-MM-DD; null when the string is not a real calendar day. */
export function parseIsoDate(value: string | null | undefined): Ymd | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(ymd.year, ymd.month, ymd.day) ? ymd : null;
}

/** True when year-month-day names a real day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(d: Ymd): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

function fromUtc(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `n` days after `d` (negative n goes back). */
export function addDays(d: Ymd, n: number): Ymd {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** The same day `n` months later, clamped to the month's last day (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(d: Ymd, n: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: Ymd): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const ordinal = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
  return { year: thursday.year, week: Math.floor(ordinal / 7) + 1 };
}

/** The quarter (1–4) a month falls in. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The season a month falls in (northern hemisphere, meteorological seasons). */
export function seasonOf(month: number): Season {
  if (month >= 3 && month <= 5) return "SP";
  if (month >= 6 && month <= 8) return "SU";
  if (month >= 9 && month <= 11) return "FA";
  return "WI";
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
const padYear = (y: number) => (y < 0 ? "-" : "") + pad(y, 4);

/** The TimeML-style value of a point: 2020-11-15, 2020-W46, 2020-Q4, 2014, 201X, 2020-11-15T08:30Z. */
export function formatPoint(p: TimePoint): string {
  const y = padYear(p.year);
  switch (p.granularity) {
    case "minute":
      return `${y}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}${p.utc ? "Z" : ""}`;
    case "part":
      return `${y}-${pad(p.month)}-${pad(p.day)}T${p.part ?? "MO"}`;
    case "day":
      return `${y}-${pad(p.month)}-${pad(p.day)}`;
    case "week":
    case "weekend": {
      const w = isoWeek(p);
      return `${padYear(w.year)}-W${pad(w.week)}${p.granularity === "weekend" ? "-WE" : ""}`;
    }
    case "month":
      return `${y}-${pad(p.month)}`;
    case "quarter":
      return `${y}-Q${p.quarter ?? quarterOf(p.month)}`;
    case "half":
      return `${y}-H${p.half ?? (p.month <= 6 ? 1 : 2)}`;
    case "season":
      return `${y}-${p.season ?? seasonOf(p.month)}`;
    case "year":
      return y;
    case "decade":
      return `${y.slice(0, 3)}X`;
    case "century":
      return `${y.slice(0, 2)}XX`;
  }
}

/**
 * The schema precision of a granularity. Only day, month, year and decade values are plain calendar
 * prefixes a consumer can filter on; weeks, quarters, seasons and centuries keep their TimeML value but
 * are reported as "vague" until the schema has finer precisions.
 */
export function precisionOf(granularity: Granularity): Precision {
  switch (granularity) {
    case "minute":
    case "part":
    case "day":
      return "day";
    case "month":
      return "month";
    case "year":
      return "year";
    case "decade":
      return "decade";
    default:
      return "vague";
  }
}

/** Order of granularities from fine to coarse, for "is this anchor precise enough" checks. */
export const GRANULARITY_RANK: Record<Granularity, number> = {
  minute: 0,
  part: 1,
  day: 2,
  weekend: 3,
  week: 3,
  month: 4,
  quarter: 5,
  half: 5,
  season: 5,
  year: 6,
  decade: 7,
  century: 8,
};

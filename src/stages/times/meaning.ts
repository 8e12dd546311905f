// What a detected time expression means before it is anchored: the shared currency between the
// chrono adapter, sitrep's own rules and the resolver.
import type { PartOfDay, Season } from "./calendar.js";

export type Unit =
  | "minute"
  | "hour"
  | "day"
  | "week"
  | "weekend"
  | "month"
  | "quarter"
  | "half"
  | "season"
  | "year"
  | "decade"
  | "century";

/** How a year is known: written out, relative to the publication year, or to be chosen by tense. */
export type YearSpec = { absolute: number } | { relative: number } | null;

/** "last", "next" or "this" before a weekday, month or season. */
export type Direction = "last" | "next" | "this";

export type VagueRef = "PAST_REF" | "PRESENT_REF" | "FUTURE_REF";

export type Meaning =
  /** A calendar date or period, possibly without a year ("January 3", "the fourth quarter"). */
  | {
      kind: "date";
      year: YearSpec;
      month?: number;
      day?: number;
      hour?: number;
      minute?: number;
      utc?: boolean;
      part?: PartOfDay;
      quarter?: number;
      half?: number;
      season?: Season;
      direction?: Direction;
    }
  /** A decade: 199 for the 1990s; `twoDigit` when written "the '80s" and the century must be chosen. */
  | { kind: "decade"; decade: number; twoDigit?: boolean }
  /** A century: 19 for the 20th century. */
  | { kind: "century"; century: number }
  /** A day of the week (or the weekend), placed relative to the publication date. */
  | {
      kind: "weekday";
      weekday: number;
      weekend?: boolean;
      direction: Direction | null;
      part?: PartOfDay;
      hour?: number;
      minute?: number;
      utc?: boolean;
    }
  /**
   * A shift of `amount` units from an anchor: the publication date ("two days ago", "last week") or
   * the previous time in the text ("three years later", "the following day").
   */
  | {
      kind: "shift";
      unit: Unit;
      amount: number;
      anchor: "document" | "previous";
      part?: PartOfDay;
      hour?: number;
      minute?: number;
      utc?: boolean;
      /** Report at this granularity instead of the unit's ("a week ago" is a day). */
      granularity?: "day";
    }
  | { kind: "ref"; ref: VagueRef }
  /** A duration, value already in ISO 8601 form (P4Y, PT30M, PXY). */
  | { kind: "duration"; value: string }
  /** A recurrence (annual, weekly), value as an ISO 8601 duration. */
  | { kind: "set"; value: string };

/** A time expression found in a sentence, before refinement and resolution. */
export interface Candidate {
  /** Offsets into the document text. */
  start: number;
  end: number;
  meaning: Meaning;
  /** Which parser or rule produced it (chrono:<parser> or rule id), kept for debugging and ranking. */
  source: string;
}

/** True when resolving the meaning needs an anchor (publication date or an earlier time). */
export function isRelative(meaning: Meaning): boolean {
  switch (meaning.kind) {
    case "date":
      return meaning.year === null || (meaning.year !== null && "relative" in meaning.year);
    case "decade":
      return meaning.twoDigit === true;
    case "weekday":
    case "shift":
      return true;
    default:
      return false;
  }
}

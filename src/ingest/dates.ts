// Publication dates as readers find them (ISO stamps, RFC 822 feed dates, datelines) → YYYY-MM-DD.
import * as chrono from "chrono-node";

const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T)/;
const SLASHED_YMD = /^\s*(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
// Labels that often precede a dateline on scraped pages; they are not part of the date.
const DATE_LABEL = /^(?:published|posted|updated|last updated|first published|date|dated)(?:\s+on)?\s*[:\-–—]?\s*/i;
// A fixed reference keeps chrono deterministic; only fully specified dates (with a year) are accepted anyway.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

function format(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Normalise a date string to YYYY-MM-DD as written (the calendar day in the stamp's own time zone),
 * or null when it does not name a full day with an explicit year.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  for (const re of [ISO_PREFIX, COMPACT, SLASHED_YMD]) {
    const m = re.exec(text);
    if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const found = parseFullDate(text);
  return found ? found.date : null;
}

interface FoundDate {
  date: string;
  /** Characters of the input the date expression covers. */
  length: number;
}

function parseFullDate(text: string): FoundDate | null {
  const result = chrono.parse(text, REFERENCE)[0];
  if (!result) return null;
  const start = result.start;
  // A written four-digit year rules out relative expressions ("3 hours ago") that chrono resolves itself.
  if (!/\b\d{4}\b/.test(result.text) || !start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) {
    return null;
  }
  const date = format(start.get("year") ?? 0, start.get("month") ?? 0, start.get("day") ?? 0);
  return date ? { date, length: result.text.length } : null;
}

/**
 * If a whole line is a dateline ("Monday, January 14, 2019", "Published: 15 Nov 2020 10:00"),
 * return its date; lines where the date is only part of a sentence return null.
 */
export function datelineDate(line: string): string | null {
  const text = line.trim().replace(DATE_LABEL, "");
  if (text.length === 0 || text.length > 80) return null;
  const iso = toIsoDate(text);
  if (iso && ISO_PREFIX.test(text) && text.length <= 30) return iso;
  const found = parseFullDate(text);
  if (!found) return null;
  // The date must be (nearly) the whole line: what is left may only be punctuation or a short time-zone tail.
  const rest = text.length - found.length;
  return rest <= Math.max(6, text.length * 0.2) ? found.date : null;
}

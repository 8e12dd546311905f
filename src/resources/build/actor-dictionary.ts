// Converter for PETRARCH/TABARI actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt):
// entries with synonyms and date-bounded codes, into typed ActorEntry records.
import { displayName, isMatchable, nameKey, phraseKeys } from "../names.js";
import type { ActorEntry, BuildDiagnostic, DatedCode, Parsed } from "../types.js";
import { idAllocator, readLines, slug } from "./text-lines.js";

export interface ActorDictionaryOptions {
  /** Source name used in ids and `ActorEntry.source` ("countries", "international", …). */
  source: string;
}

type Report = (code: string, line: number | null, message: string) => void;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Read a dictionary date: YYMMDD (years 00–30 → 20YY, 31–99 → 19YY, the TABARI rule) or YYYYMMDD,
 * to YYYY-MM-DD. A day past the end of its month (CountryInfo writes "20050231" for "end of
 * February") is clamped to the last day. Returns null for anything else.
 */
export function parseDictionaryDate(raw: string): { date: string; clamped: boolean } | null {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = raw.slice(2);
  } else if (/^\d{8}$/.test(raw)) {
    year = Number(raw.slice(0, 4));
    rest = raw.slice(4);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  let day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  const clamped = day > last;
  if (clamped) day = last;
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { date, clamped };
}

/**
 * Read the inside of one code bracket: `IRNGOV`, `IRNGOV 811013-890803`, `IRNGOV >811013`,
 * `HOB < 950601`, `---`. A bare date (`MNEGOV 20121204`) is read as a start date. Returns null
 * (with a diagnostic) when the dates cannot be read, so that a broken range never widens a code.
 */
export function parseDatedCode(inner: string, line: number | null, report: Report): DatedCode | null {
  const m = /^\s*(\S+)\s*(.*?)\s*$/.exec(inner);
  if (!m) {
    report("codes.empty", line, "empty code []");
    return null;
  }
  const code = m[1] === "---" ? null : m[1].toUpperCase();
  const spec = m[2];
  if (spec === "") return { code, from: null, to: null };
  const date = (raw: string): string | null => {
    const parsed = parseDictionaryDate(raw);
    if (parsed === null) {
      report("codes.bad-date", line, `cannot read date "${raw}" in [${inner.trim()}]; code skipped`);
      return null;
    }
    if (parsed.clamped) report("codes.clamped-date", line, `date "${raw}" past the end of its month, read as ${parsed.date}`);
    return parsed.date;
  };
  let match: RegExpExecArray | null;
  if ((match = /^>\s*(\d+)$/.exec(spec))) {
    const from = date(match[1]);
    return from === null ? null : { code, from, to: null };
  }
  if ((match = /^<\s*(\d+)$/.exec(spec))) {
    const to = date(match[1]);
    return to === null ? null : { code, from: null, to };
  }
  if ((match = /^(\d+)\s*-\s*(\d+)$/.exec(spec))) {
    const from = date(match[1]);
    const to = date(match[2]);
    if (from === null || to === null) return null;
    if (from > to) {
      report("codes.reversed-range", line, `range [${inner.trim()}] ends before it starts; code skipped`);
      return null;
    }
    return { code, from, to };
  }
  if ((match = /^(\d+)$/.exec(spec))) {
    report("codes.bare-date", line, `date without < or > in [${inner.trim()}] read as a start date`);
    const from = date(match[1]);
    return from === null ? null : { code, from, to: null };
  }
  report("codes.bad-code", line, `cannot read code [${inner.trim()}]; skipped`);
  return null;
}

/** All code brackets on a line, parsed; unreadable ones are reported and left out. */
function codesOf(text: string, line: number, report: Report): DatedCode[] {
  const out: DatedCode[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const code = parseDatedCode(m[1], line, report);
    if (code) out.push(code);
  }
  return out;
}

interface RawEntry {
  primary: string;
  synonyms: string[];
  codes: DatedCode[];
  /** Whether any code bracket was seen for the entry (even one that could not be read). */
  bracketed: boolean;
  line: number;
}

/**
 * Parse an actor dictionary. An entry is a primary name line, `+` synonym lines and code brackets
 * (on the name line or on lines of their own), e.g.
 *
 *     GOLLUM
 *     +SMEAGOL
 *         [HOB < 950601]
 *         [HOBGOV 19950601 - 19990815]
 *
 * Where several primary lines follow each other with no code in between ("IVO_JOSIPOVIC_",
 * "PRESIDENT_JOSIPOVIC_", "JOSIPOVIC_", then code lines), all of them receive the code lines that
 * follow (PETRARCH itself would leave all but the last uncoded, plainly not what the editors
 * meant). A code on a name's own line belongs to that name only.
 */
export function parseActorDictionary(text: string, options: ActorDictionaryOptions): Parsed<ActorEntry[]> {
  const diagnostics: BuildDiagnostic[] = [];
  const report: Report = (code, line, message) => diagnostics.push({ code, line, message });
  const raw: RawEntry[] = [];
  let group: RawEntry[] = [];
  let current: RawEntry | null = null;

  for (const { line, text: t } of readLines(text)) {
    if (t.startsWith("[")) {
      if (current === null) {
        report("actors.orphan-code", line, `code "${t}" before any actor; skipped`);
        continue;
      }
      const codes = codesOf(t, line, report);
      for (const entry of group) {
        entry.codes.push(...codes);
        entry.bracketed = true;
      }
    } else if (t.startsWith("+")) {
      if (current === null) {
        report("actors.orphan-synonym", line, `synonym "${t}" before any actor; skipped`);
        continue;
      }
      const bracket = t.indexOf("[");
      if (bracket >= 0) {
        report("actors.code-on-synonym", line, `code on a synonym line applies to the whole entry`);
        const codes = codesOf(t.slice(bracket), line, report);
        for (const entry of group) {
          entry.codes.push(...codes);
          entry.bracketed = true;
        }
      }
      const names = (bracket >= 0 ? t.slice(0, bracket) : t).split("+").map((n) => n.trim());
      current.synonyms.push(...names.filter((n) => n !== ""));
    } else {
      const bracket = t.indexOf("[");
      const primary = (bracket >= 0 ? t.slice(0, bracket) : t).trim();
      const codes = bracket >= 0 ? codesOf(t.slice(bracket), line, report) : [];
      const entry: RawEntry = { primary, synonyms: [], codes: [], bracketed: false, line };
      // Uncoded names followed by more names share the code lines that follow them; a code on a
      // name's own line is that name's alone.
      const groupUncoded = bracket < 0 && group.length > 0 && group.every((e) => !e.bracketed);
      if (groupUncoded) {
        report("actors.shared-codes", line, `"${group[group.length - 1].primary}" has no code; it shares the codes that follow "${primary}"`);
        group.push(entry);
      } else {
        group = [entry];
      }
      if (bracket >= 0) {
        entry.codes.push(...codes);
        entry.bracketed = true;
      }
      current = entry;
      raw.push(entry);
    }
  }

  const nextId = idAllocator();
  const entries: ActorEntry[] = [];
  for (const entry of raw) {
    if (entry.codes.length === 0) {
      report("actors.no-code", entry.line, `"${entry.primary}" has no code; dropped`);
      continue;
    }
    const names: string[] = [];
    for (const phrase of [entry.primary, ...entry.synonyms]) {
      const keys = phraseKeys(phrase);
      if (!isMatchable(keys)) {
        report("actors.unmatchable-name", entry.line, `name "${phrase}" cannot match text; dropped`);
        continue;
      }
      names.push(nameKey(keys));
    }
    // "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_": the primary name's acronym names it too (a
    // synonym's may be a faction's: "+PEOPLES_LIBERATION_ARMY_(PLA)_" under the INLA).
    const acronym = initialsAcronym(entry.primary);
    if (acronym) names.push(nameKey(phraseKeys(acronym)));
    if (names.length === 0) {
      report("actors.no-name", entry.line, `"${entry.primary}" has no usable name; dropped`);
      continue;
    }
    const name = displayName(entry.primary) || displayName(entry.synonyms[0] ?? "");
    entries.push({
      id: nextId(`${options.source}:${slug(name)}`),
      source: options.source,
      name,
      names: [...new Set(names)],
      codes: entry.codes,
      line: entry.line,
    });
  }
  return { value: entries, diagnostics };
}

/** Words an acronym's letters skip ("Liberation Tigers of Tamil Eelam": LTTE). */
const ACRONYM_SKIPS = new Set(["of", "the", "and", "for", "in", "on", "de", "la", "el", "al"]);

/**
 * "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_": the acronym of four letters or more in parentheses after
 * a name, when it is made of the name's initials (so "(GREECE)" or "(KARATAS_FACTION)" are not read as one), else null.
 */
export function initialsAcronym(phrase: string): string | null {
  // (Four letters or more: three-letter ones stand for many bodies across the world: "ANA" is the
  // Afghan National Army as often as the Albanian one, "JEM" Darfur's rebels as often as Pakistan's.)
  const m = /^(.*?)[_\s]*\(([A-Z]{4,6})\)[_\s]*$/.exec(phrase.trim());
  if (!m) return null;
  const initials = m[1]
    .split(/[_\s-]+/)
    .filter((w) => w !== "" && !ACRONYM_SKIPS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join("");
  return initials === m[2] ? m[2] : null;
}

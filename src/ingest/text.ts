// Plain text as scraped from news pages: finds a leading tag line, a dateline and the title above the
// body, and drops page furniture, using layout heuristics that hold across sites rather than per-site rules.
import { filterBoilerplate, type RemovedLine } from "./boilerplate.js";
import { datelineDate } from "./dates.js";

/** What the scraped-text heuristics found in a text. */
export interface ScrapedText {
  title: string | null;
  tags: string[];
  published: string | null;
  /** The body: no title, tag line, dateline or boilerplate. */
  text: string;
  removed: RemovedLine[];
}

// How far down the head (tag lines, datelines, title) may reach, in non-empty lines.
const HEAD_LINES = 6;
const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;
const MAX_TAG_LINE_CHARS = 150;
const MAX_TAG_WORDS = 5;
const MAX_TAG_CHARS = 40;
const MAX_KICKER_WORDS = 3;

// Lower-case words that may sit inside a capitalised name or topic ("Ministry of Defence", "Bin Salman").
const NAME_CONNECTORS = new Set(["of", "and", "the", "for", "on", "in", "de", "del", "da", "di", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "&"]);
// Name prefixes that a glued-tag split would otherwise cut off ("McDonald" must not become "Mc" + "Donald").
const NAME_PREFIXES = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')$/;
const TAG_SEPARATORS = /\s*(?:,|\||•|·|;|›|»|\s\/\s|\s>\s)\s*/;
// Sentence-final punctuation. An abbreviation with inner dots ("U.S.") at the end does not count.
const SENTENCE_END = /[.!?;:,]["'”’)\]]?$/;
const ABBREVIATION_END = /\b(?:\p{Lu}\.){2,}$/u;
// A glued tag boundary: lower-case or digit followed by a capital, or an acronym followed by a word.
const GLUE_BOUNDARY = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

function words(line: string): string[] {
  return line.split(/\s+/).filter(Boolean);
}

function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line) && !ABBREVIATION_END.test(line);
}

/** A line that could be a headline: short, one line, no sentence-final full stop. */
function isTitleLike(line: string): boolean {
  if (line.length < 2 || line.length > MAX_TITLE_CHARS || !/\p{L}/u.test(line)) return false;
  if (words(line).length > MAX_TITLE_WORDS) return false;
  // Headlines may end in a question or exclamation mark, never in a full stop, comma or colon.
  return !/[.;:,]["'”’)\]]?$/.test(line) || ABBREVIATION_END.test(line);
}

/** A short capitalised phrase that reads as a topic label ("Middle East", "Qasem Suleimani", "COVID-19"). */
function isTagPhrase(phrase: string): boolean {
  const ws = words(phrase);
  if (ws.length === 0 || ws.length > MAX_TAG_WORDS || phrase.length > MAX_TAG_CHARS) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(ws[0])) return false;
  return ws.every((w) => /^[\p{Lu}\p{N}"'‘“(]/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()) || /^(?:al|el|ad|as|an|ul)-/i.test(w));
}

/** Split glued tags ("IranIraqQasem Suleimani") at case boundaries, keeping name prefixes attached. */
export function splitGluedTags(line: string): string[] {
  const parts: string[] = [];
  for (const piece of line.split(GLUE_BOUNDARY)) {
    const prev = parts.length > 0 ? parts[parts.length - 1] : null;
    if (prev !== null && (NAME_PREFIXES.test(prev) || /^\p{Ll}+$/u.test(prev))) {
      parts[parts.length - 1] = prev + piece;
    } else {
      parts.push(piece);
    }
  }
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * The tags on a line if it reads as a tag line: separated topic labels ("Iran, Iraq", "World | Middle East"),
 * labels glued together by a scraper ("IranIraqQasem Suleimani"), or one short section label ("Politics").
 * Whether it really is a tag line also depends on its position, which the caller checks.
 */
export function tagLineParts(line: string): string[] | null {
  if (line.length > MAX_TAG_LINE_CHARS || endsSentence(line)) return null;
  const separated = line.split(TAG_SEPARATORS).map((p) => p.replace(/^#/, "").trim()).filter(Boolean);
  if (separated.length >= 2) return separated.every(isTagPhrase) ? separated : null;
  if (/[\p{Ll}\p{N}]\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(line)) {
    const glued = splitGluedTags(line);
    if (glued.length >= 2 && glued.every(isTagPhrase)) return glued;
  }
  return words(line).length <= MAX_KICKER_WORDS && isTagPhrase(line) ? [line.replace(/^#/, "")] : null;
}

/** Split scraped text into head (tags, dateline, title) and body, and clean the body. */
export function parseScrapedText(raw: string): ScrapedText {
  const cleaned = filterBoilerplate(raw);
  const allLines = cleaned.text.split("\n");
  // Non-empty lines with their position in `allLines`, so the body can be cut with its blank lines intact.
  const lines = allLines.flatMap((text, index) => (text.trim() ? [{ text: text.trim(), index }] : []));

  // A body follows line k when later lines hold more text than it and at least one of them reads as prose.
  const hasBodyAfter = (k: number): boolean => {
    const rest = lines.slice(k + 1);
    if (rest.length === 0) return false;
    const restChars = rest.reduce((n, l) => n + l.text.length, 0);
    const prose = rest.some((l) => endsSentence(l.text) || l.text.length >= 100);
    return prose && restChars > lines[k].text.length;
  };
  const nextNonDateline = (k: number): number => {
    let j = k;
    while (j < lines.length && datelineDate(lines[j].text)) j++;
    return j;
  };

  const tags = [...cleaned.tags];
  let title: string | null = null;
  let published: string | null = null;
  let pos = 0;
  while (pos < lines.length && pos < HEAD_LINES && title === null) {
    const line = lines[pos].text;
    const date = datelineDate(line);
    if (date) {
      published ??= date;
      pos++;
      continue;
    }
    if (!isTitleLike(line)) break;
    // A tag line sits above a headline that is itself followed by a body: [tags] [title] body.
    const next = nextNonDateline(pos + 1);
    const tagParts = tagLineParts(line);
    if (tagParts && next < lines.length && isTitleLike(lines[next].text) && hasBodyAfter(next)) {
      tags.push(...tagParts);
      pos++;
      continue;
    }
    if (hasBodyAfter(pos)) {
      title = line;
      pos++;
    }
    break;
  }
  if (title === null) {
    // Without a headline the lines taken as tags were probably the start of the body after all.
    pos = 0;
    tags.splice(cleaned.tags.length);
    while (pos < lines.length && datelineDate(lines[pos].text)) {
      published ??= datelineDate(lines[pos].text);
      pos++;
    }
  }
  // Datelines printed just under the headline belong to the head too.
  while (pos < lines.length && datelineDate(lines[pos].text)) {
    published ??= datelineDate(lines[pos].text);
    pos++;
  }
  const bodyStart = pos < lines.length ? lines[pos].index : allLines.length;
  return {
    title,
    tags,
    published,
    text: allLines.slice(bodyStart).join("\n").trim(),
    removed: cleaned.removed,
  };
}

// Toponyms inside hyphenated compounds, which the entity layer tags whole or not at all:
// "Washington-based", "Montreal-area", "Canada-wide", "mid-Ohio", "Iran-Iraq", "India-Pakistan".
import type { PlaceRecord } from "./gazetteer.js";
import type { ToponymMention } from "./resolve.js";
import { jurisdiction } from "./organisation-places.js";

/** Second halves that make the first a place: "London-based", "Montreal-area", "Canada-wide". */
const PLACE_SUFFIX = /^-(?:based|area|wide|born|bound|headquartered|registered)(?![\p{L}-])/u;

/** A capitalised word (with inner apostrophes or full stops: "U.S.", "Côte"). */
const WORD = /\p{Lu}[\p{L}'.]*$/u;

/** Is this a country or a first-level division (the two halves of "Russia-Turkey", "Iran-Iraq")? */
const area = (records: readonly PlaceRecord[]): boolean => records.some((r) => r.featureType === "country" || r.featureType === "admin1");

/**
 * The place names inside hyphenated compounds of `text`: a jurisdiction before a place suffix
 * ("Seattle-based") or after "mid-" ("mid-Ohio"), and both halves of a pair of countries or
 * divisions that is not itself a name ("Iran-Iraq"; not "Guinea-Bissau").
 */
export function compoundToponyms(text: string, recordsOf: (name: string) => readonly PlaceRecord[]): ToponymMention[] {
  const out: ToponymMention[] = [];
  const known = (start: number, end: number): ToponymMention | null => (recordsOf(text.slice(start, end)).length > 0 ? { start, end, text: text.slice(start, end) } : null);
  /** The longest run of up to three capitalised words ending at `end` that the gazetteer knows. */
  const nameEndingAt = (end: number): ToponymMention | null => {
    const starts: number[] = [];
    let at = end;
    for (let words = 0; words < 3; words++) {
      const m = WORD.exec(text.slice(Math.max(0, at - 40), at));
      // "The Seattle-based": the article is not part of the name.
      if (!m || /^the$/i.test(m[0])) break;
      const start = at - m[0].length;
      starts.push(start);
      if (text[start - 1] !== " ") break;
      at = start - 1;
    }
    for (const start of starts.reverse()) {
      const found = known(start, end);
      if (found) return found;
    }
    return null;
  };
  /** The longest run of up to three capitalised words starting at `start` that the gazetteer knows. */
  const nameStartingAt = (start: number): ToponymMention | null => {
    const ends: number[] = [];
    const rest = /^\p{Lu}[\p{L}'.]*(?: \p{Lu}[\p{L}'.]*){0,2}/u.exec(text.slice(start, start + 60));
    if (!rest) return null;
    let end = start;
    for (const word of rest[0].split(" ")) {
      end += (end === start ? 0 : 1) + word.length;
      // A sentence's full stop is not part of the name; an abbreviation's is ("U.S.").
      ends.push(word.endsWith(".") && !word.slice(0, -1).includes(".") ? end - 1 : end);
      if (word.endsWith(".")) break;
    }
    for (const end of ends.reverse()) {
      const found = known(start, end);
      if (found) return found;
    }
    return null;
  };
  for (let hyphen = text.indexOf("-"); hyphen >= 0; hyphen = text.indexOf("-", hyphen + 1)) {
    const left = nameEndingAt(hyphen);
    if (left && PLACE_SUFFIX.test(text.slice(hyphen, hyphen + 20)) && jurisdiction(recordsOf(left.text))) {
      out.push(left);
      continue;
    }
    if (/(?:^|[^\p{L}])mid$/iu.test(text.slice(Math.max(0, hyphen - 4), hyphen))) {
      const right = nameStartingAt(hyphen + 1);
      if (right && jurisdiction(recordsOf(right.text))) out.push(right);
      continue;
    }
    const right = left ? nameStartingAt(hyphen + 1) : null;
    if (left && right && area(recordsOf(left.text)) && area(recordsOf(right.text)) && recordsOf(text.slice(left.start, right.end)).length === 0) {
      out.push(left, right);
    }
  }
  return out;
}

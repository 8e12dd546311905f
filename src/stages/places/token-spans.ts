// Small span helpers shared by the toponym spotters: the token at an offset, a mention without its possessive,
// a mention with the elided particle the entity layer cut off after it.
import type { Token } from "../../model/schema.js";
import type { ToponymMention } from "./resolve.js";

/** Index of the token that covers `offset`, or -1. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The mention without a trailing possessive ("Iran's" → "Iran", "Philippines'" → "Philippines"). */
export const stripPossessive = (m: ToponymMention): ToponymMention => {
  const match = /(?:['\u2019]s|s['\u2019])$/.exec(m.text);
  if (!match) return m;
  const cut = match[0].startsWith("s") ? 1 : 2;
  return { start: m.start, end: m.end - cut, text: m.text.slice(0, m.text.length - cut) };
};

/** An elided French or Italian particle and the capitalised word it joins ("d'Ivoire", "dell'Aquila"). */
const ELIDED_AFTER = /^ (?:d|l|dell|dall|nell|sull)['\u2019]\p{Lu}[\p{L}-]*/u;

/**
 * "Côte" + " d'Ivoire": the mention with the elided particle and word after it, when the gazetteer knows
 * the whole name (the entity layer cuts such names at the apostrophe); else the mention.
 */
export function withElidedTail(m: ToponymMention, text: string, known: (name: string) => boolean): ToponymMention {
  const tail = ELIDED_AFTER.exec(text.slice(m.end, m.end + 40));
  if (!tail || !known(m.text + tail[0])) return m;
  return { start: m.start, end: m.end + tail[0].length, text: m.text + tail[0] };
}

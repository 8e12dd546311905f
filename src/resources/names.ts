// Name keys shared by the dictionary build and the runtime matchers: how a dictionary phrase and a
// text token become comparable keys (ASCII-folded, lower-cased, split the way wink-nlp splits words).
import anyAscii from "any-ascii";

/**
 * Words that are also actor names in the dictionaries ("US" for the United States, "IT", "IN"…).
 * A one-word name that is one of these is stored upper-case and matches only an upper-case token,
 * so "attacked us" is not coded as the United States.
 */
const AMBIGUOUS_WORDS = new Set(
  (
    "a an and are as at be but by can did do for from go had has have he her him his i if in is it its " +
    "me my no nor not now of off ok on one or our out she so than that the them then they this to two up " +
    "us was we were what when who why will with yes you all any may new man men china turkey trump gallant"
  ).split(" "),
);

const ASCII = /^[\x20-\x7e]*$/;

/** Fold one token to its case-preserving key: ASCII transliteration, typographic quotes made plain. */
export function foldToken(token: string): string {
  const ascii = ASCII.test(token) ? token : anyAscii(token.replace(/[\x00-\x1f\x7f]/g, ""));
  return ascii.replace(/`/g, "'");
}

/**
 * The match key of one text token: folded and lower-cased. Hyphens and dashes give "" — matchers
 * skip such tokens inside a name, because wink-nlp splits "al-Qaeda" into "al", "-", "Qaeda".
 */
export function tokenKey(token: string): string {
  // Most tokens are ASCII letters and digits: nothing to fold and no dash, so the key is the lower case.
  let plain = true;
  for (let i = 0; i < token.length && plain; i++) {
    const c = token.charCodeAt(i);
    plain = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  if (plain) return token.toLowerCase();
  const key = foldToken(token).toLowerCase();
  return /^[-\u2010-\u2015]+$/.test(key) || key === "--" ? "" : key;
}

/**
 * Split a dictionary phrase ("SYRIA'S_GOVERNMENT", "AL-QAEDA", "BAN KI-MOON") into token keys the
 * way wink-nlp tokenises text: underscores and spaces separate words, hyphens are dropped, a
 * possessive "'s" and a comma are tokens of their own, and a parenthesised or quoted insertion
 * ("AMERICA_(US)", a nickname in quotes) is removed. Returns [] when nothing is left.
 */
export function phraseKeys(phrase: string): string[] {
  // "†" is a non-breaking space seen through the wrong code page (Mac Roman) in some sources.
  const folded = foldToken(phrase.replace(/[\p{Z}\u2020]/gu, " "))
    .replace(/[\x00-\x1f\x7f\ufffd]/g, "")
    .replace(/\([^()]*\)/g, " ")
    .replace(/\(.*$/, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/[)"]/g, " ")
    .replace(/\s*([,:;])/g, " $1 ")
    .replace(/(^|[\s_])\/(?=[\s_]|$)/g, "$1 / ")
    .replace(/[_\s]+/g, " ");
  const keys: string[] = [];
  for (const raw of folded.split(" ")) {
    for (const part of raw.split(/-+/)) {
      const word = part.toLowerCase().replace(/^[.']+(?!s$)|'+$/g, "");
      if (word === "") continue;
      const possessive = /^(.+)('s)$/.exec(word);
      if (possessive && !possessive[1].endsWith("'")) keys.push(possessive[1], possessive[2]);
      else keys.push(word);
    }
  }
  return keys;
}

/** Whether a phrase's keys contain only characters a matcher can meet in wink tokens. */
export function isMatchable(keys: readonly string[]): boolean {
  return keys.length > 0 && /^[a-z0-9]/.test(keys[0]) && keys.every((key) => /^[a-z0-9][a-z0-9.'&/]*$|^'s$|^[,:;/]$/.test(key));
}

/**
 * The stored form of a name: its keys joined by spaces, upper-cased when the name is a single
 * ambiguous English word (see AMBIGUOUS_WORDS) so that it only matches upper-case text.
 */
export function nameKey(keys: readonly string[]): string {
  if (keys.length === 1 && AMBIGUOUS_WORDS.has(keys[0])) return keys[0].toUpperCase();
  return keys.join(" ");
}

/** Title-case a dictionary name for display ("UNITED_STATES_OF_AMERICA_" → "United States of America"). */
export function displayName(phrase: string): string {
  const words = phrase
    .replace(/\([^()]*\)/g, " ")
    .replace(/[_\s]+/g, " ")
    .trim()
    .toLowerCase()
    .split(" ");
  return words
    .map((word, i) =>
      i > 0 && /^(of|the|and|for|in|on|de|la|al|el|bin|ibn|van|von|der|du|da|le)$/.test(word)
        ? word
        : word.replace(/(^|[-'.])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(" ");
}

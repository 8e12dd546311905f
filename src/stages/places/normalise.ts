// Place-name keys: the one normalisation shared by the gazetteer build and run-time lookup, so a
// name in an article and a name in the gazetteer meet on the same key.
import anyAscii from "any-ascii";

/** Bump when `placeKey` changes: a compiled gazetteer records it and the loader refuses a mismatch. */
export const PLACE_KEY_VERSION = 1;

const POSSESSIVE = /(?:'s|s')$/;

/**
 * The lookup key of a place name: ASCII (diacritics and scripts folded by any-ascii), lower case,
 * without a leading "the", a trailing possessive ("Iran's", "Philippines'"), apostrophes and dots
 * ("U.S." → "us", "Ma'rib" → "marib"); hyphens, commas, slashes and brackets become spaces.
 */
export function placeKey(raw: string): string {
  let key = keys.get(raw);
  if (key === undefined) {
    // A bounded memo: the spotters ask for the same few hundred names many times per article.
    if (keys.size >= KEY_MEMO_SIZE) keys.clear();
    keys.set(raw, (key = computeKey(raw)));
  }
  return key;
}

/** Names remembered by `placeKey`; the memo is emptied when full, so memory stays bounded. */
const KEY_MEMO_SIZE = 50_000;
const keys = new Map<string, string>();

/** Only ASCII characters: any-ascii and NFC leave such a string as it is. */
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case letters and digits in words separated by single spaces. */
const PLAIN_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

function computeKey(raw: string): string {
  let s = (ASCII.test(raw) ? raw : anyAscii(raw.normalize("NFC"))).toLowerCase();
  // Most names are plain words: none of the replacements below would change them.
  if (PLAIN_WORDS.test(s) && !s.startsWith("the ")) return s;
  s = s.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").trim();
  s = s.replace(POSSESSIVE, (m) => (m === "s'" ? "s" : ""));
  s = s.replace(/['"]/g, "").replace(/\./g, "");
  s = s.replace(/&/g, " and ").replace(/[-\u2010-\u2015,/()[\]:;]+/g, " ");
  s = s.replace(/\s+/g, " ").trim();
  s = s.replace(/^the /, "");
  return s;
}

/** "Co." after a name: US local news abbreviates County so ("Plymouth Co.", "WAYNE CO."). */
const COUNTY_ABBREVIATION = /(?<=\S)\s+co\.$/i;

/** A name with an abbreviated "Co." written out as "County" ("Plymouth Co." → "Plymouth County"), else the name. */
export function expandCounty(name: string): string {
  return COUNTY_ABBREVIATION.test(name) ? name.replace(COUNTY_ABBREVIATION, " County") : name;
}

/** Arabic definite-article prefixes as transliterated in GeoNames ("Al Fallujah", "Ar Raqqah", "As Sulaymaniyah"). */
const ARABIC_ARTICLE = /^(?:al|el|ar|as|ash|ad|adh|an|at|ath|az|aj|ak) (?=\S{3,})/;

/**
 * Extra keys for a transliterated Arabic name: without its article ("al fallujah" → "fallujah")
 * and with a final "-ah" shortened ("basrah" → "basra"), the spellings English news uses.
 */
export function arabicKeyVariants(key: string): string[] {
  const out = new Set<string>();
  const bare = key.replace(ARABIC_ARTICLE, "");
  if (bare !== key) out.add(bare);
  for (const k of [key, bare]) if (/[a-z]{2}ah$/.test(k)) out.add(k.slice(0, -1));
  out.delete(key);
  return [...out];
}

/**
 * A place key spelled the way transliterations agree on: without the Arabic article, spaces and
 * hyphens, with doubled letters single, q and a hard c as k ("Congo"/"Kongo"), "ou"/"oo" as u, "ee" as i, "iya" as "ia" and a final
 * vowel's h dropped ("Al Qaţrānah" → "katrana", "Qatraneh" → "katrane").
 */
export function spellingKey(key: string): string {
  let s = key.replace(ARABIC_ARTICLE, "").replace(/[^a-z]/g, "");
  // Each rewrite runs only when its letters occur: the variant index keys every gazetteer name at
  // once (~130,000), and a regex pass over a name it cannot change costs more than looking for a letter.
  if (s.includes("q")) s = s.replace(/q/g, "k");
  if (s.includes("c")) s = s.replace(/c(?=[aou]|$)/g, "k").replace(/ck/g, "k");
  if (s.includes("ph")) s = s.replace(/ph/g, "f");
  if (s.includes("o")) s = s.replace(/ou|oo/g, "u");
  if (s.includes("ee")) s = s.replace(/ee/g, "i");
  s = s.replace(/(.)\1+/g, "$1");
  if (s.endsWith("h")) s = s.replace(/([aeiou])h$/, "$1");
  return s.includes("iy") ? s.replace(/iy(?=a)/g, "i") : s;
}

/**
 * A looser key for names transliterated several ways ("Jenin"/"Janīn", "Derna"/"Darnah", "Qatraneh"/
 * "Al Qaţrānah"): the spelling key with e as a and o as u. Only vowels and the spellings of one sound
 * are folded, so "Kisima" and "Kisumu" stay apart.
 */
export function variantKey(key: string): string {
  return spellingKey(key).replace(/e/g, "a").replace(/o/g, "u");
}

/** How many letters two spelling keys of one variant key differ in (each an e/a or o/u swap); Infinity when their lengths differ. */
export function vowelSwaps(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let swaps = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) swaps++;
  return swaps;
}

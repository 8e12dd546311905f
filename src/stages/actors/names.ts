// Person names: titles and ranks stripped from names (and kept as roles), and transliteration-aware
// matching of name variants ("Qassem Soleimani" = "Qasem Suleimani", "Baqeri" = "Bagheri", but
// not "Baqeri" = "Bakri").
import anyAscii from "any-ascii";

/**
 * Honorifics, ranks and offices that precede a person's name in news text. Multi-word titles are
 * matched greedily ("Lieutenant General" before "General"). Lower-case keys; "." is optional.
 */
const TITLE_PHRASES = [
  "major general", "lieutenant general", "brigadier general", "rear admiral", "vice admiral", "air marshal",
  "field marshal", "lieutenant colonel", "second lieutenant", "first lieutenant", "grand ayatollah", "crown prince",
  "prime minister", "foreign minister", "defense minister", "defence minister", "interior minister", "vice president",
  "deputy prime minister", "supreme leader", "secretary general", "secretary-general", "chief justice", "deputy minister",
  "general", "gen", "maj", "lt", "col", "colonel", "brig", "admiral", "adm", "commander", "cmdr", "captain", "capt", "major",
  "lieutenant", "sergeant", "sgt", "corporal", "marshal", "president", "minister", "chancellor", "premier", "senator", "sen",
  "representative", "rep", "governor", "gov", "mayor", "ambassador", "envoy", "secretary", "spokesman", "spokeswoman",
  "spokesperson", "king", "queen", "prince", "princess", "sheikh", "shaikh", "sheik", "emir", "sultan", "ayatollah",
  "hojatoleslam", "imam", "pope", "cardinal", "bishop", "archbishop", "rabbi", "dr", "doctor", "prof", "professor", "mr", "mrs",
  "ms", "miss", "sir", "dame", "lord", "lady", "judge", "justice", "chairman", "chairwoman", "chair", "director", "chief",
  "top", "former", "late", "acting", "deputy", "senior", "then",
].map((t) => t.split(/[\s-]+/));

TITLE_PHRASES.sort((a, b) => b.length - a.length);

/** Title phrases by their first word, longest first (the order `splitTitle` tries them in). */
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of TITLE_PHRASES) TITLES_BY_FIRST.set(phrase[0], [...(TITLES_BY_FIRST.get(phrase[0]) ?? []), phrase]);

const clean = (w: string) => w.toLowerCase().replace(/\.$/, "");

/** Split leading titles from a name: "Major General Mohammad Baqeri" → ["Major General", "Mohammad Baqeri"]. */
export function splitTitle(words: readonly string[]): { title: string[]; name: string[] } {
  let i = 0;
  outer: while (i < words.length - 1) {
    for (const phrase of TITLES_BY_FIRST.get(clean(words[i])) ?? []) {
      if (phrase.every((p, k) => clean(words[i + k] ?? "") === p) && i + phrase.length < words.length) {
        i += phrase.length;
        continue outer;
      }
    }
    break;
  }
  // "Earlier Mr Trump", "Since Mr. Comey": a tagged span that took in the word before an honorific
  // still names the person after it (no name has an honorific inside it).
  for (let j = words.length - 2; j > i; j--) {
    if (INNER_HONORIFICS.has(clean(words[j]))) return { title: words.slice(0, j + 1), name: words.slice(j + 1) };
  }
  return { title: words.slice(0, i), name: words.slice(i) };
}

/** Honorifics only ever written before a name, never inside one. */
const INNER_HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "messrs"]);

/** Whether a word is a title or rank on its own ("General", "Gen."). */
export function isTitleWord(word: string): boolean {
  const w = clean(word);
  return (TITLES_BY_FIRST.get(w) ?? []).some((p) => p.length === 1);
}

/**
 * A transliteration-tolerant key for one name token: ASCII-folded, consonants grouped into classes
 * that transliterations confuse (q/k/gh/c, s/z/th, f/ph/v, j/dj/y …), doubled letters collapsed,
 * vowels reduced to the count of vowel groups. "Baqeri"/"Bagheri" → "BKR3"; "Bakri" → "BKR2";
 * "Soleimani"/"Suleimani" → "SLMN4".
 */
export function nameTokenKey(token: string): string {
  // Memoised: names recur across an article and a run, and the key takes a dozen regex passes.
  let key = tokenKeys.get(token);
  if (key === undefined) {
    if (tokenKeys.size >= TOKEN_KEY_LIMIT) tokenKeys.clear();
    tokenKeys.set(token, (key = computeNameTokenKey(token)));
  }
  return key;
}

const tokenKeys = new Map<string, string>();
const TOKEN_KEY_LIMIT = 100_000;

function computeNameTokenKey(token: string): string {
  let w = anyAscii(token).toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return "";
  w = w
    .replace(/^al(?=[a-z]{3})/, "") // Arabic article glued to the name: "Alhashimi" ~ "Hashimi"
    .replace(/kh/g, "h")
    .replace(/gh|q|ck|c(?=[aou])|g|k/g, "k")
    .replace(/ph|v|f|w/g, "f")
    .replace(/th|dh|z|ss|s/g, "s")
    .replace(/dj|j|zh/g, "j")
    .replace(/ou|oo|u/g, "u")
    .replace(/(.)\1+/g, "$1");
  const consonants = w.replace(/[aeiouy]+/g, "").toUpperCase();
  const vowelGroups = (w.match(/[aeiouy]+/g) ?? []).length;
  return `${consonants}${vowelGroups}`;
}

/** Keys of each name token, ignoring particles ("al", "bin", "de", "van"). */
export function nameKeys(words: readonly string[]): string[] {
  const keys: string[] = [];
  for (const w of words) {
    if (NAME_PARTICLES.has(w.toLowerCase())) continue;
    const key = nameTokenKey(w);
    if (key) keys.push(key);
  }
  return keys;
}

const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "van", "von", "der", "la", "le"]);

/**
 * Whether `short` can refer to the same person as `full`: every token of `short` matches a token
 * of `full` in order by key, and the last (family) names agree. "Baqeri" ~ "Mohammad Baqeri";
 * "Qasem Suleimani" ~ "Qassem Soleimani"; "Ali Bakri" !~ "Mohammad Baqeri".
 */
export function sameName(short: readonly string[], full: readonly string[]): boolean {
  return sameNameKeys(nameKeys(short), nameKeys(full));
}

/** `sameName` over names already keyed with `nameKeys` (for callers comparing one name with many). */
export function sameNameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0 || a.length > b.length) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  let j = 0;
  for (const key of a) {
    while (j < b.length && b[j] !== key) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

// Entity revision before actors are read: entity types the dictionaries correct, and dictionary
// names the tagger missed, cut short or ran together in a list, added as entities.
import type { Document, Entity, EntityType } from "../../model/schema.js";
import { foldToken, tokenKey, type ActorEntry } from "../../resources/index.js";
import type { ActorRegistryLookup } from "./actors-stage.js";
import type { ActorKnowledge } from "./knowledge.js";
import { isTitleWord, splitTitle } from "./names.js";

/** Offices written before a person's name ("President X", "Minister X"); not ranks that also head units. */
export const OFFICE_TITLES = new Set(["president", "premier", "chancellor", "minister", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan", "senator", "mayor", "governor", "ayatollah", "pope"]);

/**
 * Entity types corrected by the dictionaries, and dictionary names the tagger missed or cut short
 * added: a dictionary name that covers whole entities and more ("The Hermit Kingdom" around the
 * tagged "Hermit Kingdom", "Prince of Dol Amroth" around "Prince of Dol" + "Amroth") replaces them.
 * Every entity returned is a new object, the caller's to change.
 */
export function reviseEntities(doc: Document, k: ActorKnowledge, registry: ActorRegistryLookup | null): Entity[] {
  const tokens = doc.tokens ?? [];
  const { surface, keys, capital } = tokenForms(doc);
  const covered = new Array<number>(tokens.length).fill(-1);
  const split = splitLists(doc, k, keys, surface);
  const out: (Entity | null)[] = split.entities;
  // Token indices [first, last] each entity of `out` covers (entities come sorted, so one pass finds them).
  const tokenRange: [number, number][] = [];
  let ti = 0;
  out.forEach((e, n) => {
    while (ti < tokens.length && tokens[ti].end <= e!.start) ti++;
    let last = ti;
    for (let j = ti; j < tokens.length && tokens[j].start < e!.end; j++) (covered[j] = n), (last = j);
    tokenRange.push([ti, last]);
  });
  let next = split.next;
  // Whether token j opens a sentence, or its quotation ("“Defiant Hezbollah …").
  const sentenceStarts = new Set(doc.sentences.map((x) => x.start));
  const opensSentence = (j: number) => sentenceStarts.has(tokens[j].start) || (j > 0 && sentenceStarts.has(tokens[j - 1].start) && /^["“‘']$/.test(surface[j - 1]));
  for (let i = 0; i < tokens.length; i++) {
    // A match changes something only if it starts at a tagged entity or a new one, which opens with
    // a capital, or at a "the" before either ("THE_SHIRE", "the Shire"): most tokens need no lookup.
    // (A lower-case opener, "al-Qaeda", "de Mistura", counts only where the tagger found the name.)
    const the = keys[i] === "the" && ((i + 1 < tokens.length && (covered[i + 1] >= 0 || capital[i + 1])) || (i + 2 < tokens.length && capital[i + 2]));
    // ("a senior al Qaeda leader": an Arabic article written apart and in lower case, before a name the
    // tagger found without it, may open the dictionary's name.)
    const article = ARABIC_ARTICLES.has(surface[i]) && i + 1 < tokens.length && covered[i + 1] >= 0 && tokenRange[covered[i + 1]][0] === i + 1;
    if (covered[i] < 0 && !capital[i] && !the && !article) continue;
    // Nor can a match starting inside an entity, after its first token: it neither spans that entity
    // exactly nor holds it whole (unless a lower-case "the" ends the entity and stays outside the match).
    // (Except after a sentence's capitalised first word that opens no name: see below.)
    const opener = covered[i] >= 0 && tokenRange[covered[i]][0] === i - 1 && opensSentence(i - 1) && /^\p{Lu}\p{Ll}+$/u.test(surface[i - 1]) && !mayStartName(k, keys[i - 1]) && !isTitleWord(surface[i - 1]) && !k.agentMatcher.matchAt(keys, i - 1, surface) && !k.countryMatcher.matchAt(keys, i - 1, surface);
    if (covered[i] >= 0 && tokenRange[covered[i]][0] < i && !(keys[i] === "the" && surface[i] === "the") && !opener) continue;
    if (!mayStartName(k, keys[i])) continue;
    const m = k.actorMatcher.matchAt(keys, i, surface);
    if (!m) continue;
    if (opener) {
      // "Embattled Hamas accused …", "Defiant Hezbollah …": a sentence's first word, capitalised only
      // for its place, before a name the dictionary knows whole up to the entity's end describes it.
      // (Not before a country or capital: "Radio Pyongyang", "Sizzler Australia" are names whole.)
      const n = covered[i];
      if (m.end - 1 !== tokenRange[n][1] || k.countryMatcher.matchAt(keys, i, surface)?.end === m.end) continue;
      const e = out[n]!;
      e.start = tokens[i].start;
      e.text = doc.text.slice(e.start, e.end);
      e.type = typeOfEntry(m.values[0], e.type, k);
      tokenRange[n] = [i, tokenRange[n][1]];
      covered[i - 1] = -1;
      i = m.end - 1;
      continue;
    }
    const entry = m.values[0];
    // A lower-case "the" the dictionary spells with the name ("THE_SHIRE") stays outside the entity.
    const from = keys[i] === "the" && surface[i] === "the" && m.end - i > 1 ? i + 1 : i;
    const span = { start: tokens[from].start, end: tokens[m.end - 1].end };
    const inside = new Set(covered.slice(from, m.end).filter((c) => c >= 0));
    const only = inside.size === 1 ? [...inside][0] : -1;
    if (only >= 0 && out[only]!.start === span.start && out[only]!.end === span.end) {
      // The dictionary knows what a whole entity is: "Daesh" is a group, not a person.
      const e = out[only]!;
      e.type = titledListing(entry, surface.slice(from, m.end)) ? "PERSON" : typeOfEntry(entry, e.type, k);
      i = m.end - 1;
      continue;
    }
    // A name starts with a capital, after an optional "The" that the dictionary spells with it.
    const first = keys[from] === "the" && m.end - from > 1 ? from + 1 : from;
    const capitalised = (/^\p{Lu}/u.test(surface[first]) || (article && first === i)) && /^\p{Lu}/u.test(surface[m.end - 1]);
    const within = [...inside].every((n) => tokenRange[n][0] >= from && tokenRange[n][1] < m.end);
    if (capitalised && within) {
      let type: EntityType | null = null;
      for (const n of inside) {
        type ??= out[n]!.type;
        out[n] = null;
      }
      // ("Russian" NORP + "President Vladimir Putin" PERSON, joined as the dictionary spells them: a person.)
      const joined = titledListing(entry, surface.slice(from, m.end)) ? "PERSON" : typeOfEntry(entry, type, k);
      out.push({ id: `e${next++}`, ...span, text: doc.text.slice(span.start, span.end), type: joined, actorId: null });
      tokenRange.push([from, m.end - 1]);
      for (let j = from; j < m.end; j++) covered[j] = out.length - 1;
      i = m.end - 1;
      continue;
    }
    // A longer name sitting inside a tagged entity ("… Gondor main …") is read from the phrase later.
  }
  // "President Romendacil" tagged ORG: a name right after a capitalised personal office is a person,
  // unless the dictionary knows the name as something else.
  for (const [n, e] of out.entries()) {
    if (!e || (e.type !== "ORG" && e.type !== "MISC")) continue;
    const [a] = tokenRange[n];
    if (a <= 0 || !OFFICE_TITLES.has(surface[a - 1].toLowerCase()) || !/^\p{Lu}/u.test(surface[a - 1])) continue;
    const m = k.actorMatcher.matchAt(keys, a, surface);
    if (m && typeOfEntry(m.values[0], null, k) !== "PERSON") continue;
    e.type = "PERSON";
  }
  // "Queen Elizabeth II" tagged ORG: an office opening the entity before a name the dictionary lists
  // as a person (an entry with dated offices) is that person's title. The title then stays out of the
  // name looked up: with it, a monarch of several realms may match one realm's listing ("Queen
  // Elizabeth II" under Saint Kitts and Nevis), without it, her own ("Elizabeth II" under Britain).
  for (const [n, e] of out.entries()) {
    if (!e || (e.type !== "ORG" && e.type !== "MISC")) continue;
    const [a, b] = tokenRange[n];
    if (b <= a || !OFFICE_TITLES.has(surface[a].toLowerCase()) || !/^\p{Lu}/u.test(surface[a])) continue;
    const m = k.actorMatcher.matchAt(keys, a + 1, surface);
    if (!m || m.end !== b + 1 || !m.values.some((v) => typeOfEntry(v, null, k) === "PERSON" || v.codes.some((c) => c.from !== null || c.to !== null))) continue;
    e.type = "PERSON";
  }
  personsByName(out, tokenRange, surface, keys, k);
  // A surname the tagger missed but earlier articles taught the registry ("Qasimi accused …").
  if (registry) {
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] >= 0 || tokens[i].pos !== "PROPN" || !/^\p{Lu}\p{Ll}{2,}$/u.test(surface[i])) continue;
      if (!registry.findPerson([surface[i]])) continue;
      out.push({ id: `e${next++}`, start: tokens[i].start, end: tokens[i].end, text: doc.text.slice(tokens[i].start, tokens[i].end), type: "PERSON", actorId: null });
      covered[i] = out.length - 1;
    }
  }
  return out.filter((e): e is Entity => e !== null).sort((a, b) => a.start - b.start);
}

/** The Arabic article as news writes it apart from the name ("al Qaeda", "el Sisi"). */
const ARABIC_ARTICLES = new Set(["al", "el"]);

/** Honorifics that only a person's name follows ("Mr Amman", "Dr. Sydney Smith"); not "Lord" or "Miss", which open other names too. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "mx", "messrs", "dr", "sir", "dame"]);
/**
 * Prepositions before a place ("arrived in Amman"): a name after them is read as the tagger typed it.
 * Not those that as often take a person ("apologised to Duterte", "a letter from", "angry at").
 */
const PLACE_PREPOSITIONS = new Set(["in", "near", "into", "outside", "inside", "across", "via", "throughout"]);

/**
 * One name, one kind of thing within an article, as readers take it: a name written after an honorific
 * ("Mr Amman", "Dr. Sydney Smith") is a person's, whatever the tagger typed; and a name the article
 * gives a person elsewhere is that person's where the tagger typed it otherwise, unless a preposition
 * of place stands before it: a surname alone that ends a person's full name ("Amman" after "Karl
 * Amman"; not a country's name), or a name ending in a surname the article writes alone as a person
 * ("Campbell Paterson" tagged ORG beside "Mr Paterson") that the dictionary knows as nothing else.
 */
function personsByName(out: (Entity | null)[], tokenRange: readonly [number, number][], surface: readonly string[], keys: readonly string[], k: ActorKnowledge): void {
  const lone = new Set<string>();
  const last = new Set<string>();
  for (const [n, e] of out.entries()) {
    if (e?.type !== "PERSON") continue;
    const [a, b] = tokenRange[n];
    const name = splitTitle(surface.slice(a, b + 1)).name;
    // (A lone word the dictionary knows as something else is no evidence of a surname: "Gondor".)
    const m = name.length === 1 ? k.actorMatcher.matchAt(keys, b, surface) : null;
    if (name.length === 1 && !(m && m.end === b + 1 && typeOfEntry(m.values[0], null, k) !== "PERSON")) lone.add(name[0]);
    else if (name.length > 1) last.add(name[name.length - 1]);
  }
  for (const [n, e] of out.entries()) {
    if (!e || e.type === "PERSON") continue;
    const [a, b] = tokenRange[n];
    const words = surface.slice(a, b + 1);
    if (words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const before = surface[a - 1] === "." ? a - 2 : a - 1;
    const titled = (before >= 0 && isHonorific(keys, surface, before)) || (words.length > 1 && isHonorific(keys, surface, a));
    if (!titled) {
      if (PLACE_PREPOSITIONS.has(keys[a - 1] ?? "")) continue;
      // A full name's surname outweighs a capital or town of that name, not a country ("Steve Israel").
      const country = k.countryMatcher.matchAt(keys, a, surface);
      const surname = words.length === 1 && last.has(words[0]) && !(country && country.end === b + 1 && country.values[0].via !== "capital");
      if (!surname) {
        // Given names before the surname are words, not acronyms ("MSF Gondor").
        if (!lone.has(words[words.length - 1]) || !words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
        const m = k.actorMatcher.matchAt(keys, a, surface);
        if (m && m.end === b + 1 && typeOfEntry(m.values[0], null, k) !== "PERSON") continue;
      }
    }
    e.type = "PERSON";
  }
}

// Answers of mayStartActorName by key, for the knowledge last used (one serves a whole run; a WeakMap
// keeps others'). The knowledge's set of first words is large and slow to probe; the few thousand
// words asked about (those near capitals) fit a small map. Cleared when full.
const mayStartMemos = new WeakMap<ActorKnowledge, Map<string, boolean>>();
const MAY_START_LIMIT = 50_000;
let lastMayStartKnowledge: ActorKnowledge | null = null;
let lastMayStart: Map<string, boolean> | null = null;

/** Whether some actor name starts with the token key (see ActorKnowledge.mayStartActorName), memoised. */
function mayStartName(k: ActorKnowledge, key: string): boolean {
  let memo = k === lastMayStartKnowledge ? lastMayStart : mayStartMemos.get(k);
  if (!memo) mayStartMemos.set(k, (memo = new Map()));
  lastMayStartKnowledge = k;
  lastMayStart = memo;
  let may = memo.get(key);
  if (may === undefined) {
    if (memo.size >= MAY_START_LIMIT) memo.clear();
    memo.set(key, (may = k.mayStartActorName(key)));
  }
  return may;
}

/** Whether token i is a capitalised honorific ("Mr", "Dr."). */
function isHonorific(keys: readonly string[], surface: readonly string[], i: number): boolean {
  return HONORIFICS.has(keys[i].replace(/\.$/, "")) && /^\p{Lu}/u.test(surface[i]);
}

/** What tokenForms derives from one token's text (see there). */
interface WordForms {
  surface: string;
  key: string;
  /** Whether the folded surface form starts with a capital letter. */
  capital: boolean;
}

// Word forms by token text, for the words that need folding (see tokenForms). News vocabulary recurs
// from article to article: folding and keying are done once per word, not once per document. Shared
// by every knowledge (the forms depend on the word alone); cleared when full.
const wordForms = new Map<string, WordForms>();
const WORD_FORMS_LIMIT = 50_000;

/** Whether a token is lower-case ASCII letters only: its own folded form and key, with no capital. */
function isPlainLower(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return raw.length > 0;
}

/**
 * The folded surface form and the match key of every token, and whether it starts with a capital.
 * Most tokens are lower-case words that need no folding; any other word met before reuses its forms:
 * folding is the costly part, and the shared key strings hash once for the dictionary lookups that
 * follow.
 */
function tokenForms(doc: Document): { surface: string[]; keys: string[]; capital: boolean[] } {
  const tokens = doc.tokens ?? [];
  const surface = new Array<string>(tokens.length);
  const keys = new Array<string>(tokens.length);
  const capital = new Array<boolean>(tokens.length);
  const text = doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const raw = text.slice(tokens[i].start, tokens[i].end);
    if (isPlainLower(raw)) {
      surface[i] = keys[i] = raw;
      capital[i] = false;
      continue;
    }
    let f = wordForms.get(raw);
    if (f === undefined) {
      if (wordForms.size >= WORD_FORMS_LIMIT) wordForms.clear();
      const folded = foldToken(raw);
      f = { surface: folded, key: tokenKey(folded), capital: /^\p{Lu}/u.test(folded) };
      wordForms.set(raw, f);
    }
    surface[i] = f.surface;
    keys[i] = f.key;
    capital[i] = f.capital;
  }
  return { surface, keys, capital };
}

/**
 * "Shire, Fornost and Bree" tagged as one entity: a tagged span that is a list of names the
 * dictionary knows (split at commas and "and") becomes one entity per name.
 */
function splitLists(doc: Document, k: ActorKnowledge, keys: string[], surface: string[]): { entities: Entity[]; next: number } {
  const tokens = doc.tokens ?? [];
  const out: Entity[] = [];
  let ti = 0;
  // New ids continue after the largest numeric id in use.
  let next = 1;
  for (const e of doc.entities) next = Math.max(next, Number(/^e(\d+)$/.exec(e.id)?.[1] ?? 0) + 1);
  for (const e of doc.entities) {
    while (ti < tokens.length && tokens[ti].end <= e.start) ti++;
    let last = ti;
    while (last + 1 < tokens.length && tokens[last + 1].start < e.end) last++;
    const parts: [number, number][] = [];
    let from = ti;
    for (let j = ti; j <= last + 1; j++) {
      if (j <= last && keys[j] !== "," && keys[j] !== "and") continue;
      if (j > from) parts.push([from, j - 1]);
      from = j + 1;
    }
    if (parts.length < 2 || !parts.every((p) => isKnownName(k, keys, surface, p))) {
      out.push({ ...e });
      continue;
    }
    parts.forEach(([a, b], n) => {
      const start = tokens[a].start;
      const end = tokens[b].end;
      out.push({ ...e, id: n === 0 ? e.id : `e${next++}`, start, end, text: doc.text.slice(start, end) });
    });
  }
  return { entities: out, next };
}

/** Whether tokens [p[0], p[1]] are a whole name the dictionary knows (with or without "the"). */
function isKnownName(k: ActorKnowledge, keys: string[], surface: string[], p: [number, number]): boolean {
  const start = keys[p[0]] === "the" && p[1] > p[0] ? p[0] + 1 : p[0];
  const name = keys.slice(start, p[1] + 1);
  const forms = surface.slice(start, p[1] + 1);
  // The dictionary may spell the name with "the" ("THE_SHIRE").
  return [[name, forms], [["the", ...name], ["the", ...forms]]].some(([ks, fs]) => k.actorMatcher.matchAt(ks, 0, fs)?.end === ks.length);
}

/**
 * "Russian President Vladimir Putin", "CIA Director John Brennan" (a dictionary lists such spellings
 * among a person's names): whether the words are the entry's own name after an office title, so a
 * person's, whatever the tagger typed.
 */
function titledListing(entry: ActorEntry, words: readonly string[]): boolean {
  // Most matches are one-word names or the entry's name alone, with no room for a title: the words
  // of the name are counted before any are keyed.
  let ownLength = 1;
  for (let i = entry.name.indexOf(" "); i >= 0; i = entry.name.indexOf(" ", i + 1)) ownLength++;
  const at = words.length - ownLength;
  if (ownLength < 2 || at <= 0) return false;
  const own = entry.name.split(" ").map(tokenKey);
  if (!own.every((key, i) => key === tokenKey(words[at + i]))) return false;
  return words.slice(0, at).some((w) => /^\p{Lu}/u.test(w) && isTitleWord(w));
}

/**
 * Whether an entry of no stated kind is a person: the international dictionary lists the heads of
 * organisations ("IGOrulers") with dated office codes and an undated ELI, the former office holder.
 */
function isOfficeHolder(entry: ActorEntry): boolean {
  return entry.kind === undefined && entry.codes.some((c) => c.code === "ELI" && c.from === null && c.to === null) && entry.codes.some((c) => c.from !== null || c.to !== null);
}

export function typeOfEntry(entry: ActorEntry, current: EntityType | null, k: ActorKnowledge): EntityType {
  const code = entry.codes.find((c) => c.code)?.code ?? "";
  // A name coded as a country ("PRC") is the country, whatever kind of entry spells it.
  const country = code.length === 3 && (entry.source === "countries" || k.countryByCode(code) !== null);
  if (country && (current === null || current === "GPE" || current === "ORG")) return current ?? "GPE";
  // An office holder: dated offices and CAMEO's undated elite code (ELI) for after them ("Kofi Annan").
  if (entry.kind === "person" || isOfficeHolder(entry)) return "PERSON";
  if (entry.kind === "group" || entry.kind === "organisation") return "ORG";
  if (entry.source === "international" || entry.source === "milnonstate") return "ORG";
  return current ?? "PERSON";
}

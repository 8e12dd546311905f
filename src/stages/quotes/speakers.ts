// Speaker resolution: a speaker phrase → its actor (through the entity layer when present), short
// names → the full name used earlier, and pronouns → the last compatible speaker or person mention.
import type { Actor, Document, Entity, Mention, Span } from "../../model/schema.js";
import { firstStartingAt } from "../../model/offsets.js";
import { GENDERED_TITLES, NAME_TITLES, PERSON_NOUNS, SPEAKER_PRONOUNS } from "./cues.js";
import { isPossessiveMarker, type Tok, type TokRange } from "./phrases.js";

/** The resolved speaker of one quote, as the wire format wants it. */
export interface ResolvedSpeaker {
  actorId: string | null;
  name: string;
  start: number;
  end: number;
}

interface Referent {
  actorId: string | null;
  name: string;
  person: boolean;
  plural: boolean;
  gender: "m" | "f" | null;
  /** Offset of the mention that made this referent known. */
  at: number;
}

/** How far back (in characters) a pronoun may look for the last speaker before other persons win. */
const SPEAKER_WINDOW = 2500;

/** Lower-case particles inside personal names: "Arnel dela Vega", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(["de", "dela", "del", "della", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "le", "la"]);

/** Resolves speaker phrases in text order; keeps the speaker history pronouns refer back to. */
export class SpeakerResolver {
  private readonly text: string;
  private readonly toks: readonly Tok[];
  private readonly entities: readonly Entity[];
  private readonly actors: ReadonlyMap<string, Actor>;
  private readonly mentions: readonly Mention[];
  /** Whether the mentions are sorted by start (see mentionRange). */
  private readonly mentionsInOrder: boolean;
  /** Whether the tokens are in text order without overlaps (see tokenAcross). */
  private readonly toksInOrder: boolean;
  private readonly sentences: readonly Span[];
  private readonly history: Referent[] = [];
  private readonly fullNames = new Map<string, { at: number; name: string }[]>();
  /** Honorifics before each capitalised word ("Ms. Jane Doe" → Jane, Doe), built once per document. */
  private honorifics: Map<string, { index: number; title: string }[]> | null = null;

  constructor(doc: Document, toks: readonly Tok[]) {
    this.text = doc.text;
    this.toks = toks;
    // (Entities come sorted from the entity and actor stages: copied and sorted only when not.)
    const entities = doc.entities ?? [];
    this.entities = entities.every((e, i) => i === 0 || entities[i - 1].start <= e.start) ? entities : [...entities].sort((a, b) => a.start - b.start);
    this.actors = new Map((doc.actors ?? []).map((a) => [a.id, a]));
    this.mentions = doc.mentions ?? [];
    this.mentionsInOrder = this.mentions.every((m, i) => i === 0 || this.mentions[i - 1].start <= m.start);
    this.toksInOrder = toks.every((t, i) => i === 0 || toks[i - 1].end <= t.start);
    this.sentences = doc.sentences;
  }

  /** The actor a mention of the actors layer gives for [start, end) (the phrase core), if any. */
  private mentionActor(start: number, end: number): Actor | undefined {
    let best: Mention | undefined;
    const [from, to] = this.mentionRange(start, end);
    for (let i = from; i < to; i++) {
      const m = this.mentions[i];
      if (m.start >= start && m.end <= end && (!best || m.end > best.end)) best = m;
    }
    return best ? this.actors.get(best.actorId) : undefined;
  }

  /**
   * Indices [from, to) of the mentions that may lie inside [start, end]: with mentions in text order
   * (as the actors stage gives them) only those starting there, else all of them. Runs per speaker.
   */
  private mentionRange(start: number, end: number): [number, number] {
    const mentions = this.mentions;
    if (!this.mentionsInOrder) return [0, mentions.length];
    const lo = firstStartingAt(mentions, start);
    let to = lo;
    while (to < mentions.length && mentions[to].start <= end) to++;
    return [lo, to];
  }

  /** Resolve the speaker phrase `range`; call in text order so pronouns see earlier speakers. */
  resolve(range: TokRange): ResolvedSpeaker {
    const start = this.toks[range.first].start;
    const end = this.toks[range.last].end;
    // A relative pronoun ("who told") keeps its own span but is resolved through its antecedent.
    const named = range.antecedent ?? range;
    const namedStart = this.toks[named.first].start;
    const namedEnd = this.toks[named.last].end;
    const referent = this.referentOf(named, namedStart, namedEnd, this.text.slice(namedStart, namedEnd));
    this.history.push(referent);
    return { actorId: referent.actorId, name: referent.name, start, end };
  }

  private referentOf(range: TokRange, start: number, end: number, phrase: string): Referent {
    const first = this.toks[range.first];
    const pronoun = range.first === range.last ? SPEAKER_PRONOUNS.get(first.lower) : undefined;
    if (pronoun) {
      const found = pronoun.person === 3 ? this.antecedent(start, pronoun) : null;
      // The actors layer's own coreference fills in what the speaker history cannot.
      const linked = found?.actorId ? undefined : this.mentionActor(start, end);
      if (linked) return { actorId: linked.id, name: linked.name, person: pronoun.gender !== null, plural: pronoun.plural, gender: pronoun.gender, at: start };
      if (found) return { ...found, at: start };
      return { actorId: null, name: phrase, person: pronoun.gender !== null, plural: pronoun.plural, gender: pronoun.gender, at: start };
    }
    // A mention of the actors layer covering the head of the phrase ("the Iraqi defense chief")
    // names the speaker better than a modifier inside it ("Iraqi").
    const coreEndOffset = this.toks[this.coreEnd(range)].end;
    const [from, to] = this.mentionRange(start, coreEndOffset);
    let headMention: Mention | undefined;
    for (let i = from; i < to && !headMention; i++) if (this.mentions[i].start >= start && this.mentions[i].end === coreEndOffset) headMention = this.mentions[i];
    // A role phrase with the person's name in apposition ("Merkel's spokesperson, Steffen Seibert")
    // is that person, whatever actor the role phrase itself was given.
    const namedPerson = headMention?.kind !== "name" && this.entitiesWithin(start, end).some((e) => e.type === "PERSON" && !this.possessed(e) && e.start > coreEndOffset);
    const headActor = headMention && !namedPerson ? this.actors.get(headMention.actorId) : undefined;
    if (headActor) {
      const head = this.toks[this.coreEnd(range)];
      const person = this.entities.some((e) => e.actorId === headActor.id && e.type === "PERSON") || PERSON_NOUNS.has(head.lemma);
      return { actorId: headActor.id, name: headActor.name, person, plural: false, gender: this.genderOf(headActor, headActor.name, start), at: start };
    }
    const entity = this.headEntity(range, start, end);
    if (entity) {
      const actor = entity.actorId ? this.actors.get(entity.actorId) : undefined;
      const name = actor?.name ?? this.fullName(this.wholeWords(entity), start, entity.type === "PERSON");
      return {
        actorId: actor?.id ?? null,
        name,
        person: entity.type === "PERSON",
        plural: false,
        gender: this.genderOf(actor, entity.text, start),
        at: start,
      };
    }
    const propn = this.nameRun(range);
    if (propn) {
      // "the United States", "the Coast Guard": a name right after "the" is rarely a person's.
      // An acronym ("CNN", "FBI") names an organisation.
      const person = !this.text.slice(start, end).toLowerCase().startsWith(`the ${propn.toLowerCase()}`) && !/^[\p{Lu}.&-]{2,}$/u.test(propn);
      const name = this.fullName(propn, start, person);
      const actor = this.actorNamed(name);
      return {
        actorId: actor?.id ?? null,
        name: actor?.name ?? name,
        person,
        plural: false,
        gender: this.genderOf(actor, propn, start),
        at: start,
      };
    }
    const head = this.toks[this.coreEnd(range)];
    const plural = head.pos === "NOUN" && head.lemma !== head.lower;
    const described = this.mentionActor(start, this.toks[this.coreEnd(range)].end);
    if (described) {
      return { actorId: described.id, name: described.name, person: PERSON_NOUNS.has(head.lemma), plural, gender: null, at: start };
    }
    return { actorId: null, name: phrase, person: PERSON_NOUNS.has(head.lemma), plural, gender: null, at: start };
  }

  /** An entity's text widened to whole words (the tokenizer may split "Brudziński" inside a letter). */
  private wholeWords(entity: Entity): string {
    const word = this.tokenAcross(entity.end);
    return word ? this.text.slice(entity.start, word.end) : entity.text;
  }

  /** An actor whose name or alias is this name, or ends with it ("Baqeri" → "Mohammad Baqeri"). */
  private actorNamed(name: string): Actor | undefined {
    const bare = stripTitles(name);
    for (const actor of this.actors.values()) {
      const names = [actor.name, ...actor.aliases];
      if (names.some((n) => n === bare || n.endsWith(` ${bare}`))) return actor;
    }
    return undefined;
  }

  /**
   * The token that `offset` falls strictly inside, if any. Tokens are in text order and never
   * overlap (checked once per document), so only the last token starting before `offset` can be it.
   */
  private tokenAcross(offset: number): Tok | undefined {
    if (!this.toksInOrder) return this.toks.find((t) => t.start < offset && offset < t.end);
    const before = this.toks[firstStartingAt(this.toks, offset) - 1];
    return before !== undefined && offset < before.end ? before : undefined;
  }

  /** The entities inside [start, end], in order (entities are sorted by start: a binary search finds the first). */
  private entitiesWithin(start: number, end: number): Entity[] {
    const entities = this.entities;
    const out: Entity[] = [];
    for (let i = firstStartingAt(entities, start); i < entities.length && entities[i].start <= end; i++) if (entities[i].end <= end) out.push(entities[i]);
    return out;
  }

  /** Last token of the phrase before an apposition. */
  private coreEnd(range: TokRange): number {
    for (let i = range.first; i <= range.last; i++) if (this.toks[i].text === ",") return Math.max(range.first, i - 1);
    return range.last;
  }

  /**
   * The entity that names the speaker: a person in the phrase core ("Trump attorney Alan Garten"),
   * else a person in the apposition ("Mr. Trump's campaign manager, Kellyanne Conway"), else the
   * organisation or place heading the core. Possessors ("Trump's …") never name the speaker.
   */
  private headEntity(range: TokRange, start: number, end: number): Entity | null {
    // Names inside a relative clause ("The Post, which gave Clinton its support") are not the speaker.
    for (let i = range.first + 1; i <= range.last; i++) {
      if (/^(who|whom|whose|which|that)$/.test(this.toks[i].lower) && this.toks[i].pos !== "SCONJ") {
        end = this.toks[i].start;
        break;
      }
    }
    const inside = this.entitiesWithin(start, end).filter((e) => !this.possessed(e));
    if (inside.length === 0) return null;
    const coreEndOffset = this.toks[this.coreEnd(range)].end;
    const core = inside.filter((e) => e.end <= coreEndOffset);
    const apposition = inside.filter((e) => e.start > coreEndOffset);
    const lastPerson = (list: Entity[]) => [...list].reverse().find((e) => e.type === "PERSON") ?? null;
    return lastPerson(core) ?? lastPerson(apposition) ?? core.find((e) => e.end === coreEndOffset) ?? core[core.length - 1] ?? apposition[0] ?? null;
  }

  private possessed(e: Entity): boolean {
    return /^\s*['’]s?\b/.test(this.text.slice(e.end, e.end + 3)) || /^['’](\s|$)/.test(this.text.slice(e.end, e.end + 2));
  }

  /**
   * The run of proper nouns heading the phrase core ("Trump attorney Alan Garten" → "Alan Garten"),
   * before any "of …" complement unless that continues the name ("Ministry of Foreign Affairs").
   */
  private nameRun(range: TokRange): string | null {
    const toks = this.toks;
    const run = (first: number, end: number): string | null => {
      let head = end;
      for (let i = first + 1; i <= end; i++) {
        if (toks[i].pos !== "ADP") continue;
        // "of" straight before a proper noun continues a name; "of the police" does not.
        if (toks[i].lower === "of" && toks[i + 1]?.pos === "PROPN" && toks[i - 1]?.pos === "PROPN") continue;
        head = i - 1;
        break;
      }
      if (head < first || toks[head].pos !== "PROPN") return null;
      let j = head;
      const inName = (k: number) =>
        toks[k].pos === "PROPN" ||
        (toks[k].lower === "of" && toks[k - 1]?.pos === "PROPN") ||
        (NAME_PARTICLES.has(toks[k].lower) && toks[k - 1]?.pos === "PROPN");
      while (j - 1 >= first && inName(j - 1) && !NAME_TITLES.has(toks[j - 1].lower)) j--;
      return this.text.slice(toks[j].start, toks[head].end);
    };
    const coreEnd = this.coreEnd(range);
    // "Mr. Trump's campaign manager, Kellyanne Conway": the name is the apposition.
    let appositionEnd = coreEnd + 2;
    while (appositionEnd + 1 <= range.last && this.toks[appositionEnd + 1].text !== ",") appositionEnd++;
    return run(range.first, coreEnd) ?? run(coreEnd + 2, Math.min(appositionEnd, range.last));
  }

  /** A one-word name ("Baqeri") → the longer name used for the same person earlier ("Mohammad Baqeri"). */
  private fullName(name: string, before: number, person: boolean): string {
    const bare = stripTitles(name);
    if (!person || /\s/.test(bare)) return bare;
    for (let h = this.history.length - 1; h >= 0; h--) {
      const earlier = this.history[h].name;
      if (earlier !== bare && earlier.endsWith(` ${bare}`)) return earlier;
    }
    for (const e of this.entities) {
      if (e.start >= before) break;
      if (e.type === "PERSON" && e.text.endsWith(` ${bare}`)) return stripTitles(e.text);
    }
    // The latest earlier mention with given names; else the first later one (a headline may use the
    // surname before the article body gives the full name).
    const found = this.namesEnding(bare);
    let best: string | null = null;
    for (const f of found) {
      if (f.at < before) best = f.name;
      else {
        best ??= f.name;
        break;
      }
    }
    return best ?? bare;
  }

  /** Mentions "Given Surname" of a surname in the whole text, in order; computed once per surname. */
  private namesEnding(bare: string): { at: number; name: string }[] {
    const cached = this.fullNames.get(bare);
    if (cached) return cached;
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4})${escaped}\\b`, "gu");
    const out: { at: number; name: string }[] = [];
    for (const m of this.text.matchAll(pattern)) {
      // The capitalised words right before the surname, up to a title or rank ("Major General") or a
      // word that is no proper noun ("When Mugabe …").
      const words: { text: string; start: number }[] = [];
      for (const w of m[1].matchAll(/\S+/g)) words.push({ text: w[0], start: m.index + w.index });
      let k = words.length;
      const given = (w: { text: string; start: number }) =>
        !NAME_TITLES.has(w.text.toLowerCase()) && !/[.’']$/.test(w.text) && this.posAt(w.start) === "PROPN";
      while (k > 0 && given(words[k - 1])) k--;
      if (k < words.length) out.push({ at: words[k].start, name: `${words.slice(k).map((w) => w.text).join(" ")} ${bare}` });
    }
    this.fullNames.set(bare, out);
    return out;
  }

  /** Gender from an honorific before any mention of the surname ("Ms. Doe", "Mr. John Brown"). */
  private genderOf(actor: Actor | undefined, name: string, before: number): "m" | "f" | null {
    const last = lastNameWord(name);
    if (!last) return null;
    const found = this.honorificsBefore().get(last);
    if (!found) return null;
    // With an actor the whole article counts; without one, only what was written up to the mention.
    const limit = actor ? this.text.length : before + name.length + 40;
    const m = found.find((x) => x.index < limit);
    return m ? GENDERED_TITLES.get(m.title.toLowerCase()) ?? null : null;
  }

  /** Every honorific in the text with the up to three capitalised words after it, by word. */
  private honorificsBefore(): Map<string, { index: number; title: string }[]> {
    if (this.honorifics) return this.honorifics;
    const map = new Map<string, { index: number; title: string }[]>();
    const pattern = /\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|King|Queen|Prince|Princess|Madam|Sheikh)\.?\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)/gu;
    for (const m of this.text.matchAll(pattern)) {
      for (const word of m[2].split(/\s+/)) {
        const bare = word.replace(/[.'’]+$/, "");
        for (const key of new Set([word, bare])) {
          const list = map.get(key) ?? [];
          if (!list.some((x) => x.index === m.index)) list.push({ index: m.index, title: m[1] });
          map.set(key, list);
        }
      }
    }
    this.honorifics = map;
    return map;
  }

  /** The referent of a third-person pronoun at offset `at`. */
  private antecedent(at: number, pronoun: { gender: "m" | "f" | null; plural: boolean }): Omit<Referent, "at"> | null {
    const agrees = (r: Referent) =>
      pronoun.gender !== null
        ? r.person && !r.plural && (r.gender === null || r.gender === pronoun.gender)
        : pronoun.plural
          ? r.plural || !r.person
          : !r.person && !r.plural;
    // The last speaker who agrees: news attributions follow the current speaker ("…,” he said).
    for (let h = this.history.length - 1; h >= 0; h--) {
      const r = this.history[h];
      if (at - r.at > SPEAKER_WINDOW) break;
      if (agrees(r) && !SPEAKER_PRONOUNS.has(r.name.toLowerCase())) return r;
    }
    // Else the most recent agreeing person or organisation mentioned before; within the pronoun's own
    // sentence a subject outranks a later object ("When Flynn was asked about Putin, he said …").
    const own = this.sentenceOf(at);
    let nearest: Referent | null = null;
    // (Entities starting after the pronoun end after it: the search starts at the last that starts by it.)
    let startsBy = 0;
    let hi = this.entities.length;
    while (startsBy < hi) {
      const mid = (startsBy + hi) >> 1;
      if (this.entities[mid].start <= at) startsBy = mid + 1;
      else hi = mid;
    }
    for (let e = startsBy - 1; e >= 0; e--) {
      const entity = this.entities[e];
      const person = entity.type === "PERSON";
      if (entity.end > at || !(person || entity.type === "ORG" || entity.type === "NORP" || entity.type === "GPE") || this.possessed(entity)) continue;
      const actor = entity.actorId ? this.actors.get(entity.actorId) : undefined;
      const candidate: Referent = {
        actorId: actor?.id ?? null,
        name: "",
        person,
        plural: entity.type === "NORP",
        gender: person ? this.genderOf(actor, entity.text, entity.start) : null,
        at: entity.start,
      };
      if (!agrees(candidate)) continue;
      // The full name (a search of the text) only for a candidate that agrees: the loop runs for every entity before the pronoun.
      candidate.name = actor?.name ?? this.fullName(entity.text, entity.start, person);
      if (this.sentenceOf(entity.start) !== own) return nearest ?? candidate;
      if (this.subjectEndsAt(entity.end)) return candidate;
      nearest ??= candidate;
    }
    if (nearest) return nearest;
    // Without an entity layer: the most recent personal name ("Robert Mugabe", "Mr. Brown") in the text.
    if (this.entities.length === 0 && pronoun.gender !== null) {
      for (const name of this.recentNames(at)) {
        const candidate: Referent = { actorId: null, name: name.name, person: true, plural: false, gender: this.genderOf(undefined, name.name, name.at), at: name.at };
        if (agrees(candidate)) return candidate;
      }
    }
    return null;
  }

  /**
   * Personal names before `at`, nearest sentence first and, within a sentence, its subject first:
   * runs of two or more proper nouns, a surname known from such a run, or a name after an honorific;
   * never after "the" and never an acronym; within the speaker window.
   */
  private *recentNames(at: number): Generator<{ name: string; at: number }> {
    const toks = this.toks;
    let i = toks.findIndex((t) => t.start >= at);
    if (i < 0) i = toks.length;
    const found: { name: string; at: number; sentence: number; subject: boolean }[] = [];
    // Names in the pronoun's own sentence are inside the quotation or bound elsewhere.
    const own = this.sentenceOf(at);
    for (let k = i - 1; k >= 0 && at - toks[k].start <= SPEAKER_WINDOW; k--) {
      if (this.sentenceOf(toks[k].start) === own) continue;
      if (toks[k].pos !== "PROPN" || isPossessiveMarker(toks[k + 1])) continue;
      let j = k;
      while (j - 1 >= 0 && toks[j - 1].pos === "PROPN" && !NAME_TITLES.has(toks[j - 1].lower)) j--;
      const honorific = j > 0 && GENDERED_TITLES.has(toks[j - 1].lower);
      const words = toks.slice(j, k + 1).map((t) => t.text);
      const acronym = words.length === 1 && /^[\p{Lu}.&-]{2,}$/u.test(words[0]);
      const knownSurname = words.length === 1 && this.namesEnding(words[0]).some((n) => n.at < toks[j].start);
      if ((words.length >= 2 || honorific || knownSurname) && !acronym && toks[j - 1]?.lower !== "the") {
        const next = toks[k + 1];
        const subject = next !== undefined && (next.pos === "VERB" || next.pos === "AUX" || (next.pos === "ADV" && toks[k + 2]?.pos === "VERB"));
        found.push({ name: this.text.slice(toks[j].start, toks[k].end), at: toks[j].start, sentence: this.sentenceOf(toks[j].start), subject });
      }
      k = j;
    }
    // Within a sentence the main clause's subject (the first subject) outranks later ones.
    found.sort((a, b) => b.sentence - a.sentence || Number(b.subject) - Number(a.subject) || (a.subject ? a.at - b.at : b.at - a.at));
    for (const f of found) yield { name: this.fullName(f.name, f.at, true), at: f.at };
  }

  /** Is the phrase ending at `end` a subject: a verb (past one adverb) follows it? */
  private subjectEndsAt(end: number): boolean {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    const next = this.toks[lo];
    const verb = (t: Tok | undefined) => t !== undefined && (t.pos === "VERB" || t.pos === "AUX");
    return verb(next) || (next?.pos === "ADV" && verb(this.toks[lo + 1]));
  }

  /** Part of speech of the token starting at `offset`, if a token starts there. */
  private posAt(offset: number): string | null {
    let lo = 0;
    let hi = this.toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.toks[mid];
      if (t.start === offset) return t.pos;
      if (t.start < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  private sentenceOf(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

// Names recur from article to article, and genderOf runs for every person entity before a pronoun:
// a name's bare form and last word are worked out once (bounded memos; both are pure).
const bareNames = new Map<string, string>();
const lastWords = new Map<string, string>();
const NAME_MEMO_LIMIT = 20_000;

/** A name without the titles before it ("Mr. John Brown" → "John Brown"). */
function stripTitles(name: string): string {
  let bare = bareNames.get(name);
  if (bare === undefined) {
    if (bareNames.size >= NAME_MEMO_LIMIT) bareNames.clear();
    bareNames.set(name, (bare = stripTitlesUncached(name)));
  }
  return bare;
}

/** The last word of a name without its titles ("" for none). */
function lastNameWord(name: string): string {
  let last = lastWords.get(name);
  if (last === undefined) {
    if (lastWords.size >= NAME_MEMO_LIMIT) lastWords.clear();
    lastWords.set(name, (last = stripTitles(name).split(/\s+/).pop() ?? ""));
  }
  return last;
}

function stripTitlesUncached(name: string): string {
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && NAME_TITLES.has(words[i].toLowerCase())) i++;
  return words.slice(i).join(" ");
}

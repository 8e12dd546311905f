// Stage actors@1: turns entity mentions into document-level actors with CAMEO codes. Codes come from
// the dated dictionaries, else from the role the text gives a person ("Iraq’s Defense Minister …"),
// else from the actor registry of earlier articles. Name variants and pronouns, short names and
// definite descriptions ("the Iraqi defense chief", "the two countries") are linked to their actor.
import type { Actor, Document, Entity, EntityType, Mention, Role } from "../../model/schema.js";
import { defineStage } from "../../pipeline/stage.js";
import { foldToken, loadDictionaries, tokenKey, type ActorEntry, type Dictionaries } from "../../resources/index.js";
import { chunkDocument, type ChunkedSentence, type NounPhrase, type Word } from "../syntax/chunk.js";
import { SPEECH_VERBS } from "../syntax/lexicon.js";
import { createActorKnowledge, keysOf, type ActorKnowledge, type CountryRef } from "./knowledge.js";
import { sameName, splitTitle } from "./names.js";
import { composeCode, readRole } from "./roles.js";

/** An actor learned from earlier articles (see the store's actor registry). */
export interface RegistryActor {
  name: string;
  code: string | null;
  country: string | null;
  sectors: string[];
  title: string | null;
}

/** Read-only view of the registry the stage consults for people the dictionaries do not know. */
export interface ActorRegistryLookup {
  findPerson(nameWords: readonly string[]): RegistryActor | null;
}

export interface ActorsStageOptions {
  dictionaries?: Dictionaries;
  knowledge?: ActorKnowledge;
  registry?: ActorRegistryLookup;
}

const PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);
const COLLECTIVE = /^(?:two|both) (?:countries|nations|states|sides|neighbou?rs|governments|parties)$/;
const PERSON_HEADS = new Set(
  ("minister president premier chief commander general secretary spokesman spokeswoman spokesperson envoy ambassador " +
    "leader head chairman director king emir prince governor mayor official diplomat negotiator adviser advisor").split(" "),
);
const LOCATIVE = new Set(["in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "toward", "towards", "through", "via", "over"]);

/** Working state of one actor while a document is read. */
interface Draft {
  actor: Actor;
  kind: "person" | "country" | "group" | "organisation" | "collective";
  nameWords: string[];
  /** Whether the code came from a dictionary entry (roles then only add detail). */
  fromDictionary: boolean;
}

/** What the stage resolves, shared by all documents (compiled once). */
interface Resolver {
  knowledge: ActorKnowledge;
  registry: ActorRegistryLookup | null;
}

export const createActorsStage = defineStage<ActorsStageOptions | void>(
  { id: "actors", version: 1, requires: ["sentences", "tokens", "entities"], assigns: ["entities", "actors", "mentions"] },
  (options) => {
    const knowledge = (options && options.knowledge) || createActorKnowledge((options && options.dictionaries) || loadDictionaries());
    const resolver: Resolver = { knowledge, registry: (options && options.registry) || null };
    return { resources: { dictionaries: knowledge.hash }, run: (doc) => resolveActors(doc, resolver) };
  },
);

/** Resolve the actors of one document (pure). */
export function resolveActors(doc: Document, resolver: Resolver): Document {
  const withEntities = { ...doc, entities: reviseEntities(doc, resolver.knowledge) };
  return new ActorReader(withEntities, resolver).read();
}

/** Entity types corrected by the dictionaries, and dictionary names the tagger missed added. */
function reviseEntities(doc: Document, k: ActorKnowledge): Entity[] {
  const tokens = doc.tokens ?? [];
  const surface = tokens.map((t) => foldToken(doc.text.slice(t.start, t.end)));
  const keys = surface.map(tokenKey);
  const covered = new Array<number>(tokens.length).fill(-1);
  const out: Entity[] = doc.entities.map((e) => ({ ...e }));
  let ti = 0;
  out.forEach((e, n) => {
    while (ti < tokens.length && tokens[ti].end <= e.start) ti++;
    for (let j = ti; j < tokens.length && tokens[j].start < e.end; j++) covered[j] = n;
  });
  let next = doc.entities.length + 1;
  for (let i = 0; i < tokens.length; i++) {
    const m = k.actorMatcher.matchAt(keys, i, surface);
    if (!m) continue;
    const entry = m.values[0];
    const span = { start: tokens[i].start, end: tokens[m.end - 1].end };
    const inside = covered[i];
    if (inside >= 0 && covered.slice(i, m.end).every((c) => c === inside)) {
      const e = out[inside];
      // The dictionary knows what a whole entity is: "Daesh" is a group, not a person.
      if (e.start === span.start && e.end === span.end) e.type = typeOfEntry(entry, e.type);
      i = m.end - 1;
      continue;
    }
    const free = covered.slice(i, m.end).every((c) => c < 0);
    const capitalised = /^\p{Lu}/u.test(surface[i]) && /^\p{Lu}/u.test(surface[m.end - 1]);
    if (free && capitalised && entry.source !== "countries" + "-agents") {
      out.push({ id: `e${next++}`, ...span, text: doc.text.slice(span.start, span.end), type: typeOfEntry(entry, null), actorId: null });
      for (let j = i; j < m.end; j++) covered[j] = out.length - 1;
    }
    i = m.end - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

function typeOfEntry(entry: ActorEntry, current: EntityType | null): EntityType {
  if (entry.kind === "person") return "PERSON";
  if (entry.kind === "group" || entry.kind === "organisation") return "ORG";
  const code = entry.codes.find((c) => c.code)?.code ?? "";
  if (entry.source === "countries" && code.length === 3 && (current === null || current === "GPE" || current === "ORG")) return current ?? "GPE";
  if (entry.source === "international" || entry.source === "milnonstate") return "ORG";
  return current ?? "PERSON";
}

class ActorReader {
  private readonly drafts: Draft[] = [];
  private readonly mentions: Mention[] = [];
  private readonly entities: Entity[];
  private readonly sentences: ChunkedSentence[];
  private readonly k: ActorKnowledge;
  private mentionCount = 0;
  /** Most recent person who was a sentence's subject, and who last spoke. */
  private subjectPerson: Draft | null = null;
  private speaker: Draft | null = null;
  /** Country actors in order of mention (for "the two countries", "the Arab country"). */
  private readonly countryTrail: Draft[] = [];
  /** How often two countries were named in one sentence, and when last: "the two countries" are the pair the text pairs most. */
  private readonly pairs = new Map<string, { members: [Draft, Draft]; count: number; last: number }>();

  constructor(
    private readonly doc: Document,
    private readonly resolver: Resolver,
  ) {
    this.entities = doc.entities.map((e) => ({ ...e, actorId: null }));
    this.sentences = chunkDocument({ ...doc, entities: this.entities });
    this.k = resolver.knowledge;
  }

  read(): Document {
    for (const s of this.sentences) this.readSentence(s);
    this.addTagAliases();
    const actors = this.drafts.map((d) => d.actor);
    const byId = new Map(actors.map((a) => [a.id, a]));
    for (const m of this.mentions) byId.get(m.actorId)?.mentions.push(m.id);
    for (const e of this.entities) {
      const m = this.mentions.find((x) => x.entityId === e.id);
      if (m) e.actorId = m.actorId;
    }
    return {
      ...this.doc,
      entities: this.entities,
      actors,
      mentions: [...this.mentions].sort((a, b) => a.start - b.start || a.end - b.end),
    };
  }

  private readSentence(s: ChunkedSentence): void {
    const trailStart = this.countryTrail.length;
    let firstPerson: Draft | null = null;
    let sentencePersons: Draft[] = [];
    const seenEntities = new Set<number>();
    for (let c = 0; c < s.chunks.length; c++) {
      const chunk = s.chunks[c];
      if (chunk.kind !== "NP") continue;
      const before = c > 0 ? s.chunks[c - 1] : null;
      const locative = before?.kind === "O" && LOCATIVE.has(s.words[before.first].lower);
      const nextChunk = s.chunks[c + 1];
      const isSubject = nextChunk?.kind === "VG" || (nextChunk?.kind === "O" && s.words[nextChunk.first].text === ",");
      if (chunk.pronoun) {
        const d = this.resolvePronoun(s, chunk, firstPerson, sentencePersons);
        if (d && isSubject && nextChunk?.kind === "VG" && SPEECH_VERBS.has(nextChunk.lemma)) this.speaker = d;
        continue;
      }
      for (const w of this.possessivePronouns(s, chunk)) this.resolvePronoun(s, { ...chunk, first: w, last: w, pronoun: true }, firstPerson, sentencePersons);
      const resolved = this.readPhrase(s, chunk, locative, seenEntities);
      for (const d of resolved) {
        if (d.kind !== "person") continue;
        sentencePersons = [...sentencePersons, d];
        firstPerson ??= d;
        if (isSubject && nextChunk?.kind === "VG" && SPEECH_VERBS.has(nextChunk.lemma)) this.speaker = d;
      }
    }
    if (firstPerson) this.subjectPerson = firstPerson;
    const named = [...new Set(this.countryTrail.slice(trailStart))].sort((a, b) => a.actor.id.localeCompare(b.actor.id));
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const key = `${named[i].actor.id}+${named[j].actor.id}`;
        const pair = this.pairs.get(key) ?? { members: [named[i], named[j]] as [Draft, Draft], count: 0, last: 0 };
        pair.count++;
        pair.last = s.index;
        this.pairs.set(key, pair);
      }
    }
  }

  /** Possessive pronouns used as determiners inside a phrase ("his meeting"). */
  private possessivePronouns(s: ChunkedSentence, np: NounPhrase): number[] {
    const out: number[] = [];
    for (let i = np.first; i <= np.last; i++) if (s.words[i].pos === "PRON" && PRONOUNS.has(s.words[i].lower)) out.push(i);
    return out;
  }

  /** The actors a noun phrase names; records their mentions. */
  private readPhrase(s: ChunkedSentence, np: NounPhrase, locative: boolean, seen: Set<number>): Draft[] {
    const found: Draft[] = [];
    const words = s.words.slice(np.first, np.last + 1);
    const phraseText = this.doc.text.slice(words[0].start, words[words.length - 1].end);
    const lowerText = words.filter((w) => w.pos !== "DET" || !/^(the|a|an)$/.test(w.lower)).map((w) => w.lower).join(" ");
    if (COLLECTIVE.test(lowerText)) {
      const d = this.collective(s, np);
      if (d) found.push(d);
      return found;
    }
    const entityIdx = np.entities.filter((e) => !seen.has(e));
    const persons = entityIdx.filter((e) => this.entities[e].type === "PERSON");
    const orgs = entityIdx.filter((e) => this.entities[e].type === "ORG" && !this.countryOf(this.entities[e]));
    for (const e of entityIdx) seen.add(e);

    // A person heads the phrase: everything before the name is the role ("Iraq’s Defense Minister …").
    if (persons.length > 0) {
      for (const e of persons) found.push(this.person(s, np, e));
      for (const e of entityIdx) if (!persons.includes(e)) this.nonPerson(s, np, e, locative, true);
      return found;
    }
    // An organisation: its own name, a possessor or modifier country, and role words.
    if (orgs.length > 0) {
      const e = orgs[orgs.length - 1];
      found.push(this.organisation(s, np, e));
      for (const other of entityIdx) if (other !== e) this.nonPerson(s, np, other, locative, true);
      return found;
    }
    // A description of someone met before ("the Iraqi defense chief") or a group ("Iranian officials").
    const head = s.words[np.head];
    const nationalModifier = entityIdx.find((e) => this.entities[e].type === "NORP" || this.entities[e].type === "GPE");
    if (nationalModifier != null && np.head > lastWordOf(s, this.entities[nationalModifier])) {
      const description = s.words[np.first].lower === "the" && PERSON_HEADS.has(head.lemma) && !head.lower.endsWith("s");
      const role = readRole(words.map((w) => w.text), this.k);
      if (description) {
        const person = this.findDescribed(role.country, words.map((w) => w.lower));
        if (person) {
          this.mention(person, words[0].start, words[words.length - 1].end, "description", null);
          for (const e of entityIdx) this.nonPerson(s, np, e, false, true);
          found.push(person);
          return found;
        }
      }
      if (role.country && role.sectors.length > 0) {
        const d = this.group(role.country, role.sectors, phraseText.replace(/^(the|a|an) /i, ""), role.evidence);
        const start = words[0].pos === "DET" ? words[1].start : words[0].start;
        this.mention(d, start, words[words.length - 1].end, "group", null);
        for (const e of entityIdx) this.nonPerson(s, np, e, false, true);
        found.push(d);
        return found;
      }
    }
    for (const e of entityIdx) {
      const d = this.nonPerson(s, np, e, locative, false);
      if (d) found.push(d);
    }
    // "the Arab country", "the country": the last country named that fits.
    if (entityIdx.length === 0 || (entityIdx.length === 1 && this.entities[entityIdx[0]].type === "NORP")) {
      if (/^(?:the )?(?:arab |neighbou?ring |muslim |islamic )?(?:country|nation|kingdom|republic)$/.test(lowerText)) {
        const arab = lowerText.includes("arab");
        const target = [...this.countryTrail].reverse().find((d) => !arab || this.k.isArab(d.actor.country ?? ""));
        if (target) {
          this.mention(target, words[0].start, words[words.length - 1].end, "description", null);
          found.push(target);
        }
      }
    }
    return found;
  }

  private person(s: ChunkedSentence, np: NounPhrase, e: number): Draft {
    const entity = this.entities[e];
    const entityWords = wordsOf(s, entity);
    const { title, name } = splitTitle(entityWords.map((w) => w.text));
    const firstWord = entityWords[0];
    const nameStart = entityWords[title.length]?.start ?? entity.start;
    // Role words: the phrase before the name (and a title inside the entity itself).
    const roleWords = s.words.filter((w) => w.start >= s.words[np.first].start && w.end <= nameStart && !(w.pos === "DET" && /^(the|a|an)$/i.test(w.text)));
    const apposition = this.apposition(s, np);
    let draft = this.drafts.find((d) => d.kind === "person" && (sameName(name, d.nameWords) || sameName(d.nameWords, name)));
    if (draft && name.length > draft.nameWords.length) {
      draft.actor.aliases = unique([...draft.actor.aliases, draft.actor.name]);
      draft.actor.name = name.join(" ");
      draft.nameWords = name;
    } else if (draft && name.join(" ") !== draft.actor.name) {
      draft.actor.aliases = unique([...draft.actor.aliases, name.join(" ")]);
    }
    if (!draft) {
      draft = this.newDraft("person", name.join(" "), name);
      const entry = this.dictionaryEntry(name);
      if (entry) this.applyEntry(draft, entry);
      else {
        const known = this.resolver.registry?.findPerson(name);
        if (known) {
          draft.actor.code = known.code;
          draft.actor.country = known.country;
          draft.actor.sectors = [...known.sectors];
          draft.actor.basis = "registry";
        }
      }
    }
    for (const words of [roleWords, apposition]) {
      if (words.length === 0 || words.every((w) => w.pos === "PUNCT")) continue;
      this.addRole(draft, words);
    }
    this.mention(draft, entity.start, entity.end, "name", entity.id);
    void firstWord;
    return draft;
  }

  /** ", Iran’s foreign minister," after a name: the role in apposition. */
  private apposition(s: ChunkedSentence, np: NounPhrase): Word[] {
    const at = s.chunks.findIndex((c) => c === np);
    const comma = s.chunks[at + 1];
    const next = s.chunks[at + 2];
    if (comma?.kind !== "O" || s.words[comma.first].text !== "," || next?.kind !== "NP") return [];
    const words = s.words.slice(next.first, next.last + 1);
    if (words.some((w) => w.entity != null && this.entities[w.entity].type === "PERSON")) return [];
    if (!PERSON_HEADS.has(s.words[next.head].lemma)) return [];
    const after = s.chunks[at + 3];
    if (after && !(after.kind === "O" && /^[,.;)]$/.test(s.words[after.first].text))) return [];
    return words.filter((w) => !(w.pos === "DET" && /^(the|a|an)$/i.test(w.text)));
  }

  private addRole(draft: Draft, words: Word[]): void {
    const reading = readRole(words.map((w) => w.text), this.k);
    const start = words[0].start;
    const end = words[words.length - 1].end;
    const text = this.doc.text.slice(start, end);
    const role: Role = { start, end, text, title: text, country: reading.country, sectors: reading.sectors };
    if (!draft.actor.roles.some((r) => r.start === start && r.end === end)) draft.actor.roles.push(role);
    if (draft.fromDictionary) return;
    // The first role that names a country and a sector codes the person.
    if (!draft.actor.code || draft.actor.basis === "registry") {
      const country = reading.country ?? draft.actor.country;
      const sectors = reading.sectors.length ? reading.sectors : draft.actor.sectors;
      const code = composeCode(country, sectors);
      if (code && country) {
        Object.assign(draft.actor, { code, country, sectors: [...sectors], basis: `role:${reading.evidence.join(",") || "country"}` });
      }
    }
  }

  private organisation(s: ChunkedSentence, np: NounPhrase, e: number): Draft {
    const entity = this.entities[e];
    const words = wordsOf(s, entity).map((w) => w.text);
    const nameKey = words.join(" ").toLowerCase();
    const entry = this.dictionaryEntry(words);
    const modifiers = s.words.filter((w) => w.start >= s.words[np.first].start && w.end <= entity.start);
    const context = readRole(modifiers.map((w) => w.text), this.k);
    let draft = this.drafts.find(
      (d) => (d.kind === "organisation" || d.kind === "group") && (d.nameWords.join(" ").toLowerCase() === nameKey || (entry && d.actor.basis === `dictionary:${entry.id}`)),
    );
    if (draft && entry && draft.actor.name !== words.join(" ")) draft.actor.aliases = unique([...draft.actor.aliases, words.join(" ")]);
    if (!draft) {
      draft = this.newDraft("organisation", words.join(" "), words);
      if (entry) {
        this.applyEntry(draft, entry);
        // A possessor naming another country wins over a generic dictionary name ("Egypt’s Supreme Council").
        if (context.country && draft.actor.country && context.country !== draft.actor.country && entry.kind === "organisation") {
          draft.actor.country = context.country;
          draft.actor.code = composeCode(context.country, draft.actor.sectors);
          draft.actor.basis = `context:${entry.id}`;
        }
      } else {
        const own = readRole(words, this.k);
        const country = context.country ?? own.country;
        const sectors = own.sectors.length ? own.sectors : context.sectors;
        draft.actor.country = country;
        draft.actor.sectors = sectors;
        draft.actor.code = country ? composeCode(country, sectors) : null;
        draft.actor.basis = country ? `role:${[...context.evidence, ...own.evidence].join(",") || "country"}` : null;
      }
    }
    this.mention(draft, entity.start, entity.end, "name", entity.id);
    return draft;
  }

  /** GPE, NORP, LOC, FAC and MISC entities: countries, capitals used for their governments, groups. */
  private nonPerson(s: ChunkedSentence, np: NounPhrase, e: number, locativePhrase: boolean, modifier: boolean): Draft | null {
    const entity = this.entities[e];
    if (entity.type === "FAC" || entity.type === "LOC") return null;
    const words = wordsOf(s, entity).map((w) => w.text);
    // "in the face of US efforts": the preposition locates the head ("efforts"), not the modifier.
    const locative = locativePhrase && lastWordOf(s, entity) >= np.head;
    const country = this.countryOf(entity);
    if (country) {
      if (country.via === "capital") {
        // A capital is an actor only when it acts: "on Baghdad’s request", "Moscow said"; "in Baghdad" is a place.
        const possessive = np.possessor != null && np.possessor[1] >= lastWordOf(s, entity) && np.possessor[0] <= firstWordOf(s, entity);
        if (locative || (!possessive && modifier)) return null;
        const d = this.group(country.code, ["GOV"], words.join(" "), [`capital:${country.record.name}`]);
        this.mention(d, entity.start, entity.end, "name", entity.id);
        return d;
      }
      const d = this.country(country);
      this.mention(d, entity.start, entity.end, "name", entity.id);
      return d;
    }
    const entry = this.dictionaryEntry(words);
    const entryCountry = entry ? this.k.countryByCode(this.k.entryCode(entry, this.doc.published)?.code ?? "") : null;
    if (entry && entryCountry && !locative) {
      // A country the country list spells differently ("US"): the country actor itself.
      const d = this.country({ code: entryCountry.code, record: entryCountry, via: "name" });
      this.mention(d, entity.start, entity.end, "name", entity.id);
      return d;
    }
    if (entry && !locative) {
      let draft = this.drafts.find((d) => d.actor.basis === `dictionary:${entry.id}`);
      if (!draft) {
        draft = this.newDraft(entry.kind === "person" ? "person" : "group", entry.name, words);
        this.applyEntry(draft, entry);
      }
      this.mention(draft, entity.start, entity.end, "name", entity.id);
      return draft;
    }
    return null;
  }

  /** The country an entity names in full (name, demonym or capital), if any. */
  private countryOf(entity: Entity): CountryRef | null {
    const words = this.doc.text.slice(entity.start, entity.end).split(/\s+/);
    const keys = keysOf(words);
    const m = this.k.countryMatcher.matchAt(keys, 0, words.map(foldToken));
    return m && m.end === keys.length ? m.values[0] : null;
  }

  private country(ref: CountryRef): Draft {
    let d = this.drafts.find((x) => x.kind === "country" && x.actor.code === ref.code);
    if (!d) {
      d = this.newDraft("country", ref.record.name, [ref.record.name]);
      Object.assign(d.actor, { code: ref.code, country: ref.code, basis: `country:${ref.record.name}` });
      d.fromDictionary = true;
    }
    this.countryTrail.push(d);
    return d;
  }

  private group(country: string, sectors: string[], name: string, evidence: string[]): Draft {
    const code = composeCode(country, sectors) ?? country;
    if (sectors.length === 0) {
      const ref = this.drafts.find((x) => x.kind === "country" && x.actor.code === country);
      if (ref) return ref;
    }
    let d = this.drafts.find((x) => x.kind === "group" && x.actor.code === code);
    if (!d) {
      d = this.newDraft("group", name, name.split(" "));
      Object.assign(d.actor, { code, country, sectors: [...sectors], basis: `role:${evidence.join(",") || "country"}` });
    } else if (!d.actor.aliases.includes(name) && d.actor.name !== name) {
      d.actor.aliases.push(name);
    }
    return d;
  }

  /** "the two countries", "both sides": the last two different countries named. */
  private collective(s: ChunkedSentence, np: NounPhrase): Draft | null {
    let members: Draft[] = [];
    const best = [...this.pairs.values()].sort((a, b) => b.count - a.count || b.last - a.last)[0];
    if (best) members = best.members;
    else {
      for (let i = this.countryTrail.length - 1; i >= 0 && members.length < 2; i--) {
        if (!members.includes(this.countryTrail[i])) members.unshift(this.countryTrail[i]);
      }
    }
    if (members.length < 2) return null;
    const ids = members.map((m) => m.actor.id);
    let d = this.drafts.find((x) => x.kind === "collective" && x.actor.members.join() === ids.join());
    if (!d) {
      d = this.newDraft("collective", members.map((m) => m.actor.name).join(" and "), []);
      Object.assign(d.actor, { members: ids, basis: "collective" });
    }
    const words = s.words.slice(np.first, np.last + 1);
    this.mention(d, words[0].start, words[words.length - 1].end, "description", null);
    return d;
  }

  /** A person met before whose role fits a description's country and role words. */
  private findDescribed(country: string | null, words: string[]): Draft | null {
    const content = words.filter((w) => !/^(the|a|an)$/.test(w));
    for (let i = this.drafts.length - 1; i >= 0; i--) {
      const d = this.drafts[i];
      if (d.kind !== "person") continue;
      const countries = [d.actor.country, ...d.actor.roles.map((r) => r.country)];
      if (country && !countries.includes(country)) continue;
      const roleWords = new Set(d.actor.roles.flatMap((r) => r.text.toLowerCase().split(/[\s’'-]+/)));
      const shared = content.filter((w) => roleWords.has(w) && !PERSON_HEADS.has(w) ? true : roleWords.has(w) && PERSON_HEADS.has(w));
      if (shared.length >= 1 && content.some((w) => roleWords.has(w) && w !== content[0])) return d;
    }
    return null;
  }

  private resolvePronoun(s: ChunkedSentence, np: NounPhrase, firstPerson: Draft | null, sentencePersons: Draft[]): Draft | null {
    const w = s.words[np.first];
    if (!PRONOUNS.has(w.lower)) return null;
    const next = s.chunks[s.chunks.findIndex((c) => c.first > np.last)];
    const speechSubject = next?.kind === "VG" && SPEECH_VERBS.has(next.lemma);
    // "…, he said": the one who has been speaking; otherwise a person named earlier in the sentence,
    // else the subject of the previous sentences.
    const target = speechSubject
      ? this.speaker ?? this.subjectPerson ?? firstPerson
      : sentencePersons.at(-1) ?? this.subjectPerson ?? this.speaker;
    if (!target) return null;
    this.mention(target, w.start, w.end, "pronoun", null);
    void firstPerson;
    return target;
  }

  private dictionaryEntry(words: readonly string[]): ActorEntry | null {
    const keys = keysOf(words);
    const m = this.k.actorMatcher.matchAt(keys, 0, words.map(foldToken));
    if (!m || m.end !== keys.length) return null;
    // Several entries may share a name: take the first with a code on the article's date.
    return m.values.find((v) => this.k.entryCode(v, this.doc.published)?.code) ?? m.values[0];
  }

  private applyEntry(draft: Draft, entry: ActorEntry): void {
    const dated = this.k.entryCode(entry, this.doc.published);
    const code = dated?.code ?? null;
    draft.actor.code = code;
    draft.actor.country = code ? (/^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null) : null;
    draft.actor.sectors = code ? splitSectors(code.slice(3)) : [];
    draft.actor.basis = `dictionary:${entry.id}`;
    if (entry.name !== draft.actor.name) draft.actor.aliases = unique([...draft.actor.aliases, entry.name]);
    draft.fromDictionary = code != null;
  }

  private mention(d: Draft, start: number, end: number, kind: Mention["kind"], entityId: string | null): void {
    if (this.mentions.some((m) => m.start === start && m.end === end)) return;
    const id = entityId ?? `m${++this.mentionCount}`;
    this.mentions.push({ id, start, end, text: this.doc.text.slice(start, end), kind, actorId: d.actor.id, entityId });
    if (d.kind === "country" && kind !== "name") this.countryTrail.push(d);
  }

  private newDraft(kind: Draft["kind"], name: string, nameWords: string[]): Draft {
    const actor: Actor = {
      id: `a${this.drafts.length + 1}`,
      name,
      code: null,
      country: null,
      sectors: [],
      aliases: [],
      roles: [],
      mentions: [],
      basis: null,
      members: [],
    };
    const d: Draft = { actor, kind, nameWords, fromDictionary: false };
    this.drafts.push(d);
    return d;
  }

  /** Tags naming a person of the article ("Qasem Suleimani") are aliases of that person. */
  private addTagAliases(): void {
    for (const tag of this.doc.tags) {
      const words = tag.split(/\s+/);
      const d = this.drafts.find((x) => x.kind === "person" && (sameName(words, x.nameWords) || sameName(x.nameWords, words)));
      if (d && tag !== d.actor.name && !d.actor.aliases.includes(tag)) d.actor.aliases.push(tag);
    }
  }
}

function wordsOf(s: ChunkedSentence, e: Entity): Word[] {
  return s.words.filter((w) => w.start >= e.start && w.end <= e.end);
}

function firstWordOf(s: ChunkedSentence, e: Entity): number {
  return s.words.findIndex((w) => w.start >= e.start);
}

function lastWordOf(s: ChunkedSentence, e: Entity): number {
  let last = -1;
  s.words.forEach((w, i) => {
    if (w.end <= e.end && w.start >= e.start) last = i;
  });
  return last;
}

function splitSectors(rest: string): string[] {
  return rest.match(/.{3}/g) ?? [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

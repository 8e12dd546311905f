// Stage actors@1: turns entity mentions into document-level actors with CAMEO codes. Codes come from
// the dated dictionaries, else from the role the text gives a person ("Iraq’s Defense Minister …"),
// else from the actor registry of earlier articles. Name variants and pronouns, short names and
// definite descriptions ("the Iraqi defense chief", "the two countries") are linked to their actor.
import type { Actor, Document, Entity, Mention, Role } from "../../model/schema.js";
import { firstStartingAt } from "../../model/offsets.js";
import { defineStage } from "../../pipeline/stage.js";
import { codeAt, foldToken, loadDictionaries, tokenKey, type ActorEntry, type Dictionaries } from "../../resources/index.js";
import { chunkDocument, type Chunk, type ChunkedSentence, type NounPhrase, type VerbGroup, type Word } from "../syntax/chunk.js";
import { GERUND_OPENERS, PEOPLE_NOUNS, REASON_PREPOSITIONS, SPEECH_VERBS, SUBORDINATORS, SUPPORTER_NOUNS } from "../syntax/lexicon.js";
import { loadGazetteer, lookupPlace, type Gazetteer, type PlaceRecord } from "../places/gazetteer.js";
import { createActorKnowledge, EQUIPMENT_HEADS, keysOf, type ActorKnowledge, type CountryRef } from "./knowledge.js";
import { loadNameGenders, personGender, pronounGender, wordGender, type Gender, type NameGenders } from "./gender.js";
import { isTitleWord, nameKeys, nameTokenKey, sameNameKeys, splitTitle } from "./names.js";
import { composeCode, composeWithBase, isFormerWord, namesNoRole, readRole, readRoleOf } from "./roles.js";
import { stateOfPlaceOn } from "./successions.js";
import { OFFICE_TITLES, reviseEntities, typeOfEntry } from "./entity-revision.js";

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
  /** First names by sex (default: resources/names/first-name-gender.json). */
  names?: NameGenders;
}

const PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);
/** Heads of phrases that name an organised body of people, whatever role word modifies them. */
const BODY_HEADS = new Set(
  ("organization organisation organizations organisations group groups movement movements party parties faction factions " +
    "coalition alliance front wing network cell cells unit units force forces body bodies council committee militia militias " +
    "army armies brigade brigades battalion battalions regiment squad squads").split(" "),
);
/** Singular heads of a body or crowd a role word may modify ("the government", "the crowd"): no one person. */
const GROUP_HEADS_SINGULAR = new Set(["government", "administration", "ministry", "police", "military", "crowd", "public", "opposition", "leadership", "command", "authority", "regime", "people", "team", "staff", "delegation", "embassy", "mission", "agency", "service", "court", "parliament", "assembly", "cabinet", "navy", "guard", "patrol"]);
/** Pronouns for countries, organisations and groups. */
const THING_PRONOUNS = new Set(["it", "its", "itself"]);
/**
 * Pronouns only ever objects: not the subject of their own clause, which would take the reflexive
 * ("Thune called on him" is not Thune, who would be "himself"). ("her" alone is the object; before a
 * noun it is a possessive and in another phrase.)
 */
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
const RELATIVES = new Set(["who", "which", "that"]);
/** Prepositions that say where something happens ("at a Moscow airport", "in Kherson"), not whence or whither. */
const PLACING = new Set(["in", "at", "near", "outside", "inside"]);
/** Verbs whose object, forces, its subject moves: they are its own (see the unplaced phrases in readSentence). */
const DEPLOYING_VERBS = new Set(["deploy", "send", "dispatch", "withdraw", "station", "redeploy", "pull"]);

/** A capitalised adjective of nationality or ethnicity by its ending ("Kurdish", "Lebanese", "Palestinian", "Somali", "Afghan"). */
const NATIONALITY_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|an|i)$/u;

/** Sectors of private people, who act where they are (see privateCrowd). */
const PRIVATE_CROWD_SECTORS = new Set(["PPL", "CVL", "OPP", "LAB", "EDU"]);
/** Nouns for one who holds the same office as another, in another country ("his Russian counterpart"). */
const COUNTERPART_HEADS = new Set(["counterpart", "counterparts"]);
/** Nouns for a place that an "of" complement names ("the city of Kherson", "the province of Idlib"). */
const PLACE_HEADS = new Set(["city", "town", "village", "province", "region", "district", "county", "municipality", "port", "enclave", "suburb", "island", "capital"]);
const PLURAL_PRONOUNS = new Set(["they", "them", "their", "themselves"]);
/**
 * Nouns of where a person comes from ("a native of Mexico", "a tourist from Canada"): their country
 * is no place of the sentence. A visitor is by definition away from home.
 */
const ORIGIN_NOUNS = new Set(["native", "citizen", "national", "immigrant", "migrant", "expatriate", "descendant", "emigrant", "tourist", "visitor", "traveller", "traveler", "holidaymaker", "pilgrim"]);
/** "it is …", "it seems …": an expletive "it" refers to nothing. */
/** Verbs whose passive subject is a matter ("it will be resolved", "it was discussed"). */
const MATTER_VERBS = new Set(["resolve", "settle", "solve", "address", "fix", "discuss", "decide", "debate", "consider", "review", "raise", "handle", "clarify"]);
/** Adjectives of readiness or will, which only someone can be ("it was ready to cooperate" is not expletive). */
const WILLINGNESS_ADJECTIVES = new Set(["ready", "willing", "unwilling", "able", "unable", "eager", "keen", "determined", "reluctant", "prepared", "committed", "open", "happy", "interested", "anxious", "loath", "loth", "free"]);
const EXPLETIVE_VERBS = new Set(["be", "seem", "appear", "remain", "take", "emerge", "happen", "matter"]);
const COLLECTIVE = /^(?:two|both) (?:countries|nations|states|sides|neighbou?rs|governments|parties)$/;
const PERSON_HEADS = new Set(
  ("minister president premier chief commander general secretary spokesman spokeswoman spokesperson envoy ambassador " +
    "leader head chairman director king emir prince governor mayor official diplomat negotiator adviser advisor national citizen member").split(" "),
);
/** Length of a CAMEO country code ("IRQ"); a longer base names a group or organisation ("LBNREB"). */
const COUNTRY_CODE_LENGTH = 3;

/** Whether a verb group's subject does a deed: active, and no copula or verb of saying. */
function actsIn(vg: VerbGroup): boolean {
  return !vg.passive && !vg.copula && !SPEECH_VERBS.has(vg.lemma);
}

/** Titles of those who represent their state abroad. */
const DIPLOMAT_WORDS = /\b(?:ambassador|envoy|consul|diplomat|emissary|attach[eé]|charg[eé])s?\b/i;
/** Titles of those who speak for a body. */
const SPOKESPERSON_WORDS = /\bspokes(?:man|woman|person|people|men|women)\b/i;
const LOCATIVE = new Set(["in", "at", "near", "from", "to", "into", "across", "outside", "inside", "around", "toward", "towards", "through", "via", "over"]);
/** Sectors of parties, movements and armed groups: an affiliation, not an office. */
const NON_STATE_SECTORS = new Set(["REB", "OPP", "PTY", "RAD", "INS", "SEP", "UAF", "IMG"]);
/** Sectors of political parties and the opposition. */
const PARTY_SECTORS = new Set(["PTY", "OPP"]);
/** Sectors of agents of a state: government, armed forces, police, courts, legislature, intelligence. */
/** Sectors of organised opposition to a state, armed or not ("fighters" and "militants", UAF, are also jets and any side's). */
const OPPOSING_SECTORS = new Set(["REB", "OPP", "PTY", "RAD", "INS", "SEP"]);
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);
/**
 * Sectors of political actors: a person holding one with no country named is still coded ("---GOV");
 * a doctor, journalist or businessman of unknown country is left uncoded, as their acts are rarely events.
 */
const POLITICAL_SECTORS = new Set([...STATE_SECTORS, "ELI", "REB", "OPP", "PTY", "INS", "SEP", "RAD"]);
/** Codes in an actor's country field that name no country: multinationals, international bodies, unknown. */
const NOT_A_COUNTRY = /^(MNC|IGO|NGO|IMG|---)/;
/** Sectors only a state's offices have: a legislature, courts, armed forces, police. */
const STATE_ONLY_SECTORS = new Set(["LEG", "JUD", "MIL", "COP"]);
/** CAMEO's country part for an agent of no known country ("---GOV"). */
const NO_COUNTRY = "---";

/** How many sentences back a gendered pronoun looks for a person of its sex whom nothing nearer fits. */
const RECENT_SENTENCES = 3;

/** A name word that is an initial ("R", "R."): left out when names are compared. */
const INITIAL = /^\p{L}\.?$/u;

/** An empty list shared by every caller that finds nothing. */
const NONE: readonly number[] = [];

/** A non-person actor named in the current sentence, for "it"/"they". */
interface Thing {
  draft: Draft;
  /** Named in subject position (before a verb or a comma, or first in the sentence). */
  subject: boolean;
  /** Named as many ("rebels") or one ("the government"); null when either fits (a country). */
  plural: boolean | null;
  /** Named only before the head of a phrase about something else ("Ugandan" in "the Ugandan case"). */
  headless?: boolean;
}

/** Working state of one actor while a document is read. */
interface Draft {
  actor: Actor;
  kind: "person" | "country" | "group" | "organisation" | "collective";
  nameWords: string[];
  /** Whether the code came from a dictionary entry (roles then only add detail). */
  fromDictionary: boolean;
  /** Whether the dictionary entry was found by a lone surname ("President Mugabe"): weaker than a full name. */
  bySurname?: boolean;
  /** The country was only guessed from the sentence's other actors: a role naming one wins over it. */
  countryGuessed?: boolean;
  /**
   * Whether the dictionary code is one in force on the article's date (not a former office or the
   * elite code of someone out of office): only then does it win over a title the text gives.
   */
  currentCode?: boolean;
  /** The sex a person's title, person noun or first name shows, once known (see personGender). */
  gender?: Gender;
  /** A person whose role names a body of no state ("FIFA president Sepp Blatter"): not the article's country's. */
  servesBody?: boolean;
}

/** What the stage resolves, shared by all documents (compiled once). */
interface Resolver {
  knowledge: ActorKnowledge;
  registry: ActorRegistryLookup | null;
  /**
   * The country a first-level region of one country lies in ("Sindh" → PAK), or null: "the
   * government of Sindh province" is that country's government, as CAMEO codes sub-national offices.
   */
  regionCountry?: (name: string) => string | null;
  /**
   * The country of a town or city name ("Jericho" → PSE), preferring the countries its sentence
   * names (`named`), or null: such a place in an actor's slot stands for its people (see cityGroup).
   */
  cityCountry?: (name: string, named: ReadonlySet<string>) => string | null;
  /** First names by sex, so that "he" and "she" refer to a person who can be one; none: sex unknown. */
  names?: NameGenders;
}

/**
 * The country of a place name that the gazetteer knows as a first-level region ("Sindh", "South
 * Lebanon"), when the region and every populous city of that name (100,000 or more) lie in one
 * country and no country or wider region has the name ("Kurdistan", "Punjab" and "Gaza" name none).
 */
export function gazetteerRegionCountry(gazetteer: Gazetteer): (name: string) => string | null {
  // The answer depends on the name alone: each name is looked up once per stage, as the same places
  // recur from article to article (bounded: emptied when full).
  const memo = new Map<string, string | null>();
  return (name) => {
    let country = memo.get(name);
    if (country === undefined) {
      if (memo.size >= PLACE_MEMO_LIMIT) memo.clear();
      memo.set(name, (country = regionCountryOf(gazetteer, name)));
    }
    return country;
  };
}

/** Names whose gazetteer readings a stage keeps (see gazetteerRegionCountry, gazetteerCityCountry). */
const PLACE_MEMO_LIMIT = 20_000;

/** gazetteerRegionCountry's reading of one name, unmemoised. */
function regionCountryOf(gazetteer: Gazetteer, name: string): string | null {
  const records = lookupPlace(gazetteer, name);
  if (!records.some((r) => r.featureType === "admin1")) return null;
  const countries = new Set<string | null>();
  for (const r of records) {
    if (r.featureType === "country" || r.featureType === "region" || r.featureType === "continent") return null;
    if (r.featureType === "admin1" || r.population >= 100_000) countries.add(r.country);
  }
  return countries.size === 1 && !countries.has(null) ? [...countries][0] : null;
}

/**
 * The country of a place name the gazetteer knows only as a town or city (no country, region or
 * first-level division of that name): among the countries of its records, one the sentence names
 * (the most populous such record), else the country of a city of 100,000 or more at least ten times
 * as populous as any namesake elsewhere; null otherwise, since a small town's name is as often a word
 * the tagger took for a place ("the West", "God", "Tor").
 */
export function gazetteerCityCountry(gazetteer: Gazetteer): (name: string, named: ReadonlySet<string>) => string | null {
  // A name's city records, most populous first (null when some record is no city), depend on the name
  // alone: looked up and sorted once per name and stage (bounded: emptied when full).
  const memo = new Map<string, PlaceRecord[] | null>();
  return (name, named) => {
    let sorted = memo.get(name);
    if (sorted === undefined) {
      if (memo.size >= PLACE_MEMO_LIMIT) memo.clear();
      const records = lookupPlace(gazetteer, name);
      sorted = records.length === 0 || records.some((r) => r.featureType !== "city") ? null : [...records].sort((a, b) => b.population - a.population);
      memo.set(name, sorted);
    }
    if (sorted === null) return null;
    const inText = sorted.find((r) => r.country !== null && named.has(r.country));
    if (inText) return inText.country;
    const [top] = sorted;
    const rival = sorted.find((r) => r.country !== top.country);
    return top.population >= 100_000 && (rival?.population ?? 0) * 10 <= top.population ? top.country : null;
  };
}

export const createActorsStage = defineStage<ActorsStageOptions | void>(
  { id: "actors", version: 1, requires: ["sentences", "tokens", "entities"], assigns: ["entities", "actors", "mentions"] },
  (options) => {
    const knowledge = (options && options.knowledge) || createActorKnowledge((options && options.dictionaries) || loadDictionaries());
    // The places stage loads the same gazetteer (loads are shared per folder).
    const gazetteer = loadGazetteer();
    const names = (options && options.names) || loadNameGenders();
    const resolver: Resolver = { knowledge, registry: (options && options.registry) || null, regionCountry: gazetteerRegionCountry(gazetteer), cityCountry: gazetteerCityCountry(gazetteer), names };
    return { resources: { dictionaries: knowledge.hash, gazetteer: gazetteer.hash, "first-name-gender": names.hash }, run: (doc) => resolveActors(doc, resolver) };
  },
);

/** Resolve the actors of one document (pure). */
export function resolveActors(doc: Document, resolver: Resolver): Document {
  // The revised entities are new objects, this document's own: their actors are set afresh.
  const entities = reviseEntities(doc, resolver.knowledge, resolver.registry);
  for (const e of entities) e.actorId = null;
  return new ActorReader({ ...doc, entities }, resolver).read();
}

/**
 * Readings that depend only on the dictionaries (the knowledge), the article's date and the words
 * read: the dictionary entry of a name, the country an entity's text names, the dictionary person a
 * shortened name stands for. The same names recur from article to article ("Iran", "Donald Trump"),
 * so they are memoised across documents, by knowledge and date, within a bound (see remember).
 */
interface DatedMemo {
  /** The date the readings hold for ("" when unknown). */
  readonly date: string;
  /** Dictionary entries by name words joined with U+0001 (see dictionaryEntry). */
  readonly entries: Map<string, ActorEntry | null>;
  /** Countries by entity text (see countryOf). */
  readonly countries: Map<string, CountryRef | null>;
  /** Dictionary persons by shortened name words joined with U+0001 (see shortenedNameEntry). */
  readonly shortened: Map<string, ActorEntry | null>;
  /** Every date's memos for the same knowledge. */
  readonly store: MemoStore;
}

/** One knowledge's dated memos, and how many readings they hold in all. */
interface MemoStore {
  readonly byDate: Map<string, DatedMemo>;
  size: number;
}

const memoStores = new WeakMap<ActorKnowledge, MemoStore>();
/** Readings and dates kept per knowledge before every memo starts again empty. */
const MEMO_LIMIT = 100_000;
const MEMO_DATES = 1_000;
// One knowledge serves a whole run: its memos are kept at hand (WeakMap lookups cost).
let lastMemoKnowledge: ActorKnowledge | null = null;
let lastMemoStore: MemoStore | null = null;

/** The memos for readings with this knowledge on this date (the article's YYYY-MM-DD or null). */
function datedMemo(k: ActorKnowledge, published: string | null): DatedMemo {
  let store = k === lastMemoKnowledge ? lastMemoStore : memoStores.get(k);
  if (!store) memoStores.set(k, (store = { byDate: new Map(), size: 0 }));
  lastMemoKnowledge = k;
  lastMemoStore = store;
  const date = published ?? "";
  let memo = store.byDate.get(date);
  if (!memo) {
    if (store.byDate.size >= MEMO_DATES) forgetAll(store);
    memo = { date, entries: new Map(), countries: new Map(), shortened: new Map(), store };
    store.byDate.set(date, memo);
  }
  return memo;
}

/** Empty every memo of a store (the memo in use stays registered under its date). */
function forgetAll(store: MemoStore, keep: DatedMemo | null = null): void {
  for (const memo of store.byDate.values()) {
    memo.entries.clear();
    memo.countries.clear();
    memo.shortened.clear();
  }
  store.byDate.clear();
  store.size = 0;
  if (keep) store.byDate.set(keep.date, keep);
}

/** Store a reading in one of a memo's maps, emptying every memo of its store first when they are full. */
function remember<V>(memo: DatedMemo, map: Map<string, V>, key: string, value: V): void {
  if (memo.store.size >= MEMO_LIMIT) forgetAll(memo.store, memo);
  map.set(key, value);
  memo.store.size++;
}

class ActorReader {
  private readonly drafts: Draft[] = [];
  /** The drafts by actor id (an id never changes): mentions name their actor by id. */
  private readonly draftsById = new Map<string, Draft>();
  private readonly mentions: Mention[] = [];
  /** Spans already mentioned ("start:end"): one mention per span. */
  private readonly mentionSpans = new Set<number | string>();
  private readonly entities: Entity[];
  private readonly sentences: ChunkedSentence[];
  private readonly k: ActorKnowledge;
  private mentionCount = 0;
  /** Most recent person who was a sentence's subject, and who last spoke. */
  private subjectPerson: Draft | null = null;
  /** The first non-person actor in subject position of the last sentence that had one ("Iraq said … It …"). */
  /** Persons named by name in the sentence being read, wherever they stand ("Mr. Comey's allies say he …"). */
  private namedPersons: { draft: Draft; start: number }[] = [];
  private subjectThing: Draft | null = null;
  /** Whether the last subject thing did its sentence's deed ("Israeli troops raided Jenin"), not underwent or said it. */
  private subjectThingActed = false;
  private speaker: Draft | null = null;
  /** Country actors in order of mention (for "the two countries", "the Arab country"). */
  private readonly countryTrail: Draft[] = [];
  /** How often two countries were named in one sentence, and when last: "the two countries" are the pair the text pairs most. */
  private readonly pairs = new Map<string, { members: [Draft, Draft]; count: number; last: number }>();
  /** Base codes found for role phrases of the current sentence, by chunk index (for coordinated role phrases). */
  private readonly sentenceBases = new Map<number, string[]>();
  /** Role phrases of the current sentence that name no actor ("police", "students"). */
  private unplaced: { np: NounPhrase; c: number }[] = [];
  /** Organisations of the current sentence whose names give sectors but no country ("Cumhuriyet University"). */
  private readonly unplacedOrganisations: Draft[] = [];
  /** Those of them named in apposition to their role ("the news agency WAM"), coded "---" when unplaced. */
  private readonly apposedOrganisations = new Set<Draft>();
  /** Persons whose role gives sectors but no country ("Rebel spokesman Bassam Haj Mustafa"), placed at the sentence's end. */
  private readonly unplacedPersons: Draft[] = [];
  /** Role phrases of the current sentence waiting for the actor they are loyal to, by that actor's chunk ("militants loyal to X"). */
  private readonly followers = new Map<number, Follower>();
  /** The actor each noun phrase (or pronoun) of the sentence was read as, by chunk index: who a clause's subject is. */
  private readonly actorAt = new Map<number, Draft>();
  // Per-document memos: the same names are looked up again for every phrase that mentions them.
  /** The country each entity names (see countryOf), by entity. */
  private readonly countries = new Map<Entity, CountryRef | null>();
  /** Readings that depend only on the dictionaries, the date and the words (see DatedMemo). */
  private readonly memo: DatedMemo;
  /** The first mention of each entity, by entity id. */
  private readonly entityMentions = new Map<string, Mention>();
  /** Lower-case names of drafts, with the name words they were made from (see lowerNameOf). */
  private readonly lowerNames = new Map<Draft, { words: readonly string[]; name: string }>();
  /** Countries the article's entities name (see articleCountries). */
  private namedInArticle: Set<string> | null = null;
  /** Name keys of person drafts, with the name words they were made from (see nameKeysOf). */
  private readonly draftKeys = new Map<Draft, { words: readonly string[]; keys: readonly string[] }>();

  constructor(
    private readonly doc: Document,
    private readonly resolver: Resolver,
  ) {
    // (Entities the reader may change, with no actors yet: see resolveActors.)
    this.entities = doc.entities;
    this.sentences = chunkDocument({ ...doc, entities: this.entities });
    this.k = resolver.knowledge;
    this.memo = datedMemo(this.k, doc.published);
  }

  read(): Document {
    for (const s of this.sentences) this.readSentence(s);
    this.addTagAliases();
    this.placeCountrylessStateAgents();
    this.mergeSameCodeGroups();
    const actors = this.drafts.map((d) => d.actor);
    const byId = new Map(actors.map((a) => [a.id, a]));
    for (const m of this.mentions) byId.get(m.actorId)?.mentions.push(m.id);
    const byEntity = new Map(this.mentions.filter((m) => m.entityId).map((m) => [m.entityId!, m] as const));
    for (const e of this.entities) {
      const m = byEntity.get(e.id);
      if (m) e.actorId = m.actorId;
    }
    return {
      ...this.doc,
      entities: this.entities,
      actors,
      mentions: [...this.mentions].sort((a, b) => a.start - b.start || a.end - b.end),
    };
  }

  /**
   * Groups are one actor per code (see groupWithCode); a group placed only at the end of its sentence
   * or article ("police" there, USACOP) was made apart from one of that code and name read before: it
   * joins it, mentions and roles, so "Prosecutors" of one article are one actor.
   */
  private mergeSameCodeGroups(): void {
    const inCollective = new Set(this.drafts.flatMap((d) => d.actor.members));
    const first = new Map<string, Draft>();
    const merged = new Map<string, Draft>();
    for (const d of this.drafts) {
      const code = d.actor.code;
      if (d.kind !== "group" || !code || d.actor.members.length || inCollective.has(d.actor.id)) continue;
      // (Of the same name: "US Secretary of State" and "US President" share USAGOV, not a person.)
      const key = `${code} ${d.actor.name.toLowerCase()}`;
      const keep = first.get(key);
      if (!keep) {
        first.set(key, d);
        continue;
      }
      merged.set(d.actor.id, keep);
      for (const r of d.actor.roles) if (!keep.actor.roles.some((x) => x.start === r.start && x.end === r.end)) keep.actor.roles.push(r);
      keep.actor.aliases = unique([...keep.actor.aliases, ...[d.actor.name, ...d.actor.aliases].filter((x) => x !== keep.actor.name)]);
    }
    if (merged.size === 0) return;
    for (const m of this.mentions) {
      const keep = merged.get(m.actorId);
      if (keep) m.actorId = keep.actor.id;
    }
    for (let i = this.drafts.length - 1; i >= 0; i--) if (merged.has(this.drafts[i].actor.id)) this.drafts.splice(i, 1);
  }

  /**
   * "The Kremlin dismissed the administration's accusation", "the Justice Department urged …": a state
   * body or office holder no sentence placed ("---GOV", "---GOVHLH": a state sector first) belongs to
   * the article's own country when one country clearly dominates it (at least three mentions, and
   * twice as many as any other), as a reader takes a domestic story's "administration" or "police"
   * to be that country's.
   */
  private placeCountrylessStateAgents(): void {
    const counts = new Map<string, number>();
    for (const m of this.mentions) {
      const country = this.draftsById.get(m.actorId)?.actor.country;
      if (country && !NOT_A_COUNTRY.test(country)) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
    const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (!first || first[1] < 3 || (second && second[1] * 2 > first[1])) return;
    const [country] = first;
    for (const d of this.drafts) {
      const a = d.actor;
      // An office holder too ("President Andrzej Duda" in a story about Poland), but not a diplomat, who
      // serves abroad: "Ambassador Andrei Karlov", killed in a story about Turkey, is no Turkish official.
      if (d.kind === "person" && a.roles.some((r) => DIPLOMAT_WORDS.test(r.text))) continue;
      // Nor an officer of a body of no state ("FIFA officials, including president Sepp Blatter").
      if (d.servesBody) continue;
      // (A party's leader too, "Labour leader Jeremy Corbyn"; not a group of protesters, who may come from anywhere.)
      const sector = a.sectors[0] ?? "";
      if (!a.code?.startsWith(NO_COUNTRY) || a.members.length || !(STATE_SECTORS.has(sector) || (d.kind === "person" && PARTY_SECTORS.has(sector)))) continue;
      Object.assign(a, { country, code: composeCode(country, a.sectors), basis: `${a.basis},article-country` });
    }
  }

  private readSentence(s: ChunkedSentence): void {
    this.namedPersons = [];
    this.sentenceBases.clear();
    this.followers.clear();
    this.unplaced = [];
    const countries = new Set<string>();
    let namesCountry = false;
    /** Whether a country is named other than as where the sentence happens ("Iran and Iraq saw police arriving in Turkey"). */
    let namesOtherCountry = false;
    /** Countries of the sentence's groups that act for a state ("Turkish police"), not its people ("a French woman"). */
    const stateCountries = new Set<string>();
    /** Countries of the towns and countries the sentence places something in or at ("at a Moscow airport"). */
    const placeCountries = new Set<string>();
    // The countries of the places each placing phrase names, by chunk.
    const placesAt = new Map<number, string[]>();
    const trailStart = this.countryTrail.length;
    let firstPerson: Draft | null = null;
    /** The first person standing as a clause's subject ("After meeting Milosevic, Kornblum flew …" → Kornblum). */
    let subjectPersonHere: Draft | null = null;
    let sentencePersons: Draft[] = [];
    const seenEntities = new Set<number>();
    const things: Thing[] = [];
    const pendingPronouns: { np: NounPhrase; clauseSubject: Draft | null }[] = [];
    let firstThing: Draft | null = null;
    let sentenceSubject: Draft | undefined;
    let subjectActed = false;
    /** The person each noun phrase names, by chunk index (for "X's minister A and defence minister B"). */
    const personAt = new Map<number, Draft>();
    this.actorAt.clear();
    for (let c = 0; c < s.chunks.length; c++) {
      const chunk = s.chunks[c];
      if (chunk.kind !== "NP") continue;
      // A phrase that completes a group before it ("militants loyal to X") is placed where the group is.
      const first = this.followers.get(c)?.c ?? c;
      const before = first > 0 ? s.chunks[first - 1] : null;
      const locative = before?.kind === "O" && LOCATIVE.has(s.words[before.first].lower);
      const nextChunk = s.chunks[c + 1];
      const isSubject = nextChunk?.kind === "VG" || (nextChunk?.kind === "O" && s.words[nextChunk.first].text === ",");
      if (chunk.pronoun) {
        const clauseSubject = OBJECT_PRONOUNS.has(s.words[chunk.first].lower) && chunk.first === chunk.last ? this.actorAt.get(clauseSubjectAt(s, c)) ?? null : null;
        const d: Draft | null = this.resolvePronoun(s, chunk, firstPerson, sentencePersons, clauseSubject) ?? this.resolveThingPronoun(s, chunk, c, things, clauseSubject) ?? this.resolveRolePronoun(s, chunk, things, clauseSubject);
        // (A role phrase of no country yet is read at the sentence's end: try again then.)
        if (!d && PRONOUNS.has(s.words[chunk.first].lower)) pendingPronouns.push({ np: chunk, clauseSubject });
        if (d) this.actorAt.set(c, d);
        if (d && isSubject && nextChunk?.kind === "VG" && SPEECH_VERBS.has(nextChunk.lemma)) this.speaker = d;
        // "He had sought asylum in 2000. … he left a message": a person a subject pronoun refers to
        // goes on as the subject, as if named again.
        if (d?.kind === "person" && isSubject && !locative) firstPerson ??= d;
        // "forces loyal to him": the pronoun's actor is the patron.
        const follower = this.followers.get(c);
        if (follower) {
          const [group] = this.followersOf(s, follower, chunk, d ? [d] : []);
          if (group && group !== d && !locative) things.push({ draft: group, subject: isSubject, plural: true });
        }
        continue;
      }
      for (const w of this.possessivePronouns(s, chunk)) {
        const np = { ...chunk, first: w, last: w, pronoun: true };
        if (!this.resolvePronoun(s, np, firstPerson, sentencePersons)) this.resolveThingPronoun(s, np, c, things);
      }
      let resolved = this.readPhrase(s, chunk, c, locative, seenEntities);
      const follower = this.followers.get(c);
      if (follower) resolved = this.followersOf(s, follower, chunk, resolved);
      if (resolved.length === 1) this.actorAt.set(c, resolved[0]);
      // Only groups count ("Egyptian police"): a country named alone may be a patron or a place
      // ("rebels backed by Iran").
      // "Gomez, a native of Mexico, was arrested by Danbury police": where a person comes from is not
      // where the sentence happens.
      const placing = locative && PLACING.has(s.words[before.first].lower);
      if (placing) {
        const places = this.placesIn(s, chunk);
        for (const x of places) placeCountries.add(x);
        placesAt.set(c, places);
      }
      const origin = ORIGIN_NOUNS.has(s.words[chunk.head].lemma);
      for (const d of resolved) {
        if (origin) continue;
        if (d.actor.country || d.actor.members.length) namesCountry = true;
        if (!placing && (d.actor.country || d.actor.members.length)) namesOtherCountry = true;
        for (const x of d.actor.members.length ? this.drafts.filter((m) => d.actor.members.includes(m.actor.id)) : [d]) {
          if (x.kind !== "group" || x.actor.sectors.length === 0 || !x.actor.basis?.startsWith("role:") || !x.actor.country) continue;
          // A capital read as its government ("Paris") may as well be a place ("a sector of eastern
          // Beirut"), which gives the sentence its country; as the verb's subject or object it is the
          // other side, not whose the sentence's role phrases are ("The administration blamed Moscow").
          const capital = x.actor.basis.startsWith("role:capital:");
          if (capital && (isSubject || before?.kind === "VG")) continue;
          countries.add(x.actor.country);
          if (x.actor.sectors.some((y) => STATE_SECTORS.has(y)) && !capital) stateCountries.add(x.actor.country);
        }
      }
      const subjectPosition = isSubject && !locative;
      if (subjectPosition && resolved.length && sentenceSubject === undefined) {
        sentenceSubject = resolved[0];
        subjectActed = nextChunk?.kind === "VG" && actsIn(nextChunk);
      }
      for (const d of resolved) {
        if (d.kind !== "person") {
          // "The first Ugandan case of the virus …": an actor named only before another head is not what
          // the phrase is about.
          const head = s.words[chunk.head];
          // (A body's spokesman or official speaks for it: "a State Department spokesman said it had called …".)
          const headless = !PERSON_HEADS.has(head.lemma) && !this.mentions.some((m) => m.actorId === d.actor.id && m.start <= head.start && head.end <= m.end);
          if (!locative) things.push({ draft: d, subject: subjectPosition && !locative, plural: this.isPlural(d, s, chunk), headless });
          if (subjectPosition && !locative && (d.actor.code || d.actor.members.length)) firstThing ??= d;
          continue;
        }
        this.shareConjunctCountry(s, c, d, personAt.get(c - 2));
        // (Only a phrase the name ends: "Trump's phone call, …" lists no one.)
        const last = s.words[chunk.last];
        if (last.entity != null && this.entities[last.entity].type === "PERSON") personAt.set(c, d);
        sentencePersons = [...sentencePersons, d];
        firstPerson ??= d;
        if (isSubject && !locative && s.chunks[c - 1]?.kind !== "VG") subjectPersonHere ??= d;
        if (isSubject && nextChunk?.kind === "VG" && SPEECH_VERBS.has(nextChunk.lemma)) this.speaker = d;
      }
    }
    // "Egyptian police opened fire on fundamentalist demonstrators": role phrases naming no actor belong
    // to the sentence's country when it names exactly one, as coders read a domestic event.
    // Otherwise a subject is an agent of no known country, coded as CAMEO writes it ("---GOV" for "a
    // senior official said"): the role is known, the country is not. Elsewhere ("sent troops to
    // Liberia") such a phrase would only stand in the way of a country further on.
    // In a sentence that names no country at all ("The protesters clashed with the police"), such a
    // phrase stands in no one's way, wherever it is.
    // "Police arrested the opposition leader at a Moscow airport": failing that, a state agent is of the
    // one country whose town or land the sentence places things in, as a domestic event's police are,
    // when the sentence names no country otherwise.
    const placeCountry = countries.size === 0 && !namesOtherCountry && placeCountries.size === 1 ? [...placeCountries][0] : null;
    const lateThings: Thing[] = [];
    for (const { np, c } of this.unplaced) {
      // (Not the place itself: "at a military base".)
      const placed = placeCountry !== null && c >= 0 && !this.locativeAt(s, c) && readRoleOf(s.words, np.first, np.last, this.k, this.doc.published).sectors.some((x) => STATE_SECTORS.has(x));
      if (placed) stateCountries.add(placeCountry);
      // "Sudan ruled out talks with the rebels": rebels, opposition and parties stand in no named country's
      // way (a country is not named for them), so they are their role's, country unknown, wherever they are.
      const nonState = () => readRoleOf(s.words, np.first, np.last, this.k, this.doc.published).sectors.some((x) => OPPOSING_SECTORS.has(x));
      const owner = placed || c < 0 ? null : this.ownerCountry(s, np, c, placesAt, placeCountries);
      const groups =
        owner ? this.agentGroups(s, np, c, [], owner)
        : countries.size === 1 ? this.agentGroups(s, np, c, [], [...countries][0])
        : placed ? this.agentGroups(s, np, c, [], placeCountry)
        : c >= 0 && (isSubjectAt(s, c) || isPassiveAgentAt(s, c) || isHarmedAt(s, c) || (!namesCountry && !this.locativeAt(s, c)) || (!this.locativeAt(s, c) && nonState())) ? this.agentGroups(s, np, c, [], NO_COUNTRY)
        : null;
      if (pendingPronouns.length) for (const g of groups ?? []) lateThings.push({ draft: g, subject: c >= 0 && isSubjectAt(s, c), plural: this.isPlural(g, s, np) });
      // "The protesters clashed with police. As they tried …": such a group as the sentence's first
      // subject is its subject for the pronouns after it.
      if (groups?.length && c >= 0 && isSubjectAt(s, c) && sentenceSubject === undefined && !s.chunks.slice(0, c).some((x) => x.kind === "VG")) {
        sentenceSubject = groups[0];
        const verb = s.chunks[c + 1];
        subjectActed = verb?.kind === "VG" && actsIn(verb);
        firstThing ??= groups[0];
      }
    }
    // (Only a phrase before the pronoun may be what it refers to: see resolveRolePronoun.)
    for (const { np, clauseSubject } of pendingPronouns) this.resolveRolePronoun(s, np, [...things, ...lateThings], clauseSubject);
    // "Turkish police prevented a demonstration by students at Cumhuriyet University", "the Interior
    // Ministry": an organisation whose name gives a sector but no country belongs to the one country
    // whose state agents (groups or office holders) act in the sentence ("the Iraqi defense minister,
    // along with Navy … commanders, met Iranian officials" names two; "United Airlines apologised to a
    // French woman" none).
    // (Only asked when such an organisation waits: most sentences have none.)
    if (this.unplacedOrganisations.length > 0) {
      const statePersons = sentencePersons.filter((p) => p.actor.country && p.actor.sectors.some((y) => STATE_SECTORS.has(y)));
      const officeCountries = new Set([...stateCountries, ...statePersons.map((p) => p.actor.country!)]);
      if (officeCountries.size === 1) {
        const [country] = officeCountries;
        for (const d of this.unplacedOrganisations) {
          if (d.actor.code) continue;
          Object.assign(d.actor, { country, code: composeCode(country, d.actor.sectors), basis: `${d.actor.basis},sentence-country` });
          d.countryGuessed = true;
        }
      }
      for (const d of this.unplacedOrganisations) {
        if (d.actor.code || !this.apposedOrganisations.has(d)) continue;
        Object.assign(d.actor, { code: composeCode(NO_COUNTRY, d.actor.sectors), basis: `${d.actor.basis},no-country` });
      }
      this.unplacedOrganisations.length = 0;
    }
    // "Rebel spokesman Bassam Haj Mustafa accused the Syrian government", "Finance Minister Bill Morneau
    // said Ottawa …": a person whose role names a sector but no country belongs to the one country the
    // sentence's state agents name, else to no known country ("---", as CAMEO writes an agent whose
    // country is unknown).
    if (this.unplacedPersons.length > 0) {
      const sentenceCountry = stateCountries.size === 1 ? [...stateCountries][0] : NO_COUNTRY;
      for (const d of this.unplacedPersons) {
        if (d.actor.code) continue;
        const country = sentenceCountry !== NO_COUNTRY ? sentenceCountry : this.describedEarlier(d) ?? NO_COUNTRY;
        Object.assign(d.actor, { country: country === NO_COUNTRY ? null : country, code: composeCode(country, d.actor.sectors), basis: `${d.actor.basis},${country === NO_COUNTRY ? "no-country" : country === sentenceCountry ? "sentence-country" : "described-earlier"}` });
        d.countryGuessed = country !== NO_COUNTRY;
      }
      this.unplacedPersons.length = 0;
    }
    // The next sentence's "he" is most likely this one's subject, else the person it named first.
    if (firstPerson) this.subjectPerson = subjectPersonHere ?? firstPerson;
    // After a sentence about a person, "they" is more likely people than the last country named.
    if (sentenceSubject) {
      this.subjectThing = sentenceSubject.kind === "person" ? null : firstThing;
      this.subjectThingActed = subjectActed;
    }
    // (A pair needs two countries named in the sentence.)
    const named = this.countryTrail.length - trailStart < 2 ? [] : [...new Set(this.countryTrail.slice(trailStart))].sort((a, b) => a.actor.id.localeCompare(b.actor.id));
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

  /**
   * "Russia's ambassador to Turkey was shot … walking around Ambassador Andrei Karlov": the country of
   * the one office the article described earlier with the same title (its role phrase ending in the
   * words of the person's title, in the singular), as a lede describes whom the story then names; null
   * when none or several countries fit.
   */
  private describedEarlier(d: Draft): string | null {
    const title = d.actor.roles[0]?.text.toLowerCase().split(/\s+/).filter((w) => w && !ARTICLE_WORD.test(w));
    if (!title?.length || title.at(-1)!.endsWith("s")) return null;
    const countries = new Set<string>();
    for (const g of this.drafts) {
      if (g.kind !== "group" || !g.actor.country || NOT_A_COUNTRY.test(g.actor.country)) continue;
      for (const r of g.actor.roles) {
        const words = r.title.toLowerCase().split(/\s+/);
        if (words.length >= title.length && title.every((w, i) => words[words.length - title.length + i] === w)) countries.add(g.actor.country);
      }
    }
    return countries.size === 1 ? [...countries][0] : null;
  }

  /**
   * "Cypriot president Nicos Anastasiades and energy minister Georgios Lakkotrypis": an office holder
   * whose role names no country, joined by "and" or a comma to one whose role names a state, is of
   * that state, as a list of a delegation's members names the country once.
   */
  private shareConjunctCountry(s: ChunkedSentence, c: number, d: Draft, before: Draft | undefined): void {
    if (!before || d.actor.code || !isCoordinator(s, s.chunks[c - 1]) || !this.unplacedPersons.includes(d)) return;
    const country = before.actor.country;
    if (!country || before.countryGuessed || NOT_A_COUNTRY.test(country) || !before.actor.sectors.some((x) => STATE_SECTORS.has(x))) return;
    Object.assign(d.actor, { country, code: composeCode(country, d.actor.sectors), basis: `${d.actor.basis},conjunct-country` });
  }

  /** Whether the phrase at chunk c follows a preposition of place ("in the city"). */
  private locativeAt(s: ChunkedSentence, c: number): boolean {
    const before = s.chunks[c - 1];
    return before?.kind === "O" && LOCATIVE.has(s.words[before.last].lower);
  }

  /** Possessive pronouns used as determiners inside a phrase ("his meeting"). */
  private possessivePronouns(s: ChunkedSentence, np: NounPhrase): readonly number[] {
    // Most phrases have none: the list is made only when one is found.
    let out: number[] | null = null;
    for (let i = np.first; i <= np.last; i++) {
      const w = s.words[i];
      if ((w.pos === "PRON" || w.pos === "DET") && (PRONOUNS.has(w.lower) || THING_PRONOUNS.has(w.lower) || PLURAL_PRONOUNS.has(w.lower))) (out ??= []).push(i);
    }
    return out ?? NONE;
  }

  /** The actors a noun phrase names; records their mentions. `c` is the phrase's chunk index. */
  private readPhrase(s: ChunkedSentence, np: NounPhrase, c: number, locative: boolean, seen: Set<number>): Draft[] {
    const found: Draft[] = [];
    // Only short phrases can be "the two countries" or "the Arab country" (both patterns below have at
    // most two spaces): longer ones skip building the text.
    const lowerText = shortContentText(s.words, np.first, np.last);
    if (COLLECTIVE.test(lowerText)) {
      const d = this.collective(s, np);
      if (d) found.push(d);
      return found;
    }
    // (Most phrases name no entity: they share one empty list.)
    const entityIdx: readonly number[] = np.entities.length === 0 ? NONE : np.entities.filter((e) => !seen.has(e));
    const headEntity = entityIdx.find((e) => this.entities[e].start <= s.words[np.head].start && s.words[np.head].end <= this.entities[e].end);
    const endsWithPerson = entityIdx.find((e) => this.entities[e].type === "PERSON" && this.entities[e].end === s.words[np.last].end);
    const persons = entityIdx.length === 0 ? NONE : entityIdx.filter((e) => this.entities[e].type === "PERSON");
    const orgs = entityIdx.length === 0 ? NONE : entityIdx.filter((e) => this.entities[e].type === "ORG" && !this.countryOf(this.entities[e]));
    for (const e of entityIdx) seen.add(e);

    // A person heads the phrase: everything before the name is the role ("Iraq’s Defense Minister …",
    // "Secretary of Iran’s Supreme National Security Council Ali Shamkhani").
    const personHead = headEntity != null ? this.entities[headEntity].type === "PERSON" : endsWithPerson != null;
    // "Pope Francis met … The Pope said": a title alone names the one person the article titled so,
    // before any dictionary entry for the office.
    const titled = personHead && entityIdx.length === 1 ? this.titledPerson(s, np, this.entities[entityIdx[0]].id) : null;
    if (titled) return [titled];
    if (personHead) {
      for (const e of persons) {
        if (e !== headEntity && e !== endsWithPerson && this.nonPerson(s, np, e, locative, true)) continue;
        found.push(this.person(s, np, e));
      }
      for (const e of entityIdx) if (!persons.includes(e)) this.nonPerson(s, np, e, locative, true);
      return found;
    }
    // "President Bouteflika's government", "Zoran Djindjic's opposition coalition": a person named before
    // the head of a phrase is an actor of their own (with the title before the name), and may give the
    // phrase its country (see codesIn).
    for (const e of persons) {
      const last = lastWordOf(s, this.entities[e]);
      if (np.possessor && np.possessor[0] <= firstWordOf(s, this.entities[e]) && last <= np.possessor[1] && last < np.head) this.person(s, { ...np, last, head: last, ofComplements: [] }, e);
    }
    // An organisation: its own name, a possessor or modifier country, and role words.
    if (headEntity != null && orgs.includes(headEntity)) {
      found.push(this.organisation(s, np, headEntity));
      for (const other of entityIdx) if (other !== headEntity) this.nonPerson(s, np, other, locative, true);
      return found;
    }
    if (headEntity == null && COUNTERPART_HEADS.has(s.words[np.head].lower)) {
      const counterpart = this.counterpartGroup(s, np, c, entityIdx);
      if (counterpart) return [counterpart];
    }
    if (headEntity == null) {
      const described = this.describedPerson(s, np, entityIdx);
      if (described) return [described];
      const groups = this.agentGroups(s, np, c, entityIdx) ?? this.ofComplementGroups(s, np, c, entityIdx);
      if (groups) return groups;
    }
    // "The Maoists": a name of no actor that is itself a role word heading the phrase is that role.
    if (headEntity != null && entityIdx.length === 1 && !this.namesActor(s, headEntity) && this.k.agentMatcher.matchAt([s.words[np.head].lower], 0)) {
      const groups = this.agentGroups(s, np, c, entityIdx);
      if (groups) return groups;
    }
    const people = this.peopleGroup(s, np, c, entityIdx);
    if (people) return [people];
    // "scores of Sierra Leonean and Liberian refugees": a counted demonym shares the role noun as a head one does.
    const counted = headEntity == null && entityIdx.length === 1 && np.ofComplements.length === 1 && QUANTITY_HEADS.has(s.words[np.head].lower) && lastWordOf(s, this.entities[entityIdx[0]]) === np.last ? entityIdx[0] : null;
    const sharedHead = headEntity != null && entityIdx.length === 1 ? headEntity : counted;
    const shared = sharedHead != null ? this.sharedHeadGroup(s, np, c, sharedHead) : null;
    if (shared) return [shared];
    for (const e of entityIdx) {
      const d = this.nonPerson(s, np, e, locative, (e !== headEntity && headEntity != null) || this.modifiesNoun(s, np, e));
      if (d) found.push(d);
    }
    // "the Arab country", "the country": the last country named that fits.
    if (entityIdx.length === 0 || (entityIdx.length === 1 && this.entities[entityIdx[0]].type === "NORP")) {
      if (/^(?:the )?(?:arab |neighbou?ring |muslim |islamic )?(?:country|nation|kingdom|republic)$/.test(lowerText)) {
        const arab = lowerText.includes("arab");
        const target = [...this.countryTrail].reverse().find((d) => !arab || this.k.isArab(d.actor.country ?? ""));
        if (target) {
          this.mention(target, s.words[np.first].start, s.words[np.last].end, "description", null);
          found.push(target);
        }
      }
      // "Kagame denied that his country was supporting rebels": a possessor's own country is theirs.
      if (/^(?:his|her|its|their) (?:own )?(?:country|nation)$/.test(lowerText)) {
        const owner = this.mentions.findLast((m) => m.start === s.words[np.first].start && m.kind === "pronoun");
        const code = owner ? this.draftsById.get(owner.actorId)?.actor.country : null;
        const record = code ? this.k.countryByCode(code) : null;
        if (record) {
          const d = this.country({ code: record.code, record, via: "name" });
          this.mention(d, s.words[np.first].start, s.words[np.last].end, "description", null);
          found.push(d);
        }
      }
    }
    return found;
  }

  /**
   * Whose counterpart a phrase names: its possessor before offset `before` ("his", "Lavrov's"), else
   * the subject of its clause ("Germany's foreign minister met his Russian counterpart", where "his"
   * found no person: an office described by its role).
   */
  private counterpartOf(s: ChunkedSentence, np: NounPhrase, c: number, before: number): Draft | undefined {
    const from = np.possessor ? s.words[np.possessor[0]].start : s.words[np.first].start;
    const to = np.possessor ? s.words[np.possessor[1]].end : before;
    // (Possessive pronouns were resolved before the phrase is read, so their mentions are there.)
    const owner = this.mentions.findLast((m) => m.start >= from && m.end <= to && m.kind !== "group");
    return owner ? this.draftsById.get(owner.actorId) : c >= 0 ? this.actorAt.get(clauseSubjectAt(s, c)) : undefined;
  }

  /**
   * "his Russian counterpart", "Lavrov's German counterpart", "her counterparts from Iraq and Iran": a
   * counterpart holds the office its possessor holds, in the country the phrase names, so takes the
   * possessor's sectors with that country (RUSGOV beside a foreign minister); null when no possessor
   * with sectors or no country is named.
   */
  private counterpartGroup(s: ChunkedSentence, np: NounPhrase, c: number, entityIdx: readonly number[]): Draft | null {
    const possessor = this.counterpartOf(s, np, c, s.words[np.head].start);
    const sectors = possessor?.actor.sectors.filter((x) => POLITICAL_SECTORS.has(x)) ?? [];
    if (!possessor || sectors.length === 0) return null;
    const inside = entityIdx.filter((e) => firstWordOf(s, this.entities[e]) > (np.possessor?.[1] ?? np.first - 1));
    let countries = unique(inside.map((e) => this.countryOf(this.entities[e])?.code ?? "").filter(Boolean));
    let end = s.words[np.last].end;
    if (countries.length === 0 && inside.length === 0 && c >= 0) {
      const attached = this.attachedCodes(s, c);
      countries = attached?.codes.filter((x) => x.length === COUNTRY_CODE_LENGTH && this.k.countryByCode(x)) ?? [];
      if (countries.length) end = attached!.end;
    }
    if (countries.length === 0 || countries.includes(possessor.actor.country ?? "")) return null;
    const startWord = s.words[np.possessor ? np.possessor[1] + 1 : np.first];
    const start = POSSESSIVE_DETERMINERS.has(startWord.lower) || ARTICLES.has(startWord.lower) ? s.words[s.words.indexOf(startWord) + 1].start : startWord.start;
    const name = this.doc.text.slice(start, s.words[np.last].end);
    const role: Role = { start, end, text: this.doc.text.slice(start, end), title: name, country: countries.length === 1 ? countries[0] : null, sectors };
    const groups = countries.map((x) => this.groupWithCode(composeCode(x, sectors) ?? x, x, sectors, name, [`counterpart:${possessor.actor.code ?? ""}`], role));
    for (const e of entityIdx) this.nonPerson(s, np, e, false, true);
    const d = groups.length === 1 ? groups[0] : this.collectiveOf(groups, name);
    this.mention(d, start, s.words[np.last].end, "group", null);
    return d;
  }

  /**
   * Whether a name stands before a common noun of its phrase, as a noun modifier ("a London rally",
   * "the Juba market"): it says where or of what the thing is, and a capital there is no government.
   */
  private modifiesNoun(s: ChunkedSentence, np: NounPhrase, e: number): boolean {
    const next = s.words[lastWordOf(s, this.entities[e]) + 1];
    return next !== undefined && next.end <= s.words[np.last].end && next.pos === "NOUN" && next.entity == null;
  }

  /** "the Iraqi defense chief": a definite description of a person met before whose role fits. */
  private describedPerson(s: ChunkedSentence, np: NounPhrase, entityIdx: readonly number[]): Draft | null {
    const head = s.words[np.head];
    if (entityIdx.length === 0) return this.titledPerson(s, np);
    const nationalModifier = entityIdx.find((e) => this.entities[e].type === "NORP" || this.entities[e].type === "GPE");
    if (nationalModifier == null || np.head <= lastWordOf(s, this.entities[nationalModifier])) return null;
    if (!(s.words[np.first].lower === "the" && PERSON_HEADS.has(head.lemma) && !head.lower.endsWith("s"))) return null;
    // (Asked of most phrases, which fail the tests above: the words are copied only now.)
    const words = s.words.slice(np.first, np.last + 1);
    const role = readRole(words.map((w) => w.text), this.k, this.doc.published);
    const person = this.findDescribed(role.country, words.map((w) => w.lower));
    if (!person) return null;
    this.mention(person, words[0].start, words[words.length - 1].end, "description", null);
    for (const e of entityIdx) this.nonPerson(s, np, e, false, true);
    return person;
  }

  /**
   * A phrase headed by a role word names a group of some actor, as PETRARCH composes actor and agent
   * codes: "Iranian officials" → IRNGOV, "Gondor’s main opposition group" → GONMOP, "the ambassadors
   * of Arnor, Osgiliath and Gondor" → ARNGOV + OSGGOV + GONGOV, "lawmakers in Fornost" → FORLEG,
   * "Danish media and government" → DNKMED + DNKGOV. The actor is looked for in the phrase, then in
   * its "of" complement, then in a following "in/of/from/at" phrase, then in a coordinated phrase.
   */
  private agentGroups(s: ChunkedSentence, np: NounPhrase, c: number, entityIdx: readonly number[], contextBase: string | null = null, ignorePatron = false): Draft[] | null {
    const mainLast = np.ofComplements.length ? np.ofComplements[0] - 2 : np.last;
    if (namesNoRole(s.words, np.first, mainLast, this.k, this.doc.published)) return this.relationNoun(s, np) ? this.relationGroups(s, np, c, entityIdx) : null;
    // "Mayor Virginia Raggi's right-hand man": a person's name in the phrase is no place ("Virginia"),
    // so the role is read without it (the person may still give the phrase a country: see possessors).
    const outside = this.wordsOutsidePersons(s, np.first, mainLast);
    const reading = outside.length <= mainLast - np.first ? readRole(outside.map(textOf), this.k, this.doc.published) : readRoleOf(s.words, np.first, mainLast, this.k, this.doc.published);
    // A noun of relation names the other party's allies or foes, unless the agent dictionary names the
    // whole phrase as a role ("opposition supporters": OPPOSITION_SUPPORTER [~OPP]).
    const listedRelation = reading.headRole && reading.evidence.some((e) => e.startsWith("agent:") && e.includes(" "));
    if (this.relationNoun(s, np) && !listedRelation) return this.relationGroups(s, np, c, entityIdx);
    const possessor = reading.headRole ? null : this.droppedApostrophe(s, np);
    if (possessor) return this.agentGroups(s, possessor, c, entityIdx.filter((e) => lastWordOf(s, this.entities[e]) <= possessor.last), contextBase, ignorePatron);
    // A role word must describe the phrase's head, after the last name in it ("Gondor's main opposition
    // group", "Iraqi government efforts"), not a person named in it ("President Assad's failure"): see
    // roleAfterNames. Names of no actor ("Moslem" in "Moslem fundamentalist demonstrators") are
    // modifiers like any other word, when a role word heads the phrase.
    const actorNames = entityIdx.filter((e) => this.namesActor(s, e));
    const headed = actorNames.length < entityIdx.length ? this.roleAfterNames(s, np, mainLast, actorNames) : null;
    const names = headed?.headRole ? actorNames : entityIdx;
    const tailReading = headed?.headRole ? headed : this.roleAfterNames(s, np, mainLast, entityIdx);
    // "The Turkish leader", "the Azerbaijani opposition": a leader is GOV, and an opposition OPP, only
    // beside a country or article (see readRole), so the tail alone says nothing.
    const countryLeader = reading.evidence.some((e) => e.startsWith("leader:") || e === "opposition");
    // "the Albanian minority": the demonym and its head are one role ("minority" alone is none).
    if (tailReading.sectors.length === 0 && tailReading.prefixes.length === 0 && reading.prefixes.length === 0 && !countryLeader && !reading.ethnicHead) return null;
    let bases: string[] = reading.base ? this.splitCodes(reading.base) : [];
    // "Militants loyal to …": the group is its patron's, read once the patron's phrase is (see followersOf).
    const patron = bases.length === 0 && c >= 0 && np.ofComplements.length === 0 && !ignorePatron ? affiliationTarget(s, c, mainLast) : null;
    if (patron != null) {
      this.followers.set(patron, { c, np, mainLast, reading, entityIdx });
      return [];
    }
    // "President Bouteflika's government": a person before the head gives the phrase their country.
    const possessors = names.filter((e) => this.entities[e].type === "PERSON" && np.possessor != null && lastWordOf(s, this.entities[e]) <= np.possessor[1] && lastWordOf(s, this.entities[e]) < np.head);
    if (bases.length === 0 && possessors.length) bases = this.codesIn(s, firstWordOf(s, this.entities[possessors[0]]), lastWordOf(s, this.entities[possessors[0]]));
    let roleEnd = s.words[np.last].end;
    if (bases.length === 0 && np.ofComplements.length) bases = this.codesIn(s, np.ofComplements[0], np.last);
    if (c >= 0 && (bases.length === 0 || np.ofComplements.length)) {
      // "the ambassadors of Arnor, Osgiliath and Gondor": the "of" list continues after the phrase.
      const more = np.ofComplements.length ? this.coordinatedCodes(s, c) : null;
      if (more && bases.length) {
        bases = [...bases, ...more.codes.filter((x) => !bases.includes(x))];
        roleEnd = more.end;
      }
    }
    // Only a phrase headed by a role word or a word for an organised body borrows an actor from outside
    // it ("an extremist organization in Northern Ireland"): "a military offensive in northern Syria" is
    // an event, not Syria's military.
    // Nor do weapons and machines: "fired missiles at Iraq" are not Iraq's missiles.
    // Nor does a place named in its "of" complement ("the city of Kherson from Russian troops"): the
    // place is where it is, whoever held it.
    const namedPlace = PLACE_HEADS.has(s.words[np.head].lower) && np.ofComplements.length > 0 && s.words.slice(np.ofComplements[0], np.last + 1).some((w) => w.pos === "PROPN");
    // ("a suicide bomber" is a person: an agent of several words ending in a machine's name is no machine.)
    const head = s.words[np.head].lower;
    const machine = EQUIPMENT_HEADS.has(head) && !tailReading.evidence.some((e) => e.startsWith("agent:") && e.includes(" ") && e.endsWith(` ${head}`));
    const borrows = (tailReading.headRole || BODY_HEADS.has(head)) && !machine && !namedPlace;
    // ("Russia withdrew its troops from Syria": a possessive pronoun names whose they are, not a place
    // attached after them.)
    const people = this.k.isMilitaryHead(head) || this.k.isMilitaryWord(head) || this.k.isGovernmentWord(head) || PEOPLE_NOUNS.has(s.words[np.head].lemma);
    const ownedByPronoun = people && s.words.slice(np.first, np.head).some((w) => POSSESSIVE_DETERMINERS.has(w.lower));
    if (bases.length === 0 && c >= 0 && borrows && !ownedByPronoun) {
      const attached = this.attachedCodes(s, c);
      if (attached) ({ codes: bases, end: roleEnd } = attached);
    }
    if (bases.length === 0 && c >= 0 && borrows) {
      const shared = this.sentenceBases.get(this.coordinationHead(s, c));
      if (shared) bases = shared;
    }
    if (bases.length === 0 && contextBase) bases = [contextBase];
    // "ethnic Albanian guerrillas operating in Macedonia": an ethnic group belongs to the country it lives in.
    if (bases.length === 0 && reading.ethnic) bases = [(reading.ethnicHead ? this.placeOf(s) : this.residenceOf(s, reading.ethnic)) ?? reading.ethnic];
    if (bases.length === 0) {
      // "police arrested students": read again once the sentence's country is known (see readSentence).
      // A possessive pronoun names whose they are ("their officials"): not the sentence's country.
      // Nor do "foreign forces" or "international monitors".
      // (Only as modifiers: "opposition coalition" is no foreign coalition.)
      const possessed = s.words.slice(np.first, np.head).some((w) => POSSESSIVE_DETERMINERS.has(w.lower) || FOREIGN_WORDS.has(w.lower));
      // Only a phrase headed by a role word ("demonstrators", not "military cooperation") is a group.
      // A person of no known country before the head ("Zoran Djindjic's opposition coalition") says
      // whose group it is, not where.
      const placeless = names.every((e) => possessors.includes(e));
      // An "of" complement read on its own (c < 0: "control of villages") waits the same way.
      if (placeless && !possessed && tailReading.headRole && !machine && !namedPlace) this.unplaced.push({ np, c });
      return null;
    }
    // "60 Boeing 787 Dreamliner aircraft": machines a company makes are its products, not its forces.
    if (EQUIPMENT_HEADS.has(s.words[np.head].lower) && bases.every((b) => b.startsWith("MNC") || b.slice(3).includes("BUS"))) return null;
    if (c >= 0) this.sentenceBases.set(c, bases);
    const startWord = s.words[np.first].pos === "DET" && mainLast > np.first ? s.words[np.first + 1] : s.words[np.first];
    const start = startWord.start;
    const end = s.words[np.head].end > s.words[mainLast].end ? s.words[np.head].end : s.words[mainLast].end;
    const name = this.doc.text.slice(start, end);
    const role: Role = { start, end: roleEnd, text: this.doc.text.slice(start, roleEnd), title: name, country: reading.country, sectors: reading.sectors };
    const groups = bases.map((b) => {
      const code = composeWithBase(b, reading.prefixes, reading.sectors);
      const country = this.k.countryByCode(b.slice(0, 3)) ? b.slice(0, 3) : reading.country;
      return this.groupWithCode(code, country, reading.sectors, name, reading.evidence, role);
    });
    // The names inside the phrase are mentions of their own actors ("Gondor" in "Gondor’s government").
    for (const e of entityIdx) this.nonPerson(s, np, e, false, true);
    const d = groups.length === 1 ? groups[0] : this.collectiveOf(groups, name);
    this.mention(d, start, end, "group", null);
    return [d];
  }

  /** The words of a sentence from `first` to `last` that are not inside an unknown person's name (see isPersonName). */
  private wordsOutsidePersons(s: ChunkedSentence, first: number, last: number): readonly Word[] {
    // (Most phrases name no person: their words are returned as they are.)
    let out: Word[] | null = null;
    for (let i = first; i <= last; i++) {
      const w = s.words[i];
      const inName = w.entity != null && this.isPersonName(s, this.entities[w.entity]);
      if (inName && !out) out = s.words.slice(first, i);
      else if (!inName && out) out.push(w);
    }
    return out ?? s.words.slice(first, last + 1);
  }

  /**
   * Whether an entity is the name of a person the dictionary does not know: tagged PERSON, opening
   * (after any title) with a known first name ("Mayor Virginia Raggi"; not "Kataeb Hezbollah", an
   * armed group the tagger took for a person), and no dictionary name (a dictionary name read in a
   * role gives its own code: "Gondor", "Hassan Rouhani").
   */
  private isPersonName(s: ChunkedSentence, entity: Entity): boolean {
    if (entity.type !== "PERSON" || !this.resolver.names) return false;
    const words = wordsOf(s, entity).map(textOf);
    const { name } = splitTitle(words);
    return name.length > 1 && this.resolver.names.firstName(name[0]) !== null && !this.dictionaryEntry(words);
  }

  /**
   * Whether a phrase is headed by a noun of relation to the actor it names ("Israel's militia ally",
   * "a Clinton supporter", "allies of Iran"): the phrase is someone other than that actor. A victim
   * is another's only after a possessive ("Israel's victims"); "Pakistani victims" are Pakistanis.
   */
  private relationNoun(s: ChunkedSentence, np: NounPhrase): boolean {
    const mainLast = np.ofComplements.length ? np.ofComplements[0] - 2 : np.last;
    const head = s.words[np.head];
    if (np.head !== mainLast || head.pos !== "NOUN") return false;
    // "supporters of the Azerbaijani opposition" are that side's people, named by the complement.
    if (SUPPORTER_NOUNS.has(head.lemma) && s.words[np.head + 1]?.lower === "of") return false;
    if (RELATION_HEADS.has(head.lower)) return true;
    return VICTIM_HEADS.has(head.lower) && np.possessor != null && np.possessor[1] < np.head;
  }

  /**
   * "Israel's militia ally in southern Lebanon": the actors named before a noun of relation (and in
   * its "of" complement) are the other party, whose mentions they stay. The role words between the
   * names and the noun say what the phrase is, placed by a phrase attached after it ("in southern
   * Lebanon"); an armed group named as another's ally is no unidentified force but a non-state one
   * (REB), as followersOf reads armed men of a non-state patron. Without a role word or a place the
   * phrase names no actor ("Iran's allies", "a Clinton supporter").
   */
  private relationGroups(s: ChunkedSentence, np: NounPhrase, c: number, entityIdx: readonly number[]): Draft[] {
    for (const e of entityIdx) this.nonPerson(s, np, e, false, true);
    const lastName = Math.max(np.first - 1, ...entityIdx.map((e) => lastWordOf(s, this.entities[e])).filter((x) => x < np.head));
    const roleWords = s.words.slice(Math.max(np.first, lastName + 1), np.head).filter((w) => isContentWord(w) && w.pos !== "PART" && w.pos !== "PUNCT");
    const reading = readRole(roleWords.map(textOf), this.k, this.doc.published);
    if (reading.sectors.length === 0 || reading.base !== null) return [];
    const attached = c >= 0 ? this.attachedCodes(s, c) : null;
    const base = attached?.codes.length === 1 ? attached.codes[0] : null;
    if (!base) return [];
    const sectors = reading.sectors.map((x) => (x === "UAF" ? "REB" : x));
    const start = roleWords[0].start;
    const end = s.words[np.head].end;
    const name = this.doc.text.slice(start, end);
    const country = this.k.countryByCode(base.slice(0, 3)) ? base.slice(0, 3) : null;
    const role: Role = { start, end: attached!.end, text: this.doc.text.slice(start, attached!.end), title: name, country, sectors };
    // Its own actor, not whichever group shares its code: "Hezbollah guerrillas killed the deputy chief
    // of Israel's militia ally in southern Lebanon" names two Lebanese armed groups, one attacking the other.
    const code = composeWithBase(base, reading.prefixes, sectors);
    let d = this.drafts.find((x) => x.kind === "group" && x.actor.code === code && x.actor.name === name);
    if (!d) {
      d = this.newDraft("group", name, name.split(" "));
      Object.assign(d.actor, { code, country, sectors: [...sectors], basis: `role:${[...reading.evidence, `relation:${s.words[np.head].lower}`].join(",")}` });
    }
    if (!d.actor.roles.some((r) => r.start === role.start && r.end === role.end)) d.actor.roles.push(role);
    this.mention(d, start, end, "group", null);
    return [d];
  }

  /**
   * "would not meet hostage-takers demands": a plural role noun right before the head noun of a
   * phrase, with no "of" after it, is the head's possessor written without its apostrophe; the
   * phrase up to it names the group (returned as a phrase of its own), else null.
   */
  private droppedApostrophe(s: ChunkedSentence, np: NounPhrase): NounPhrase | null {
    const last = np.head - 1;
    if (np.ofComplements.length || np.head !== np.last || last < np.first) return null;
    const w = s.words[last];
    if (w.pos !== "NOUN" || s.words[np.head].pos !== "NOUN" || w.lower === w.lemma || !w.lower.endsWith("s")) return null;
    const reading = readRoleOf(s.words, np.first, last, this.k, this.doc.published);
    return reading.headRole && reading.sectors.length > 0 ? { ...np, last, head: last } : null;
  }

  /** The role the words of a phrase (up to `mainLast`) give after the last of `names` in them. */
  private roleAfterNames(s: ChunkedSentence, np: NounPhrase, mainLast: number, names: readonly number[]): ReturnType<typeof readRole> {
    const lastName = Math.max(-1, ...names.map((e) => lastWordOf(s, this.entities[e])).filter((x) => x <= mainLast));
    return readRoleOf(s.words, Math.max(np.first, lastName + 1), mainLast, this.k, this.doc.published);
  }

  /**
   * "Militants loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi", "forces loyal to President
   * Gbagbo": a role phrase tied by allegiance to an actor is that actor's group, coded with the
   * patron's country (or its code when it has none) and the role's sectors. Phoenix's UAF for armed
   * men ("MILITANT [~UAF]") means unidentified; once the text names their patron they are its military
   * (MIL) when the patron is a state or its government, else rebels (REB), as PLOVER's sectors read.
   * When the patron is no actor with a code ("militants loyal to a local warlord"), the role phrase is
   * read again on its own words, as a role phrase without allegiance would be.
   */
  private followersOf(s: ChunkedSentence, f: Follower, patronPhrase: NounPhrase, resolved: Draft[]): Draft[] {
    const patron = resolved.find((d) => d.actor.code && d.kind !== "collective");
    if (!patron) {
      // Without the allegiance adjective ending it ("Militants loyal"), the phrase is headed by its role word.
      const last = ALLEGIANCE.has(s.words[f.np.last].lower) && f.np.last > f.np.first ? f.np.last - 1 : f.np.last;
      this.agentGroups(s, { ...f.np, last, head: Math.min(f.np.head, last) }, f.c, f.entityIdx, null, true);
      return resolved;
    }
    const code = patron.actor.code!;
    const country = this.k.countryByCode(code.slice(0, 3)) ? code.slice(0, 3) : null;
    const state = patron.kind === "country" || patron.actor.sectors.some((x) => x === "GOV" || x === "MIL");
    const sectors = f.reading.sectors.map((x) => (x === "UAF" ? (state ? "MIL" : "REB") : x));
    const main = s.words.slice(f.np.first, f.mainLast + 1);
    const startWord = main[0].pos === "DET" && main.length > 1 ? main[1] : main[0];
    const end = s.words[patronPhrase.last].end;
    const name = this.doc.text.slice(startWord.start, end);
    const role: Role = { start: startWord.start, end, text: name, title: name, country, sectors };
    const d = this.groupWithCode(composeWithBase(country ?? code, f.reading.prefixes, sectors), country, sectors, name, [...f.reading.evidence, `loyal:${patron.actor.name}`], role);
    this.mention(d, startWord.start, end, "group", null);
    return [d];
  }

  /**
   * "Thousands of Nigerians", "more than 100 Palestinians", "Young Algerians", "Palestinians living in
   * Gaza", "the Albanians of southern Serbia", "ethnic Albanians": a plural demonym heading a phrase
   * that counts, describes or places people names them, the country's civilians (CVL), as CAMEO codes
   * people, and so does a bare plural ("refusing admittance to Ghanaians", "Serbians protested");
   * "the Americans" alone stays the country, as the definite plural often speaks for the nation's
   * side. A place of another country attached to them ("of southern Serbia") is where they live and
   * gives the country; after "ethnic" the demonym names an ethnicity, so they belong to the country
   * they live in (see residenceOf).
   */
  private peopleGroup(s: ChunkedSentence, np: NounPhrase, c: number, entityIdx: readonly number[]): Draft | null {
    const quantity = np.ofComplements.length > 0 && QUANTITY_HEADS.has(s.words[np.head].lower);
    const first = quantity ? np.ofComplements[0] : np.first;
    const last = quantity ? (np.ofComplements[1] ?? np.last + 2) - 2 : np.ofComplements.length ? np.ofComplements[0] - 2 : np.last;
    const e = entityIdx.find((x) => lastWordOf(s, this.entities[x]) === last && (quantity || last === np.head));
    if (e == null) return null;
    const entity = this.entities[e];
    const demonym = this.countryOf(entity) ?? this.leadingDemonym(entity);
    if (!demonym || demonym.via !== "demonym" || !/s$/i.test(entity.text)) return null;
    const from = firstWordOf(s, entity);
    const ethnic = s.words[from - 1]?.lower === "ethnic";
    const own = np.ofComplements.length && !quantity ? this.codesIn(s, np.ofComplements[0], np.last) : [];
    const attached = [...own, ...(c >= 0 ? this.attachedCodes(s, c)?.codes ?? [] : [])].find((x) => x !== demonym.code && this.k.countryByCode(x));
    const described = s.words.slice(first, from).some((w) => !/^(the|these|those)$/.test(w.lower));
    const after = s.chunks[c + 1];
    const participle = after?.kind === "VG" && /ing$/.test(s.words[after.first].lower) && s.words[after.first].pos === "VERB";
    // "refusing admittance to Ghanaians": a bare plural names people; "the Americans" may be the nation's side.
    const bare = first === from && !quantity;
    if (!ethnic && !quantity && !described && !participle && !attached && !bare) return null;
    const country = attached ?? (ethnic ? this.residenceOf(s, demonym.code) : null) ?? demonym.code;
    const start = s.words[first].pos === "DET" && /^(the|a|an)$/.test(s.words[first].lower) && first < from ? s.words[first + 1].start : s.words[first].start;
    const name = this.doc.text.slice(start, entity.end);
    const evidence = [ethnic ? "ethnic" : "people", `demonym:${entity.text}`];
    const d = this.group(country, ["CVL"], name, evidence);
    const role: Role = { start, end: entity.end, text: name, title: name, country, sectors: ["CVL"] };
    if (!d.actor.roles.some((r) => r.start === role.start && r.end === role.end)) d.actor.roles.push(role);
    this.mention(d, entity.start, entity.end, "name", entity.id);
    if (start !== entity.start) this.mention(d, start, entity.end, "group", null);
    for (const other of entityIdx) if (other !== e) this.nonPerson(s, np, other, false, true);
    return d;
  }

  /**
   * "Iraqi Kurds", "Bosnian Serbs": a name that is a demonym followed by a people's plural name gives
   * the country of the demonym (the people of that country), or null.
   */
  private leadingDemonym(entity: Entity): CountryRef | null {
    const words = this.doc.text.slice(entity.start, entity.end).split(/\s+/);
    if (words.length < 2) return null;
    const m = this.k.countryMatcher.matchAt(keysOf(words), 0, words.map(foldToken));
    if (!m || m.end >= words.length || m.values[0].via !== "demonym") return null;
    const rest = words.slice(m.end);
    return rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && /s$/.test(rest[rest.length - 1]) ? m.values[0] : null;
  }

  /** The country of the first place the sentence puts something "in" ("ethnic cleansing in Montenegro"), or null. */
  private placeOf(s: ChunkedSentence): string | null {
    for (let i = 1; i < s.words.length; i++) {
      const w = s.words[i];
      if (w.entity == null || s.words[i - 1].lower !== "in" || this.entities[w.entity].start !== w.start) continue;
      const ref = this.countryOf(this.entities[w.entity]);
      if (ref) return ref.code;
    }
    return null;
  }

  /**
   * Where an ethnic group named in a sentence lives: the first country the sentence names other than
   * the one of its demonym ("ethnic Albanians ... in southeastern Serbia", "ethnic Turks ... Sweden's
   * decision"), or null.
   */
  private residenceOf(s: ChunkedSentence, ethnic: string): string | null {
    const seen = new Set<number>();
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i];
      if (w.entity == null || seen.has(w.entity)) continue;
      seen.add(w.entity);
      const ref = this.countryOf(this.entities[w.entity]);
      if (ref && ref.code !== ethnic && s.words[i - 1]?.lower !== "ethnic") return ref.code;
    }
    return null;
  }

  /**
   * "French and Egyptian warships", "U.S. and Russian negotiators": a demonym alone before "and"
   * shares the role noun of the phrase after it, so it names a group too (FRAMIL beside EGYMIL).
   */
  private sharedHeadGroup(s: ChunkedSentence, np: NounPhrase, c: number, e: number): Draft | null {
    const entity = this.entities[e];
    const next = s.chunks[c + 2];
    if (!isCoordinator(s, s.chunks[c + 1]) || s.words[s.chunks[c + 1].first].text === "," || next?.kind !== "NP") return null;
    const country = this.countryOf(entity);
    if (!country || country.via === "capital" || country.via === "town") return null;
    // "U.S. and Russian negotiators": a country's name used like a demonym, beside one.
    const demonymNext = next.entities.length > 0 && firstWordOf(s, this.entities[next.entities[0]]) <= next.first + 1 && this.countryOf(this.entities[next.entities[0]])?.via === "demonym";
    if ((entity.type !== "NORP" || country.via !== "demonym") && !demonymNext) return null;
    const names = next.entities.map((x) => lastWordOf(s, this.entities[x]));
    if (names.length === 0) return null;
    const tail = s.words.slice(Math.max(...names) + 1, next.last + 1);
    const reading = readRole(tail.map((w) => w.text), this.k, this.doc.published);
    if (reading.sectors.length === 0 || tail.length === 0) return null;
    const name = `${entity.text} ${tail.map((w) => w.text).join(" ")}`;
    const role: Role = { start: entity.start, end: entity.end, text: entity.text, title: name, country: country.code, sectors: reading.sectors };
    const d = this.groupWithCode(composeWithBase(country.code, reading.prefixes, reading.sectors), country.code, reading.sectors, name, reading.evidence, role);
    this.mention(d, entity.start, entity.end, "group", null);
    this.country(country);
    return d;
  }

  /**
   * "the first deployment of NATO peacekeeping troops": when the phrase's own head names no one, an
   * "of" complement that is a role phrase of its own names the group.
   */
  private ofComplementGroups(s: ChunkedSentence, np: NounPhrase, c: number, entityIdx: readonly number[]): Draft[] | null {
    for (let i = 0; i < np.ofComplements.length; i++) {
      const first = np.ofComplements[i];
      const last = i + 1 < np.ofComplements.length ? np.ofComplements[i + 1] - 2 : np.last;
      const inside = entityIdx.filter((e) => firstWordOf(s, this.entities[e]) >= first && lastWordOf(s, this.entities[e]) <= last);
      const sub: NounPhrase = { kind: "NP", first, last, head: last, entities: inside, possessor: null, ofComplements: [], pronoun: false };
      // The last complement ends the phrase: what is attached after the phrase is attached to it.
      // "Dozens of soldiers were killed", "a number of journalists": after a count the complement is the
      // phrase's people, placed like the phrase itself.
      // ("Tens of thousands of people": so after a count of counts.)
      const counted = COUNTING_HEADS.has(s.words[np.head].lower) && np.ofComplements.slice(0, i).every((_, j) => COUNTING_HEADS.has(s.words[np.ofComplements[j + 1] - 2].lower));
      const groups = this.agentGroups(s, sub, this.relationNoun(s, sub) ? (last === np.last ? c : -1) : counted ? c : -1, inside);
      if (!groups) continue;
      for (const e of entityIdx) if (!inside.includes(e)) this.nonPerson(s, np, e, false, true);
      return groups;
    }
    return null;
  }

  /** The chunk index of the first phrase of the coordination ("X and Y", "X, Y and Z") that chunk c ends, or c. */
  private coordinationHead(s: ChunkedSentence, c: number): number {
    let k = c;
    while (k >= 2 && s.chunks[k - 2].kind === "NP" && isCoordinator(s, s.chunks[k - 1])) k -= 2;
    return k;
  }

  /** Codes of the phrases coordinated after chunk c (", Osgiliath and Gondor"), with where they end. */
  private coordinatedCodes(s: ChunkedSentence, c: number): { codes: string[]; end: number } | null {
    const codes: string[] = [];
    let end = -1;
    for (let k = c; s.chunks[k + 1] && isCoordinator(s, s.chunks[k + 1]) && s.chunks[k + 2]?.kind === "NP"; k += 2) {
      const np = s.chunks[k + 2] as NounPhrase;
      const found = this.codesIn(s, np.first, np.last);
      if (found.length === 0) break;
      for (const x of found) if (!codes.includes(x)) codes.push(x);
      end = s.words[np.last].end;
    }
    return codes.length ? { codes, end } : null;
  }

  /**
   * Codes from a phrase attached after chunk c by "in/of/from/at" ("lawmakers in Fornost and Gondor"),
   * or after the last phrase of a coordination starting at c ("lawmakers and officials in Fornost").
   */
  private attachedCodes(s: ChunkedSentence, c: number): { codes: string[]; end: number } | null {
    let k = c;
    while (s.chunks[k + 1] && isCoordinator(s, s.chunks[k + 1]) && s.chunks[k + 2]?.kind === "NP" && this.codesIn(s, s.chunks[k + 2].first, s.chunks[k + 2].last).length === 0) k += 2;
    const prep = s.chunks[k + 1];
    const target = s.chunks[k + 2];
    if (prep?.kind !== "O" || !ATTACHING.has(s.words[prep.first].lower) || target?.kind !== "NP") return null;
    const codes = this.codesIn(s, target.first, target.last);
    if (codes.length === 0) return null;
    const more = this.coordinatedCodes(s, k + 2);
    return { codes: [...codes, ...(more?.codes ?? []).filter((x) => !codes.includes(x))], end: more?.end ?? s.words[target.last].end };
  }

  /** The actor codes the names in word range [first, last] of a sentence stand for (without recording mentions). */
  private codesIn(s: ChunkedSentence, first: number, last: number): string[] {
    const words = s.words.slice(first, last + 1);
    const text = words.filter((w) => w.pos !== "DET" || !/^(the|a|an)$/.test(w.lower)).map((w) => w.lower).join(" ");
    if (COLLECTIVE.test(text)) return this.collectiveMembers().map((d) => d.actor.code!).filter(Boolean);
    const codes: string[] = [];
    const seen = new Set<number>();
    for (const w of words) {
      if (w.entity == null || seen.has(w.entity)) continue;
      seen.add(w.entity);
      const entity = this.entities[w.entity];
      const country = this.countryOf(entity);
      let code: string | null = country && country.via !== "capital" ? country.code : null;
      if (!code) {
        const entry = this.dictionaryEntry(wordsOf(s, entity).map((x) => x.text));
        code = entry ? this.k.entryCode(entry, this.doc.published)?.code ?? null : country?.code ?? null;
      }
      if (!code && (entity.type === "LOC" || entity.type === "GPE")) {
        const region = this.resolver.regionCountry?.(entity.text) ?? null;
        const state = region ? stateOfPlaceOn(region, this.doc.published) : null;
        code = state && this.k.countryByCode(state) ? state : null;
      }
      // "the city of Kherson": a town the gazetteer places in one country names that country.
      if (!code && (entity.type === "LOC" || entity.type === "GPE")) {
        const city = this.resolver.cityCountry?.(entity.text, this.namedCountries(s)) ?? null;
        const state = city ? stateOfPlaceOn(city, this.doc.published) : null;
        code = state && this.k.countryByCode(state) ? state : null;
      }
      if (!code && entity.type === "PERSON") {
        const keys = nameKeys(nameOf(wordsOf(s, entity)));
        const known = this.drafts.find((d) => d.kind === "person" && sameNameKeys(keys, this.nameKeysOf(d)));
        code = known?.actor.country ?? null;
      }
      if (code) for (const x of this.splitCodes(code)) if (!codes.includes(x)) codes.push(x);
    }
    if (codes.length === 0) {
      const base = readRole(this.wordsOutsidePersons(s, first, last).map(textOf), this.k, this.doc.published).base;
      if (base) codes.push(...this.splitCodes(base));
    }
    return codes;
  }

  /** "FRO/BIL/SAM": a dictionary code that names several actors at once. */
  private splitCodes(code: string): string[] {
    return code.split("/").filter(Boolean);
  }

  private person(s: ChunkedSentence, np: NounPhrase, e: number): Draft {
    const entity = this.entities[e];
    const entityWords = wordsOf(s, entity);
    const { title, name } = this.splitListedTitle(entityWords.map(textOf));
    const nameStart = entityWords[title.length]?.start ?? entity.start;
    // Role words: the phrase before the name (and a title inside the entity itself).
    // (Words are in text order: those from the phrase's first word that end by the name.)
    const roleWords: Word[] = [];
    for (let i = np.first; i < s.words.length && s.words[i].end <= nameStart; i++) {
      const w = s.words[i];
      if (!(w.pos === "DET" && /^(the|a|an)$/i.test(w.text))) roleWords.push(w);
    }
    // "Ousted President Askar Akayev": a participle the chunker leaves outside the phrase still says the office is lost.
    const before = s.words[np.first - 1];
    if (roleWords.length > 0 && before && isFormerWord(before.text)) roleWords.unshift(before);
    const apposition = this.apposition(s, np);
    // (Read once here; again only if an "of" phrase joins the role words below.)
    let shown = this.shownGender(title, roleWords, apposition, name);
    let draft = this.samePerson(name, shown) ?? this.byFirstName(name);
    if (draft && name.length > draft.nameWords.length) {
      draft.actor.aliases = unique([...draft.actor.aliases, draft.actor.name]);
      draft.actor.name = name.join(" ");
      draft.nameWords = name;
    } else if (draft && name.join(" ") !== draft.actor.name) {
      draft.actor.aliases = unique([...draft.actor.aliases, name.join(" ")]);
    }
    if (!draft) {
      draft = this.newDraft("person", name.join(" "), name);
      const titled = [...roleWords.map((w) => w.text), ...title].some((w) => /^\p{Lu}/u.test(w) && isTitleWord(w));
      // "Mr Amman": a titled person is not the country or capital the dictionary files under the name.
      const listed = this.dictionaryEntry(name);
      const full = listed && titled && typeOfEntry(listed, null, this.k) === "GPE" ? null : listed;
      const titleWords = [...roleWords.map(textOf), ...title];
      // "Pope Francis", "King Salman": a person the dictionary lists with the title is that person.
      const whole = title.length > 0 && !full ? this.dictionaryEntry([...title, ...name]) : null;
      const titledEntry = whole && typeOfEntry(whole, null, this.k) === "PERSON" ? whole : null;
      const entry = full ?? titledEntry ?? this.licensedSurnameEntry(s, name, titleWords) ?? this.licensedShortenedEntry(name, titleWords) ?? (titled ? this.respelledNameEntry(name) : null);
      if (entry) {
        this.applyEntry(draft, entry);
        if (!full && name.length === 1) draft.bySurname = true;
      } else {
        // Only a person the dictionaries do not know is looked up in the registry.
        const known = this.resolver.registry?.findPerson(name);
        if (known) {
          draft.actor.code = known.code;
          draft.actor.country = known.country;
          draft.actor.sectors = [...known.sectors];
          draft.actor.basis = "registry";
        }
      }
    }
    // "King Hassan of Morocco", "Queen Elizabeth of Britain": a title's country may follow the name.
    const of = np.ofComplements[0];
    if (roleWords.length > 0 && of != null && of - 2 === lastWordOf(s, entity) && this.codesIn(s, of, np.last).some((x) => this.k.countryByCode(x))) {
      roleWords.push(...s.words.slice(of - 1, np.last + 1));
      shown = this.shownGender(title, roleWords, apposition, name);
    }
    for (const words of [roleWords, apposition]) {
      if (words.length === 0 || words.every((w) => w.pos === "PUNCT")) continue;
      this.addRole(draft, words);
    }
    // "his Russian counterpart Ivan Petrov": a counterpart holds the office of whose counterpart they are.
    if (!draft.fromDictionary && draft.actor.country && draft.actor.sectors.length === 0 && COUNTERPART_HEADS.has(roleWords.at(-1)?.lower ?? "")) {
      const possessor = this.counterpartOf(s, np, s.chunks.findIndex((x) => x.first === np.first), roleWords.at(-1)!.start);
      const sectors = possessor && possessor !== draft ? possessor.actor.sectors.filter((x) => POLITICAL_SECTORS.has(x)) : [];
      if (sectors.length > 0 && possessor!.actor.country !== draft.actor.country) {
        Object.assign(draft.actor, { sectors, code: composeCode(draft.actor.country, sectors), basis: `${draft.actor.basis},counterpart:${possessor!.actor.code ?? ""}` });
      }
    }
    // The sex the person's title, person noun or first name shows, once known.
    if (!draft.gender) draft.gender = shown ?? undefined;
    // (A legislator, judge, soldier or police officer holds a state's office whatever the body is called:
    // "House Speaker Paul Ryan".)
    if (roleWords.length > 0 && !draft.actor.sectors.some((x) => STATE_ONLY_SECTORS.has(x)) && this.namesNonStateBody(s, np, firstWordOf(s, entity))) draft.servesBody = true;
    this.mention(draft, entity.start, entity.end, "name", entity.id);
    return draft;
  }

  /**
   * "FIFA president Sepp Blatter", "Senior FIFA officials, including president Sepp Blatter": whether
   * the role before a name, or the group a listed person is included in, names an organisation that
   * is neither a state, one of its bodies nor a party (a sports federation, a company, an
   * international body).
   */
  private namesNonStateBody(s: ChunkedSentence, np: NounPhrase, nameFirst: number): boolean {
    const ranges: [number, number][] = [[np.first, nameFirst - 1]];
    const c = s.chunks.findIndex((x) => x.first === np.first);
    const verb = s.chunks[c - 1];
    const group = s.chunks[c - 2]?.kind === "NP" ? s.chunks[c - 2] : s.chunks[c - 3]?.kind === "NP" && s.words[s.chunks[c - 2].first].text === "," ? s.chunks[c - 3] : null;
    if (verb?.kind === "VG" && verb.lemma === "include" && verb.participle && group) ranges.push([group.first, group.last]);
    for (const [first, last] of ranges) {
      for (let i = first; i <= last; i++) {
        const e = s.words[i].entity;
        if (e == null || this.entities[e].type !== "ORG" || this.countryOf(this.entities[e])) continue;
        const words = wordsOf(s, this.entities[e]);
        // (A state body or a party, "Interior Ministry", "Labour Party", is of the country.)
        if (readRole(words.map(textOf), this.k, this.doc.published).sectors.some((x) => POLITICAL_SECTORS.has(x))) continue;
        const codes = this.codesIn(s, firstWordOf(s, this.entities[e]), lastWordOf(s, this.entities[e]));
        if (codes.every((x) => NOT_A_COUNTRY.test(x))) return true;
      }
    }
    return false;
  }

  /**
   * splitTitle, and "Russian President Vladimir Putin", "CIA Director John Brennan": a tagged name the
   * dictionary lists whole, whose entry's own name ends it, has the words before that name as its title.
   */
  private splitListedTitle(words: readonly string[]): { title: string[]; name: string[] } {
    const split = splitTitle(words);
    if (split.name.length < 3) return split;
    const entry = this.dictionaryEntry(split.name);
    const own = entry ? keysOf(entry.name.split(" ")) : [];
    const keys = keysOf(split.name);
    const at = keys.length - own.length;
    if (own.length < 2 || at <= 0 || !own.every((k, i) => k === keys[at + i])) return split;
    return { title: [...split.title, ...split.name.slice(0, at)], name: split.name.slice(at) };
  }

  /**
   * The sex a person shows where the text names them: a title inside the name, the word right before
   * it ("actress Jane Fonda", "her husband Jonathan Sacoolas"), the first person noun of a description
   * in apposition (", his wife,"), else the first name (see personGender); null when none shows it,
   * and always without a name table. Once known it stays (see person).
   */
  private shownGender(title: readonly string[], roleWords: readonly Word[], apposition: readonly Word[], name: readonly string[]): Gender | null {
    if (!this.resolver.names) return null;
    const before = roleWords.at(-1);
    const described = apposition.find((w) => wordGender(w.text) !== null);
    const words = [...title, ...(before ? [before.text] : []), ...(described ? [described.text] : [])];
    return personGender(words, name, this.resolver.names);
  }

  /**
   * "President Mugabe": a surname alone names the dictionary's person with that surname when every
   * entry with it has the same code on the article's date (so "Assad" may be either Assad, but
   * "Kim" names no one).
   */
  private surnameEntry(name: readonly string[]): ActorEntry | null {
    if (name.length !== 1) return null;
    const candidates = this.k.bySurname(tokenKey(name[0])).filter((e) => this.isPersonEntry(e));
    return this.soleEntry(candidates);
  }

  /**
   * "President Mugabe", but not "Mr Paterson" in a story about someone else of that name: a lone
   * surname names the dictionary's person (see surnameEntry) only with evidence beyond the surname,
   * as a reader would need it: an office or rank before it (not a mere honorific such as "Mr" or
   * "Dr"), the person's full name elsewhere in the article, or the person's country in the sentence.
   */
  private licensedSurnameEntry(s: ChunkedSentence, name: readonly string[], titleWords: readonly string[]): ActorEntry | null {
    const entry = this.surnameEntry(name);
    if (!entry) return null;
    if (titleWords.some((w) => isOfficeTitle(w))) return entry;
    if (this.namedInFull(entry, name[0])) return entry;
    const country = this.k.entryCode(entry, this.doc.published)?.code?.slice(0, 3) ?? "";
    return this.namedCountries(s).has(country) ? entry : null;
  }

  /**
   * "Carlos Menem" for the dictionary's "Carlos Saul Menem", but not "Detective Constable Rob Jones" in
   * a London story for the Cook Islands' "Rob Moore Jones": a name that leaves out words of the
   * dictionary's (see shortenedNameEntry) names that person only with an office or rank before it or
   * the person's country named somewhere in the article.
   */
  private licensedShortenedEntry(name: readonly string[], titleWords: readonly string[]): ActorEntry | null {
    const entry = this.shortenedNameEntry(name);
    if (!entry || titleWords.some((w) => isOfficeTitle(w))) return entry;
    // "John R. Bolton": the dictionary's whole name, with an initial added, needs no more evidence.
    const withoutInitials = name.filter((w) => !INITIAL.test(w));
    if (withoutInitials.length < name.length && this.dictionaryEntry(withoutInitials) === entry) return entry;
    const country = this.k.entryCode(entry, this.doc.published)?.code?.slice(0, 3) ?? "";
    return this.articleCountries().has(country) ? entry : null;
  }

  /** Countries the article's entities name (names, demonyms, capitals), computed once. */
  private articleCountries(): ReadonlySet<string> {
    if (!this.namedInArticle) {
      this.namedInArticle = new Set();
      for (const e of this.entities) {
        const ref = this.countryOf(e);
        if (ref) this.namedInArticle.add(ref.code);
      }
    }
    return this.namedInArticle;
  }

  /** Whether some entity of the article names a dictionary person in full: two or more name words ending in `surname`. */
  private namedInFull(entry: ActorEntry, surname: string): boolean {
    const key = tokenKey(surname);
    for (const e of this.entities) {
      if (e.end - e.start <= surname.length || !e.text.includes(" ")) continue;
      const { name } = splitTitle(e.text.split(/\s+/));
      if (name.length < 2 || tokenKey(name[name.length - 1]) !== key) continue;
      const found = this.dictionaryEntry(name) ?? this.shortenedNameEntry(name);
      if (found?.id === entry.id) return true;
    }
    return false;
  }

  /**
   * Whether a dictionary entry can be a person found by part of a name: not a group or organisation,
   * stated or by its source ("Group of Carlo Giuliani", an armed group the non-state list names after
   * a man, is no namesake of Rudy Giuliani).
   */
  private isPersonEntry(entry: ActorEntry): boolean {
    return typeOfEntry(entry, null, this.k) === "PERSON";
  }

  /**
   * "Nabil's murder" after "Nabil Hasan al-Quaety": a lone given name refers back to the one person of
   * the article named in full with it (never when two share it).
   */
  private byFirstName(name: readonly string[]): Draft | null {
    if (name.length !== 1) return null;
    const key = tokenKey(name[0]);
    const found = this.drafts.filter((d) => d.kind === "person" && d.nameWords.length > 1 && tokenKey(d.nameWords[0]) === key);
    return found.length === 1 ? found[0] : null;
  }

  /**
   * "Carlos Menem", "Omar Hassan al-Bashir": news drops middle names the dictionary spells out
   * ("Carlos Saul Menem", "Omar Hassan Ahmad al-Bashir"). A name of two or more words names a
   * dictionary person whose name keeps its words in order, with the same first and last word, when
   * every such person has the same code on the article's date.
   */
  private shortenedNameEntry(name: readonly string[]): ActorEntry | null {
    if (name.some(hasSeparator)) return this.shortenedNameEntryUncached(name);
    const key = name.join("\u0001");
    let entry = this.memo.shortened.get(key);
    if (entry === undefined) remember(this.memo, this.memo.shortened, key, (entry = this.shortenedNameEntryUncached(name)));
    return entry;
  }

  private shortenedNameEntryUncached(name: readonly string[]): ActorEntry | null {
    // Middle initials ("John R. Bolton") are left out like middle names.
    const keys = keysOf(name).flatMap((k) => k.split(/[\s-]+/)).filter((k) => k !== "" && !INITIAL.test(k));
    if (keys.length < 2) return null;
    const withoutInitials = name.filter((w) => !INITIAL.test(w));
    const exact = withoutInitials.length < name.length ? this.dictionaryEntry(withoutInitials) : null;
    if (exact) return exact;
    const candidates = this.k
      .bySurname(keys[keys.length - 1])
      .filter((e) => this.isPersonEntry(e) && nameWordsOf(e).some((n) => keepsWords(n, keys)));
    return this.soleEntry(candidates);
  }

  /**
   * "President Francois Mitterand": a titled full name the dictionary spells differently
   * ("Mitterrand") names the dictionary person whose every name word sounds the same
   * (`sameName`), when the surname is long enough (six letters or more) that a near spelling is
   * unlikely to be someone else, and every such person has the same code on the article's date.
   */
  private respelledNameEntry(name: readonly string[]): ActorEntry | null {
    const words = name.filter((w) => !INITIAL.test(w));
    if (words.length < 2 || words[words.length - 1].length < 6) return null;
    const keys = nameKeys(words);
    const candidates = this.k
      .bySurnameSound(nameTokenKey(words[words.length - 1]))
      .filter((e) => e.names.some((n) => n.split(" ").length === words.length && sameNameKeys(keys, nameKeys(n.split(" ")))));
    return this.soleEntry(candidates);
  }

  /** The first of `candidates` when they all have one and the same code on the article's date, else null. */
  private soleEntry(candidates: readonly ActorEntry[]): ActorEntry | null {
    const codes = new Set(candidates.map((e) => this.k.entryCode(e, this.doc.published)?.code ?? null));
    return candidates.length > 0 && codes.size === 1 && !codes.has(null) ? candidates[0] : null;
  }

  /** ", Iran’s foreign minister," after a name: the role in apposition. */
  private apposition(s: ChunkedSentence, np: NounPhrase): Word[] {
    const at = s.chunks.findIndex((c) => c === np);
    // A name inside a larger phrase (see readPhrase) has no apposition of its own.
    if (at < 0) return [];
    const comma = s.chunks[at + 1];
    const next = s.chunks[at + 2];
    if (comma?.kind !== "O" || s.words[comma.first].text !== "," || next?.kind !== "NP") return [];
    const words = s.words.slice(next.first, next.last + 1);
    if (words.some((w) => w.entity != null && this.entities[w.entity].type === "PERSON")) return [];
    if (!PERSON_HEADS.has(s.words[next.head].lemma)) return [];
    const after = s.chunks[at + 3];
    // "Hamza bin Ladin, the al-Qa'ida member and son of Usama bin Ladin,": the first of two descriptions.
    const closes = (chunk: Chunk | undefined) => chunk?.kind === "O" && /^[,.;)]$/.test(s.words[chunk.first].text);
    const joined = after?.kind === "O" && after.first === after.last && s.words[after.first].lower === "and" && s.chunks[at + 4]?.kind === "NP" && closes(s.chunks[at + 5]);
    if (after && !joined && !closes(after)) return [];
    return words.filter((w) => !(w.pos === "DET" && /^(the|a|an)$/i.test(w.text)));
  }

  private addRole(draft: Draft, words: Word[]): void {
    const reading = readRole(words.map((w) => w.text), this.k, this.doc.published);
    // "German Chancellor", "US President": an office the dictionary lists as an actor of a country
    // (DEUGOV) gives its sectors as a role word would.
    if (reading.sectors.length === 0 && reading.country && reading.base && reading.base.length > COUNTRY_CODE_LENGTH && reading.base.startsWith(reading.country)) {
      reading.sectors = splitSectors(reading.base.slice(COUNTRY_CODE_LENGTH));
    }
    // "former president X": whatever the title, a former office holder is an elite (ELI).
    if (reading.former && draft.kind === "person" && !reading.sectors.includes("ELI")) reading.sectors = ["ELI"];
    const start = words[0].start;
    const end = words[words.length - 1].end;
    const text = this.doc.text.slice(start, end);
    const role: Role = { start, end, text, title: text, country: reading.country, sectors: reading.sectors };
    if (!draft.actor.roles.some((r) => r.start === start && r.end === end)) draft.actor.roles.push(role);
    // "Ithilen's minister Calimehtar", "the United Kingdom's Queen Elizabeth II": a role naming another
    // country or organisation than the dictionary's code is what the person acts as in the text (a
    // lone surname's namesake, a dictionary listing under another realm or a former post).
    const roleBase = reading.base?.slice(0, 3) ?? null;
    const otherCountry = roleBase !== null && draft.actor.code !== null && roleBase !== draft.actor.code.slice(0, 3);
    // "Palestinian Prime Minister Ismail Haniyeh", coded as Hamas (PSEREBHMS) by the dictionary: a
    // government office the text gives is what the person acts as, over a party or movement affiliation.
    const office = reading.sectors.includes("GOV") && !reading.former && !draft.actor.sectors.includes("GOV") && draft.actor.sectors.some((x) => NON_STATE_SECTORS.has(x)) && (reading.country === null || reading.country === draft.actor.country);
    if (draft.fromDictionary && (draft.currentCode === false || reading.former || otherCountry || office) && draft.kind === "person" && reading.sectors.length > 0) {
      // "President Assad" where the dictionary, on the article's date, has him out of office (its dates
      // may be the publication's, not the event's), or "former president Rouhani", "ousted President
      // Akayev" whom the dictionary still has in office: the title the text gives is the better evidence.
      const country = otherCountry ? reading.country : reading.country ?? draft.actor.country;
      const code = otherCountry ? composeWithBase(reading.base!, reading.prefixes, reading.sectors) : composeCode(country, reading.sectors);
      if (code && (country || otherCountry)) {
        Object.assign(draft.actor, { code, country, sectors: [...reading.sectors], basis: `role:${reading.evidence.join(",")} (over ${draft.actor.basis})` });
        draft.fromDictionary = false;
        return;
      }
    }
    if (draft.fromDictionary) {
      // A dictionary code with a country only takes the role's sectors ("Bree Prime Minister Romendacil" → BREGOV).
      const code = draft.actor.code;
      // So does the code of a body the role itself names ("Kofi Annan, UN secretary-general": IGOUNO → IGOUNOGOV).
      const sameBody = code !== null && code.length > 3 && reading.base === code;
      const withSectors = code && reading.sectors.length > 0 ? composeWithBase(code, [], reading.sectors) : code;
      if (code && withSectors !== code && (code.length === 3 ? !draft.actor.sectors.length : sameBody)) {
        draft.actor.code = withSectors;
        draft.actor.sectors = [...reading.sectors];
        draft.actor.basis = `${draft.actor.basis}+role:${reading.evidence.join(",")}`;
      }
      return;
    }
    // The first role that names a country (or an actor the dictionary knows: "Fornost President …")
    // and a sector codes the person.
    // (A country only guessed from the sentence gives way to one the person's own role names.)
    const guessed = draft.actor.code?.startsWith(NO_COUNTRY) || draft.countryGuessed === true;
    if (!draft.actor.code || draft.actor.basis === "registry" || (guessed && reading.country !== null)) {
      const country = reading.country ?? draft.actor.country;
      const sectors = reading.sectors.length ? reading.sectors : draft.actor.sectors;
      // "Hamza, a Hezbollah commander": a role in a group is coded under the group (LBNREBMIL), not
      // under the group's country (LBNMIL, Lebanon's armed forces).
      // (A base longer than a country code names a group or organisation.)
      const groupBase = reading.base !== null && reading.base.length > COUNTRY_CODE_LENGTH && (reading.country === null || reading.base.startsWith(reading.country));
      const code = country && !groupBase ? composeCode(country, sectors) : reading.base ? composeWithBase(reading.base, reading.prefixes, sectors) : null;
      if (code) {
        Object.assign(draft.actor, { code, country, sectors: [...sectors], basis: `role:${reading.evidence.join(",") || "country"}` });
        draft.countryGuessed = false;
      } else if (draft.kind === "person" && !draft.actor.code && sectors.some((x) => POLITICAL_SECTORS.has(x))) {
        Object.assign(draft.actor, { sectors: [...sectors], basis: `role:${reading.evidence.join(",")}` });
        this.unplacedPersons.push(draft);
      }
    }
  }

  private organisation(s: ChunkedSentence, np: NounPhrase, e: number): Draft {
    const entity = this.entities[e];
    const words = wordsOf(s, entity).map((w) => w.text);
    const nameKey = words.join(" ").toLowerCase();
    // (The country dictionaries list capitals too.)
    const entry = this.isAcronym(entity) && this.countryOfText(entity.text)?.via === "capital" ? null : this.dictionaryEntry(words);
    // The words before the name, from the phrase's first (words are in text order).
    let lastModifier = np.first - 1;
    while (lastModifier + 1 < s.words.length && s.words[lastModifier + 1].end <= entity.start) lastModifier++;
    const context = readRoleOf(s.words, np.first, lastModifier, this.k, this.doc.published);
    let draft = this.drafts.find(
      (d) => (d.kind === "organisation" || d.kind === "group") && (this.lowerNameOf(d) === nameKey || (entry && d.actor.basis === `dictionary:${entry.id}`)),
    );
    if (draft && entry && draft.actor.name !== words.join(" ")) draft.actor.aliases = unique([...draft.actor.aliases, words.join(" ")]);
    if (!draft) {
      draft = this.newDraft("organisation", words.join(" "), words);
      if (entry) {
        this.applyEntry(draft, entry);
        // "the US Congress", "the Knesset": the country dictionary files legislatures under government
        // (USAGOVLEG, as it files legislators); a legislature itself is coded by its own branch first.
        const [first, second] = draft.actor.sectors;
        if (first === "GOV" && second === "LEG" && draft.actor.country) {
          draft.actor.sectors = ["LEG", "GOV", ...draft.actor.sectors.slice(2)];
          draft.actor.code = `${draft.actor.country}${draft.actor.sectors.join("")}`;
        }
        // A possessor naming another country wins over a generic dictionary name ("Egypt’s Supreme Council").
        if (context.country && draft.actor.country && context.country !== draft.actor.country && entry.kind === "organisation") {
          draft.actor.country = context.country;
          draft.actor.code = composeCode(context.country, draft.actor.sectors);
          draft.actor.basis = `context:${entry.id}`;
        }
      } else {
        const own = readRole(words, this.k, this.doc.published);
        const country = context.country ?? own.country;
        const sectors = own.sectors.length ? own.sectors : context.sectors;
        // "Calenardhon Ministry of Silly Walks", "MSF Arnor": an actor named inside the name, with its agents.
        const base = context.base ?? own.base;
        const prefixes = own.prefixes.length ? own.prefixes : context.prefixes;
        draft.actor.country = country;
        draft.actor.sectors = sectors;
        draft.actor.code = country ? composeCode(country, sectors) : base ? composeWithBase(base, prefixes, sectors) : null;
        draft.actor.basis = country || base ? `role:${[...context.evidence, ...own.evidence].join(",") || "country"}` : null;
        // Only when the name's head is the role word ("Cumhuriyet University", not "Hirtenberger Defence
        // Group"), or the name stands in apposition to one ("the official news agency WAM", "the rebel
        // group M23"): then it is that role, of no known country if the sentence names none.
        const apposed = own.sectors.length === 0 && context.headRole;
        if (!draft.actor.code && sectors.length > 0 && (own.headRole || apposed)) {
          draft.actor.basis = `role:${[...context.evidence, ...own.evidence].join(",")}`;
          this.unplacedOrganisations.push(draft);
          if (apposed) this.apposedOrganisations.add(draft);
        }
      }
    }
    this.mention(draft, entity.start, entity.end, "name", entity.id);
    return draft;
  }

  /** GPE, NORP, LOC, FAC and MISC entities: countries, capitals used for their governments, groups. */
  private nonPerson(s: ChunkedSentence, np: NounPhrase, e: number, locativePhrase: boolean, modifier: boolean): Draft | null {
    const entity = this.entities[e];
    // A name already read (a person before a phrase's head, see readPhrase) keeps its actor.
    const read = this.entityMentions.get(entity.id);
    if (read) return this.draftsById.get(read.actorId) ?? null;
    const words = wordsOf(s, entity).map((w) => w.text);
    // "in the face of US efforts": the preposition locates the head ("efforts"), not the modifier.
    const locative = locativePhrase && lastWordOf(s, entity) >= np.head;
    if ((entity.type === "LOC" || entity.type === "GPE") && !modifier && !this.countryOf(entity) && !this.dictionaryEntry(words)) {
      const place = this.unlistedPlace(s, entity, locative);
      if (place) return place;
    }
    // Places are actors only under an actor's name: "Gondor", "the West Bank", "the White House".
    if ((entity.type === "FAC" || entity.type === "LOC") && !this.dictionaryEntry(words) && (entity.type === "FAC" || !this.countryOf(entity))) return null;
    const country = this.countryOf(entity);
    if (country?.via === "town") return modifier ? null : this.cityGroup(country.code, entity);
    if (country) {
      if (country.via === "capital") {
        // A capital is an actor only when it acts: "on Baghdad’s request", "Moscow said"; "in Baghdad" is a place.
        const possessive = np.possessor != null && np.possessor[1] >= lastWordOf(s, entity) && np.possessor[0] <= firstWordOf(s, entity);
        if (!possessive && modifier && !locative) return null;
        // "arrived in Amman": a capital as a place stands for its country (a target by location).
        if (locative) {
          const d = this.country({ ...country, via: "name" });
          this.mention(d, entity.start, entity.end, "name", entity.id);
          return d;
        }
        const d = this.group(country.code, ["GOV"], words.join(" "), [`capital:${country.record.name}`]);
        this.mention(d, entity.start, entity.end, "name", entity.id);
        return d;
      }
      const d = this.country(country);
      this.mention(d, entity.start, entity.end, "name", entity.id);
      return d;
    }
    const entry = this.dictionaryEntry(words) ?? (entity.type === "ORG" ? this.entryAfterAdjectives(words) : null);
    const entryCountry = entry ? this.k.countryByCode(this.k.entryCode(entry, this.doc.published)?.code ?? "") : null;
    if (entry && entryCountry && entryCountry.cities.includes(words.join(" ").toLowerCase())) return modifier ? null : this.cityGroup(entryCountry.code, entity);
    if (entry && entryCountry) {
      // A country the country list spells differently ("US"): the country actor itself.
      const d = this.country({ code: entryCountry.code, record: entryCountry, via: "name" });
      this.mention(d, entity.start, entity.end, "name", entity.id);
      return d;
    }
    if (entry) {
      // A person met before under a fuller name or another code ("John R. Bolton", then "John Bolton").
      const name = entity.type === "PERSON" ? nameOf(wordsOf(s, entity)) : [];
      const person = name.length ? this.samePerson(name) : undefined;
      let draft = person ?? this.drafts.find((d) => d.actor.basis === `dictionary:${entry.id}`);
      if (!draft) {
        // A person named outside a phrase's head ("MP Yvette Cooper of the Labour Party") is still a
        // person, though the dictionary (CountryInfo) gives no kind: not a group that others of the
        // same code would join.
        const person = entry.kind === "person" || entity.type === "PERSON";
        draft = this.newDraft(person ? "person" : "group", entry.name, words);
        this.applyEntry(draft, entry);
        if (person && this.resolver.names) draft.gender = personGender([], name.length ? name : words, this.resolver.names) ?? undefined;
      }
      this.mention(draft, entity.start, entity.end, "name", entity.id);
      return draft;
    }
    return null;
  }

  /**
   * A place no dictionary lists, heading its phrase: a town or city the gazetteer places in one
   * country is its people (see cityGroup); a first-level region of one country named outside a
   * locative ("the invasion of South Lebanon") is that country, as PLOVER coders code a region.
   */
  private unlistedPlace(s: ChunkedSentence, entity: Entity, locative: boolean): Draft | null {
    const city = this.resolver.cityCountry?.(entity.text, this.namedCountries(s)) ?? null;
    if (city && this.k.countryByCode(city)) return this.cityGroup(city, entity);
    if (locative) return null;
    const region = this.resolver.regionCountry?.(entity.text) ?? null;
    const record = region ? this.k.countryByCode(stateOfPlaceOn(region, this.doc.published)) : null;
    if (!record) return null;
    const d = this.country({ code: record.code, record, via: "name" });
    this.mention(d, entity.start, entity.end, "name", entity.id);
    return d;
  }

  /**
   * "shelled Juba", "a bombing in Tel Aviv": a town or city other than a capital (which stands for
   * its country or government) in an actor's slot is the people who live there, its country's
   * civilians (CVL), as Phoenix.agents.txt codes a village (VILLAGE [~CVL]) and PLOVER's CVL covers
   * unarmed domestic entities.
   */
  private cityGroup(placeCountry: string, entity: Entity): Draft {
    // A town of a state not yet independent on the article's date lay in the state it left.
    const country = stateOfPlaceOn(placeCountry, this.doc.published);
    // A place, not a role phrase: its basis is no "role:", so it does not make the sentence's unplaced
    // roles its country's (see readSentence).
    const d = this.groupWithCode(composeCode(country, ["CVL"]) ?? country, country, ["CVL"], entity.text, [`town:${entity.text}`], null, `town:${entity.text}`);
    this.mention(d, entity.start, entity.end, "name", entity.id);
    return d;
  }

  /**
   * The countries of the places a locative phrase names ("a Moscow airport", "Kherson", "Syria"): a
   * country, its capital or a town the gazetteer places in one country.
   */
  private placesIn(s: ChunkedSentence, np: NounPhrase): string[] {
    const out: string[] = [];
    for (const e of np.entities) {
      const entity = this.entities[e];
      if (entity.type !== "GPE" && entity.type !== "LOC") continue;
      const code = this.countryOf(entity)?.code ?? this.resolver.cityCountry?.(entity.text, this.namedCountries(s)) ?? null;
      const state = code ? stateOfPlaceOn(code, this.doc.published) : null;
      if (state && this.k.countryByCode(state)) out.push(state);
    }
    return out;
  }

  /**
   * Whose a role phrase of no named country (chunk `c`) is by what its sentence does with it, before
   * the sentence's other countries, or null:
   * - forces a country sends, deploys or withdraws are its own ("Kenya deployed additional troops to
   *   its border with Somalia"); with one sender only ("Iran and Iraq sent police" may be either's);
   * - private people a country's police arrest or harm are that country's ("Hong Kong police detained
   *   more than 200 pro-democracy demonstrators"), and so are those harmed where the sentence's one
   *   country of places is ("… at a market in Baghdad, killing 32 people");
   * - a crowd of private people doing something in places of one country are its people ("Tens of
   *   thousands of people protested in Minsk against Lukashenko"), whatever else the sentence names.
   */
  private ownerCountry(s: ChunkedSentence, np: NounPhrase, c: number, placesAt: ReadonlyMap<number, string[]>, placeCountries: ReadonlySet<string>): string | null {
    const verb = s.chunks[c - 1];
    const senderAt = verb?.kind === "VG" && DEPLOYING_VERBS.has(verb.lemma) && !verb.passive ? clauseSubjectAt(s, c) : -1;
    const sender = senderAt >= 0 && !isCoordinator(s, s.chunks[senderAt - 1]) ? this.actorAt.get(senderAt) : undefined;
    if (sender && sender.kind !== "person" && sender.actor.country && sender.actor.code === sender.actor.country) return sender.actor.country;
    if (!this.privateCrowd(s, np)) return null;
    if (isHarmedAt(s, c)) {
      const harmer = this.actorAt.get(clauseSubjectAt(s, c));
      if (harmer?.actor.country && harmer.actor.sectors[0] === "COP") return harmer.actor.country;
      return placeCountries.size === 1 ? [...placeCountries][0] : null;
    }
    return isSubjectAt(s, c) && !this.locativeAt(s, c) ? this.crowdPlace(s, c, placesAt) : null;
  }

  /**
   * The one country of the places the verb after subject chunk `c` is done in ("protested in Minsk",
   * "set fire to the U.S. embassy in Baghdad"): placing phrases among the three after the verb, before
   * any other verb; null when there are none, or they lie in more than one country.
   */
  private crowdPlace(s: ChunkedSentence, c: number, placesAt: ReadonlyMap<number, string[]>): string | null {
    const verb = s.chunks[c + 1];
    // ("Human rights workers say authorities in Serbia …": what is said is no place of the saying.)
    if (verb?.kind !== "VG" || SPEECH_VERBS.has(verb.lemma)) return null;
    const codes = new Set<string>();
    let phrases = 0;
    for (let k = c + 2; k < s.chunks.length && s.chunks[k].kind !== "VG" && phrases < 3; k++) {
      if (s.chunks[k].kind !== "NP") continue;
      phrases++;
      for (const x of placesAt.get(k) ?? []) codes.add(x);
    }
    return codes.size === 1 ? [...codes][0] : null;
  }

  /** Whether a phrase names private people only (people, protesters, workers, students, civilians). */
  private privateCrowd(s: ChunkedSentence, np: NounPhrase): boolean {
    const sectors = readRoleOf(s.words, np.first, np.last, this.k, this.doc.published).sectors;
    return sectors.length > 0 && sectors.every((x) => PRIVATE_CROWD_SECTORS.has(x));
  }

  /** Countries a sentence names (names, demonyms, capitals), to place ambiguous town names. */
  private namedCountries(s: ChunkedSentence): ReadonlySet<string> {
    const codes = new Set<string>();
    for (const w of s.words) if (w.entity != null) codes.add(this.countryOf(this.entities[w.entity])?.code ?? "");
    codes.delete("");
    return codes;
  }

  /**
   * Whether an entity can stand for an actor: a person, an organisation, a country or a name the
   * dictionaries know; not a religion or ideology the tagger marked ("Moslem", "Islamist").
   */
  private namesActor(s: ChunkedSentence, e: number): boolean {
    const entity = this.entities[e];
    if (entity.type === "PERSON" || entity.type === "ORG") return true;
    return this.countryOf(entity) !== null || this.dictionaryEntry(wordsOf(s, entity).map((w) => w.text)) !== null;
  }

  /** The country an entity names in full (name, demonym or capital), if any. */
  private countryOf(entity: Entity): CountryRef | null {
    let ref = this.countries.get(entity);
    if (ref === undefined) {
      const text = this.doc.text.slice(entity.start, entity.end);
      ref = this.memo.countries.get(text);
      if (ref === undefined) remember(this.memo, this.memo.countries, text, (ref = this.countryOfText(text)));
      if (ref?.via === "capital" && this.isAcronym(entity)) ref = null;
      this.countries.set(entity, ref);
    }
    return ref;
  }

  /**
   * Whether a name is an organisation's acronym ("SANA", Syria's news agency, is no spelling of Sanaa):
   * the entity layer read it as an organisation and it has no lower-case letter.
   */
  private isAcronym(entity: Entity): boolean {
    return entity.type === "ORG" && !/\p{Ll}/u.test(entity.text);
  }

  /** The country an entity's text names (see countryOf). */
  private countryOfText(text: string): CountryRef | null {
    const all = text.split(/\s+/);
    const words = all.length > 1 && ARTICLES.has(all[0].toLowerCase()) ? all.slice(1) : all;
    const keys = keysOf(words);
    const m = this.k.countryMatcher.matchAt(keys, 0, words.map(foldToken));
    if (!m || m.end !== keys.length) return null;
    const ref = m.values[0];
    // "Juba" before South Sudan's independence: no capital yet, a town of the state it lay in.
    const state = ref.via === "capital" ? stateOfPlaceOn(ref.code, this.doc.published) : ref.code;
    const record = state !== ref.code ? this.k.countryByCode(state) : null;
    return record ? { code: state, record, via: "town" } : ref;
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
    return this.groupWithCode(composeCode(country, sectors) ?? country, country, sectors, name, evidence, null);
  }

  /**
   * The group actor with a code (one per code in a document); a role, if given, records the phrase that
   * coded it. A new group's basis is `basis`, else the role evidence ("role:…").
   */
  private groupWithCode(code: string, country: string | null, sectors: string[], name: string, evidence: string[], role: Role | null, basis?: string): Draft {
    if (sectors.length === 0 || code === country) {
      const ref = this.drafts.find((x) => x.kind === "country" && x.actor.code === code);
      if (ref) return ref;
    }
    let d = this.drafts.find((x) => (x.kind === "group" || x.kind === "country") && x.actor.code === code);
    if (!d) {
      d = this.newDraft("group", name, name.split(" "));
      Object.assign(d.actor, { code, country, sectors: [...sectors], basis: basis ?? `role:${evidence.join(",") || "country"}` });
    } else if (!d.actor.aliases.includes(name) && d.actor.name !== name) {
      d.actor.aliases.push(name);
    }
    if (role && !d.actor.roles.some((r) => r.start === role.start && r.end === role.end)) d.actor.roles.push({ ...role });
    return d;
  }

  /** One collective actor standing for several (a phrase that names them together). */
  private collectiveOf(members: Draft[], name: string): Draft {
    const ids = members.map((m) => m.actor.id);
    let d = this.drafts.find((x) => x.kind === "collective" && x.actor.members.join() === ids.join());
    if (!d) {
      d = this.newDraft("collective", name, []);
      Object.assign(d.actor, { members: ids, basis: "collective" });
    }
    return d;
  }

  /** The countries "the two countries" refers to: the pair the text names together most, else the last two named. */
  private collectiveMembers(): Draft[] {
    let members: Draft[] = [];
    const best = [...this.pairs.values()].sort((a, b) => b.count - a.count || b.last - a.last)[0];
    if (best) members = best.members;
    else {
      for (let i = this.countryTrail.length - 1; i >= 0 && members.length < 2; i--) {
        if (!members.includes(this.countryTrail[i])) members.unshift(this.countryTrail[i]);
      }
    }
    return members.length < 2 ? [] : members;
  }

  /** "the two countries", "both sides": see collectiveMembers. */
  private collective(s: ChunkedSentence, np: NounPhrase): Draft | null {
    const members = this.collectiveMembers();
    if (members.length < 2) return null;
    const d = this.collectiveOf(members, members.map((m) => m.actor.name).join(" and "));
    const words = s.words.slice(np.first, np.last + 1);
    this.mention(d, words[0].start, words[words.length - 1].end, "description", null);
    return d;
  }

  /**
   * "the princess", "the Queen" after "Princess Ubolratana", "Queen Elizabeth II": "the" and a title
   * alone refer back to the person named with that title, when only one person of the document so
   * far bears it (with two, nothing says which).
   */
  private titledPerson(s: ChunkedSentence, np: NounPhrase, entityId: string | null = null): Draft | null {
    const head = s.words[np.head];
    if (np.first + 1 !== np.last || np.head !== np.last || s.words[np.first].lower !== "the" || (head.pos !== "NOUN" && head.pos !== "PROPN")) return null;
    if (!OFFICE_TITLES.has(head.lower)) return null;
    const titled = this.drafts.filter((d) => d.kind === "person" && d.actor.roles.some((r) => r.text.toLowerCase().split(/[\s’'-]+/).includes(head.lower)));
    if (titled.length !== 1) return null;
    this.mention(titled[0], s.words[np.first].start, head.end, entityId ? "name" : "description", entityId);
    return titled[0];
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
      // A role word beyond the description's first word ("the Iraqi [defense minister]") must match.
      if (content.some((w) => w !== content[0] && roleWords.has(w))) return d;
    }
    return null;
  }

  /** `clauseSubject`: the subject of an object pronoun's own clause, which it cannot refer to ("Thune called on him"). */
  private resolvePronoun(s: ChunkedSentence, np: NounPhrase, firstPerson: Draft | null, sentencePersons: Draft[], clauseSubject: Draft | null = null): Draft | null {
    const w = s.words[np.first];
    if (!PRONOUNS.has(w.lower)) return null;
    if (this.genericPronoun(s, np.first)) return null;
    const next = s.chunks[s.chunks.findIndex((c) => c.first > np.last)];
    const speechSubject = next?.kind === "VG" && SPEECH_VERBS.has(next.lemma);
    // "she" never refers to a man, nor "he" to a woman; a person of unknown sex may be either.
    const gender = pronounGender(w.lower);
    const fits = (d: Draft | null | undefined): d is Draft => !!d && d !== clauseSubject && (!d.gender || !gender || d.gender === gender);
    // "…, he said": the one who has been speaking; otherwise a person named earlier in the sentence,
    // else the subject of the previous sentences.
    let target = speechSubject
      ? [this.speaker, this.subjectPerson, firstPerson].find(fits)
      : sentencePersons.findLast(fits) ?? this.namedPersons.filter((x) => x.start < w.start).map((x) => x.draft).findLast(fits) ?? [this.subjectPerson, this.speaker].find(fits);
    // Else "she" is the woman (or "he" the man) named last in this or the previous few sentences, else
    // the person of unknown sex named last there.
    target ??= gender ? this.lastPersonOf(gender, this.sentences[Math.max(0, s.index - RECENT_SENTENCES)]?.start ?? 0) : undefined;
    if (!target) return null;
    // A person "she" refers to is a woman from then on (and "he", a man): the chain agrees with itself.
    if (gender && this.resolver.names) target.gender ??= gender;
    this.mention(target, w.start, w.end, "pronoun", null);
    return target;
  }

  /**
   * "Iraq said it would allow …", "the rebels said they will release …": "it"/"they" refer to the
   * country, organisation or group in subject position before them in the sentence (the last one),
   * else to one named earlier in the sentence, else to the previous sentence's subject.
   */
  /** Whether a word of readiness or will ("ready", "willing", "determined") comes at word `i`, past adverbs. */
  private willingnessAfter(s: ChunkedSentence, i: number): boolean {
    while (s.words[i]?.pos === "ADV" || s.words[i]?.pos === "PART") i++;
    return s.words[i] != null && WILLINGNESS_ADJECTIVES.has(s.words[i].lower);
  }

  private resolveThingPronoun(s: ChunkedSentence, np: NounPhrase, c: number, things: Thing[], clauseSubject: Draft | null = null): Draft | null {
    const w = s.words[np.first];
    const plural = PLURAL_PRONOUNS.has(w.lower);
    if (!plural && !THING_PRONOUNS.has(w.lower)) return null;
    const next = s.chunks[c + 1];
    // ("when it comes to …": no "it" that comes anywhere.)
    // ("I hope it will be resolved shortly": what is resolved, settled or discussed is a matter, not an actor.)
    if (w.lower === "it" && next?.kind === "VG" && next.passive && MATTER_VERBS.has(next.lemma)) return null;
    // ("Iran said it was ready to cooperate": readiness and will are someone's, so that "it" is Iran.)
    if (w.lower === "it" && next?.kind === "VG" && (next.copula || EXPLETIVE_VERBS.has(next.lemma) || (next.lemma === "come" && s.words[next.last + 1]?.lower === "to")) && !this.willingnessAfter(s, next.last + 1)) return null;
    // "Houthi military spokesperson Yahya Sarea said it had carried out the attack": what a spokesperson
    // says "it" or "they" did, the body they speak for did, unless someone else was just acting
    // ("Israeli troops raided Jenin. A Hamas spokesman said they had killed five children").
    const othersActing = things.some((t) => t.subject) || (this.subjectThing !== null && this.subjectThingActed);
    const spokenFor = this.speechAt(s, c) && this.speaker?.kind === "person" && !othersActing ? this.bodySpokenFor(this.speaker) : null;
    if (spokenFor) {
      this.mention(spokenFor, w.start, w.end, "pronoun", null);
      return spokenFor;
    }
    // "Thesprotia, Greece, where it merges with the Poseidon line": after "where", the place is where, not what.
    const where = s.words[np.first - 1]?.lower === "where" ? s.words[np.first - 1] : null;
    const placeId = where ? this.mentions.filter((m) => m.end <= where.start).at(-1)?.actorId : undefined;
    const wherePlace = (d: Draft) => placeId !== undefined && d.actor.id === placeId && d.kind === "country";
    // "The first Ugandan case of the virus occurred a year ago; it involved a man": "it" is the case,
    // which is no actor, when the last subject was a phrase about a thing.
    if (!plural && things.filter((t) => t.subject).at(-1)?.headless) return null;
    // (Nor the clause subject's own body: "NATO forces … before setting them free" is not NATO.)
    const subjectSide = (d: Draft) => clauseSubject != null && (d === clauseSubject || sameSide(d.actor.code, clauseSubject.actor.code));
    const candidates = things.filter((t) => fitsPronoun(t, plural) && !wherePlace(t.draft) && !subjectSide(t.draft));
    // "imposed sanctions on Russia over its invasion of Ukraine", "criticized Iraq for its attack": a
    // possessive in the reason given for an act on a party is that party's.
    const reasonOf = POSSESSIVE_DETERMINERS.has(w.lower) && REASON_PREPOSITIONS.has(s.words[np.first - 1]?.lower ?? "") ? candidates.filter((t) => !t.subject).at(-1)?.draft : undefined;
    const target =
      reasonOf ??
      candidates.filter((t) => t.subject).at(-1)?.draft ??
      candidates[0]?.draft ??
      (this.subjectThing && !subjectSide(this.subjectThing) && fitsPronoun({ draft: this.subjectThing, subject: true, plural: null }, plural) && !wherePlace(this.subjectThing) ? this.subjectThing : null);
    if (!target) return null;
    this.mention(target, w.start, w.end, "pronoun", null);
    return target;
  }

  /**
   * "A policeman … was killed when assailants … stabbed him": with no named person to refer to, "he"
   * or "him" is the one person a singular role phrase in the sentence describes (its head no body:
   * not "the army").
   */
  private resolveRolePronoun(s: ChunkedSentence, np: NounPhrase, things: Thing[], clauseSubject: Draft | null): Draft | null {
    const w = s.words[np.first];
    if (!PRONOUNS.has(w.lower) || this.genericPronoun(s, np.first)) return null;
    const person = (t: Thing) => {
      if (t.plural !== false || t.draft.kind !== "group" || t.draft === clauseSubject || !t.draft.actor.basis?.startsWith("role:agent:")) return false;
      const mention = this.mentions.findLast((m) => m.actorId === t.draft.actor.id && m.end <= w.start);
      const head = mention ? this.doc.text.slice(mention.start, mention.end).split(/\s+/).at(-1)!.toLowerCase() : "";
      return head !== "" && !BODY_HEADS.has(head) && !GROUP_HEADS_SINGULAR.has(head);
    };
    const candidates = things.filter(person);
    if (candidates.length !== 1) return null;
    const target = candidates[0].draft;
    this.mention(target, w.start, w.end, "pronoun", null);
    return target;
  }

  /**
   * "his/her extradition", "he or she": a pronoun paired with one of the other sex stands for anyone
   * at all, not for a person of the text.
   */
  private genericPronoun(s: ChunkedSentence, i: number): boolean {
    const own = pronounGender(s.words[i].lower);
    return pairedWithOtherSex(s, own, i - 1, i - 2) || pairedWithOtherSex(s, own, i + 1, i + 2);
  }

  /** The person of sex `gender` mentioned last at or after offset `from`, else the one of unknown sex mentioned last. */
  private lastPersonOf(gender: Gender, from: number): Draft | undefined {
    let unknown: Draft | undefined;
    for (let i = this.mentions.length - 1; i >= 0 && this.mentions[i].start >= from; i--) {
      const d = this.draftsById.get(this.mentions[i].actorId);
      if (d?.kind !== "person") continue;
      if (d.gender === gender) return d;
      if (!d.gender) unknown ??= d;
    }
    return unknown;
  }

  /** Whether chunk c opens what a verb of saying reports ("said it …", "said that it …"). */
  private speechAt(s: ChunkedSentence, c: number): boolean {
    const before = s.chunks[c - 1];
    const verb = before?.kind === "O" && s.words[before.first].lower === "that" && before.first === before.last ? s.chunks[c - 2] : before;
    return verb?.kind === "VG" && SPEECH_VERBS.has(verb.lemma);
  }

  /** The organisation or group named in a spokesperson's role ("Houthi military spokesperson"), or null. */
  private bodySpokenFor(person: Draft): Draft | null {
    for (const role of person.actor.roles) {
      if (!SPOKESPERSON_WORDS.test(role.text)) continue;
      const named = this.mentions.filter((m) => m.start >= role.start && m.end <= role.end && m.actorId !== person.actor.id);
      const body = named.map((m) => this.draftsById.get(m.actorId)).find((d) => d && (d.kind === "organisation" || d.kind === "group") && d.actor.code);
      if (body) return body;
    }
    return null;
  }

  /** Whether a non-person actor was named as many (true), one (false) or either (null: a country). */
  private isPlural(d: Draft, s: ChunkedSentence, np: NounPhrase): boolean | null {
    if (d.kind === "collective") return true;
    if (d.kind === "country") return null;
    const head = s.words[np.head];
    // ("gunmen", "policemen": an irregular plural in -men.)
    return head.pos === "NOUN" ? head.lower !== head.lemma && (head.lower.endsWith("s") || (head.lower.endsWith("men") && head.lemma.endsWith("man"))) : null;
  }

  /** The first person of the document whose name can be the same as `name`, either way round (see sameName). */
  private samePerson(name: readonly string[], gender: Gender | null = null): Draft | undefined {
    const keys = nameKeys(name);
    for (const d of this.drafts) {
      // "Michelle Obama" is not "Mr. Obama": a name shows no person of the other sex.
      if (d.kind !== "person" || (gender && d.gender && d.gender !== gender)) continue;
      const other = this.nameKeysOf(d);
      if (sameNameKeys(keys, other) || sameNameKeys(other, keys)) return d;
    }
    return undefined;
  }

  /** A draft's name words joined and lower-cased, kept until the words change. */
  private lowerNameOf(d: Draft): string {
    const known = this.lowerNames.get(d);
    if (known && known.words === d.nameWords) return known.name;
    const name = d.nameWords.join(" ").toLowerCase();
    this.lowerNames.set(d, { words: d.nameWords, name });
    return name;
  }

  /** `nameKeys` of a draft's name words, kept until the words change. */
  private nameKeysOf(d: Draft): readonly string[] {
    const known = this.draftKeys.get(d);
    if (known && known.words === d.nameWords) return known.keys;
    const keys = nameKeys(d.nameWords);
    this.draftKeys.set(d, { words: d.nameWords, keys });
    return keys;
  }

  /**
   * "Kurdish YPG", "Lebanese Hezbollah": a name the dictionary lists only without the nationality or
   * ethnic adjectives before it, when an adjective naming a country names the entry's own country
   * ("Pakistani Taliban" are not the Afghan Taliban the dictionary lists).
   */
  private entryAfterAdjectives(words: readonly string[]): ActorEntry | null {
    const rest = words.findIndex((w) => !NATIONALITY_ADJECTIVE.test(w));
    if (rest <= 0) return null;
    const entry = this.dictionaryEntry(words.slice(rest));
    const code = entry ? this.k.entryCode(entry, this.doc.published)?.code ?? null : null;
    if (!entry || !code) return null;
    const countries = words.slice(0, rest).map((w) => this.countryOfText(w)?.code).filter((x): x is string => x != null);
    return countries.every((x) => code.startsWith(x)) ? entry : null;
  }

  private dictionaryEntry(words: readonly string[]): ActorEntry | null {
    // A word holding the separator itself could make two word lists share a key: looked up directly.
    if (words.some(hasSeparator)) return this.dictionaryEntryUncached(words);
    const key = words.join("\u0001");
    let entry = this.memo.entries.get(key);
    if (entry === undefined) remember(this.memo, this.memo.entries, key, (entry = this.dictionaryEntryUncached(words)));
    return entry;
  }

  private dictionaryEntryUncached(words: readonly string[]): ActorEntry | null {
    const keys = keysOf(words);
    const surface = words.map(foldToken);
    let m = this.k.actorMatcher.matchAt(keys, 0, surface);
    // "The Philippines", "the Shire": the dictionary may spell the name with or without the article.
    if ((!m || m.end !== keys.length) && ARTICLES.has(keys[0]) && keys.length > 1) {
      m = this.k.actorMatcher.matchAt(keys.slice(1), 0, surface.slice(1));
      if (m) m = { ...m, end: m.end + 1 };
    }
    if ((!m || m.end !== keys.length) && keys[0] !== "the") {
      m = this.k.actorMatcher.matchAt(["the", ...keys], 0, ["the", ...surface]);
      if (m) m = { ...m, end: m.end - 1 };
    }
    if (!m || m.end !== keys.length) return null;
    // Several entries may share a name: take the first with a code on the article's date.
    return m.values.find((v) => this.k.entryCode(v, this.doc.published)?.code) ?? m.values[0];
  }

  private applyEntry(draft: Draft, entry: ActorEntry): void {
    const dated = this.k.entryCode(entry, this.doc.published);
    const code = dated?.code ?? null;
    if (code && code.includes("/")) {
      // "THE_SHIRE [FRO/BIL/SAM]": one name for several actors, coded as a collective of them.
      const members = this.splitCodes(code).map((c) =>
        this.groupWithCode(c, this.k.countryByCode(c.slice(0, 3)) ? c.slice(0, 3) : null, splitSectors(c.slice(3)), `${entry.name} (${c})`, [`dictionary:${entry.id}`], null),
      );
      Object.assign(draft.actor, { code: null, members: members.map((m) => m.actor.id), basis: `dictionary:${entry.id}` });
      draft.kind = "collective";
      return;
    }
    draft.actor.code = code;
    draft.actor.country = code ? (/^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null) : null;
    draft.actor.sectors = code ? splitSectors(code.slice(3)) : [];
    draft.actor.basis = `dictionary:${entry.id}`;
    if (entry.name !== draft.actor.name) draft.actor.aliases = unique([...draft.actor.aliases, entry.name]);
    draft.fromDictionary = code != null;
    const inForce = codeAt(entry, this.doc.published)?.code ?? null;
    draft.currentCode = inForce != null && !inForce.slice(3).includes("ELI");
  }

  private mention(d: Draft, start: number, end: number, kind: Mention["kind"], entityId: string | null): void {
    // A number while offsets fit 26 bits each (exact in a double), else text; the two never collide.
    const key = start < SPAN_LIMIT && end < SPAN_LIMIT ? start * SPAN_LIMIT + end : `${start}:${end}`;
    if (this.mentionSpans.has(key)) return;
    this.mentionSpans.add(key);
    const id = entityId ?? `m${++this.mentionCount}`;
    const m: Mention = { id, start, end, text: this.doc.text.slice(start, end), kind, actorId: d.actor.id, entityId };
    this.mentions.push(m);
    if (d.kind === "person" && kind === "name") this.namedPersons.push({ draft: d, start });
    if (entityId !== null && !this.entityMentions.has(entityId)) this.entityMentions.set(entityId, m);
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
    this.draftsById.set(actor.id, d);
    return d;
  }

  /** Tags naming a person of the article ("Qasem Suleimani") are aliases of that person. */
  private addTagAliases(): void {
    for (const tag of this.doc.tags) {
      const words = tag.split(/\s+/);
      const d = this.samePerson(words);
      if (d && tag !== d.actor.name && !d.actor.aliases.includes(tag)) d.actor.aliases.push(tag);
    }
  }
}

/** Titles that say only how a person is addressed, not what they are ("Mr", "Dr", "Sir"). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "mx", "messrs", "madam", "madame", "mister", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady"]);
/** Words of the title list that qualify an office rather than name one ("former", "acting"). */
const TITLE_QUALIFIERS = new Set(["top", "former", "late", "acting", "deputy", "senior", "then"]);

/** Whether a word before a name is an office or rank ("President", "General"), not an honorific or a qualifier. */
function isOfficeTitle(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return isTitleWord(word) && !HONORIFICS.has(w) && !TITLE_QUALIFIERS.has(w);
}

/** Nouns of a relation to another: a phrase they head is not the actor named in it ("Israel's ally", "a Clinton supporter"). */
const RELATION_HEADS = new Set(
  ("ally allies partner partners rival rivals critic critics supporter supporters opponent opponents enemy enemies foe foes " +
    "adversary adversaries detractor detractors backer backers admirer admirers challenger challengers").split(" "),
);
/** Nouns of one who suffers another's deed: another's only after a possessive (see relationNoun). */
const VICTIM_HEADS = new Set(["victim", "victims"]);

/** Adjectives of allegiance that tie a group to an actor ("militants loyal to X", "forces allied with Y"). */
const ALLEGIANCE = new Set(["loyal", "allied", "affiliated", "linked"]);

/** A role phrase waiting for its patron's phrase (see followersOf). */
interface Follower {
  /** The role phrase's chunk index. */
  c: number;
  np: NounPhrase;
  mainLast: number;
  reading: ReturnType<typeof readRole>;
  /** The entities of the role phrase (read with it when the patron is no actor). */
  entityIdx: readonly number[];
}

/**
 * The chunk index of the phrase a role phrase at chunk c owes allegiance to: "militants loyal to X"
 * (the adjective ending the phrase or standing after it, then "to" or "with"), or null.
 */
function affiliationTarget(s: ChunkedSentence, c: number, mainLast: number): number | null {
  let k = c + 1;
  if (!ALLEGIANCE.has(s.words[mainLast].lower)) {
    const next = s.chunks[k];
    if (next?.kind !== "O" || next.first !== next.last || !ALLEGIANCE.has(s.words[next.first].lower)) return null;
    k++;
  }
  const prep = s.chunks[k];
  if (prep?.kind !== "O" || !/^(?:to|with)$/i.test(s.words[prep.first].text)) return null;
  return s.chunks[k + 1]?.kind === "NP" ? k + 1 : null;
}

/**
 * The chunk index of the subject of the clause a phrase at chunk c stands in: the noun phrase before
 * the last verb group before it ("Thune called on him", "the senator who praised him"), else -1.
 */
function clauseSubjectAt(s: ChunkedSentence, c: number): number {
  let v = c - 1;
  while (v >= 0 && s.chunks[v].kind !== "VG") v--;
  if (v < 1) return -1;
  let subject = v - 1;
  const between = s.chunks[subject];
  // "the senator who praised him": a relative pronoun stands for the phrase before it.
  if (between.kind === "O" && between.first === between.last && RELATIVES.has(s.words[between.first].lower)) subject--;
  // "The court sentenced two men after finding them guilty": a gerund after "after", "by" … is done by
  // the subject of the clause it hangs on.
  else if (between.kind === "O" && between.first === between.last && GERUND_OPENERS.has(s.words[between.first].lower) && s.words[s.chunks[v].last].lower.endsWith("ing")) return clauseSubjectAt(s, subject);
  // "India's Supreme Court on Thursday sentenced …": a prepositional phrase may stand between the subject and its verb.
  // (Not a subordinator's clause: "… in a city court after she fined him".)
  const prepositional = (k: number) => s.chunks[k].kind === "O" && s.words[s.chunks[k].first].pos === "ADP" && !SUBORDINATORS.has(s.words[s.chunks[k].first].lower);
  while (subject >= 2 && s.chunks[subject].kind === "NP" && !(s.chunks[subject] as NounPhrase).pronoun && prepositional(subject - 1) && s.chunks[subject - 2].kind === "NP") subject -= 2;
  return s.chunks[subject]?.kind === "NP" ? subject : -1;
}

/** Whether one code extends the other (NATO's IGOWSTNAT and its forces' IGOWSTNATMIL are one side). */
function sameSide(a: string | null, b: string | null): boolean {
  return a != null && b != null && (a.startsWith(b) || b.startsWith(a));
}


/** Whether noun phrase `c` is (part of) a clause's subject: only noun phrases, "and", "or" and commas stand between it and a verb. */
function isSubjectAt(s: ChunkedSentence, c: number): boolean {
  if (c > 0 && s.chunks[c - 1].kind === "O" && !/^(?:,|and|or|but|that|while|when|as|because)$/i.test(s.words[s.chunks[c - 1].first].text)) return false;
  for (let k = c + 1; k < s.chunks.length; k++) {
    const chunk = s.chunks[k];
    // "the four women who have accused Clinton": a relative pronoun right after the phrase and before
    // its verb makes the phrase that verb's subject.
    if (k === c + 1 && chunk.kind === "O" && chunk.first === chunk.last && RELATIVES.has(s.words[chunk.first].lower) && s.chunks[k + 1]?.kind === "VG") continue;
    // "missiles targeting US troops": a phrase before a participle or infinitive is not its subject.
    if (chunk.kind === "VG") return !chunk.infinitive && !(chunk.participle && s.words[chunk.head].lower.endsWith("ing"));
    // ("The army earlier last month captured …": an adverb may stand between the subject and its verb.)
    if (chunk.kind === "O" && !/^(?:,|and|or)$/i.test(s.words[chunk.first].text) && !(chunk.first === chunk.last && s.words[chunk.first].pos === "ADV")) return false;
  }
  return false;
}

/**
 * Whether noun phrase `c` is the object of an active verb of harm ("Islamist gunmen killed 21
 * tourists at the Bardo Museum in Tunis"): those harmed are a party however little the text says of
 * them, where a verb's other objects ("told reporters") are not worth an actor.
 */
function isHarmedAt(s: ChunkedSentence, c: number): boolean {
  // (Past a count's hedge: "detained more than 200 demonstrators", "killed at least 12 people".)
  let v = c - 1;
  while (v > 0 && s.chunks[v].kind === "O" && s.words.slice(s.chunks[v].first, s.chunks[v].last + 1).every((w) => COUNT_HEDGES.has(w.lower))) v--;
  const verb = s.chunks[v];
  const np = s.chunks[c];
  // (People, not a place's: "attacked the town" names no party of its own.)
  if (np?.kind !== "NP" || PLACE_HEADS.has(s.words[np.head].lower) || PLACE_HEADS.has(s.words[np.head].lemma)) return false;
  return verb?.kind === "VG" && !verb.passive && !verb.copula && HARM_VERBS.has(verb.lemma);
}
/** Words that hedge a count ("more than 200", "at least 12", "nearly 30"). */
const COUNT_HEDGES = new Set(["more", "less", "fewer", "than", "at", "least", "most", "about", "around", "nearly", "almost", "some", "over", "up", "to", "roughly"]);
const HARM_VERBS = new Set(["kill", "attack", "shoot", "shot", "wound", "injure", "bomb", "shell", "capture", "kidnap", "abduct", "arrest", "detain", "execute", "torture", "behead", "massacre", "target", "ambush", "stab", "beat", "murder", "assassinate", "hang", "seize", "hold"]);

/**
 * Whether noun phrase `c` is the "by" agent of a passive verb before it in its clause ("was shot in
 * the face by an unidentified gunman"): the doer, as much the clause's actor as a subject is.
 */
function isPassiveAgentAt(s: ChunkedSentence, c: number): boolean {
  const by = s.chunks[c - 1];
  if (by?.kind !== "O" || by.first !== by.last || s.words[by.first].lower !== "by") return false;
  for (let k = c - 2; k >= 0; k--) {
    const chunk = s.chunks[k];
    if (chunk.kind === "VG") return chunk.passive;
    if (chunk.kind === "O" && /^(?:,|;|and|or|but|that|which|who|while|when)$/i.test(s.words[chunk.first].text)) return false;
  }
  return false;
}

const POSSESSIVE_DETERMINERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);
/**
 * Modifiers saying a group is not of the country around it, among them adjectives of continents and
 * regions of several states ("European officials", "African leaders"): of no one country.
 */
const FOREIGN_WORDS = new Set([
  ..."foreign international multinational western allied coalition overseas external enemy rival neighbouring neighboring".split(" "),
  ..."european african asian scandinavian nordic baltic balkan".split(" "),
]);

/** Heads that count the people of their "of" complement ("thousands of Nigerians"). */
const QUANTITY_HEADS = new Set(["thousands", "hundreds", "dozens", "scores", "millions", "tens", "lots", "crowds", "groups", "hundred", "thousand", "dozen", "million"]);

/** Heads that count the people of their "of" complement, among them quantities ("a number of journalists", "a group of students"). */
const COUNTING_HEADS = new Set([...QUANTITY_HEADS, "number", "group", "handful", "couple", "score", "band", "crowd"]);

/** Articles a tagged name may start with ("An Eriadorian", "The Philippines"). */
const ARTICLES = new Set(["the", "a", "an"]);

/** Prepositions that attach a phrase naming whose group a role phrase is ("lawmakers in Fornost", "students at …"). */
const ATTACHING = new Set(["in", "of", "from", "at"]);


/** "and", "or", "nor" or a comma between two coordinated phrases. */
function isCoordinator(s: ChunkedSentence, c: Chunk | undefined): boolean {
  return !!c && c.kind === "O" && /^(and|or|nor|,)$/.test(s.words[c.first].lower);
}

/** Whether a word is not an article ("the", "a", "an" tagged DET). */
function isContentWord(w: Word): boolean {
  return w.pos !== "DET" || !ARTICLE_WORD.test(w.lower);
}

/**
 * The lower-case content words (see isContentWord) of words[first..last] joined by spaces when there
 * are at most three of them, else "". Runs for every noun phrase: no arrays are built.
 */
function shortContentText(words: readonly Word[], first: number, last: number): string {
  let text = "";
  let count = 0;
  for (let i = first; i <= last; i++) {
    const w = words[i];
    if (!isContentWord(w)) continue;
    if (++count > 3) return "";
    text = count === 1 ? w.lower : `${text} ${w.lower}`;
  }
  return text;
}

/** Whether word j joins a pronoun of sex `own` to word k, a pronoun of the other sex ("his/her", "he or she"). */
function pairedWithOtherSex(s: ChunkedSentence, own: Gender | null, j: number, k: number): boolean {
  return /^(?:\/|or|and)$/.test(s.words[j]?.lower ?? "") && own !== null && pronounGender(s.words[k]?.lower ?? "") !== null && pronounGender(s.words[k].lower) !== own;
}

function textOf(w: Word): string {
  return w.text;
}

/** Whether "it" (or "they", when `plural`) can refer to an actor named as `t`: a coded one of the right number. */
function fitsPronoun(t: Thing, plural: boolean): boolean {
  return !!(t.draft.actor.code || t.draft.actor.members.length) && (plural ? t.plural !== false : t.plural !== true);
}

const ARTICLE_WORD = /^(the|a|an)$/;

/** Offsets below this make a numeric span key (see ActorReader.mention). */
const SPAN_LIMIT = 2 ** 26;

function hasSeparator(word: string): boolean {
  return word.includes("\u0001");
}

/** A person's name words without titles. */
function nameOf(words: Word[]): string[] {
  return splitTitle(words.map((w) => w.text)).name;
}

// Words are tokens in text order, so the words inside an entity are a run found by binary search
// (these run several times for every entity of a phrase; a scan of the sentence each time adds up).

/** Index after the last word of the run from `first` that ends by `end`. */
function runEnd(s: ChunkedSentence, first: number, end: number): number {
  let i = first;
  while (i < s.words.length && s.words[i].end <= end) i++;
  return i;
}

/** The words inside an entity. */
function wordsOf(s: ChunkedSentence, e: Entity): Word[] {
  const first = firstStartingAt(s.words, e.start);
  return s.words.slice(first, runEnd(s, first, e.end));
}

/** Index of the first word starting at or after the entity's start, or -1. */
function firstWordOf(s: ChunkedSentence, e: Entity): number {
  const first = firstStartingAt(s.words, e.start);
  return first < s.words.length ? first : -1;
}

/** Index of the last word inside the entity, or -1. */
function lastWordOf(s: ChunkedSentence, e: Entity): number {
  const first = firstStartingAt(s.words, e.start);
  const end = runEnd(s, first, e.end);
  return end > first ? end - 1 : -1;
}

/** An entry's names split into words, kept per entry: common surnames are shared by many entries. */
function nameWordsOf(entry: ActorEntry): readonly string[][] {
  let words = entryWords.get(entry);
  if (!words) entryWords.set(entry, (words = entry.names.map((n) => n.split(" "))));
  return words;
}

const entryWords = new WeakMap<ActorEntry, string[][]>();

/** Whether `short` is `full` with some inner words left out (same first and last word, order kept). */
export function keepsWords(full: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || short.length > full.length || short[0] !== full[0] || short[short.length - 1] !== full[full.length - 1]) return false;
  let j = 0;
  for (const w of full) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

function splitSectors(rest: string): string[] {
  return rest.match(/.{3}/g) ?? [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

// What the actor stage knows before reading a text, compiled once from the dictionaries: actor
// names, role words, countries with their names, demonyms and capitals.
import {
  codeAt,
  createActorMatcher,
  createAgentMatcher,
  createPhraseMatcher,
  formerCodeAt,
  tokenKey,
  type ActorEntry,
  type AgentEntry,
  type CountryRecord,
  type DatedCode,
  type Dictionaries,
  type PhraseMatcher,
} from "../../resources/index.js";
import { nameTokenKey } from "./names.js";

/** Member states of the Arab League (for "the Arab country"). */
const ARAB_STATES = new Set(
  "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split(" "),
);

/**
 * Military ranks and words that make a role military even when the agent dictionary is silent ("staff"
 * is not one: "White House staff"; the agent dictionary has "army staff", "chief of staff"). Nouns
 * for soldiers are listed in both numbers ("troop movement", "troops"); "forces" and "chiefs" only in
 * the plural, as the singulars mostly mean other things ("use of force", "security chief").
 */
const MILITARY_WORDS = new Set(
  ("general gen major lieutenant colonel brigadier admiral commander marshal sergeant captain corporal officer " +
    "army navy military troop troops soldier soldiers forces armed chiefs air defense defence guard guards corps").split(" "),
);

/**
 * Military units and equipment that make a phrase they head military ("Russian aircraft", "French
 * warships", "U.N. peacekeepers"); only as the head, since as modifiers they describe other things
 * ("missile programme").
 */
/**
 * Machines and weapons among them: with no owner named ("Seventeen rockets struck near the base"),
 * they name no one, not even the sentence's country.
 */
export const EQUIPMENT_HEADS: ReadonlySet<string> = new Set(
  ("aircraft warplane warplanes jet jets bomber bombers helicopter helicopters gunship gunships tank tanks warship warships " +
    "gunboat gunboats frigate frigates destroyer destroyers submarine submarines artillery drone drones missile missiles rocket rockets").split(" "),
);
const MILITARY_HEADS = new Set([
  ...EQUIPMENT_HEADS,
  ..."peacekeeper peacekeepers fighter fighters battalion battalions brigade brigades regiment regiments division divisions unit units garrison garrisons paratroopers marines commandos".split(" "),
]);

/** Words that make a role governmental when the agent dictionary is silent ("Iranian officials", "Russian negotiators"). */
const GOVERNMENT_WORDS = new Set(
  ("official officials government governments ministry ministries delegation delegations diplomat diplomats authorities administration cabinet regime secretary " +
    "negotiator negotiators emir emirs administrator administrators " +
    // Phoenix codes KING, PRINCE, EMPEROR and MONARCH as ~GOV; it lists no feminine titles.
    "queen queens princess princesses empress").split(" "),
);

/**
 * People that make a phrase they head civilian (CVL) when the agent dictionary is silent ("a
 * Palestinian prisoner", "a US national", "Druze inhabitants"): CAMEO codes private people as their
 * country's civilians. Only as the head. A town or city ("Iraqi towns", "the Bosnian town of
 * Gorazde") is the people who live there, as Phoenix.agents.txt codes a village (VILLAGE [~CVL]), and
 * homes are their households ("demolished Palestinian homes"), as households and families are.
 */
const CIVILIAN_HEADS = new Set("prisoner prisoners national nationals inhabitant inhabitants townspeople townsfolk town towns city cities homes household households family families".split(" "));

/**
 * Heads that make a capitalised name a legislature (LEG) when the agent dictionary is silent ("the
 * Montenegro Assembly", "the Kosovo Assembly"): Phoenix.agents.txt codes NATIONAL_ASSEMBLY, PARLIAMENT
 * and SENATE as ~LEG, and PLOVER's LEG covers "parliaments, assemblies".
 */
const LEGISLATURE_HEADS = new Set(["assembly"]);

/**
 * Heads that make a capitalised name a political party (PTY) when the agent dictionary is silent
 * ("the Thai Raksa Chart Party", "the Fatah Party"): Phoenix.agents.txt codes POLITICAL_PARTY and
 * DEMOCRATIC_PARTY as ~PTY, but has no entry for the bare head names end with.
 */
const PARTY_HEADS = new Set(["party"]);

/**
 * Agent words a news coder expects that Phoenix.agents.txt lacks, each coded as the dictionary codes
 * its nearest synonym: people who seize others or vehicles are criminals like its KIDNAPPER and
 * ABDUCTOR (CRM), a murderer like its KILLER (CRM), attackers and snipers unidentified armed men like
 * its ASSAILANT and GUNMAN (UAF), bankers business like its BUSINESSMAN (BUS), councillors and village
 * chiefs government like its STATE_COUNCILOR and CITY_MAYOR (GOV). Added after the dictionary's entries, so a dictionary entry of the
 * same phrase comes first.
 */
const SUPPLEMENTARY_AGENTS: readonly AgentEntry[] = (
  [
    // Written "hostage-taker" too: the tokeniser splits at the hyphen and keys skip it.
    ["hostage taker", "hostage takers", "CRM"],
    ["hijacker", "hijackers", "CRM"],
    ["captor", "captors", "CRM"],
    ["murderer", "murderers", "CRM"],
    ["attacker", "attackers", "UAF"],
    // People the text cannot name who do violence are unidentified armed men, like its ARMED_MEN and
    // UNIDENTIFIED_FORCES (UAF): "detonated by unknown individuals".
    ["unknown individual", "unknown individuals", "UAF"],
    ["unidentified individual", "unidentified individuals", "UAF"],
    ["unknown man", "unknown men", "UAF"],
    ["unidentified man", "unidentified men", "UAF"],
    ["masked man", "masked men", "UAF"],
    ["unknown person", "unknown persons", "UAF"],
    ["unidentified person", "unidentified persons", "UAF"],
    ["sniper", "snipers", "UAF"],
    ["shooter", "shooters", "UAF"],
    ["banker", "bankers", "BUS"],
    ["financier", "financiers", "BUS"],
    ["councillor", "councillors", "GOV"],
    // Other spellings and near synonyms of its PROTESTER and DEMONSTRATOR (OPP) and SEPARATIST (REB).
    ["protestor", "protestors", "OPP"],
    ["marcher", "marchers", "OPP"],
    ["secessionist", "secessionists", "REB"],
    // Anarchists are radicals, as the dictionary codes RADICAL_LEFTIST_GROUP and REACTIONARIES (RAD).
    ["anarchist", "anarchists", "RAD"],
    // Maoist and Naxalite insurgents are rebels, as the dictionary codes MAOIST_COMMUNIST_CENTER (REB).
    ["maoist", "maoists", "REB"],
    ["naxalite", "naxalites", "REB"],
    // Locals are residents, civilians like its VILLAGER.
    ["local resident", "locals", "CVL"],
    // Private people by age or trade, civilians like its CHILD, GIRL, SHOPKEEPER and PASSENGER.
    ["teenager", "teenagers", "CVL"],
    ["youth", "youths", "CVL"],
    ["boy", "boys", "CVL"],
    ["vendor", "vendors", "CVL"],
    ["driver", "drivers", "CVL"],
    // A village's chief or headman is its local government, as the dictionary codes CITY_MAYOR.
    ["village chief", "village chiefs", "GOV"],
    ["village head", "village heads", "GOV"],
    ["village headman", "village headmen", "GOV"],
    ["councilor", "councilors", "GOV"],
  ] as const
).map(([one, many, code]) => ({ id: `sitrep-agents:${one.replace(/\W+/g, "-")}`, name: one, names: [one, many], code, sectors: [code], position: "suffix" as const, line: 0 }));

export interface CountryRef {
  code: string;
  record: CountryRecord;
  /**
   * How the name was recognised; "town" for a capital read on a date before its state's independence,
   * then a town of the state it lay in (see successions.ts).
   */
  via: "name" | "demonym" | "capital" | "town";
}

/** Collective nouns that take their sector from a modifier ("opposition groups", "rebel factions"). */
const GROUP_HEADS = new Set(
  ("group groups organisation organisations organization organizations movement movements coalition coalitions alliance alliances " +
    "faction factions body bodies members supporters activists leaders forces units wing wings camp bloc figures circles elements " +
    "candidate candidates politicians").split(" "),
);

/**
 * The sector a first word gives the agent phrases it starts ("opposition activist", "opposition
 * coalition", … → OPP): when at least three suffix agents start with the word and 80% share their
 * first sector. Learned from the agent dictionary, used for collective heads it lacks ("opposition
 * groups").
 */
function modifierSectors(agents: readonly AgentEntry[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const a of agents) {
    if (a.position !== "suffix" || !a.sectors[0]) continue;
    const words = a.names[0].split(" ");
    if (words.length < 2) continue;
    const bySector = counts.get(words[0]) ?? new Map<string, number>();
    bySector.set(a.sectors[0], (bySector.get(a.sectors[0]) ?? 0) + 1);
    counts.set(words[0], bySector);
  }
  const out = new Map<string, string>();
  for (const [word, bySector] of counts) {
    const total = [...bySector.values()].reduce((x, y) => x + y, 0);
    const [top, n] = [...bySector.entries()].sort((a, b) => b[1] - a[1])[0];
    if (total >= 3 && n / total >= 0.8) out.set(word, top);
  }
  return out;
}

export interface ActorKnowledge {
  readonly actorMatcher: PhraseMatcher<ActorEntry>;
  readonly agentMatcher: PhraseMatcher<AgentEntry>;
  /** Country by a token key sequence (name, demonym or capital), longest match. */
  readonly countryMatcher: PhraseMatcher<CountryRef>;
  readonly hash: string;
  /**
   * Whether some actor name starts with this token key (lower-case): where none does,
   * `actorMatcher.matchAt` finds nothing, whatever the token's case, so callers may skip it.
   */
  mayStartActorName(key: string): boolean;
  isArab(country: string): boolean;
  /** The sector a modifier word gives a collective head after it ("opposition groups" → OPP), or null. */
  groupSector(modifier: string, head: string): string | null;
  isMilitaryWord(key: string): boolean;
  /** Whether a word heading a phrase makes it military ("aircraft", "warships", "peacekeepers"). */
  isMilitaryHead(key: string): boolean;
  isGovernmentWord(key: string): boolean;
  /** Whether a capitalised word heading a name makes it a legislature ("Assembly"). */
  isLegislatureHead(key: string): boolean;
  /** Whether a capitalised word heading a name makes it a political party ("Party"). */
  isPartyHead(key: string): boolean;
  /** Whether a word heading a phrase makes it civilian ("prisoner", "nationals"). */
  isCivilianHead(key: string): boolean;
  /** A country record by its CAMEO country code ("USA"). */
  countryByCode(code: string): CountryRecord | null;
  /**
   * Dictionary entries a lone surname can stand for ("Mugabe" → Robert Mugabe): entries with a
   * name of two or more words ending in that surname (its token key).
   */
  bySurname(key: string): readonly ActorEntry[];
  /**
   * Dictionary people whose surname sounds the same under transliteration (`nameTokenKey`:
   * "Mitterand" ~ "Mitterrand"): entries with a name of two or more words ending in such a surname.
   */
  bySurnameSound(soundKey: string): readonly ActorEntry[];
  /** The code an entry has on a date; for people no longer in office, their last code. */
  entryCode(entry: ActorEntry, date: string | null): DatedCode | null;
}

/** Compile the actor knowledge from loaded dictionaries (once per process). */
export function createActorKnowledge(dictionaries: Pick<Dictionaries, "actors" | "agents" | "countries" | "hash">): ActorKnowledge {
  const countryItems: [string, CountryRef][] = [];
  const byCode = new Map(dictionaries.countries.map((r) => [r.code, r] as const));
  for (const record of dictionaries.countries) {
    for (const name of record.names) countryItems.push([name, { code: record.code, record, via: record.demonyms.includes(name) ? "demonym" : "name" }]);
    for (const name of record.demonyms) countryItems.push([name, { code: record.code, record, via: "demonym" }]);
    for (const name of record.capitals) countryItems.push([name, { code: record.code, record, via: "capital" }]);
  }
  const modifiers = modifierSectors(dictionaries.agents);
  const surnames = new Map<string, ActorEntry[]>();
  for (const entry of dictionaries.actors) {
    for (const name of entry.names) {
      const words = name.split(" ");
      const last = words[words.length - 1];
      if (words.length < 2 || last.length < 3 || last !== last.toLowerCase()) continue;
      const list = surnames.get(last) ?? [];
      if (!list.includes(entry)) list.push(entry);
      surnames.set(last, list);
    }
  }
  const firstKeys = new Set<string>();
  for (const entry of dictionaries.actors) {
    for (const name of entry.names) {
      const first = name.split(" ").find((k) => k !== "");
      if (first) firstKeys.add(first.toLowerCase());
    }
  }
  // Built on first use: most texts never need it, and keying every name takes a while.
  let sounds: Map<string, ActorEntry[]> | null = null;
  const surnameSounds = () => {
    if (sounds) return sounds;
    sounds = new Map();
    for (const [, entries] of surnames) {
      for (const entry of entries) {
        if (entry.kind === "group" || entry.kind === "organisation") continue;
        for (const name of entry.names) {
          const words = name.split(" ");
          const key = nameTokenKey(words[words.length - 1]);
          const list = sounds.get(key) ?? [];
          if (!list.includes(entry)) list.push(entry);
          sounds.set(key, list);
        }
      }
    }
    return sounds;
  };
  return {
    bySurnameSound: (soundKey) => surnameSounds().get(soundKey) ?? [],
    mayStartActorName: (key) => firstKeys.has(key),
    bySurname: (key) => surnames.get(key) ?? [],
    groupSector: (modifier, head) => (GROUP_HEADS.has(head) ? modifiers.get(modifier) ?? null : null),
    actorMatcher: createActorMatcher(dictionaries.actors),
    agentMatcher: createAgentMatcher([...dictionaries.agents, ...SUPPLEMENTARY_AGENTS]),
    countryMatcher: createPhraseMatcher(countryItems),
    hash: dictionaries.hash,
    isArab: (country) => ARAB_STATES.has(country),
    isMilitaryWord: (key) => MILITARY_WORDS.has(key),
    isMilitaryHead: (key) => MILITARY_HEADS.has(key),
    isGovernmentWord: (key) => GOVERNMENT_WORDS.has(key),
    isLegislatureHead: (key) => LEGISLATURE_HEADS.has(key),
    isPartyHead: (key) => PARTY_HEADS.has(key),
    isCivilianHead: (key) => CIVILIAN_HEADS.has(key),
    countryByCode: (code) => (code.length === 3 ? byCode.get(code) ?? null : null),
    entryCode(entry, date) {
      const now = codeAt(entry, date);
      if (now?.code || !date) return now;
      // A person mentioned after leaving office (or death) keeps the last role they had.
      const former = formerCodeAt(entry, date);
      if (former) return former;
      // A group or organisation the text names exists, whatever the date: an article dated before its
      // first dated code (a misdated text, or a movement active before the date its code starts) gets that code.
      if (entry.kind === "group" || entry.kind === "organisation") return firstCode(entry.codes) ?? now;
      return now;
    },
  };
}

/** The dated code that starts first (with a code), or null. */
function firstCode(codes: readonly DatedCode[]): DatedCode | null {
  let first: DatedCode | null = null;
  for (const c of codes) if (c.code && c.from !== null && (first === null || c.from < (first.from ?? ""))) first = c;
  return first;
}

/** Token keys of a word list, as the matchers expect them. */
export function keysOf(words: readonly string[]): string[] {
  return words.map(tokenKey);
}

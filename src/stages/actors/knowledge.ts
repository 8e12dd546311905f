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

/** Member states of the Arab League (for "the Arab country"). */
const ARAB_STATES = new Set(
  "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split(" "),
);

/** Military ranks and words that make a role military even when the agent dictionary is silent. */
const MILITARY_WORDS = new Set(
  ("general gen major lieutenant colonel brigadier admiral commander marshal sergeant captain corporal officer " +
    "army navy military troops soldiers forces armed staff chiefs air defense defence guard guards corps").split(" "),
);

/** Words that make a role governmental when the agent dictionary is silent ("Iranian officials"). */
const GOVERNMENT_WORDS = new Set("official officials government governments ministry ministries delegation delegations diplomat diplomats authorities administration cabinet regime".split(" "));

export interface CountryRef {
  code: string;
  record: CountryRecord;
  /** How the name was recognised. */
  via: "name" | "demonym" | "capital";
}

export interface ActorKnowledge {
  readonly actorMatcher: PhraseMatcher<ActorEntry>;
  readonly agentMatcher: PhraseMatcher<AgentEntry>;
  /** Country by a token key sequence (name, demonym or capital), longest match. */
  readonly countryMatcher: PhraseMatcher<CountryRef>;
  readonly hash: string;
  isArab(country: string): boolean;
  isMilitaryWord(key: string): boolean;
  isGovernmentWord(key: string): boolean;
  /** A country record by its CAMEO country code ("USA"). */
  countryByCode(code: string): CountryRecord | null;
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
  return {
    actorMatcher: createActorMatcher(dictionaries.actors),
    agentMatcher: createAgentMatcher(dictionaries.agents),
    countryMatcher: createPhraseMatcher(countryItems),
    hash: dictionaries.hash,
    isArab: (country) => ARAB_STATES.has(country),
    isMilitaryWord: (key) => MILITARY_WORDS.has(key),
    isGovernmentWord: (key) => GOVERNMENT_WORDS.has(key),
    countryByCode: (code) => (code.length === 3 ? byCode.get(code) ?? null : null),
    entryCode(entry, date) {
      const now = codeAt(entry, date);
      if (now?.code) return now;
      // A person mentioned after leaving office (or death) keeps the last role they had.
      return date ? formerCodeAt(entry, date) ?? now : now;
    },
  };
}

/** Token keys of a word list, as the matchers expect them. */
export function keysOf(words: readonly string[]): string[] {
  return words.map(tokenKey);
}

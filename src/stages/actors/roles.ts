// Roles read from the text: "Iraq’s Defense Minister Lieutenant General …" → country IRQ, sectors
// GOV+MIL. Country from a possessor, demonym or country name in the role words (or an actor the
// dictionary knows: "Gondor", "the White House"); sectors from the agent dictionary (Phoenix.agents)
// plus military ranks; "former" makes the holder an elite (ELI), as CAMEO codes former officials.
import { foldToken } from "../../resources/index.js";
import { FACILITY_NOUNS, OUTLET_NOUNS, PATRON_PARTICIPLES } from "../syntax/lexicon.js";
import { keysOf, type ActorKnowledge } from "./knowledge.js";
import { stateOfPlaceOn } from "./successions.js";

export interface RoleReading {
  country: string | null;
  /**
   * The code the role's holder belongs to: the country's code, or the code of a dictionary actor
   * named in the words ("GON", "IGOUNO", "USAGOV"), to which the sectors are added.
   */
  base: string | null;
  /** Sector codes after the base (`~GOV`), in text order, government first. */
  sectors: string[];
  /** Codes that go before the base (`NGO~`: "MSF Arnor" → NGOARN). */
  prefixes: string[];
  /** Agent dictionary entries (or rank words) that gave the sectors, for `explain`. */
  evidence: string[];
  /** "former", "ousted", "ex-": the holder no longer holds the office. */
  former: boolean;
  /** Whether the last word is itself a role word ("… demonstrators"), not only a modifier ("military cooperation"). */
  headRole: boolean;
  /**
   * "ethnic Albanians", "ethnic Albanian guerrillas": the country whose demonym follows "ethnic" names
   * the people's ethnicity, not their state, so it is neither `country` nor `base`.
   */
  ethnic: string | null;
  /**
   * Whether the ethnicity comes from the head ("the Albanian population", "the Turkish minority"), not
   * from "ethnic": such a group lives where the sentence places it, else in its own country.
   */
  ethnicHead: boolean;
}

/** CAMEO actor code from a country and sectors ("IRQ" + ["GOV", "MIL"] → "IRQGOVMIL"). */
export function composeCode(country: string | null, sectors: readonly string[]): string | null {
  if (!country && sectors.length === 0) return null;
  return `${country ?? ""}${sectors.slice(0, 2).join("")}` || null;
}

/**
 * A base code with agent codes added the way PETRARCH mixes them: each sector appended unless the
 * code already contains it ("USAGOV" + GOV stays "USAGOV"), prefixes put in front ("NGO" + "ARN").
 */
export function composeWithBase(base: string, prefixes: readonly string[], sectors: readonly string[]): string {
  let code = base;
  // (A base that is itself a sector, "MED" for a news agency of no country, is not repeated: "MED", not "MEDMED".)
  // (Armed men of a named group are not unidentified: "Hamas gunmen", "YPG fighters" are the group, not PSEREBHMSUAF.)
  const named = base.length > 3;
  for (const s of sectors.slice(0, 2)) if (!code.slice(3).includes(s) && code !== s && !(named && s === "UAF")) code += s;
  for (const p of [...prefixes].reverse()) if (!code.startsWith(p)) code = p + code;
  return code;
}

/** The code a reading gives its holder, or null when it names no country or actor. */
export function roleCode(reading: RoleReading): string | null {
  return reading.base ? composeWithBase(reading.base, reading.prefixes, reading.sectors) : null;
}

/** Prepositions after which a title names its holder's brief ("envoy to Syria"), not the holder's side. */
const BRIEF_WORDS = new Set(["to", "for"]);

/** Words that make a region of a continent named after a country's name or demonym ("South American"). */
const REGION_WORDS = new Set(["north", "south", "east", "west", "central", "latin", "northeast", "northwest", "southeast", "southwest"]);

/** Offices written with "general" that are not military ranks ("Secretary-General", "Attorney General"). */
const OFFICE_BEFORE_GENERAL = new Set(["secretary", "attorney", "governor", "director", "inspector", "consul", "surgeon", "solicitor", "auditor", "postmaster", "procurator"]);

/** Military words that name a field, not people ("defense and military cooperation"). */
const ABSTRACT_MILITARY = new Set(["defense", "defence", "military", "air", "armed", "staff"]);

/** Nouns for a party's own people ("Congress party workers"): they are the party. */
const PARTY_MEMBER_NOUNS = new Set(["worker", "workers", "member", "members", "activist", "activists", "supporter", "supporters", "cadre", "cadres"]);

/** Heads that make a country's people its government ("Iranian leaders"); an organisation's leaders keep its code. */
const LEADER_HEADS = new Set(["leader", "leaders", "leadership"]);

/** Heads naming a political movement (see readRole); not the plural, more often bodies moving ("troop movements"). */
const MOVEMENT_HEADS = new Set(["movement"]);

/** Military ranks that are also everyday adjectives. */
const ADJECTIVE_RANKS = new Set(["major", "general", "private"]);

/** Heads that make their modifier an office ("security chief" is a security official). */
const CHIEF_HEADS = new Set(["chief", "chiefs"]);

/** Heads that make a demonym before them an ethnicity ("the Albanian population", "the Turkish minority"). */
const ETHNIC_HEADS = new Set(["population", "populations", "minority", "minorities", "community", "communities"]);

/** A rank before an office ("deputy chief"), a role of its own only as the last word. */
const DEPUTY = new Set(["deputy", "deputies"]);

/** A carrier's words (see COMMERCIAL_CARRIER). */
const CARRIER_WORDS = new Set(["carrier", "carriers"]);
/** Words before "carrier" that make it one of passengers, goods or calls, not a warship. */
const COMMERCIAL_CARRIER = new Set(["flag", "national", "state", "low", "cost", "budget", "cargo", "freight", "passenger", "regional", "charter", "mobile", "wireless", "telecom", "telecoms", "airline", "air", "rail", "bus", "ferry", "shipping", "container"]);

/** Words that make an office holder a former one: CAMEO codes them as elites (ELI). */
const FORMER = new Set(["former", "ex", "ousted", "deposed", "toppled", "exiled", "retired"]);

/** Whether a word marks an office holder as a former one ("former", "ousted", "deposed"). */
export function isFormerWord(word: string): boolean {
  return FORMER.has(word.toLowerCase());
}


/** Whether the name ending before token `end` is joined by a hyphen to a patron participle. */
function isPatron(keys: readonly string[], end: number): boolean {
  return keys[end] === "" && PATRON_PARTICIPLES.has(keys[end + 1] ?? "");
}

/**
 * Read the country and sectors a phrase gives its holder. `date` (YYYY-MM-DD) selects dated codes
 * of dictionary actors named in the words.
 */
export function readRole(words: readonly string[], knowledge: ActorKnowledge, date: string | null = null): RoleReading {
  return copyOf(memoisedReading(words, 0, words.length - 1, null, knowledge, date));
}

/** readRole of the texts of words[first..last], without building the list of texts when the reading is memoised. */
export function readRoleOf(words: readonly { text: string }[], first: number, last: number, knowledge: ActorKnowledge, date: string | null = null): RoleReading {
  return copyOf(memoisedReading(null, first, last, words, knowledge, date));
}

/**
 * Whether readRoleOf(words, first, last) gives neither sectors nor prefixes: asked of most noun
 * phrases, which name no role, so no copy of the reading is made for them.
 */
export function namesNoRole(words: readonly { text: string }[], first: number, last: number, knowledge: ActorKnowledge, date: string | null = null): boolean {
  const reading = memoisedReading(null, first, last, words, knowledge, date);
  return reading.sectors.length === 0 && reading.prefixes.length === 0;
}

/** A reading the caller may change: its own arrays. */
function copyOf(reading: RoleReading): RoleReading {
  return {
    country: reading.country,
    base: reading.base,
    sectors: reading.sectors.slice(),
    prefixes: reading.prefixes.slice(),
    evidence: reading.evidence.slice(),
    former: reading.former,
    headRole: reading.headRole,
    ethnic: reading.ethnic,
    ethnicHead: reading.ethnicHead,
  };
}

/** Memoised readings: a trie over the words, so no key string is built per lookup. */
interface ReadingNode {
  next: Map<string, ReadingNode> | null;
  reading: RoleReading | null;
  /** Whether the reading of these words depends on the date (see DateUse): it is kept by date. */
  dated: boolean;
}

interface ReadingMemo {
  root: ReadingNode;
  size: number;
}

/** One knowledge's readings: those that hold on every date, and the others by date. */
interface KnowledgeReadings {
  undated: ReadingMemo;
  byDate: Map<string, ReadingMemo>;
}

/**
 * Role readings by knowledge; bounded so a long run cannot grow them without end. The same role
 * words recur in every article ("President", "police"): readings are memoised, and each caller gets
 * its own copy of the arrays. Most readings never consult the date, and serve articles of any date;
 * the few that do (a dictionary actor's dated code, a capital's state) are kept by date.
 */
const readings = new WeakMap<ActorKnowledge, KnowledgeReadings>();
const READING_CACHE_LIMIT = 50_000;
let lastKnowledge: ActorKnowledge | null = null;
let lastReadings: KnowledgeReadings | undefined;
const DATE_LIMIT = 1_000;

/** The article's date as a reading consults it: whether it did tells if the reading holds on every date. */
interface DateUse {
  readonly date: string | null;
  used: boolean;
}

/** The date of `use`, noting that it was consulted. */
function dateOf(use: DateUse): string | null {
  use.used = true;
  return use.date;
}

const emptyNode = (): ReadingNode => ({ next: null, reading: null, dated: false });

/** The trie node of words first..last in `memo`, made if new; the memo starts again empty when full. */
function nodeOf(memo: ReadingMemo, texts: readonly string[] | null, first: number, last: number, spans: readonly { text: string }[] | null): ReadingNode {
  if (memo.size >= READING_CACHE_LIMIT) {
    memo.root = emptyNode();
    memo.size = 0;
  }
  let node = memo.root;
  for (let i = first; i <= last; i++) {
    const word = texts ? texts[i] : spans![i].text;
    let child = node.next?.get(word);
    if (!child) (node.next ??= new Map()).set(word, (child = emptyNode()));
    node = child;
  }
  return node;
}

/**
 * The memoised (shared, never to be changed) reading of words first..last: of `texts` when given,
 * else of the texts of `spans`. Read on a miss.
 */
function memoisedReading(
  texts: readonly string[] | null,
  first: number,
  last: number,
  spans: readonly { text: string }[] | null,
  knowledge: ActorKnowledge,
  date: string | null,
): RoleReading {
  // One knowledge serves a whole run: the last one's memos are kept at hand (WeakMap lookups cost).
  let memos = knowledge === lastKnowledge ? lastReadings : readings.get(knowledge);
  if (!memos) readings.set(knowledge, (memos = { undated: { root: emptyNode(), size: 0 }, byDate: new Map() }));
  lastKnowledge = knowledge;
  lastReadings = memos;
  const node = nodeOf(memos.undated, texts, first, last, spans);
  if (node.reading) return node.reading;
  const words = () => texts ?? spans!.slice(first, last + 1).map((w) => w.text);
  if (!node.dated) {
    // Read for the first time: kept for every date unless the reading consulted it. (Words read up to
    // the date's first use are read alike on any date, so a reading that consults it on one date
    // does on all.)
    const use: DateUse = { date, used: false };
    const reading = readRoleUncached(words(), knowledge, use);
    memos.undated.size++;
    if (!use.used) return (node.reading = reading);
    node.dated = true;
    const memo = datedMemo(memos, date);
    const at = nodeOf(memo, texts, first, last, spans);
    memo.size++;
    return (at.reading = reading);
  }
  const memo = datedMemo(memos, date);
  const at = nodeOf(memo, texts, first, last, spans);
  if (at.reading) return at.reading;
  memo.size++;
  return (at.reading = readRoleUncached(words(), knowledge, { date, used: false }));
}

/** The memo of date-dependent readings on `date`; every date's start again empty when there are too many dates. */
function datedMemo(memos: KnowledgeReadings, date: string | null): ReadingMemo {
  let memo = memos.byDate.get(date ?? "");
  if (!memo) {
    if (memos.byDate.size >= DATE_LIMIT) memos.byDate.clear();
    memos.byDate.set(date ?? "", (memo = { root: emptyNode(), size: 0 }));
  }
  return memo;
}

/** A possessive ending split off as a token. */
const POSSESSIVE_S = /^['’]s$/;

/** Words after "Air" that make an armed service ("Air Force", "Air Defence Command"). */
const AIR_ARMS = new Set(["force", "forces", "defence", "defense", "command", "wing", "corps", "base", "marshal", "staff"]);

/** "the think tank American Enterprise Institute": a research institute, not armour. */
function thinkTank(keys: readonly string[], i: number): boolean {
  return (keys[i] === "tank" || keys[i] === "tanks") && keys[i - 1] === "think";
}

/**
 * "Air France", "Iran Air": a capitalised "Air" before a capitalised word that is no military one, or
 * closing a capitalised name, names an airline, not an air force.
 */
function airlineName(keys: readonly string[], surface: readonly string[], i: number, knowledge: ActorKnowledge): boolean {
  if (keys[i] !== "air" || !/^\p{Lu}/u.test(surface[i])) return false;
  // "Iran Air": closing a capitalised name.
  if (i + 1 >= keys.length) return i > 0 && /^\p{Lu}/u.test(surface[i - 1]);
  return /^\p{Lu}/u.test(surface[i + 1]) && !knowledge.isMilitaryWord(keys[i + 1]) && !knowledge.isMilitaryHead(keys[i + 1]) && !AIR_ARMS.has(keys[i + 1]);
}

/**
 * Lower-case Arabic articles that open names ("al-Qa'ida", "el-Sisi"). Some are English words too
 * ("an", "at", "as"): they count only before a capitalised word that an actor name starts with.
 */
const ARABIC_ARTICLES = new Set(["al", "el", "ad", "ash", "as", "ar", "an", "at", "az"]);

/** Whether key i is an Arabic article joined (by a hyphen or a space) to a capitalised word. */
function arabicArticleAt(keys: readonly string[], surface: readonly string[], i: number): boolean {
  if (!ARABIC_ARTICLES.has(keys[i])) return false;
  const next = keys[i + 1] === "" ? i + 2 : i + 1;
  return /^\p{Lu}/u.test(surface[next] ?? "");
}

/** Words before "court" that make it a place to play or eat in ("tennis court", "food court"). */
const PLAYING_COURT_WORDS = new Set(["tennis", "basketball", "squash", "badminton", "volleyball", "netball", "handball", "food", "clay", "grass"]);
/** A key no dictionary phrase contains: a word read in a sense that names no role. */
const NO_ROLE_KEY = "\u0000";

/** Words before "advocate" that keep its sense of a pleader in court ("defence advocate", "Senior Advocate"). */
const LEGAL_ADVOCATE_WORDS = new Set(["defence", "defense", "senior", "junior", "public", "state", "chief", "trial", "legal", "court", "crown", "prosecuting", "government", "general", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", ""]);

/**
 * Role words read in another sense by the word before them. "gun-control advocates", "privacy
 * advocates": an advocate of a cause is an activist, not the lawyer Phoenix.agents.txt codes
 * (ADVOCATE [~JUD]), so a cause word before "advocate(s)" reads it as "activist(s)"; a country, number
 * or legal word before it keeps the lawyer. "a tennis court" names no court of law.
 */
function keysInTheirSense(keys: string[], surface: readonly string[], knowledge: ActorKnowledge): string[] {
  let out: string[] | null = null;
  for (let i = 1; i < keys.length; i++) {
    // "a tennis court", "the food court": a court one plays or eats in is a place, no court of law.
    if ((keys[i] === "court" || keys[i] === "courts") && PLAYING_COURT_WORDS.has(keys[i - 1])) (out ??= keys.slice())[i] = NO_ROLE_KEY;
    if (keys[i] !== "advocate" && keys[i] !== "advocates") continue;
    const before = keys[i - 1];
    if (LEGAL_ADVOCATE_WORDS.has(before) || /^\p{N}/u.test(before) || knowledge.countryMatcher.matchAt(keys, i - 1, surface)?.end === i) continue;
    (out ??= keys.slice())[i] = keys[i] === "advocate" ? "activist" : "activists";
  }
  return out ?? keys;
}

/** Adjectives of regions that name groups of states, and the CAMEO region codes they name. */
const REGION_ADJECTIVES = new Map([["western", "WST"]]);

function readRoleUncached(allWords: readonly string[], knowledge: ActorKnowledge, when: DateUse): RoleReading {
  // "the party's leader", "the army's chief": a common noun's possessive names the office as
  // "party leader" and "army chief" do (a name's possessive, "Iran's minister", stays: it names whose).
  const words = allWords.filter((w, i) => !(POSSESSIVE_S.test(w) && i > 0 && /^\p{Ll}/u.test(allWords[i - 1])));
  const surface = words.map(foldToken);
  const keys = keysInTheirSense(keysOf(words), surface, knowledge);
  let country: string | null = null;
  let base: string | null = null;
  // Sectors in text order ("official Syrian newspaper" → GOV MED, "intelligence officials" → SPY GOV).
  const sectors: string[] = [];
  const prefixes: string[] = [];
  const evidence: string[] = [];
  let former = false;
  let rankAt = -1;
  let headRole = false;
  let ethnic: string | null = null;
  let ethnicHead = false;
  for (let i = 0; i < keys.length; ) {
    // A country, demonym or capital is a name: lower-case it is a word ("male police officers", "turkey").
    let c = /^\p{Lu}/u.test(surface[i]) ? knowledge.countryMatcher.matchAt(keys, i, surface) : null;
    // "the South American group", "Latin America": after a capitalised compass word that makes no
    // country with it (else the longer name matched first: "South Africa"), a country's name or demonym
    // names a region. Capitals stay ("East Jerusalem").
    const afterRegion = i > 0 && REGION_WORDS.has(keys[i - 1]) && /^\p{Lu}/u.test(surface[i - 1]);
    if (c && c.values[0].via !== "capital" && afterRegion) c = null;
    // "British Columbia Premier", "Indian Ocean island": a longer name the dictionary knows that opens
    // with a demonym or country is that name, and gives its own country (or none), not its first word's.
    if (c && c.end < keys.length) {
      const longer = knowledge.actorMatcher.matchAt(keys, i, surface);
      if (longer && longer.end > c.end && /^\p{Lu}/u.test(surface[longer.end - 1])) c = null;
    }
    // "envoy to Syria", "Special Representative for Iran", "ambassador to the United Nations": what
    // follows "to" or "for" in a title is the post's brief, not whose the holder is.
    const brief = BRIEF_WORDS.has(keys[i - 1] === "the" ? keys[i - 2] ?? "" : keys[i - 1] ?? "");
    if (c) {
      // "the Albanian population", "the Turkish minority": a demonym before a word for a people living
      // among others names their ethnicity, as "ethnic" does.
      const peopleHead = c.values[0].via === "demonym" && c.end === keys.length - 1 && ETHNIC_HEADS.has(keys[c.end]);
      if (peopleHead) {
        ethnic ??= c.values[0].code;
        ethnicHead = true;
        if (!sectors.includes("CVL")) sectors.push("CVL");
        evidence.push(`ethnic:${keys[c.end]}`);
        headRole = true;
        i = keys.length;
        continue;
      }
      if (keys[i - 1] === "ethnic" && c.values[0].via === "demonym") {
        ethnic ??= c.values[0].code;
        // "ethnic Albanians": the demonym heads the phrase, people of that ethnicity (CAMEO civilians).
        if (c.end === keys.length && !sectors.includes("CVL")) {
          sectors.push("CVL");
          evidence.push("ethnic");
          headRole = true;
        }
      } else if (!isPatron(keys, c.end) && !brief) {
        // Capitals inside a role ("Baghdad’s ambassador") name the country too; a capital of a state not
        // yet independent on the date, the state it lay in.
        country ??= c.values[0].via === "capital" ? stateOfPlaceOn(c.values[0].code, dateOf(when)) : c.values[0].code;
        base ??= country;
      }
      i = c.end;
      continue;
    }
    const a = knowledge.agentMatcher.matchAt(keys, i, surface);
    // An actor name starts with a capital, after an optional "the": elsewhere none is looked up.
    // An Arabic article before a capital starts a name too ("al-Qa'ida", "al Shabaab").
    const capitalised = /^\p{Lu}/u.test(surface[i]) || (keys[i] === "the" && i + 1 < keys.length && /^\p{Lu}/u.test(surface[i + 1])) || arabicArticleAt(keys, surface, i);
    const d = capitalised ? knowledge.actorMatcher.matchAt(keys, i, surface) : null;
    // An actor name longer than any agent phrase at the same place wins ("White House" over "house").
    const nameStart = keys[i] === "the" && d && d.end - i > 1 ? i + 1 : i;
    if (d && (!a || d.end > a.end) && (/^\p{Lu}/u.test(surface[nameStart]) || arabicArticleAt(keys, surface, nameStart))) {
      const code = d.values.map((v) => knowledge.entryCode(v, dateOf(when))?.code).find((x) => x);
      // The dictionary spells some demonyms as actors ("AMERICAN"): after a region word, no country either.
      const region = afterRegion && code != null && code.length === 3 && knowledge.countryByCode(code) !== null;
      // ("U.S. Senate Intelligence Committee chairman": a body the dictionary knows within the country
      // already named is more than the country.)
      const narrows = code != null && base != null && base === country && code.startsWith(base) && code.split("/")[0].length > base.length;
      if (code && (!base || narrows) && !isPatron(keys, d.end) && !region && !brief) {
        base = code.split("/")[0];
        if (/^[A-Z]{3}$/.test(code.slice(0, 3)) && knowledge.countryByCode(code.slice(0, 3))) country ??= code.slice(0, 3);
        evidence.push(`actor:${d.values[0].name}`);
      }
      i = d.end;
      continue;
    }
    // "Western governments", "Western diplomats": "Western" right before a common noun heading the
    // phrase names no country but the West, which CAMEO codes as a region (WST: WSTGOV); "Western
    // Cambodia" is a part of a country. (Other regions' adjectives name origins and bodies as often:
    // "an African man", "the European Commissioner".)
    const region = /^\p{Lu}/u.test(surface[i]) && i + 2 === keys.length && /^\p{Ll}/u.test(surface[i + 1]) ? REGION_ADJECTIVES.get(keys[i]) : undefined;
    if (region && !country && !base && (!a || a.end <= i + 1)) {
      base = region;
      evidence.push(`region:${keys[i]}`);
      i++;
      continue;
    }
    // "Cairo's security chief", "the intelligence chief": a chief is an official of what the word before
    // names, so "X chief" is coded as the agent dictionary's "X official" (SECURITY_OFFICIAL [~COP]).
    if (CHIEF_HEADS.has(keys[i + 1] ?? "") && (!a || a.end <= i + 1)) {
      const official = knowledge.agentMatcher.matchAt([keys[i], "official"], 0, [surface[i], "official"]);
      if (official && official.end === 2 && official.values[0].position === "suffix") {
        for (const s of official.values[0].sectors) if (!sectors.includes(s)) sectors.push(s);
        evidence.push(`chief:${official.values[0].name}`);
        if (i + 2 === keys.length) headRole = true;
        i += 2;
        continue;
      }
    }
    // "deputy chief", "deputy director": before another word "deputy" is the holder's rank in that office,
    // not a sheriff's deputy (DEPUTY [~COP]).
    if (a && a.end === i + 1 && DEPUTY.has(keys[i]) && i + 1 < keys.length) {
      i++;
      continue;
    }
    // "the Congress party", "Baath Party": a body's name before "party" names the party, not the body.
    if (a && knowledge.isPartyHead(keys[a.end] ?? "") && /^\p{Lu}/u.test(surface[i])) {
      evidence.push(`party-name:${keys.slice(i, a.end).join(" ")}`);
      i = a.end;
      continue;
    }
    // ("Congress party workers" are the party's people: no labour sector.)
    if (a && PARTY_MEMBER_NOUNS.has(keys[i]) && evidence.at(-1)?.startsWith("party:")) {
      if (a.end === keys.length) headRole = true;
      i = a.end;
      continue;
    }
    if (a) {
      const agent = a.values[0];
      // "the flag carrier", "a low-cost carrier": a carrier of passengers or goods is a company, as
      // Phoenix codes an airline (AIRLINE [~BUS]); Phoenix's CARRIER [~MIL] is a warship.
      const commercial = CARRIER_WORDS.has(keys[a.end - 1]) && a.end - i === 1 && COMMERCIAL_CARRIER.has(keys[i - 1] ?? "");
      if (commercial) {
        if (!sectors.includes("BUS")) sectors.push("BUS");
        evidence.push(`company:${keys[i - 1]} ${keys[i]}`);
        if (a.end === keys.length) headRole = true;
        i = a.end;
        continue;
      }
      if (agent.position === "suffix") {
        for (const s of agent.sectors) if (!sectors.includes(s)) sectors.push(s);
      } else {
        if (!prefixes.includes(agent.code)) prefixes.push(agent.code);
        // "NATO peacekeeping troops" (PEACEKEEPING_TROOPS [IGO~]): the prefix places the holders in an
        // international body, but troops are still soldiers (MIL), as in CAMEO's IGOUNOMIL.
        const last = keys[a.end - 1];
        if ((knowledge.isMilitaryWord(last) || knowledge.isMilitaryHead(last)) && !ABSTRACT_MILITARY.has(last) && !sectors.includes("MIL")) {
          sectors.push("MIL");
          rankAt = rankAt < 0 ? sectors.length - 1 : rankAt;
        }
      }
      evidence.push(`agent:${agent.name}`);
      if (a.end === keys.length) headRole = true;
      i = a.end;
      continue;
    }
    const groupSector = i + 1 < keys.length ? knowledge.groupSector(keys[i], keys[i + 1]) : null;
    const head = i === keys.length - 1;
    // "Secretary-General", "Attorney General": an office, not a military rank.
    const office = keys[i] === "general" && OFFICE_BEFORE_GENERAL.has(keys[i - 1] === "" ? keys[i - 2] : keys[i - 1]);
    // "a major dam", "general elections": ranks that are also adjectives count only as titles, before
    // a capitalised name or another rank ("Major General Baqeri").
    // "General Assembly" names no general.
    const adjective =
      ADJECTIVE_RANKS.has(keys[i]) &&
      (knowledge.isLegislatureHead(keys[i + 1] ?? "") || !(/^\p{Lu}/u.test(surface[i + 1] ?? "") || knowledge.isMilitaryWord(keys[i + 1] ?? "") || (head && /^\p{Lu}/u.test(surface[i]))));
    if (FORMER.has(keys[i])) former = true;
    else if (groupSector && !sectors.includes(groupSector)) {
      sectors.push(groupSector);
      evidence.push(`modifier:${keys[i]}`);
      if (i + 1 === keys.length - 1) headRole = true;
    } else if (!office && !adjective && !thinkTank(keys, i) && !airlineName(keys, surface, i, knowledge) && (knowledge.isMilitaryWord(keys[i]) || (head && knowledge.isMilitaryHead(keys[i]))) && !sectors.includes("MIL")) {
      sectors.push("MIL");
      rankAt = rankAt < 0 ? sectors.length - 1 : rankAt;
      evidence.push(`rank:${keys[i]}`);
      if (head && !ABSTRACT_MILITARY.has(keys[i])) headRole = true;
    } else if (knowledge.isGovernmentWord(keys[i]) && !sectors.includes("GOV")) {
      sectors.push("GOV");
      evidence.push(`office:${keys[i]}`);
      if (head) headRole = true;
    } else if (head && knowledge.isLegislatureHead(keys[i]) && /^\p{Lu}/u.test(surface[i]) && !sectors.includes("LEG")) {
      // "the Montenegro Assembly": a capitalised assembly is a legislature, not "freedom of assembly".
      sectors.push("LEG");
      evidence.push(`legislature:${keys[i]}`);
      headRole = true;
    } else if ((head || PARTY_MEMBER_NOUNS.has(keys[i + 1] ?? "")) && knowledge.isPartyHead(keys[i]) && (/^\p{Lu}/u.test(surface[i]) || /^\p{Lu}/u.test(surface[i - 1] ?? "")) && !sectors.includes("PTY") && !sectors.includes("OPP")) {
      // "the Thai Raksa Chart Party", "the Congress party": a party a capitalised word names, not "a
      // birthday party"; its workers and members are the party's. In opposition, it is the opposition (OPP).
      sectors.push(keys.slice(0, i).includes("opposition") ? "OPP" : "PTY");
      evidence.push(`party:${keys[i]}`);
      if (head) headRole = true;
    } else if (head && knowledge.isCivilianHead(keys[i]) && !sectors.includes("CVL")) {
      sectors.push("CVL");
      evidence.push(`civilian:${keys[i]}`);
      headRole = true;
    } else if (head && LEADER_HEADS.has(keys[i]) && sectors.length === 0 && country !== null && base === country) {
      // "South African leader F.W. de Klerk", "Iranian leaders": a country's leaders are its government.
      sectors.push("GOV");
      evidence.push(`leader:${keys[i]}`);
      headRole = true;
    } else if (head && MOVEMENT_HEADS.has(keys[i]) && sectors.length === 0 && (base === null || base === country)) {
      // "an Israeli peace movement": a movement no word arms is opposition activists (OPP), as
      // Phoenix.agents.txt codes PRO-DEMOCRACY_MOVEMENT and RESISTANCE_MOVEMENT (armed ones are REB
      // through their modifier: MILITANT_MOVEMENT, SEPARATIST_MOVEMENT). A word that arms it has given
      // a sector already ("troop movement" → MIL); a rank used as an adjective ("a major peace
      // movement") has not, and arms nothing.
      sectors.push("OPP");
      evidence.push(`movement:${keys[i]}`);
      headRole = true;
    } else if (head && keys[i] === "opposition" && sectors.length === 0 && (country !== null || keys[0] === "the") && (base === null || base === country)) {
      // "the Azerbaijani opposition", "Syria's opposition": a country's or the definite opposition is
      // its opposition parties (OPP), as Phoenix.agents.txt codes MAIN_OPPOSITION and EXILED_OPPOSITION;
      // "strong opposition to the plan" is resistance, not a party.
      sectors.push("OPP");
      evidence.push("opposition");
      headRole = true;
    }
    i++;
  }
  // "Defense … Minister": a military word before an office makes GOV MIL, never MIL GOV, as CAMEO composes codes.
  if (rankAt >= 0 && sectors[rankAt] === "MIL" && sectors.indexOf("GOV") > rankAt) sectors.splice(sectors.indexOf("GOV"), 1), sectors.splice(rankAt, 0, "GOV");
  // "former security officials", "ex-minister": CAMEO codes former office holders as elites.
  if (former && sectors.length > 0) {
    sectors.splice(0, sectors.length, "ELI");
    evidence.push("former");
  }
  // "a guerrilla outpost", "an army checkpoint", "rebel positions": a post or base named by who holds it
  // is that holder's, as Phoenix.agents.txt codes MILITARY_BASE and NAVAL_BASE (MIL).
  const last = keys.length - 1;
  // "the official news agency", "rebel radio": an outlet no agent names is its holder's voice.
  if (!headRole && last > 0 && (FACILITY_NOUNS.has(keys[last]) || OUTLET_NOUNS.has(keys[last]))) {
    const holder = readRoleUncached(allWords.slice(0, allWords.length - 1), knowledge, when);
    const kind = FACILITY_NOUNS.has(keys[last]) ? "facility" : "outlet";
    if (holder.headRole) return { ...holder, evidence: [...holder.evidence, `${kind}:${keys[last]}`] };
  }
  return { country, base, sectors: sectors.slice(0, 2), prefixes, evidence, former, headRole, ethnic, ethnicHead };
}

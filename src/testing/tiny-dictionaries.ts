// Tiny hand-written dictionaries for logic tests of the actor and event stages (never the production ones).
import type { ActorEntry, AgentEntry, CountryRecord, DiscardEntry } from "../resources/index.js";
import { parseVerbDictionary } from "../resources/build/verb-dictionary.js";
import { createActorKnowledge } from "../stages/actors/knowledge.js";

export const country = (code: string, name: string, demonyms: string[], capitals: string[]): CountryRecord => ({
  code, name, iso2: null, iso3: code, isoNumeric: null, cowAlpha: null, cowNumeric: null, fips: null,
  names: [name.toLowerCase()], demonyms, capitals, cities: [], regions: [], features: [], leaders: [], government: [], line: 0,
});

export const agent = (name: string, code: string): AgentEntry => ({
  id: `agents:${name}`, name, names: [name, `${name}s`], code, sectors: code.match(/.{3}/g)!, position: "suffix", line: 0,
});

export const actorEntry = (id: string, name: string, codes: ActorEntry["codes"], kind?: ActorEntry["kind"]): ActorEntry => ({
  id, source: "supplement", name, names: [name.toLowerCase()], codes, line: 0, kind,
});

export const TINY_COUNTRIES = [
  country("IRN", "Iran", ["iranian", "iranians"], ["tehran"]),
  country("IRQ", "Iraq", ["iraqi", "iraqis"], ["baghdad"]),
  country("USA", "United States", ["american", "americans"], ["washington"]),
  country("TUR", "Turkey", ["turkish"], ["ankara"]),
];

export const TINY_AGENTS = [
  agent("defense minister", "GOVMIL"),
  agent("minister", "GOV"),
  agent("adviser", "MIL"),
  agent("terrorist", "REB"),
  agent("police", "COP"),
  agent("lawmaker", "LEG"),
  agent("tourist", "CVL"),
  agent("airline", "BUS"),
  agent("court", "JUD"),
  agent("rebel leader", "REB"),
  agent("rebel commander", "REB"),
  agent("rebel fighter", "REB"),
  { ...agent("msf", "NGO"), position: "prefix" as const },
];

export const TINY_ACTORS = [
  actorEntry("s:pm", "Hassan Rouhani", [{ code: "IRNGOV", from: "2013-08-03", to: "2021-08-03" }], "person"),
  actorEntry("s:is", "Daesh", [{ code: "IMGMUSISI", from: null, to: null }], "group"),
  actorEntry("s:citizen", "Juma Khalil", [{ code: "IRQ", from: null, to: null }], "person"),
  actorEntry("s:hk", "The Hermit Kingdom", [{ code: "PRK", from: null, to: null }]),
  actorEntry("s:shire", "The Shire", [{ code: "FRO/BIL", from: null, to: null }]),
  actorEntry("s:gondor", "Gondor", [{ code: "GON", from: null, to: null }]),
];

/** Actor knowledge over the tiny dictionaries. */
export function tinyActorKnowledge() {
  return createActorKnowledge({ hash: "tiny", countries: TINY_COUNTRIES, agents: TINY_AGENTS, actors: TINY_ACTORS });
}

/** A small CAMEO-format verb dictionary exercising patterns, synsets, passives and reciprocal codes. */
export const TINY_VERBS_TEXT = `
&TREATY
+AGREEMENT
+ACCORD

--- MEET [040] ---
MEET {MEETS MET MEETING}
- * (WITH +) [040]

--- ATTACK [190] ---
ATTACK
SHELL
- * + (WITH ROCKETS) [195]

--- SIGN [---] ---
SIGN
- * &TREATY [057:057]

--- ARM [---] ---
ARM
- * REBELS [073]

--- HELP [070] ---
HELP

--- STATE [010] ---
SAY {SAYS SAID SAYING}
`;

export function tinyVerbs() {
  return parseVerbDictionary(TINY_VERBS_TEXT, { source: "tiny" }).value;
}

export const TINY_DISCARDS: DiscardEntry[] = [{ phrase: "football", scope: "story", wholeWord: false, line: 1 }];

const LABELS: Record<string, [string, number, 1 | 2 | 3 | 4 | null]> = {
  "010": ["Make statement", 0, null],
  "040": ["Consult", 1, 1],
  "057": ["Sign formal agreement", 8, 1],
  "030": ["Express intent to cooperate", 4, 1],
  "033": ["Express intent to provide material aid", 5.2, 1],
  "070": ["Provide aid", 7, 2],
  "073": ["Provide humanitarian aid", 7.4, 2],
  "106": ["Demand meeting, negotiation", -5, 3],
  "125": ["Reject proposal to meet, discuss, or negotiate", -5, 3],
  "1384": ["Threaten conventional attack", -7, 3],
  "112": ["Accuse", -2, 3],
  "111": ["Criticize or denounce", -2, 3],
  "0871": ["Declare truce, ceasefire", 9, 2],
  "015": ["Acknowledge or claim responsibility", 0, 1],
  "0841": ["Return, release person(s)", 7, 2],
  "062": ["Cooperate militarily", 7.4, 2],
  "163": ["Impose embargo, boycott, or sanctions", -8, 4],
  "050": ["Engage in diplomatic cooperation", 3.5, 1],
  "045": ["Mediate", 5, 1],
  "051": ["Praise or endorse", 3.4, 1],
  "120": ["Reject", -4, 3],
  "190": ["Use conventional military force", -10, 4],
  "195": ["Employ aerial weapons", -10, 4],
  "173": ["Arrest, detain, or charge with legal action", -5, 4],
  "181": ["Abduct, hijack, or take hostage", -9, 4],
  "0351": ["Express intent to ease administrative sanctions", 5, 1],
  "081": ["Ease administrative sanctions", 5, 2],
};

/** CAMEO code information for the codes the tiny dictionary uses. */
export function tinyCameoInfo(code: string) {
  const l = LABELS[code];
  return l ? { code, label: l[0], goldstein: l[1], quadClass: l[2], plover: null } : null;
}

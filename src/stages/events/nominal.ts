// Nominal events: nouns that name an event ("a meeting with", "a US drone strike", "the
// assassination of"). Data, each entry with the CAMEO code it stands for and the prepositions that
// introduce its target. The verb dictionary covers verbs; these cover the same events said as nouns.
import type { ChunkedSentence, NounPhrase } from "../syntax/chunk.js";

export interface NominalEvent {
  /** Noun lemma (lower case); multi-word nouns as their last word plus `before`. */
  noun: string;
  /** Words that must come right before the noun ("drone" strike, "air" strike), if any. */
  before?: string[];
  code: string;
  /** Prepositions after the noun that introduce the target. */
  targets: string[];
  /** Whether a locative "in X" names the target (violence "in Iraq" is violence against Iraq). */
  locativeTarget?: boolean;
  /** The noun names the event only with one of its target prepositions after it ("a hearing into", not "a court hearing"). */
  needsPreposition?: boolean;
  reason: string;
}

export const NOMINAL_EVENTS: readonly NominalEvent[] = [
  { noun: "meeting", code: "040", targets: ["with", "between"], reason: "a meeting with someone is a consultation (04)" },
  { noun: "talks", code: "046", targets: ["with", "between"], reason: "talks with someone: engage in negotiation (046)" },
  { noun: "visit", code: "042", targets: ["to"], reason: "a visit to a country or leader (042)" },
  { noun: "negotiation", code: "046", targets: ["with", "between"], reason: "negotiations (046)" },
  { noun: "agreement", code: "057", targets: ["with", "between"], reason: "an agreement signed with someone (057)" },
  { noun: "accord", code: "057", targets: ["with", "between"], reason: "an accord with someone (057)" },
  { noun: "sanction", code: "163", targets: ["on", "against"], reason: "sanctions on someone: embargo, boycott or sanction (163)" },
  { noun: "attack", code: "190", targets: ["on", "against"], locativeTarget: true, reason: "an attack on someone: use conventional military force (190)" },
  { noun: "offensive", code: "190", targets: ["against", "on"], locativeTarget: true, reason: "a military offensive (190)" },
  { noun: "strike", before: ["drone", "air", "missile", "military", "rocket"], code: "195", targets: ["on", "against"], locativeTarget: true, reason: "an air or drone strike: aerial weapons (195)" },
  { noun: "airstrike", code: "195", targets: ["on", "against"], locativeTarget: true, reason: "an airstrike: aerial weapons (195)" },
  { noun: "bombing", code: "183", targets: ["of", "on"], locativeTarget: true, reason: "a bombing: conduct a bombing (183)" },
  { noun: "shelling", code: "194", targets: ["of", "on"], locativeTarget: true, reason: "shelling: artillery (194)" },
  { noun: "assassination", code: "186", targets: ["of"], reason: "the assassination of someone (186)" },
  { noun: "killing", code: "190", targets: ["of"], reason: "the killing of someone (190)" },
  { noun: "invasion", code: "192", targets: ["of"], reason: "the invasion of a country: occupy territory (192)" },
  { noun: "terror", code: "180", targets: ["against"], locativeTarget: true, reason: "a campaign of terror: unconventional violence (180)" },
  { noun: "terrorism", code: "180", targets: ["against"], locativeTarget: true, reason: "acts of terrorism: unconventional violence (180)" },
  { noun: "kidnapping", code: "181", targets: ["of"], reason: "the kidnapping of someone (181)" },
  { noun: "abduction", code: "181", targets: ["of"], reason: "the abduction of someone (181)" },
  { noun: "arrest", code: "173", targets: ["of"], reason: "the arrest of someone (173)" },
  { noun: "withdrawal", code: "0874", targets: ["from"], reason: "a withdrawal of forces from somewhere: retreat militarily (0874)" },
  { noun: "demonstration", code: "141", targets: ["against"], reason: "a demonstration against someone (141)" },
  { noun: "protest", code: "140", targets: ["against"], reason: "protests against someone: political dissent (140)" },
  { noun: "riot", code: "145", targets: ["against"], reason: "riots against someone: protest violently (145)" },
  { noun: "strike", before: ["hunger"], code: "142", targets: ["against"], reason: "a hunger strike (142)" },
  { noun: "investigation", code: "090", targets: ["into", "of"], reason: "an investigation into someone's deeds (090)" },
  { noun: "inquiry", code: "090", targets: ["into"], reason: "an inquiry into someone's deeds (090)" },
  { noun: "probe", code: "090", targets: ["into"], reason: "a probe into someone's deeds (090)" },
  { noun: "hearing", code: "090", targets: ["into"], needsPreposition: true, reason: "a hearing into a matter is an inquiry (090)" },
  { noun: "aid", code: "070", targets: ["to", "for", "of"], reason: "aid to someone: provide aid (070)" },
  { noun: "assistance", code: "070", targets: ["to", "for"], reason: "assistance to someone (070)" },
];

const BY_NOUN = new Map<string, NominalEvent[]>();
for (const n of NOMINAL_EVENTS) BY_NOUN.set(n.noun, [...(BY_NOUN.get(n.noun) ?? []), n]);

/** The nominal event a noun (by lemma, with the words before it) stands for, if any. */
export function nominalEvent(lemma: string, previous: readonly string[]): NominalEvent | null {
  const singular = lemma.endsWith("s") && !BY_NOUN.has(lemma) ? lemma.slice(0, -1) : lemma;
  for (const n of BY_NOUN.get(singular) ?? []) {
    if (!n.before || n.before.includes(previous[previous.length - 1] ?? "")) return n;
  }
  return null;
}

/** The nominal event a noun phrase's head stands for (read with the word before it), if any. */
export function phraseEvent(s: ChunkedSentence, np: NounPhrase): NominalEvent | null {
  return nominalEvent(s.words[np.head].lemma, [s.words[np.head - 1]?.lower ?? ""]);
}

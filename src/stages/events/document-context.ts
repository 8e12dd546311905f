// Actor lookups over one document for the event coder: which actors a phrase names (with its
// coordinated neighbours), who a quote's speaker is, which clause governs a phrase, and the tests on
// parties that the coding rules ask (towns, peers, persons).
import type { Actor, Document, Mention, Place } from "../../model/schema.js";
import { firstStartingAt } from "../../model/offsets.js";
import type { ChunkedSentence, NounPhrase } from "../syntax/chunk.js";
import { predications, type Predication } from "../syntax/clauses.js";
import { PATRON_PARTICIPLES, POSSESSIVE_DETERMINERS, SUPPORTER_NOUNS, TIME_WORDS } from "../syntax/lexicon.js";
import {
  CLAIMING_VERBS,
  CURRENCY_NOUNS,
  LOCATION_NOUNS,
  NATURAL_EVENT_NOUNS,
  PLACE_NOUNS,
  REFLEXIVE_PRONOUNS,
  OPPOSITION_NOUNS,
  RELATION_NOUNS,
  RESPONSIBILITY_NOUNS,
  SETTLEMENT_FEATURES,
  SETTLEMENT_NOUNS,
  VENUE_CODES,
  NON_STATE_SECTOR_CODES,
  singular,
} from "./word-lists.js";

/** A preposition right before a town that makes it a counterpart, not a venue ("from Baghdad", "against Ankara"). */
const COUNTERPART_PREPOSITIONS = /\b(from|against|on|with|by)\s+(the\s+)?$/i;

/** A party to an event: an actor and the text that names it. */
export interface Party {
  actor: Actor;
  start: number;
  end: number;
  /** How the actor was found (for confidence). */
  via: "name" | "pronoun" | "description" | "group" | "member" | "new";
  /** The code the event gives this participant when it is not the actor's own ("IRQCVL" for "Iraqi towns"). */
  code?: string;
}

/** How a phrase's coordinated neighbours are read: as a subject ("Iran and Iraq agreed") or after the verb. */
export type Coordination = "subject" | "object" | false;

/** Verb forms that agree only with a singular subject. */
const SINGULAR_VERB_FORMS = new Set(["is", "was", "has", "does", "'s"]);

/** Whether the phrase at chunk k is followed (after an optional comma) by a verb group opening with a singular form. */
function singularVerbAfter(s: ChunkedSentence, k: number): boolean {
  let next = s.chunks[k + 1];
  if (next?.kind === "O" && s.words[next.first].text === "," && next.first === next.last) next = s.chunks[k + 2];
  return next?.kind === "VG" && SINGULAR_VERB_FORMS.has(s.words[next.first].lower);
}

/** Actor lookups over one document: which actors a phrase names, quote speakers, clause governors. */
/** The three-letter sectors of the code a party has in an event, after its country ("USAGOVHLH" → GOV, HLH). */
export function partySectors(x: Party): string[] {
  const code = x.code ?? x.actor.code ?? "";
  const country = x.actor.country;
  const rest = country && code.startsWith(country) ? code.slice(country.length) : code.startsWith("---") ? code.slice(3) : code;
  return rest.match(/.{3}/g) ?? [];
}

/** Pronouns by which a quotation's speaker names themself or their side. */
const FIRST_PERSON_PRONOUNS = new Set(["i", "we", "me", "us"]);

const UNOFFICIAL_SECTORS = new Set(["CVL", "PPL", "LAB", "EDU", "HLH", "AGR", "REF", "MED"]);

/** Whether a party holds no office: civilians, people at large, workers, students, health workers, farmers, refugees, reporters. */
export function unofficial(x: Party): boolean {
  const sectors = partySectors(x);
  return sectors.length > 0 && sectors.every((y) => UNOFFICIAL_SECTORS.has(y));
}

/** Sectors that wage armed conflict (not the police, whom crimes and accidents bring in too). */
const CONFLICT_SECTORS = new Set(["MIL", "REB", "INS", "UAF", "SEP", "RAD"]);
/** Words that name armed conflict or an attack. */
const CONFLICT_WORDS = new Set(["attack", "attacker", "bomb", "bombing", "bomber", "shelling", "airstrike", "raid", "ambush", "clash", "fighting", "offensive", "gunman", "militant", "rebel", "insurgent", "guerrilla", "terrorist", "terrorism", "soldier", "troop", "army", "war", "massacre", "assault", "battle", "militia", "militiaman", "sniper", "grenade", "mortar", "rocket", "missile", "landmine", "assassination", "assassin", "insurgency", "uprising", "riot", "unrest", "violence"]);

/** Whether two actors come from different entries of the actor dictionary. */
function listedApart(a: Actor, b: Actor): boolean {
  const entry = (x: Actor) => (x.basis?.startsWith("dictionary:") ? x.basis : null);
  return entry(a) !== null && entry(b) !== null && entry(a) !== entry(b);
}

export class DocumentContext {
  private armed: boolean | null = null;
  private readonly actors: Map<string, Actor>;
  private readonly entityTypes: Map<string, string>;
  /** Mentions by start offset, for range lookups by binary search (firstStartingAt). */
  private readonly mentions: Mention[];
  private readonly notParties = new Map<Mention, boolean>();
  private readonly predicationsBySentence = new Map<ChunkedSentence, Predication[]>();

  constructor(
    readonly doc: Document,
    private readonly newActorLength = 0,
  ) {
    this.actors = new Map(doc.actors.map((a) => [a.id, a]));
    this.entityTypes = new Map(doc.entities.map((e) => [e.id, e.type]));
    this.mentions = [...doc.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  text(p: Party): string {
    return this.doc.text.slice(p.start, p.end);
  }

  /** Whether the story tells of armed conflict or an attack: an armed party, or a word for fighting or attacks. */
  get armedStory(): boolean {
    this.armed ??= this.doc.actors.some((a) => a.sectors.some((x) => CONFLICT_SECTORS.has(x))) || (this.doc.tokens ?? []).some((t) => CONFLICT_WORDS.has(t.lemma));
    return this.armed;
  }

  /** Mentions lying inside [start, end). */
  private mentionsWithin(start: number, end: number): Mention[] {
    const lo = firstStartingAt(this.mentions, start);
    const out: Mention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i].start < end; i++) if (this.mentions[i].end <= end) out.push(this.mentions[i]);
    return out;
  }

  /**
   * Parties named by mentions inside word range [first, last] of a sentence; with `head`, the mentions
   * covering that word when there are any ("the aid of Iraqi armed forces" → the forces, not Iraq).
   */
  partiesBetween(s: ChunkedSentence, first: number, last: number, head: number | null = null): Party[] {
    if (last < first) return [];
    const inside = this.mentionsWithin(s.words[first].start, s.words[last].end);
    const h = head != null ? s.words[head] : null;
    const onHead = h ? inside.filter((m) => m.start <= h.start && h.end <= m.end) : [];
    return this.expand(onHead.length ? onHead : inside);
  }

  /**
   * The phrases coordinated with `np`: "Iran and Iraq", "Mordor, Rohan, Fornost and Bree", "Lions,
   * tigers, and Gondor", "neither Galadriel nor Gollum". A comma list counts only when a conjunction
   * closes it (else the commas set off an apposition). After the verb, a phrase followed by a verb of
   * its own starts a new clause ("… attacked Iraq and Turkey condemned it").
   */
  coordinatedPhrases(s: ChunkedSentence, np: NounPhrase, mode: Exclude<Coordination, false>): NounPhrase[] {
    const out = [np];
    const pending: NounPhrase[] = [];
    let k = s.chunks.indexOf(np);
    while (k >= 0) {
      const sep = s.chunks[k + 1];
      if (sep?.kind !== "O") break;
      const word = s.words[sep.first].lower;
      let step = 0;
      let closed = false;
      let conjunction = word;
      if (/^(and|or|nor)$/.test(word)) (step = 2), (closed = true);
      else if (word === ",") {
        const after = s.chunks[k + 2];
        conjunction = after?.kind === "O" ? s.words[after.first].lower : word;
        if (/^(and|or|nor)$/.test(conjunction)) (step = 3), (closed = true);
        else step = 2;
      }
      const next = step ? s.chunks[k + step] : undefined;
      if (!step || next?.kind !== "NP" || next.pronoun) break;
      const after = s.chunks[k + step + 1];
      // "… attacked Iraq and Turkey condemned it": a finite verb after the phrase opens a new clause
      // ("called on Italy and Egypt to join" does not).
      if (mode === "object" && after?.kind === "VG" && !after.infinitive) break;
      pending.push(next);
      k += step;
      if (closed) {
        // "Hamza bin Ladin, the al-Qa'ida member and son of Usama bin Ladin, was killed": phrases joined
        // by "and" before a singular verb describe one subject; they are not a list.
        if (mode === "subject" && conjunction === "and" && singularVerbAfter(s, k)) return [np];
        out.push(...pending.splice(0));
        // "X and Y, and Z" may go on; a closed list stops at the next comma that opens nothing.
      }
    }
    return out;
  }

  /**
   * The actors a noun phrase names. With `coordinated`, "Iran and Iraq" (the phrase and phrases
   * joined to it, see coordinatedPhrases) gives both. The phrase's own head actor wins over
   * modifiers; with `headOnly`, only a mention covering the head counts (a place in "to Iraq’s
   * capital" does).
   */
  partiesIn(s: ChunkedSentence, np: NounPhrase, coordinated: Coordination | boolean = false, headOnly = false): Party[] {
    const mode: Coordination = coordinated === true ? "subject" : coordinated;
    const phrases = mode ? this.coordinatedPhrases(s, np, mode) : [np];
    const out: Party[] = [];
    // A role phrase that already took in a list ("the ambassadors of Arnor, Osgiliath and Gondor") has
    // made groups of the names in it: those names are not parties of their own.
    let consumedTo = -1;
    const groupCodes: string[] = [];
    for (const phrase of phrases) {
      const start = s.words[phrase.first].start;
      const end = s.words[phrase.last].end;
      // "US-sponsored group": a name hyphenated to a patron participle is not the phrase's actor.
      const inside = this.mentionsWithin(start, end).filter((m) => !this.notParty(m));
      const fresh = this.newActorLength > 0 ? this.newActor(s, phrase) : null;
      if (inside.length === 0) {
        const speaker = this.firstPersonSpeaker(s, phrase);
        if (speaker) out.push(speaker);
        else if (fresh) out.push(fresh);
        continue;
      }
      const headWord = s.words[phrase.head];
      // "The military government of President Prosper Avril": a person whose role phrase is the head counts as on it.
      const onHead = inside.filter((m) => (m.start <= headWord.start && headWord.end <= m.end) || (this.actors.get(m.actorId)?.roles ?? []).some((r) => r.start <= headWord.start && headWord.end <= r.end && r.start >= start && r.end <= end));
      // "presented their credentials": a possessive pronoun does not make its phrase an actor.
      const modifiers = inside.filter((m) => !(m.kind === "pronoun" && POSSESSIVE_DETERMINERS.has(m.text.toLowerCase())));
      // "in Montenegro province", "in Basra city": a name right before a place noun heading the phrase names that place.
      // "in the vicinity of Cirith Ungol", "on the outskirts of Kabul": a noun of location followed by "of" names the place after it.
      const of = s.words[phrase.head + 1]?.lower === "of" && phrase.head + 1 < phrase.last ? s.words[phrase.head + 2].start : -1;
      const placeNamed = !headOnly || onHead.length > 0 || !PLACE_NOUNS.has(headWord.lemma) ? [] : inside.filter((m) => m.kind === "name" && s.words[phrase.head - 1]?.end === m.end);
      const namedPlace = placeNamed.length > 0 || !headOnly || onHead.length > 0 || !LOCATION_NOUNS.has(headWord.lemma) || of < 0 ? placeNamed : inside.filter((m) => m.kind === "name" && m.start >= of);
      // "Russia's allies", "a Clinton supporter", "critics of Putin": a phrase headed by a noun of
      // relation names someone other than the actor it relates to. Partners or allies named by their
      // organisation ("its European Community partners", "NATO allies") are its members.
      const organisation = (m: Mention) => (m.entityId ? this.entityTypes.get(m.entityId) === "ORG" : false) || /^(IGO|NGO)/.test(this.actors.get(m.actorId)?.code ?? "");
      const relation = (w: { lemma: string; lower: string }) => RELATION_NOUNS.has(w.lemma) || RELATION_NOUNS.has(singular(w.lower));
      // "Critics of Vladimir Putin", "opponents of President Assad": the noun before "of" heads the phrase.
      const ofAt = s.words.findIndex((w, i) => i > phrase.first && i < phrase.last && w.lower === "of");
      const relatedOf = ofAt > 0 && relation(s.words[ofAt - 1]) && !inside.some((m) => m.start <= s.words[ofAt - 1].start && s.words[ofAt - 1].end <= m.end);
      const other = (relatedOf || (onHead.length === 0 && relation(headWord))) && !modifiers.some(organisation);
      // "The Haitian cholera outbreak has killed 292 people": a disease or disaster is nobody's doing.
      const nature = onHead.length === 0 && NATURAL_EVENT_NOUNS.has(headWord.lemma);
      // "Opponents of President Bashar Assad", "critics of the Kremlin": those who oppose a state's
      // government or leader are that country's opposition (OPP), named by the whole phrase.
      if (relatedOf && other && OPPOSITION_NOUNS.has(singular(s.words[ofAt - 1].lower))) {
        const opposed = this.expand(inside.filter((m) => m.start > s.words[ofAt].start)).find((x) => {
          const code = x.code ?? x.actor.code ?? "";
          return x.actor.country != null && code.startsWith(x.actor.country) && /^(GOV|ELI)$/.test(code.slice(x.actor.country.length, x.actor.country.length + 3));
        });
        if (opposed) {
          out.push({ actor: opposed.actor, start, end, via: "description", code: `${opposed.actor.country}OPP` });
          continue;
        }
      }
      // "Supporters of the Azerbaijani opposition", "backers of Hamas": those who back a non-state side
      // are that side (supporters of a government are not the government).
      if (relatedOf && other && SUPPORTER_NOUNS.has(singular(s.words[ofAt - 1].lower))) {
        const side = this.expand(inside.filter((m) => m.start > s.words[ofAt].start)).find((x) => x.actor.sectors.some((sector) => NON_STATE_SECTOR_CODES.test(sector)) || /^IMG/.test(x.actor.code ?? ""));
        if (side) {
          out.push({ ...side, start, end, via: "description" });
          continue;
        }
      }
      let chosen = relatedOf && other ? [] : onHead.length ? onHead : namedPlace.length ? namedPlace : headOnly || other || nature ? [] : modifiers;
      // Of several mentions, a person named in the phrase ("Secretary of Iran’s council Ali Shamkhani")
      // names it, then an organisation, then the first other coded actor.
      if (chosen.length > 1) {
        const coded = chosen.filter((m) => this.actors.get(m.actorId)?.code || this.actors.get(m.actorId)?.members.length);
        const rank = (m: Mention) => {
          const type = m.entityId ? this.entityTypes.get(m.entityId) : null;
          return type === "PERSON" || m.kind === "pronoun" ? 0 : type === "ORG" ? 1 : m.kind === "group" ? 2 : 3;
        };
        // A group built around a named actor ("NATO peacekeeping troops" around "NATO") is the more specific.
        const around = (m: Mention) => m.kind === "group" && coded.some((x) => x !== m && x.kind !== "pronoun" && m.start <= x.start && x.end <= m.end);
        // "Yemen's Houthi rebels": a country right before a body within it says whose the body is.
        const owner = (m: Mention) => {
          const code = this.actors.get(m.actorId)?.code;
          return !!code && coded.some((x) => {
            const within = this.actors.get(x.actorId)?.code ?? "";
            return x.start > m.end && /^(?:['’]s)?\s*$/.test(this.doc.text.slice(m.end, x.start)) && within.length > code.length && within.startsWith(code);
          });
        };
        const best = [...coded].sort((a, b) => Number(owner(a)) - Number(owner(b)) || Number(around(b)) - Number(around(a)) || rank(a) - rank(b) || (rank(a) === 0 ? b.start - a.start : a.start - b.start))[0];
        chosen = [best ?? chosen[0]];
      }
      const parties = this.expand(chosen);
      for (const m of chosen) consumedTo = Math.max(consumedTo, this.roleEnd(m));
      for (const x of parties) if (x.via === "group" || x.via === "member") groupCodes.push(x.actor.code ?? "");
      out.push(...parties.filter((p) => !(start < consumedTo && p.via === "name" && groupCodes.some((g) => g !== p.actor.code && g.startsWith(p.actor.code ?? "\u0000"))) && !out.some((x) => x.actor.id === p.actor.id)));
      if (parties.length === 0 && fresh) out.push(fresh);
    }
    return out;
  }

  /**
   * PETRARCH's new actor: a phrase of at most newActorLength words (a possessive "'s" and punctuation
   * not counted) that is not a pronoun or a time, coded as its words upper-cased, in quotes.
   */
  private newActor(s: ChunkedSentence, np: NounPhrase): Party | null {
    if (np.pronoun) return null;
    const words = s.words.slice(np.first, np.last + 1).filter((w) => w.pos !== "PUNCT" && w.pos !== "PART");
    if (words.length === 0 || words.length > this.newActorLength || words.some((w) => TIME_WORDS.has(w.lower))) return null;
    if (!words.some((w) => w.pos === "NOUN" || w.pos === "PROPN")) return null;
    const start = s.words[np.first].start;
    const end = s.words[np.last].end;
    const code = `"${words.map((w) => w.text.toUpperCase()).join(" ")}"`;
    const actor: Actor = { id: `new-${start}`, name: this.doc.text.slice(start, end), code, country: null, sectors: [], aliases: [], roles: [], mentions: [], basis: "new_actor_length", members: [] };
    return { actor, start, end, via: "new" };
  }

  /** Where the role phrase behind a group mention ends (its "of"/"in" list), or -1. */
  private roleEnd(m: Mention): number {
    const actor = this.actors.get(m.actorId);
    if (!actor || m.kind !== "group") return -1;
    const ids = actor.members.length ? actor.members : [actor.id];
    let end = -1;
    for (const id of ids) for (const r of this.actors.get(id)?.roles ?? []) if (r.start === m.start) end = Math.max(end, r.end);
    return end;
  }

  /** Whether a mention is a patron or a currency (see isPatron, isCurrency): asked once per mention, as every phrase around it asks again. */
  private notParty(m: Mention): boolean {
    let no = this.notParties.get(m);
    // A reflexive ("protect themselves", "the minister himself") is the clause's own subject again.
    if (no === undefined) this.notParties.set(m, (no = REFLEXIVE_PRONOUNS.has(m.text.toLowerCase()) || this.isPatron(m) || this.isCurrency(m)));
    return no;
  }

  /** "a one million US dollar reward": a country named as a currency is no party. */
  private isCurrency(m: Mention): boolean {
    const after = /^\s*(\p{L}+)/u.exec(this.doc.text.slice(m.end, m.end + 20));
    return !!after && CURRENCY_NOUNS.has(after[1].toLowerCase());
  }

  private isPatron(m: Mention): boolean {
    const after = /^\s*[-\u2010-\u2015]\s*(\p{L}+)/u.exec(this.doc.text.slice(m.end, m.end + 30));
    return !!after && PATRON_PARTICIPLES.has(after[1].toLowerCase());
  }

  private expand(mentions: Mention[]): Party[] {
    const out: Party[] = [];
    for (const m of mentions) {
      const actor = this.actors.get(m.actorId);
      if (!actor) continue;
      if (actor.members.length) {
        for (const id of actor.members) {
          const member = this.actors.get(id);
          if (member?.code) out.push({ actor: member, start: m.start, end: m.end, via: "member" });
        }
        continue;
      }
      if (!actor.code) continue;
      if (out.some((x) => x.actor.id === actor.id)) continue;
      out.push({ actor, start: m.start, end: m.end, via: m.kind === "name" ? "name" : m.kind === "pronoun" ? "pronoun" : m.kind === "group" ? "group" : "description" });
    }
    return out;
  }

  /**
   * A party that names a town or city (a settlement in the places stage, or a phrase headed by a
   * settlement noun: "Iraqi towns") as its country's civilians in an event of `code`; null for
   * anything else. A capital read as its government ("threatened Ankara with sanctions") stays the
   * government but where it is bombed or aided: threats, sanctions and cuts are aimed at rulers.
   */
  civiliansOf(s: ChunkedSentence, p: Party, code: string): Party | null {
    const country = p.actor.country;
    if (!country || p.actor.members.length || p.actor.sectors.some((x) => x !== "GOV")) return null;
    if (p.actor.sectors.includes("GOV") && !/^(07|18|19|20)/.test(code)) return null;
    if (!/^[A-Z]{3}$/.test(country) || p.via === "pronoun") return null;
    const place = this.isTown(p);
    const np = s.chunks.find((c): c is NounPhrase => c.kind === "NP" && s.words[c.first].start <= p.start && p.end <= s.words[c.last].end);
    const headed = np != null && s.words[np.head].start >= p.end && SETTLEMENT_NOUNS.has(s.words[np.head].lemma);
    if (!place && !headed) return null;
    return { ...p, code: `${country}CVL` };
  }

  /**
   * "Trump's visit to Miami", "Clinton came to Detroit", "rallies in Philadelphia": a town or city in
   * the doer's own country is where they meet, visit, speak, demand or complain (01–04, 10–12), not a
   * counterpart. Only a settlement named as such, with no sector: a capital read as its government stays.
   */
  homeTown(a: Party, b: Party, code: string): boolean {
    if (!VENUE_CODES.test(code) || !a.actor.country || b.actor.country !== a.actor.country) return false;
    if (b.actor.sectors.some((x) => x !== "CVL") || b.actor.members.length || b.via === "pronoun") return false;
    // "demanded independence from Baghdad": a town one turns from or against stands for those who rule there.
    if (COUNTERPART_PREPOSITIONS.test(this.doc.text.slice(Math.max(0, b.start - 12), b.start))) return false;
    return this.isTown(b);
  }

  /** The places the places layer found inside a span. */
  placesWithin(start: number, end: number): Place[] {
    return this.doc.places.filter((x) => x.start >= start && x.end <= end);
  }

  /** Whether a party's or mention's span overlaps a town or city of the places layer. */
  isTown(span: { start: number; end: number }): boolean {
    return this.doc.places.some((x) => x.start < span.end && span.start < x.end && SETTLEMENT_FEATURES.has(x.featureType ?? ""));
  }

  /**
   * Two actors with one code who still act on each other: two named people ("Zelensky declined
   * Honcharuk's resignation", both UKRGOV), or two armed or opposition groups of one country
   * ("Hezbollah guerrillas killed the deputy chief of Israel's militia ally", both LBNREB). Not a
   * pronoun, which may only repeat the other, nor an organisation's other name.
   */
  distinctPeers(a: Party, b: Party): boolean {
    if (a.actor.id === b.actor.id || a.via === "pronoun" || b.via === "pronoun") return false;
    if (this.isPerson(a) && this.isPerson(b)) return true;
    const groups = a.actor.sectors.some((x) => NON_STATE_SECTOR_CODES.test(x)) && !this.isPerson(a) && !this.isPerson(b);
    // Two names are two groups only when the dictionary lists them apart ("the Kurdish Democratic Party
    // accused the rival Patriotic Union of Kurdistan"); else one may be the other's other name.
    return a.via !== "name" || b.via !== "name" ? groups : groups && listedApart(a.actor, b.actor);
  }

  /** Whether a noun phrase's head is a person's name ("Clinton", "Hillary Clinton"). */
  namesPerson(s: ChunkedSentence, np: NounPhrase): boolean {
    const head = s.words[np.head];
    return head.entity != null && this.doc.entities[head.entity]?.type === "PERSON";
  }

  /** Whether a party's actor is a person: one of its mentions is a name the tagger typed PERSON. */
  isPerson(p: Party): boolean {
    // An actor lists its mentions, and a named mention's id is its entity's.
    return p.actor.mentions.some((id) => this.entityTypes.get(id) === "PERSON");
  }

  /**
   * "We condemn the attack," Yeltsin said: in a direct quotation, "I", "we", "me" and "us" are its
   * speaker (and the side the speaker speaks for), found by the quotes stage, which runs after actors.
   */
  private firstPersonSpeaker(s: ChunkedSentence, np: NounPhrase): Party | null {
    if (!np.pronoun || np.first !== np.last || !FIRST_PERSON_PRONOUNS.has(s.words[np.first].lower)) return null;
    const w = s.words[np.first];
    const q = this.doc.quotes.find((x) => x.kind !== "indirect" && x.start <= w.start && w.end <= x.end);
    const actor = q?.speaker?.actorId ? this.actors.get(q.speaker.actorId) : undefined;
    return actor?.code ? { actor, start: w.start, end: w.end, via: "pronoun" } : null;
  }

  /** Whether a party is a quotation's speaker named by "I" or "we" (see firstPersonSpeaker). */
  isFirstPerson(p: Party): boolean {
    return p.via === "pronoun" && FIRST_PERSON_PRONOUNS.has(this.doc.text.slice(p.start, p.end).toLowerCase());
  }

  /** The speaker of the quotation containing an offset, as a party. */
  quoteSpeakerAt(offset: number): Party | null {
    const q = this.doc.quotes.find((x) => x.start <= offset && offset < x.end && x.speaker?.actorId);
    if (!q || !q.speaker?.actorId) return null;
    const actor = this.actors.get(q.speaker.actorId);
    if (!actor?.code) return null;
    return { actor, start: q.speaker.start ?? q.start, end: q.speaker.end ?? q.start, via: "name" };
  }

  /** The sentence's predications, read once for the coder and the lookups it makes from them. */
  predicationsOf(s: ChunkedSentence): Predication[] {
    let preds = this.predicationsBySentence.get(s);
    if (!preds) this.predicationsBySentence.set(s, (preds = predications(s)));
    return preds;
  }

  /**
   * Those who "claimed responsibility for" (took, accepted, admitted, assumed) the event named by `np`;
   * null when no one did. A denial names no doer.
   */
  claimantsOf(s: ChunkedSentence, np: NounPhrase): Party[] | null {
    for (const p of this.predicationsOf(s)) {
      if (!p.subject || p.verb.passive || p.negated || !CLAIMING_VERBS.has(p.verb.lemma) || !p.object) continue;
      if (!RESPONSIBILITY_NOUNS.has(s.words[p.object.head].lemma)) continue;
      if (!p.preps.some((pp) => pp.prep.lower === "for" && pp.np === np)) continue;
      const parties = this.partiesIn(s, p.subject, true);
      if (parties.length) return parties;
    }
    return null;
  }

  /** For a relative clause's antecedent: the subject of the clause whose object it is. */
  governorOf(s: ChunkedSentence, np: NounPhrase | null): Party[] | null {
    if (!np) return null;
    for (const p of this.predicationsOf(s)) {
      if (p.object === np && p.subject && !p.verb.passive) {
        const parties = this.partiesIn(s, p.subject, true);
        if (parties.length) return parties;
      }
    }
    return null;
  }
}

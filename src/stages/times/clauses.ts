// Cheap clause structure from POS-tagged tokens: clause boundaries, verb groups and their tense.
// Shared by the times stage (tense decides past or future dates) and event dating (which time governs).
import type { Token } from "../../model/schema.js";
import type { Tense } from "./resolve.js";

/** Words that open a new clause after a comma. */
const CLAUSE_OPENERS = new Set([
  "when",
  "while",
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "as",
  "after",
  "before",
  "because",
  "although",
  "though",
  "since",
  "until",
  "but",
  "and",
  "or",
  "if",
  "whereas",
  "unless",
  "once",
  "then",
]);

const HARD_BOUNDARIES = new Set([";", "—", "–", "--", ":"]);

/** Subordinators that open a clause even without a comma ("added that …", "when it arrives …"). */
const SUBORDINATORS = new Set(["that", "when", "while", "whereas", "because", "although", "though", "unless", "whether", "if"]);

/** A token together with its text, for the helpers below. */
export interface WordToken extends Token {
  text: string;
}

/** Attach each token's text (tokens carry only offsets). */
export function withText(text: string, tokens: readonly Token[]): WordToken[] {
  // Fields listed rather than spread: spreading was most of the times stage's own run time.
  return tokens.map((t) => ({ start: t.start, end: t.end, pos: t.pos, lemma: t.lemma, text: text.slice(t.start, t.end) }));
}

/** Clause start indices (into `tokens`), always beginning with 0. */
export function clauseStarts(tokens: readonly WordToken[]): number[] {
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1].text;
    const word = tokens[i].text.toLowerCase();
    if (HARD_BOUNDARIES.has(prev)) starts.push(i);
    else if (prev === "," && (CLAUSE_OPENERS.has(word) || (tokens[i].pos === "VERB" && word.endsWith("ing")))) starts.push(i);
    else if (SUBORDINATORS.has(word) && (tokens[i].pos === "SCONJ" || word !== "that")) starts.push(i);
  }
  return starts;
}

/** The clause [from, to) of token index `i`. */
export function clauseOf(starts: readonly number[], length: number, i: number): { from: number; to: number } {
  let from = 0;
  let to = length;
  for (const s of starts) {
    if (s <= i) from = s;
    else {
      to = s;
      break;
    }
  }
  return { from, to };
}

/** Maximal runs of verbal tokens ("will be held", "was assassinated", "plans to visit"). */
export function verbGroups(tokens: readonly WordToken[]): { from: number; to: number }[] {
  const groups: { from: number; to: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].pos === "AUX" || tokens[i].pos === "VERB") {
      let j = i + 1;
      while (
        j < tokens.length &&
        (tokens[j].pos === "AUX" ||
          tokens[j].pos === "VERB" ||
          (tokens[j].pos === "PART" && j + 1 < tokens.length && /^(?:AUX|VERB|PART|ADV)$/.test(tokens[j + 1].pos)) ||
          (tokens[j].pos === "ADV" && j + 1 < tokens.length && /^(?:AUX|VERB)$/.test(tokens[j + 1].pos)))
      ) {
        j++;
      }
      groups.push({ from: i, to: j });
      i = j;
    } else {
      i++;
    }
  }
  return groups;
}

const FUTURE_AUX = /^(?:will|'ll|’ll|shall|wo|would|'d)$/i;
const FUTURE_GOVERNORS = new Set([
  "plan",
  "expect",
  "schedule",
  "set",
  "due",
  "intend",
  "aim",
  "hope",
  "want",
  "seek",
  "prepare",
  "agree",
  "decide",
  "promise",
  "vow",
  "pledge",
  "threaten",
  "propose",
  "go",
]);
const PAST_FORMS = /^(?:was|were|had|did)$/i;

const SCHEDULING = new Set(["schedule", "slate", "reschedule", "postpone", "delay"]);

/**
 * Tense of one verb group from its words: future auxiliaries, "plans to", infinitives ("to be held"),
 * scheduling verbs and present passives of planning verbs look ahead; simple past and past perfect
 * look back. The present perfect counts as present: "has been scheduled for June 3".
 */
export function groupTense(tokens: readonly WordToken[], group: { from: number; to: number }): Tense {
  const words = tokens.slice(group.from, group.to);
  if (words.some((w) => FUTURE_AUX.test(w.text))) return "future";
  for (let k = 0; k < words.length - 1; k++) {
    if (FUTURE_GOVERNORS.has(words[k].lemma.toLowerCase()) && words[k + 1].text.toLowerCase() === "to") return "future";
  }
  const before = group.from > 0 ? tokens[group.from - 1] : null;
  if (before && before.text.toLowerCase() === "to" && before.pos === "PART") return "future";
  if (words.some((w) => SCHEDULING.has(w.lemma.toLowerCase()))) return "future";
  // "is expected in December", "are scheduled for Monday": a present passive of planning verbs.
  if (/^(?:is|are|am|'s|'re)$/i.test(words[0].text) && words.slice(1).some((w) => FUTURE_GOVERNORS.has(w.lemma.toLowerCase()) && w.lemma !== "go")) {
    return "future";
  }
  const first = words[0];
  if (PAST_FORMS.test(first.text)) return "past";
  const lower = first.text.toLowerCase();
  if (first.pos === "VERB" && lower !== first.lemma.toLowerCase() && !/(?:s|ing)$/.test(lower)) return "past";
  return "present";
}

/**
 * Extra distance (in tokens) for a present-looking or infinitival verb group: those are often
 * participles, purpose clauses or mis-tagged adjectives ("announced … by live television on
 * Wednesday"), so a tensed group a few words further away still wins, but not one at the other end
 * of a long clause.
 */
const WEAK_GROUP_PENALTY = 5;

/** A sentence's clause starts and verb groups with their tense, computed once per sentence. */
export interface SentenceStructure {
  length: number;
  starts: number[];
  groups: { from: number; to: number; tense: Tense; weak: boolean }[];
}

/** Analyse one sentence's tokens for tenseAround. */
export function sentenceStructure(tokens: readonly WordToken[]): SentenceStructure {
  const groups = verbGroups(tokens).map((g) => {
    const tense = groupTense(tokens, g);
    // An infinitive ("selected X on February 29 to build …") looks ahead only weakly.
    const infinitive = g.from > 0 && tokens[g.from - 1].pos === "PART" && tokens[g.from - 1].text.toLowerCase() === "to";
    // Fields listed rather than spread (a spread per verb group showed in the times stage's profile).
    return { from: g.from, to: g.to, tense, weak: tense === "present" || infinitive };
  });
  return { length: tokens.length, starts: clauseStarts(tokens), groups };
}

/**
 * Tense of the clause around token span [from, to): the nearest verb group in the same clause, else
 * in the sentence; "none" without verbs.
 */
export function tenseAround(structure: SentenceStructure, from: number, to: number): Tense {
  const { groups } = structure;
  if (groups.length === 0) return "none";
  const clause = clauseOf(structure.starts, structure.length, from);
  const distance = (g: { from: number; to: number }) => (g.to <= from ? from - g.to + 0.5 : g.from >= to ? g.from - to + 1 : 0);
  const inClause = groups.filter((g) => g.from >= clause.from && g.to <= clause.to);
  const pool = inClause.length > 0 ? inClause : groups;
  let best = pool[0];
  let bestDistance = Infinity;
  for (const g of pool) {
    const d = distance(g) + (g.weak ? WEAK_GROUP_PENALTY : 0);
    if (d < bestDistance) {
      best = g;
      bestDistance = d;
    }
  }
  return best.tense;
}

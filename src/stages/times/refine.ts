// sitrep's refiners over chrono's and the rules' candidates in one sentence: TimeML span trimming,
// false-positive filters that need POS (the modal "may", "a protest march", counts that look like
// years), overlap resolution and modifiers ("early March", "the end of this year", "mid-2019").
import type { WordToken } from "./clauses.js";
import type { Candidate } from "./meaning.js";

/** Prepositions TimeML leaves outside the TIMEX ("on Sunday" → "Sunday"). */
const LEADING_PREPOSITION = /^(?:(?:on|in|at|by|since|until|till|during|from|for|of|around|as\s+of|throughout|through)\s+)+/i;
const ABBREVIATION_END = /(?:\b[a-z]\.[a-z]\.|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$/i;

/** Trim a candidate to TimeML extent; null if nothing is left. */
export function trimCandidate(text: string, c: Candidate): Candidate | null {
  let { start, end } = c;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const span = text.slice(start, end);
    const lead = /^[\s,.;:(\[]+/.exec(span)?.[0] ?? LEADING_PREPOSITION.exec(span)?.[0];
    if (lead && lead.length < span.length) {
      start += lead.length;
      changed = true;
      continue;
    }
    const trail = /[\s,;:(\[]+$/.exec(span)?.[0];
    if (trail) {
      end -= trail.length;
      changed = true;
      continue;
    }
    if (span.endsWith(")") && !span.includes("(")) {
      end -= 1;
      changed = true;
      continue;
    }
    if (span.endsWith(".") && !ABBREVIATION_END.test(span)) {
      end -= 1;
      changed = true;
    }
  }
  return start < end ? { ...c, start, end } : null;
}

/** Tokens overlapping [start, end) and the index of the first one. */
function tokensIn(tokens: readonly WordToken[], start: number, end: number): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].end <= start) continue;
    if (tokens[i].start >= end) break;
    if (first < 0) first = i;
    last = i;
  }
  return { first, last };
}

const MONTH_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/i;
const MONTH_CONTEXT = /^(?:in|since|until|till|by|during|before|after|from|through|throughout|to|last|next|this|early|mid|late|of|end|beginning|start|middle|between|and|or|on|around)$/i;
const COUNT_UNITS = /^(?:%|percent|per|km|kilometres?|kilometers?|miles?|metres?|meters?|feet|foot|kg|kilograms?|tonnes?|tons?|pounds?|dollars?|euros?|people|persons?|troops|soldiers|residents|units|jobs|employees|workers|votes|cars|aircraft|planes|jets|barrels|points|yards|acres|hectares|shares|times|-)$/i;

/** Why a candidate is not a time expression, or null to keep it. Each reason names the rule. */
export function rejectReason(sentence: string, sentenceStart: number, tokens: readonly WordToken[], c: Candidate): string | null {
  const span = sentence.slice(c.start - sentenceStart, c.end - sentenceStart);
  const { first, last } = tokensIn(tokens, c.start, c.end);
  const prev = first > 0 ? tokens[first - 1] : null;
  const next = last >= 0 && last + 1 < tokens.length ? tokens[last + 1] : null;
  const isChrono = c.source.startsWith("chrono");
  const m = c.meaning;

  if (isChrono && m.kind === "date") {
    const month = MONTH_WORD.exec(span);
    if (month) {
      const word = month[1];
      const shouting = sentence === sentence.toUpperCase();
      if (word[0] === word[0].toLowerCase() && !shouting) return "month.lowercase";
      // Bare "May"/"March" are the modal verb and the noun unless a preposition or modifier frames them.
      if (m.day === undefined && m.year === null && /^(?:may|march)$/i.test(word)) {
        if (!prev || !MONTH_CONTEXT.test(prev.text)) return "month.ambiguous-word";
      }
      if (/^may$/i.test(word) && next && (next.pos === "AUX" || next.pos === "VERB" || /^(?:not|be|have|also|well)$/i.test(next.text)) && m.day === undefined) {
        return "month.modal-may";
      }
      if (/^march$/i.test(word) && prev && /^(?:a|the|protest|peaceful)$/i.test(prev.text) && m.day === undefined && m.year === null) return "month.march-noun";
    }
    if (/SlashDate/.test(c.source) && m.year === null) return "slash.no-year";
  }
  if (isChrono && m.kind === "shift" && m.hour !== undefined && m.unit === "day" && m.amount === 0 && m.anchor === "previous") {
    if (!/:\d|\b(?:[ap]\.?m\.?|o'clock|noon|midnight|utc|gmt)\b/i.test(span)) return "time.bare-number";
  }
  if (c.source === "year") {
    if (next && (COUNT_UNITS.test(next.text) || (next.pos === "NOUN" && next.text.toLowerCase() !== next.lemma.toLowerCase() && !/^(?:elections?|games|olympics|talks|polls|championships|finals)$/i.test(next.text)))) {
      return "year.count";
    }
    // An old year directly before a common noun is a count: "1500 police".
    if (m.kind === "date" && m.year && "absolute" in m.year && m.year.absolute < 1900 && next?.pos === "NOUN") return "year.count";
    // "Russell 2000 Index", "Windows 2000 Server": a number inside a name.
    if (prev && next && prev.pos === "PROPN" && /^[A-Z]/.test(prev.text) && !MONTH_WORD.test(prev.text) && /^[A-Z]/.test(next.text) && (next.pos === "PROPN" || next.pos === "NOUN")) {
      return "year.name";
    }
    if (prev && /^(?:No\.?|number|flight|route|highway|model|room|page|article|resolution|\$|US\$|£|€|#)$/i.test(prev.text)) return "year.number";
  }
  return null;
}

function kindRank(c: Candidate): number {
  return c.source.startsWith("chrono") ? 1 : 0;
}

/**
 * Keep the longest of overlapping candidates (rules before chrono on ties), in text order. A chrono
 * result that swallows two separate rule matches ("Friday morning, this morning") is a bad merge.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const rules = candidates.filter((c) => !c.source.startsWith("chrono"));
  const sound = candidates.filter((c) => {
    if (!c.source.startsWith("chrono")) return true;
    const inside = resolveDisjoint(rules.filter((r) => r.start >= c.start && r.end <= c.end));
    return inside.length < 2;
  });
  const ordered = [...sound].sort((a, b) => b.end - b.start - (a.end - a.start) || kindRank(a) - kindRank(b) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function resolveDisjoint(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept;
}

const MODIFIER_BEFORE = /(?:\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder)\s+of\s+|\b(?:early|earlier|mid|late|later)(?:\s+in)?(?:\s+|-))$/i;

/** Extend dates with their modifiers ("early March", "the end of this year"); absorbed candidates go. */
export function extendModifiers(text: string, sentenceStart: number, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const extendable = c.meaning.kind === "date" || c.meaning.kind === "shift" || c.meaning.kind === "weekday" || c.meaning.kind === "decade" || c.meaning.kind === "century";
    const left = text.slice(sentenceStart, c.start);
    const mod = extendable ? MODIFIER_BEFORE.exec(left) : null;
    if (!mod) {
      out.push(c);
      continue;
    }
    const start = c.start - mod[0].length;
    while (out.length > 0 && out[out.length - 1].start >= start) out.pop();
    if (out.length > 0 && out[out.length - 1].end > start) {
      out.push(c);
      continue;
    }
    out.push({ ...c, start });
  }
  return out;
}

// Processing units for attribution: sentences of the tokens layer, merged where a quotation runs
// across a sentence break or an attribution ("… ,” he said.") was split off from its quotation.
import type { Span } from "../../model/schema.js";
import type { Unit } from "./attribution-context.js";
import { paragraphsOf, type QuotedSpan } from "./marks.js";
import type { Tok } from "./phrases.js";

function paragraphIndex(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Merge sentences into units; every unit stays inside one paragraph. */
export function buildUnits(text: string, sentences: readonly Span[], toks: readonly Tok[], quoted: readonly QuotedSpan[]): Unit[] {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return [];
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const groups: { start: number; end: number; paragraph: number }[] = [];
  for (const s of sorted) {
    const paragraph = paragraphIndex(paragraphs, s.start);
    const current = groups[groups.length - 1];
    if (current && current.paragraph === paragraph && continues(text, quoted, current.end, s.start)) {
      current.end = Math.max(current.end, s.end);
    } else {
      groups.push({ start: s.start, end: s.end, paragraph });
    }
  }
  const units: Unit[] = [];
  let t = 0;
  for (const g of groups) {
    while (t < toks.length && toks[t].end <= g.start) t++;
    const first = t;
    while (t < toks.length && toks[t].start < g.end) t++;
    if (t > first) units.push({ first, last: t - 1, start: g.start, end: g.end, paragraph: g.paragraph });
  }
  return units;
}

// (A hyphen may precede the letter: "then-U.S.", "ex-U.N.")
const ABBREVIATION = /(?:^|[\s(\-–])(?:Rev|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Prof|Dr|Mr|Mrs|Ms|St|Jr|Sr|Gens|Sens|Reps|Mt|Ft|No|Vol|Corp|Inc|Co|Ltd|Bros|[A-Z])\.$|(?:[A-Z]\.){2,}$/;

/** Does the sentence starting at `next` continue the one ending at `end`? */
function continues(text: string, quoted: readonly QuotedSpan[], end: number, next: number): boolean {
  // A quotation open across the break (its pieces are per paragraph, so this stays in the paragraph).
  if (quoted.some((q) => q.pieces.some((p) => p.start < end && p.end > next - 1) || (q.open < end && q.close > next))) return true;
  // A break after an abbreviation ("the Rev. Al Sharpton", "the A.F.L.-C.I.O. said") is no sentence end.
  if (ABBREVIATION.test(text.slice(Math.max(0, end - 8), end))) return true;
  const head = text.slice(next, next + 2);
  // A straight mark opening a quotation starts a sentence of its own ("… operations. "Go after …").
  if (/^["']/.test(head) && quoted.some((q) => q.open === next)) return false;
  // "… ,” he said." or a closing mark pushed into the next sentence.
  if (/^[”’"'»,;:)\]]/.test(head) || /^\p{Ll}/u.test(head)) return true;
  return false;
}

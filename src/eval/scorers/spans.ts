// Span-set scoring over character offsets: exact matches, one-to-one overlap matches, and token-level
// counts, each optionally per label. Shared by the time, place and quote evaluators.
import { prf, type Prf } from "./prf.js";

/** A labelled or unlabelled half-open character span [start, end). */
export interface LabelledSpan {
  start: number;
  end: number;
  label?: string;
}

/** How a predicted span is allowed to match a gold span. */
export type SpanMatchMode = "exact" | "overlap";

export interface SpanMatchOptions {
  /** "exact": same start and end. "overlap": the spans share at least one character. */
  mode: SpanMatchMode;
  /** Require equal labels as well (default true when both spans carry a label). */
  compareLabels?: boolean;
}

/** A gold/predicted pair that matched, by index into the input arrays. */
export interface SpanMatch {
  gold: number;
  predicted: number;
}

function overlapLength(a: LabelledSpan, b: LabelledSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function labelsAgree(gold: LabelledSpan, predicted: LabelledSpan, compareLabels: boolean): boolean {
  if (!compareLabels) return true;
  if (gold.label === undefined || predicted.label === undefined) return true;
  return gold.label === predicted.label;
}

/**
 * Match predicted spans to gold spans one-to-one. Exact mode pairs identical spans; overlap mode pairs
 * the largest overlaps first, so one long prediction cannot claim two gold spans.
 */
export function matchSpans(
  gold: readonly LabelledSpan[],
  predicted: readonly LabelledSpan[],
  options: SpanMatchOptions,
): SpanMatch[] {
  const compareLabels = options.compareLabels ?? true;
  const candidates: { gold: number; predicted: number; overlap: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < predicted.length; p++) {
      const a = gold[g];
      const b = predicted[p];
      if (!labelsAgree(a, b, compareLabels)) continue;
      if (options.mode === "exact") {
        if (a.start === b.start && a.end === b.end) candidates.push({ gold: g, predicted: p, overlap: a.end - a.start });
      } else {
        const overlap = overlapLength(a, b);
        if (overlap > 0) candidates.push({ gold: g, predicted: p, overlap });
      }
    }
  }
  // Largest overlap first; ties keep document order so the result is deterministic.
  candidates.sort((x, y) => y.overlap - x.overlap || x.gold - y.gold || x.predicted - y.predicted);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const matches: SpanMatch[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPred.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPred.add(c.predicted);
    matches.push({ gold: c.gold, predicted: c.predicted });
  }
  return matches.sort((x, y) => x.gold - y.gold);
}

/** Span-set P/R/F1: matched predictions are true positives, the rest false positives, unmatched gold false negatives. */
export function scoreSpans(gold: readonly LabelledSpan[], predicted: readonly LabelledSpan[], options: SpanMatchOptions): Prf {
  const tp = matchSpans(gold, predicted, options).length;
  return prf(tp, predicted.length - tp, gold.length - tp);
}

/**
 * Token-level P/R/F1: each token counts once per label; it is gold-positive if it overlaps a gold span
 * and predicted-positive if it overlaps a predicted span (of the same label when labels are compared).
 */
export function scoreTokens(
  gold: readonly LabelledSpan[],
  predicted: readonly LabelledSpan[],
  tokens: readonly { start: number; end: number }[],
  options: { compareLabels?: boolean } = {},
): Prf {
  const compareLabels = options.compareLabels ?? true;
  const label = (span: LabelledSpan) => (compareLabels ? (span.label ?? "") : "");
  const positives = (spans: readonly LabelledSpan[]) => {
    const set = new Set<string>();
    for (const span of spans) {
      for (let t = 0; t < tokens.length; t++) {
        if (overlapLength(span, tokens[t]) > 0) set.add(`${label(span)}\t${t}`);
      }
    }
    return set;
  };
  const goldSet = positives(gold);
  const predSet = positives(predicted);
  let tp = 0;
  for (const key of predSet) if (goldSet.has(key)) tp++;
  return prf(tp, predSet.size - tp, goldSet.size - tp);
}

// Precision, recall and F1 from match counts: the one arithmetic every span scorer shares.

/** Counts of a matching and the scores derived from them (fractions 0–1, not percent). */
export interface Prf {
  /** Predictions that matched a gold item. */
  tp: number;
  /** Predictions with no gold match. */
  fp: number;
  /** Gold items with no predicted match. */
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Safe division: 0 when the denominator is 0 (an empty prediction scores 0, as conlleval does). */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Build P/R/F1 from true positives, false positives and false negatives. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Micro-average: add up the counts of several scorings, then recompute P/R/F1. */
export function microAverage(parts: readonly Prf[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const part of parts) {
    tp += part.tp;
    fp += part.fp;
    fn += part.fn;
  }
  return prf(tp, fp, fn);
}

/** A fraction (0–1) as a percent rounded to two decimals, for scoreboard rows. */
export function percent(fraction: number): number {
  return Math.round(fraction * 10_000) / 100;
}

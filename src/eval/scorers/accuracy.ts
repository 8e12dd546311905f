// Accuracy tallies: overall and grouped by a key (record category, event type), for scoreboard rows.
import { ratio } from "./prf.js";

/** Correct out of total, with the fraction (0 when nothing was counted). */
export interface Accuracy {
  correct: number;
  total: number;
  value: number;
}

/** Accuracy from counts. */
export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, value: ratio(correct, total) };
}

/** Accuracy of a list of judged outcomes (true = correct). */
export function accuracyOf(outcomes: readonly boolean[]): Accuracy {
  return accuracy(outcomes.filter(Boolean).length, outcomes.length);
}

/** A running tally of outcomes, overall and per group. */
export class AccuracyTally {
  private readonly groups = new Map<string, { correct: number; total: number }>();
  private correct = 0;
  private total = 0;

  /** Record one outcome, optionally under a group key. */
  add(isCorrect: boolean, group?: string): void {
    this.total++;
    if (isCorrect) this.correct++;
    if (group !== undefined) {
      let entry = this.groups.get(group);
      if (!entry) this.groups.set(group, (entry = { correct: 0, total: 0 }));
      entry.total++;
      if (isCorrect) entry.correct++;
    }
  }

  /** Overall accuracy so far. */
  overall(): Accuracy {
    return accuracy(this.correct, this.total);
  }

  /** Accuracy per group, groups in sorted order. */
  byGroup(): Record<string, Accuracy> {
    const result: Record<string, Accuracy> = {};
    for (const key of [...this.groups.keys()].sort()) {
      const entry = this.groups.get(key)!;
      result[key] = accuracy(entry.correct, entry.total);
    }
    return result;
  }
}

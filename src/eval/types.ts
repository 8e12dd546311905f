// The contract between the evaluation harness and each capability's gold-set evaluator.
import type { Annotator } from "../annotator.js";

/** One scoreboard row: a gold set and a metric, a number or "not implemented". */
export interface ScoreRow {
  capability: "entities" | "events" | "actors" | "times" | "places" | "quotes";
  goldSet: string;
  metric: string;
  /** Percent (0–100), a count, or km; null with `status: "not implemented"` when the capability is missing. */
  value: number | null;
  unit: "%" | "count" | "km" | "ratio";
  status: "ok" | "not implemented" | "error";
  /** Published anchor or issue target to print beside the value. */
  baseline?: string;
  note?: string;
}

export interface EvalOptions {
  /** Root of the read-only shared folder (../shared from the project root). */
  sharedDir: string;
  /** Evaluate at most this many documents/records per gold set (quick runs). */
  limit?: number;
}

/** A row as planned before it is measured: what the scoreboard shows when there is no number yet. */
export type RowSpec = Pick<ScoreRow, "capability" | "goldSet" | "metric" | "unit" | "baseline">;

/** An evaluator runs sitrep's public pipeline on a gold set and scores it. */
export interface Evaluator {
  capability: ScoreRow["capability"];
  goldSets: string[];
  run(annotator: Annotator, options: EvalOptions): Promise<ScoreRow[]>;
  /**
   * Optional: the rows `run` reports, so the harness can print them as "not implemented" (stage
   * missing) or "error" (run threw) instead of dropping them.
   */
  plan?(options: EvalOptions): RowSpec[];
  /** Optional: what counts as a match, as Markdown paragraphs for the README's "Quality and speed" section. */
  method?: readonly string[];
}

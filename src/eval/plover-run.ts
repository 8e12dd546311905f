// Runs the public pipeline once per PLOVER gold record and shares the documents between the events
// and actors evaluators (same annotator → same documents).
import { join } from "node:path";
import type { Annotator } from "../annotator.js";
import type { Document } from "../model/schema.js";
import { readPloverRecords, type PloverGoldRecord } from "./gold/plover.js";
import type { EvalOptions } from "./types.js";

/** The gold file, relative to the shared folder. */
export const PLOVER_GOLD_FILE = "gold/plover-gsr-dev.json";
export const PLOVER_GOLD_SET = "PLOVER GSR dev";

export interface PloverRun {
  records: PloverGoldRecord[];
  documents: Document[];
  /** Records in the file, before --limit. */
  total: number;
}

const cache = new WeakMap<Annotator, Map<string, PloverRun>>();

/** Annotate each gold record's sentence (dated by the record) with `annotator`; memoised per annotator and options. */
export function runPlover(annotator: Annotator, options: EvalOptions): PloverRun {
  const key = `${options.sharedDir}\t${options.limit ?? ""}`;
  let perAnnotator = cache.get(annotator);
  if (!perAnnotator) cache.set(annotator, (perAnnotator = new Map()));
  const hit = perAnnotator.get(key);
  if (hit) return hit;
  const all = readPloverRecords(join(options.sharedDir, PLOVER_GOLD_FILE));
  const records = options.limit !== undefined ? all.slice(0, options.limit) : all;
  const documents = records.map((record) =>
    annotator.annotate({ id: record.id, text: record.text, published: record.date, source: "PLOVER GSR" }),
  );
  const run = { records, documents, total: all.length };
  perAnnotator.set(key, run);
  return run;
}

/** A note saying a run used a subset, or nothing. */
export function subsetNote(used: number, total: number, unit: string): string {
  return used < total ? `first ${used} of ${total} ${unit}` : "";
}

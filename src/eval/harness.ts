// Runs every registered evaluator against one annotator and collects the scoreboard rows: a missing
// evaluator file or stage gives "not implemented" rows, a thrown error gives "error" rows.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Annotator } from "../annotator.js";
import type { Layer } from "../model/schema.js";
import { FALLBACK_PLAN } from "./plan.js";
import { placeholders } from "./rows.js";
import type { EvalOptions, Evaluator, RowSpec, ScoreRow } from "./types.js";

/** Where an evaluator lives and which pipeline layer its capability needs. */
export interface EvaluatorEntry {
  capability: ScoreRow["capability"];
  layer: Layer;
  /** Module file (absolute path) exporting `evaluator: Evaluator`. */
  file: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** The registered evaluators, in scoreboard order. */
export const EVALUATORS: readonly EvaluatorEntry[] = (
  [
    ["entities", "entities"],
    ["actors", "actors"],
    ["events", "events"],
    ["times", "times"],
    ["places", "places"],
    ["quotes", "quotes"],
  ] as const
).map(([capability, layer]) => ({ capability, layer, file: join(HERE, `${capability}.ts`) }));

/** Rows and timing of one evaluator. */
export interface EvaluatorResult {
  capability: ScoreRow["capability"];
  rows: ScoreRow[];
  seconds: number;
}

/** Load an evaluator module, or null if its file does not exist yet. Throws if the module is malformed. */
export async function loadEvaluator(entry: EvaluatorEntry): Promise<Evaluator | null> {
  const file = [entry.file, entry.file.replace(/\.ts$/, ".js")].find(existsSync);
  if (!file) return null;
  const module = (await import(pathToFileURL(file).href)) as { evaluator?: Evaluator };
  if (!module.evaluator || typeof module.evaluator.run !== "function") {
    throw new TypeError(`${file} does not export \`evaluator: Evaluator\``);
  }
  return module.evaluator;
}

/** The rows an evaluator plans, falling back to the harness's list; one generic row if neither says. */
function planned(entry: EvaluatorEntry, evaluator: Evaluator | null, options: EvalOptions): { specs: RowSpec[]; problem?: string } {
  let specs: RowSpec[] = [];
  let problem: string | undefined;
  if (evaluator?.plan) {
    try {
      specs = evaluator.plan(options);
    } catch (error) {
      problem = (error as Error).message;
    }
  }
  if (specs.length === 0) specs = FALLBACK_PLAN[entry.capability];
  if (specs.length === 0) specs = [{ capability: entry.capability, goldSet: "—", metric: "all", unit: "%" }];
  return { specs, problem };
}

/** Run one evaluator entry; never throws. */
export async function runEntry(entry: EvaluatorEntry, annotator: Annotator, options: EvalOptions): Promise<EvaluatorResult> {
  const started = performance.now();
  const done = (rows: ScoreRow[]) => ({ capability: entry.capability, rows, seconds: (performance.now() - started) / 1000 });
  let evaluator: Evaluator | null;
  try {
    evaluator = await loadEvaluator(entry);
  } catch (error) {
    return done(placeholders(planned(entry, null, options).specs, "error", `loading ${entry.file}: ${(error as Error).message}`));
  }
  if (!evaluator) {
    const name = entry.file.slice(entry.file.lastIndexOf("src/"));
    return done(placeholders(planned(entry, null, options).specs, "not implemented", `${name} not written yet`));
  }
  const hasStage = annotator.pipeline.stages.some((stage) => stage.assigns.includes(entry.layer));
  if (!hasStage) {
    const { specs, problem } = planned(entry, evaluator, options);
    const note = `no stage in the default pipeline assigns "${entry.layer}"${problem ? ` (plan: ${problem})` : ""}`;
    return done(placeholders(specs, "not implemented", note));
  }
  try {
    const rows = await evaluator.run(annotator, options);
    if (rows.length === 0) throw new Error("the evaluator returned no rows");
    return done(rows);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return done(placeholders(planned(entry, evaluator, options).specs, "error", message));
  }
}

/** Run the selected entries in order. */
export async function runScoreboard(
  annotator: Annotator,
  options: EvalOptions,
  entries: readonly EvaluatorEntry[] = EVALUATORS,
  onDone?: (result: EvaluatorResult) => void,
): Promise<EvaluatorResult[]> {
  const results: EvaluatorResult[] = [];
  for (const entry of entries) {
    const result = await runEntry(entry, annotator, options);
    onDone?.(result);
    results.push(result);
  }
  return results;
}

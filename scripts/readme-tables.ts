// Regenerates README.md's "Quality and speed" section (between <!-- quality:start --> and
// <!-- quality:end -->) from eval/results/latest.json and bench/results/latest.json. The only writer
// of that section. `--check` exits 1 if the README is out of date instead of writing it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EVALUATORS, loadEvaluator } from "../src/eval/harness.js";
import { renderQualitySection, spliceQualitySection, type BenchResults } from "../src/eval/readme-section.js";
import type { EvalResults } from "../src/eval/report.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function readJson<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const evalResults = readJson<EvalResults>(join(ROOT, "eval/results/latest.json"));
  const bench = readJson<BenchResults>(join(ROOT, "bench/results/latest.json"));
  if (bench && !Array.isArray(bench.rows)) throw new Error("bench/results/latest.json: expected a rows array");
  const methods: string[] = [];
  for (const entry of EVALUATORS) {
    const evaluator = await loadEvaluator(entry);
    if (evaluator?.method) methods.push(...evaluator.method);
  }
  const readmePath = join(ROOT, "README.md");
  const readme = readFileSync(readmePath, "utf8");
  const updated = spliceQualitySection(readme, renderQualitySection(evalResults, bench, methods));
  if (check) {
    if (updated !== readme) {
      process.stderr.write("README.md: the Quality and speed section is out of date; run npx tsx scripts/readme-tables.ts\n");
      process.exitCode = 1;
    }
    return;
  }
  if (updated !== readme) writeFileSync(readmePath, updated);
  process.stdout.write(`README.md: Quality and speed section ${updated === readme ? "already up to date" : "regenerated"}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`readme-tables: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

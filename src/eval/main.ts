// `npm run eval`: build the public annotator once, run every evaluator on the gold sets in ../shared,
// print one scoreboard table and write eval/results/latest.json (partial runs: partial.json).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { createAnnotator } from "../annotator.js";
import { SITREP_VERSION } from "../version.js";
import { EVALUATORS, runScoreboard } from "./harness.js";
import { formatTable, type EvalResults } from "./report.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CAPABILITIES = EVALUATORS.map((e) => e.capability);

function git(args: string[]): string | null {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null; // not a git checkout (e.g. an installed package): the results simply carry no commit
  }
}

function parseOnly(value: string): string[] {
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((c) => !(CAPABILITIES as readonly string[]).includes(c));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown capability ${unknown.join(", ")}; use ${CAPABILITIES.join("|")}`);
  return list;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive integer");
  return n;
}

async function main(): Promise<void> {
  const program = new Command("eval")
    .description("Score sitrep's public pipeline on the gold sets in ../shared")
    .option("--only <capabilities>", `run only these (comma-separated): ${CAPABILITIES.join("|")}`, parseOnly)
    .option("--limit <n>", "at most n documents/records per gold set (quick runs)", parseLimit)
    .option("--shared <dir>", "the shared reference folder", join(ROOT, "../shared"))
    .parse();
  const opts = program.opts<{ only?: string[]; limit?: number; shared: string }>();
  const sharedDir = resolve(opts.shared);
  if (!existsSync(join(sharedDir, "gold"))) program.error(`no gold/ folder in ${sharedDir} (use --shared DIR)`);

  const started = performance.now();
  const annotator = createAnnotator();
  const setupSeconds = (performance.now() - started) / 1000;
  const entries = opts.only ? EVALUATORS.filter((e) => opts.only!.includes(e.capability)) : EVALUATORS;
  const results = await runScoreboard(annotator, { sharedDir, limit: opts.limit }, entries, (r) =>
    process.stderr.write(`eval: ${r.capability} done in ${r.seconds.toFixed(1)} s\n`),
  );

  const rows = results.flatMap((r) => r.rows);
  const output: EvalResults = {
    timestamp: new Date().toISOString(),
    commit: git(["rev-parse", "HEAD"]),
    dirty: (git(["status", "--porcelain", "--", "src", "resources"]) ?? "") !== "",
    sitrep: SITREP_VERSION,
    pipeline: annotator.pipeline.stages.map((s) => `${s.id}@${s.version}`),
    options: { only: opts.only ?? null, limit: opts.limit ?? null, sharedDir },
    seconds: { setup: round(setupSeconds), ...Object.fromEntries(results.map((r) => [r.capability, round(r.seconds)])) },
    totalSeconds: round((performance.now() - started) / 1000),
    rows,
  };
  const partial = opts.only !== undefined || opts.limit !== undefined;
  const dir = join(ROOT, "eval/results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, partial ? "partial.json" : "latest.json");
  writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);

  process.stdout.write(`${formatTable(rows)}\n\n`);
  process.stdout.write(`${output.totalSeconds} s total (${Object.entries(output.seconds).map(([k, v]) => `${k} ${v}`).join(", ")}); wrote ${file.slice(ROOT.length + 1)}\n`);
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

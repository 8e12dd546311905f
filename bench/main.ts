// `npm run bench`: throughput of sitrep's pipeline against bare wink-nlp on the same texts, measured
// in the same run (the ratio is the figure; absolute times on a shared machine are noise), plus
// start-up time, peak RSS, ingest into SQLite and API latency at 1M events. Writes
// bench/results/latest.json. Options: --mb N (corpus size), --rounds N, --api-events N, --no-api.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAnnotator } from "../src/annotator.js";
import { formatTable } from "../src/cli/table.js";
import { makeArticle } from "../src/model/document.js";
import { createAnnotatorPool, defaultWorkerCount } from "../src/parallel/pool.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { loadWink } from "../src/stages/tokens/wink.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { runApiBench } from "./api.js";
import { benchCorpus } from "./corpus.js";

interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const args = process.argv.slice(2);
const megabytes = Number(args[args.indexOf("--mb") + 1]) || 10;
const rounds = Number(args[args.indexOf("--rounds") + 1]) || 2;
const apiEvents = args.includes("--no-api") ? 0 : Number(args[args.indexOf("--api-events") + 1]) || 1_000_000;

const corpus = benchCorpus(megabytes * 1024 * 1024);
const totalBytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const rows: BenchRow[] = [];
const log = (s: string) => process.stderr.write(s + "\n");
log(`bench: ${corpus.length} articles, ${(totalBytes / 1048576).toFixed(1)} MB of text, ${rounds} rounds`);

// Start-up in a fresh process: import + load every resource + first article.
const startup = JSON.parse(
  execFileSync(process.execPath, ["--import", "tsx", join(PACKAGE_ROOT, "bench", "startup.ts")], { encoding: "utf8" }),
) as { ms: number };

const nlp = loadWink();
const annotator = createAnnotator();
const articles = corpus.map((a) => makeArticle(a));

function bareWink(): { ms: number; tokens: number } {
  const its = nlp.its;
  let tokens = 0;
  const t0 = performance.now();
  for (const a of corpus) {
    const doc = nlp.readDoc(a.text);
    tokens += (doc.tokens().out(its.pos) as string[]).length;
  }
  return { ms: performance.now() - t0, tokens };
}

function pipeline(stageMs: Map<string, number>): { ms: number; tokens: number; events: number } {
  let tokens = 0;
  let events = 0;
  const t0 = performance.now();
  for (const a of corpus) {
    // Reading is part of the measured path: raw fields → normalised, hashed Article → Document.
    const doc = annotator.annotate(makeArticle(a), (id, ms) => stageMs.set(id, (stageMs.get(id) ?? 0) + ms));
    tokens += doc.tokens?.length ?? 0;
    events += doc.events.length;
  }
  return { ms: performance.now() - t0, tokens, events };
}

// Warm up both paths (JIT), then alternate rounds so machine noise hits both alike; keep the best round.
bareWink();
pipeline(new Map());
let bestWink = Infinity;
let bestPipe = Infinity;
let winkTokens = 0;
let pipeTokens = 0;
let events = 0;
let stageMs = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  const w = bareWink();
  const stages = new Map<string, number>();
  const p = pipeline(stages);
  log(`  round ${r + 1}: wink ${w.ms.toFixed(0)} ms, sitrep ${p.ms.toFixed(0)} ms`);
  if (w.ms < bestWink) [bestWink, winkTokens] = [w.ms, w.tokens];
  if (p.ms < bestPipe) [bestPipe, pipeTokens, events, stageMs] = [p.ms, p.tokens, p.events, stages];
}

const perSecond = (n: number, ms: number) => (n * 1000) / ms;
rows.push(
  { name: "bare wink-nlp: articles/s", value: perSecond(corpus.length, bestWink), unit: "articles/s", note: "tokenise + POS, baseline" },
  { name: "bare wink-nlp: tokens/s", value: perSecond(winkTokens, bestWink), unit: "tokens/s" },
  { name: "sitrep pipeline: articles/s", value: perSecond(corpus.length, bestPipe), unit: "articles/s", note: annotator.pipeline.stages.map((s) => s.id).join(" → ") },
  { name: "sitrep pipeline: tokens/s", value: perSecond(pipeTokens, bestPipe), unit: "tokens/s" },
  { name: "sitrep / bare wink-nlp throughput", value: bestWink / bestPipe, unit: "ratio", note: "1.0 = no overhead" },
  { name: "sitrep pipeline: events coded", value: events, unit: "count" },
);
const stageTotal = [...stageMs.values()].reduce((a, b) => a + b, 0);
for (const [id, ms] of stageMs) rows.push({ name: `stage share: ${id}`, value: (100 * ms) / stageTotal, unit: "%" });

// Ingest into SQLite, storage included (fresh database, one transaction per article as in `sitrep ingest`).
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
const store = openSqliteStore(join(dir, "bench.db"));
const ingestArticles = articles.slice(0, Math.min(articles.length, 600));
const t0 = performance.now();
for (const a of ingestArticles) store.putDocument(annotator.annotate(a));
const ingestMs = performance.now() - t0;
store.close();
rmSync(dir, { recursive: true, force: true });
rows.push({ name: "ingest into SQLite: articles/s", value: perSecond(ingestArticles.length, ingestMs), unit: "articles/s", note: `${ingestArticles.length} articles, storage included` });

// The same corpus on a pool of worker threads (`sitrep ingest --workers N`), one per core: wall time
// from the first job to the last document. Measured like the single thread above: the first pass
// warms every worker's JIT (each thread compiles the pipeline for itself), then the best of the
// rounds; the cold first pass is reported too, as a short ingest sees it.
const workers = defaultWorkerCount();
if (workers > 1) {
  const pool = createAnnotatorPool({ workers, withoutTokens: true });
  await Promise.all(Array.from({ length: workers }, (_, i) => pool.annotate(articles[i % articles.length])));
  // Keep only a count per document, as the single-thread loop does, so the calling thread's heap stays small.
  const poolPass = async () => {
    const tp = performance.now();
    await Promise.all(articles.map((a) => pool.annotate(a).then((d) => d.events.length)));
    return performance.now() - tp;
  };
  const coldMs = await poolPass();
  let poolMs = Infinity;
  for (let r = 0; r < rounds; r++) {
    const ms = await poolPass();
    log(`  round ${r + 1}: ${workers} workers ${ms.toFixed(0)} ms`);
    poolMs = Math.min(poolMs, ms);
  }
  await pool.close();
  rows.push(
    { name: `sitrep on ${workers} worker threads: articles/s`, value: perSecond(corpus.length, poolMs), unit: "articles/s", note: "ingest --workers, warm" },
    { name: `sitrep on ${workers} worker threads, first pass: articles/s`, value: perSecond(corpus.length, coldMs), unit: "articles/s", note: "workers' JIT cold" },
    { name: `sitrep on ${workers} worker threads / sitrep on one thread`, value: bestPipe / poolMs, unit: "ratio", note: "both warm, same corpus" },
    { name: `sitrep on ${workers} worker threads / bare wink-nlp (one thread)`, value: bestWink / poolMs, unit: "ratio" },
  );
}

rows.push(
  { name: "start-up (import + load resources + first article)", value: startup.ms, unit: "ms", note: "fresh process" },
  { name: "peak RSS", value: process.resourceUsage().maxRSS / 1024, unit: "MB" },
  { name: "corpus", value: totalBytes / 1048576, unit: "MB", note: `${corpus.length} articles (Wikinews ×${Math.ceil(corpus.length / 60)})` },
);

// API latency at scale (synthetic store, for this benchmark only).
if (apiEvents > 0) rows.push(...(await runApiBench({ events: apiEvents, log })));

const fmt = (r: BenchRow) => (r.unit === "ratio" ? r.value.toFixed(2) : r.value >= 100 ? Math.round(r.value).toLocaleString("en") : r.value.toFixed(1));
console.log(formatTable(["measure", "value", "unit", "note"], rows.map((r) => [r.name, fmt(r), r.unit, r.note ?? ""]), 90));
mkdirSync(join(PACKAGE_ROOT, "bench", "results"), { recursive: true });
writeFileSync(
  join(PACKAGE_ROOT, "bench", "results", "latest.json"),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + "\n",
);

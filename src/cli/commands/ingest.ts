// `sitrep ingest`: read, annotate and store articles; safe to interrupt and re-run.
import cliProgress from "cli-progress";
import type { Annotator } from "../../annotator.js";
import { readInputs, type ReadOptions } from "../../ingest/index.js";
import type { Document } from "../../model/schema.js";
import type { AnnotatorPool } from "../../parallel/pool.js";
import type { DocumentStore } from "../../store/store.js";
import { EXIT, line, type CliIo } from "../io.js";

export interface IngestSummary {
  read: number;
  stored: number;
  unchanged: number;
  replaced: number;
  failed: number;
  seconds: number;
  failures: { input: string; reason: string }[];
}

export interface IngestOptions extends ReadOptions {
  /** Re-annotate articles already stored when the pipeline changed. */
  reannotate?: boolean;
  quiet?: boolean;
}

/**
 * Read → annotate → store each input; each article commits on its own, so a crash loses nothing
 * stored. With a pool, several articles are annotated at once (up to two per worker in flight) and
 * stored as they finish; with one annotator, one at a time in input order.
 */
export async function ingest(
  paths: string[],
  options: IngestOptions,
  store: DocumentStore,
  annotator: Annotator | AnnotatorPool,
  io: CliIo,
): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, unchanged: 0, replaced: 0, failed: 0, seconds: 0, failures: [] };
  const started = performance.now();
  const bar =
    io.stderr.isTTY && !options.quiet
      ? new cliProgress.SingleBar(
          { format: "ingest | {value} articles | {stored} new | {failed} failed | {rate}/s", stream: io.stderr as NodeJS.WritableStream },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(0, 0, { stored: 0, failed: 0, rate: "0" });
  const fail = (input: string, reason: string) => {
    summary.failed++;
    summary.failures.push({ input, reason });
    if (bar) bar.update({ failed: summary.failed });
    line(io.stderr, `sitrep: ${input}: ${reason}`);
  };
  const pooled = "size" in annotator;
  const annotate = (article: Parameters<Annotator["annotate"]>[0]): Promise<Document> =>
    pooled ? annotator.annotate(article) : new Promise((resolve) => resolve(annotator.annotate(article)));
  const limit = pooled ? annotator.size * 2 : 1;
  const inFlight = new Set<Promise<void>>();
  const progress = () => {
    const seconds = (performance.now() - started) / 1000;
    bar?.setTotal(summary.read);
    bar?.update(summary.read, { stored: summary.stored, failed: summary.failed, rate: (summary.read / seconds).toFixed(1) });
  };
  const keep = (doc: Document) => {
    const outcome = store.putDocument(doc, { replaceStale: options.reannotate });
    if (outcome === "inserted") summary.stored++;
    else if (outcome === "replaced") summary.replaced++;
    else summary.unchanged++;
  };
  for await (const result of readInputs(paths, { ...options, readStdin: io.readStdin, cwd: io.cwd })) {
    if (!result.ok) {
      fail(result.input, result.error.reason);
      continue;
    }
    summary.read++;
    if (store.hasHash(result.article.hash) && !options.reannotate) {
      summary.unchanged++;
      progress();
      continue;
    }
    const input = result.input;
    const job: Promise<void> = annotate(result.article)
      .then(keep)
      .catch((error: unknown) => fail(input, error instanceof Error ? error.message : String(error)))
      .finally(() => {
        inFlight.delete(job);
        progress();
      });
    inFlight.add(job);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  bar?.stop();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** One line a person reads at the end of an ingest. */
export function formatIngestSummary(s: IngestSummary, db: string): string {
  const rate = s.seconds > 0 ? (s.read / s.seconds).toFixed(1) : "—";
  return (
    `read ${s.read} articles: ${s.stored} new, ${s.unchanged} already stored, ${s.replaced} re-annotated, ` +
    `${s.failed} failed, in ${s.seconds.toFixed(1)} s (${rate} articles/s) → ${db}`
  );
}

export async function ingestCommand(
  paths: string[],
  options: IngestOptions & { db: string },
  store: DocumentStore,
  annotator: Annotator | AnnotatorPool,
  io: CliIo,
): Promise<number> {
  const summary = await ingest(paths, options, store, annotator, io);
  line(io.stderr, formatIngestSummary(summary, options.db));
  if (summary.failed === 0) return EXIT.ok;
  return summary.read > 0 ? EXIT.partial : EXIT.failed;
}

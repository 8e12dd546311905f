// A pool of worker threads that annotate articles in parallel, for ingesting large batches on a
// machine with several cores. Each worker loads its own resources (memory grows with the count);
// results come back as plain documents, so the store stays single-writer in the calling thread.
import { availableParallelism } from "node:os";
import type { ArticleInput } from "../model/document.js";
import type { Article, Document } from "../model/schema.js";
import type { AnnotateJob, WorkerSetup } from "./messages.js";
import { createWorkerPool } from "./worker-pool.js";

export interface AnnotatorPool {
  readonly size: number;
  /** Annotate one article in whichever worker is free; rejects with the worker's error message. */
  annotate(article: Article | ArticleInput): Promise<Document>;
  /** Stop every worker (pending jobs are rejected). */
  close(): Promise<void>;
}

export interface PoolOptions extends WorkerSetup {
  /** Number of worker threads (default: the machine's cores). */
  workers?: number;
  /** Articles each worker holds at once (default 2), so it never waits for the next one. */
  prefetch?: number;
}

/** The default worker count: every core the machine offers. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Start a pool; workers load their resources in the background while the first jobs queue. */
export function createAnnotatorPool(options: PoolOptions = {}): AnnotatorPool {
  const setup: WorkerSetup = { patterns: options.patterns, registryDb: options.registryDb, withoutTokens: options.withoutTokens };
  // The worker beside this module: worker.js once built, worker.ts when running from sources.
  const script = new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url);
  const pool = createWorkerPool<AnnotateJob, Document>({
    script,
    workerData: setup,
    workers: options.workers ?? defaultWorkerCount(),
    prefetch: options.prefetch,
    label: "annotator",
  });
  return { size: pool.size, annotate: (article) => pool.run(article), close: () => pool.close() };
}

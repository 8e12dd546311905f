// A pool of worker threads that annotate articles in parallel, for ingesting large batches on a
// machine with several cores. Each worker loads its own resources (memory grows with the count);
// results come back as plain documents, so the store stays single-writer in the calling thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleInput } from "../model/document.js";
import type { Article, Document } from "../model/schema.js";
import type { WorkerJob, WorkerReply, WorkerSetup } from "./messages.js";

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
  /**
   * Articles each worker holds at once (default 2): the one it annotates and the next, already in its
   * port, so it does not sit idle while its last document travels back and the main thread answers.
   */
  prefetch?: number;
}

interface Pending {
  job: WorkerJob;
  resolve: (doc: Document) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Jobs sent and not yet answered, oldest first: a worker annotates its messages in order. */
  sent: Pending[];
}

/**
 * Start the worker script beside this module. From TypeScript sources (tests, tsx) a small
 * bootstrap registers tsx in the new thread first: loader flags are not inherited by workers.
 */
function startWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./worker.js", import.meta.url), { workerData: setup });
  const script = new URL("./worker.ts", import.meta.url).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(script)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: setup });
}

/** The default worker count: every core the machine offers. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Start a pool; workers load their resources in the background while the first jobs queue. */
export function createAnnotatorPool(options: PoolOptions = {}): AnnotatorPool {
  const size = Math.max(1, Math.floor(options.workers ?? defaultWorkerCount()));
  const prefetch = Math.max(1, Math.floor(options.prefetch ?? 2));
  const setup: WorkerSetup = { patterns: options.patterns, registryDb: options.registryDb, withoutTokens: options.withoutTokens };
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  let broken: Error | null = null;

  // One job at a time to the least-loaded ready worker, so a short queue is shared rather than
  // piled onto the first worker.
  const dispatch = () => {
    while (queue.length > 0) {
      let target: Slot | null = null;
      for (const slot of slots) {
        if (slot.ready && slot.sent.length < prefetch && (!target || slot.sent.length < target.sent.length)) target = slot;
      }
      if (!target) return;
      const pending = queue.shift()!;
      try {
        target.worker.postMessage(pending.job);
        target.sent.push(pending);
      } catch (error) {
        pending.reject(new Error(`cannot send the article to an annotator worker: ${(error as Error).message}`));
      }
    }
  };

  const spawn = (index: number) => {
    const slot: Slot = { worker: startWorker(setup), ready: false, sent: [] };
    slots[index] = slot;
    let failure: Error | null = null;
    slot.worker.on("message", (message: WorkerReply | { ready: true }) => {
      if ("ready" in message) slot.ready = true;
      else {
        const at = slot.sent.findIndex((p) => p.job.id === message.id);
        const pending = at < 0 ? undefined : slot.sent.splice(at, 1)[0];
        if (pending && "document" in message) pending.resolve(message.document);
        else if (pending && "error" in message) pending.reject(new Error(message.error));
      }
      dispatch();
    });
    slot.worker.on("error", (error) => {
      failure = error;
    });
    // A worker that stops (an uncaught error, out of memory, process.exit) fails its own article only:
    // that is the oldest one it was sent; the others were still waiting in its port and go back to the
    // front of the queue for the worker that takes its place. "exit" follows "error", so this is the
    // one place that settles.
    slot.worker.on("exit", (code) => {
      const reason = failure ? failure.message : `exit code ${code}`;
      const [current, ...waiting] = slot.sent.splice(0);
      if (closed) {
        for (const pending of [current, ...waiting]) pending?.reject(new Error("the annotator pool is closed"));
        return;
      }
      current?.reject(new Error(`annotator worker stopped: ${reason}`));
      queue.unshift(...waiting);
      if (!slot.ready) {
        // It never started: the set-up itself is broken, so every queued job would fail the same way.
        broken = new Error(`annotator worker could not start: ${reason}`);
        for (const pending of queue.splice(0)) pending.reject(broken);
        return;
      }
      spawn(index);
      dispatch();
    });
  };
  for (let i = 0; i < size; i++) spawn(i);

  return {
    size,
    annotate(article) {
      if (broken) return Promise.reject(broken);
      if (closed) return Promise.reject(new Error("the annotator pool is closed"));
      return new Promise<Document>((resolve, reject) => {
        queue.push({ job: { id: nextId++, article }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error("the annotator pool is closed"));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

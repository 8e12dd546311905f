// A pool of worker threads that all run one job module (see serve-jobs.ts): a queue in the calling
// thread, a few jobs in flight per worker, replacement of a worker that stops, and closing.
import { Worker } from "node:worker_threads";
import type { JobMessage, WorkerMessage } from "./messages.js";

export interface WorkerPool<J, R> {
  readonly size: number;
  /** Run one job in whichever worker has room; rejects with the worker's error message. */
  run(job: J): Promise<R>;
  /** Stop every worker (pending jobs are rejected). */
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** The worker module (.js, or .ts when running from sources). */
  script: URL;
  /** Passed to every worker as `workerData` (structured-cloned). */
  workerData?: unknown;
  /** Number of worker threads. */
  workers: number;
  /**
   * Jobs each worker holds at once (default 2): the one it works on and the next, already in its
   * port, so it does not sit idle while its last result travels back and the calling thread answers.
   */
  prefetch?: number;
  /** Names the pool in error messages ("annotator" → "the annotator pool is closed"). */
  label?: string;
}

interface Pending<J, R> {
  message: JobMessage<J>;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<J, R> {
  worker: Worker;
  ready: boolean;
  /** Jobs sent and not yet answered, oldest first: a worker answers its messages in order. */
  sent: Pending<J, R>[];
}

/**
 * Start a worker. From TypeScript sources (tests, tsx) a small bootstrap registers tsx in the new
 * thread first: loader flags are not inherited by workers.
 */
function startWorker(script: URL, workerData: unknown): Worker {
  if (!script.pathname.endsWith(".ts")) return new Worker(script, { workerData });
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(script.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData });
}

/** Start a pool; workers set up in the background while the first jobs queue. */
export function createWorkerPool<J, R>(options: WorkerPoolOptions): WorkerPool<J, R> {
  const size = Math.max(1, Math.floor(options.workers));
  const prefetch = Math.max(1, Math.floor(options.prefetch ?? 2));
  const label = options.label ?? "worker";
  const closedError = () => new Error(`the ${label} pool is closed`);
  const queue: Pending<J, R>[] = [];
  const slots: Slot<J, R>[] = [];
  let nextId = 1;
  let closed = false;
  let broken: Error | null = null;

  // One job at a time to the least-loaded ready worker, so a short queue is shared rather than
  // piled onto the first worker.
  const dispatch = () => {
    while (queue.length > 0) {
      let target: Slot<J, R> | null = null;
      for (const slot of slots) {
        if (slot.ready && slot.sent.length < prefetch && (!target || slot.sent.length < target.sent.length)) target = slot;
      }
      if (!target) return;
      const pending = queue.shift()!;
      try {
        target.worker.postMessage(pending.message);
        target.sent.push(pending);
      } catch (error) {
        pending.reject(new Error(`cannot send the job to a ${label} worker: ${(error as Error).message}`));
      }
    }
  };

  const spawn = (index: number) => {
    const slot: Slot<J, R> = { worker: startWorker(options.script, options.workerData), ready: false, sent: [] };
    slots[index] = slot;
    let failure: Error | null = null;
    slot.worker.on("message", (message: WorkerMessage<R>) => {
      if ("ready" in message) slot.ready = true;
      else {
        const at = slot.sent.findIndex((p) => p.message.id === message.id);
        const pending = at < 0 ? undefined : slot.sent.splice(at, 1)[0];
        if (pending && "result" in message) pending.resolve(message.result);
        else if (pending && "error" in message) pending.reject(new Error(message.error));
      }
      dispatch();
    });
    slot.worker.on("error", (error) => {
      failure = error;
    });
    // A worker that stops (an uncaught error, out of memory, process.exit) fails its own job only:
    // the oldest one it was sent; the others were still waiting in its port and go back to the front
    // of the queue for the worker that takes its place. "exit" follows "error", so this is the one
    // place that settles.
    slot.worker.on("exit", (code) => {
      const reason = failure ? failure.message : `exit code ${code}`;
      const [current, ...waiting] = slot.sent.splice(0);
      if (closed) {
        for (const pending of [current, ...waiting]) pending?.reject(closedError());
        return;
      }
      current?.reject(new Error(`${label} worker stopped: ${reason}`));
      queue.unshift(...waiting);
      if (!slot.ready) {
        // It never started: the set-up itself is broken, so every queued job would fail the same way.
        broken = new Error(`${label} worker could not start: ${reason}`);
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
    run(job) {
      if (broken) return Promise.reject(broken);
      if (closed) return Promise.reject(closedError());
      return new Promise<R>((resolve, reject) => {
        queue.push({ message: { id: nextId++, job }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(closedError());
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

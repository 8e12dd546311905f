// The worker-thread side of a worker pool: answer each job the pool sends, in order, with the
// handler's result or its error message.
import { parentPort } from "node:worker_threads";
import type { JobMessage, WorkerMessage } from "./messages.js";

/** Answer the pool's jobs with `handle`, then tell the pool this worker is ready (call after set-up). */
export function serveJobs<J, R>(handle: (job: J) => R): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs in a worker thread started by a worker pool");
  port.on("message", (message: JobMessage<J>) => {
    let reply: WorkerMessage<R>;
    try {
      reply = { id: message.id, result: handle(message.job) };
    } catch (error) {
      reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage<R>);
}

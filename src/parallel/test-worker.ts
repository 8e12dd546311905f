// A worker for the worker pool's own tests: echoes a value, or fails, stops or dawdles on request,
// so queueing, prefetch and recovery are tested without loading the annotator's resources.
import { threadId, workerData } from "node:worker_threads";
import { serveJobs } from "./serve-jobs.js";

export interface TestJob {
  value: string;
  /** Throw inside the handler (a job error, the worker lives on). */
  fail?: boolean;
  /** Stop the whole worker thread, as a crash would. */
  stop?: boolean;
  /** Busy the thread this long, so later jobs wait in its port. */
  busyMs?: number;
}

export interface TestResult {
  value: string;
  threadId: number;
}

if ((workerData as { brokenSetup?: boolean } | undefined)?.brokenSetup) throw new Error("set-up failed on purpose");

serveJobs((job: TestJob): TestResult => {
  if (job.busyMs) {
    const until = performance.now() + job.busyMs;
    while (performance.now() < until);
  }
  if (job.fail) throw new Error(`job ${job.value} failed on purpose`);
  if (job.stop) process.exit(3);
  return { value: job.value, threadId };
});

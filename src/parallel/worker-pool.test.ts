import { describe, expect, it } from "vitest";
import type { TestJob, TestResult } from "./test-worker.js";
import { createWorkerPool, type WorkerPool } from "./worker-pool.js";

const script = new URL("./test-worker.ts", import.meta.url);

async function withPool<T>(options: { workers: number; prefetch?: number; workerData?: unknown }, body: (pool: WorkerPool<TestJob, TestResult>) => Promise<T>): Promise<T> {
  const pool = createWorkerPool<TestJob, TestResult>({ script, label: "test", ...options });
  try {
    return await body(pool);
  } finally {
    await pool.close();
  }
}

describe("worker pool", () => {
  it("answers every job with its own result, several in flight per worker", async () => {
    await withPool({ workers: 2, prefetch: 3 }, async (pool) => {
      const values = ["a", "b", "c", "d", "e", "f", "g", "h"];
      const results = await Promise.all(values.map((value) => pool.run({ value, busyMs: 5 })));
      expect(results.map((r) => r.value)).toEqual(values);
    });
  });

  it("rejects a job whose handler throws, with its message, and goes on", async () => {
    await withPool({ workers: 1 }, async (pool) => {
      const results = await Promise.allSettled([pool.run({ value: "x", fail: true }), pool.run({ value: "y" })]);
      expect(results[0]).toMatchObject({ status: "rejected", reason: { message: "job x failed on purpose" } });
      expect(results[1]).toMatchObject({ status: "fulfilled", value: { value: "y" } });
    });
  });

  it("fails only the job a stopped worker was on; the jobs waiting in its port run on its replacement", async () => {
    await withPool({ workers: 1, prefetch: 3 }, async (pool) => {
      const first = await pool.run({ value: "warm" });
      const results = await Promise.allSettled([pool.run({ value: "boom", stop: true }), pool.run({ value: "c" }), pool.run({ value: "d" })]);
      expect(results[0]).toMatchObject({ status: "rejected", reason: { message: expect.stringMatching(/test worker stopped: exit code 3/) } });
      expect(results.slice(1)).toMatchObject([
        { status: "fulfilled", value: { value: "c" } },
        { status: "fulfilled", value: { value: "d" } },
      ]);
      const replacement = (results[1] as PromiseFulfilledResult<TestResult>).value.threadId;
      expect(replacement).not.toBe(first.threadId);
    });
  });

  it("keeps no more than `prefetch` jobs in a worker: the rest wait for whichever worker frees first", async () => {
    await withPool({ workers: 2, prefetch: 1 }, async (pool) => {
      // One long job holds a worker; with one job per worker, every short job goes to the other.
      const long = pool.run({ value: "long", busyMs: 1500 });
      const short = await Promise.all(["s1", "s2", "s3", "s4"].map((value) => pool.run({ value })));
      const longResult = await long;
      expect(short.every((r) => r.threadId !== longResult.threadId)).toBe(true);
    });
  });

  it("rejects everything queued when a worker cannot even start", async () => {
    await withPool({ workers: 2, workerData: { brokenSetup: true } }, async (pool) => {
      const results = await Promise.allSettled([pool.run({ value: "a" }), pool.run({ value: "b" }), pool.run({ value: "c" })]);
      for (const r of results) expect(r).toMatchObject({ status: "rejected", reason: { message: expect.stringMatching(/could not start/) } });
      await expect(pool.run({ value: "later" })).rejects.toThrow(/could not start/);
    });
  });

  it("rejects the jobs in its workers and in its queue when closed", async () => {
    const pool = createWorkerPool<TestJob, TestResult>({ script, workers: 1, prefetch: 2, label: "test" });
    await pool.run({ value: "warm" });
    const settled = Promise.allSettled(["a", "b", "c", "d"].map((value) => pool.run({ value, busyMs: 200 })));
    await pool.close();
    for (const r of await settled) expect(r).toMatchObject({ status: "rejected", reason: { message: "the test pool is closed" } });
    await expect(pool.run({ value: "late" })).rejects.toThrow(/closed/);
  });
});

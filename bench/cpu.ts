// CPU timing shared by the one-stage benchmarks (bench/stages.ts, bench/ner.ts).

/** CPU milliseconds of `work` (user + system: steadier than wall time on a shared machine). */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The best (lowest) time seen per id over rounds, in the order ids were first kept. */
export function bestTimes(): { best: Map<string, number>; keep: (id: string, ms: number) => void } {
  const best = new Map<string, number>();
  return { best, keep: (id, ms) => best.set(id, Math.min(best.get(id) ?? Infinity, ms)) };
}

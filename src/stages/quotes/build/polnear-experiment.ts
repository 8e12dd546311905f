// Developer experiment (not part of the product): scores the quotes stage on PolNeAR with the
// evaluator's own code, optionally after the entities stage, and prints error samples per role.
// Usage: npx tsx src/stages/quotes/build/polnear-experiment.ts [--entities] [--limit N] [--errors]
import { join, resolve } from "node:path";
import { createAnnotator } from "../../../annotator.js";
import { evaluator } from "../../../eval/quotes.js";
import type { Stage } from "../../../pipeline/stage.js";
import { createEntitiesStage } from "../../entities/index.js";
import { createNormaliseStage } from "../../normalise/normalise.js";
import { createTokensStage } from "../../tokens/wink.js";
import { createQuotesStage } from "../quotes.js";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf("--limit");
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
  const stages: Stage[] = [createNormaliseStage(), createTokensStage()];
  if (args.includes("--entities")) stages.push(createEntitiesStage());
  stages.push(createQuotesStage());
  const annotator = createAnnotator({ stages });
  const sharedDir = resolve(join(import.meta.dirname, "../../../../../shared"));
  const rows = await evaluator.run(annotator, { sharedDir, limit });
  for (const row of rows) console.log(`${row.metric.padEnd(34)} ${String(row.value).padStart(6)}  ${row.note ?? ""}`);
}

await main();

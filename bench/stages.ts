// `npx tsx bench/stages.ts [--mb N] [--rounds N]`: each pipeline stage's CPU time over the bench
// corpus as a ratio to bare wink-nlp on the same texts, measured in one run. Every stage runs on the
// documents its predecessors produced (prepared once), so a stage's figure excludes the others'
// cost; the best of the rounds is kept. Prints a table; writes nothing.
import { createAnnotator } from "../src/annotator.js";
import { formatTable } from "../src/cli/table.js";
import { emptyDocument, makeArticle } from "../src/model/document.js";
import type { Document } from "../src/model/schema.js";
import { loadWink } from "../src/stages/tokens/wink.js";
import { benchCorpus } from "./corpus.js";
import { bestTimes, cpuMs } from "./cpu.js";

const args = process.argv.slice(2);
const megabytes = Number(args[args.indexOf("--mb") + 1]) || 1;
const rounds = Number(args[args.indexOf("--rounds") + 1]) || 5;

const corpus = benchCorpus(megabytes * 1024 * 1024);
const stages = createAnnotator().pipeline.stages;
const nlp = loadWink();

// inputs[k] holds every document as stage k receives it.
const inputs: Document[][] = stages.map(() => []);
for (const a of corpus) {
  let doc = emptyDocument(makeArticle(a));
  stages.forEach((stage, k) => {
    inputs[k].push(doc);
    doc = stage.run(doc);
  });
}

const { best, keep } = bestTimes();
const WINK = "bare wink-nlp";
for (let r = 0; r < rounds; r++) {
  keep(WINK, cpuMs(() => corpus.forEach((a) => nlp.readDoc(a.text).tokens().out(nlp.its.pos))));
  stages.forEach((stage, k) => keep(stage.id, cpuMs(() => inputs[k].forEach((doc) => stage.run(doc)))));
}

const wink = best.get(WINK) as number;
const total = stages.reduce((sum, s) => sum + (best.get(s.id) as number), 0);
const rows = [...best].map(([id, ms]) => [id, ms.toFixed(0), (ms / wink).toFixed(2)]);
rows.push(["all stages", total.toFixed(0), (total / wink).toFixed(2)]);
console.log(`${corpus.length} articles, best of ${rounds} rounds; throughput ratio (bare wink / all stages) ${(wink / total).toFixed(3)}`);
console.log(formatTable(["stage", "CPU ms", "× bare wink"], rows, 90));

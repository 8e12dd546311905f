// Dev tool: time the actors and events stages on the bench corpus (wikinews articles, committed under
// examples/), to find hot spots with `node --cpu-prof`. Usage: npx tsx src/stages/events/build/profile-stages.ts [MB]
import { createAnnotator } from "../../../annotator.js";
import { makeArticle } from "../../../model/document.js";
import { benchCorpus } from "../../../../bench/corpus.js";

const corpus = benchCorpus(Number(process.argv[2] ?? 1) * 1024 * 1024).map((a) => makeArticle(a));
const annotator = createAnnotator();
const ms = new Map<string, number>();
const t0 = performance.now();
for (const a of corpus) annotator.annotate(a, (id, t) => ms.set(id, (ms.get(id) ?? 0) + t));
console.log(`${corpus.length} articles in ${Math.round(performance.now() - t0)} ms`);
for (const [id, t] of [...ms].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(20)} ${Math.round(t)} ms`);

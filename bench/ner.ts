// `npx tsx bench/ner.ts [--mb N] [--rounds N] [--base DIR] [--md5] [--no-wink] [--cold]`: the entities.ner stage's CPU time
// over the bench corpus as a multiple of bare wink-nlp, and optionally of the same stage from another
// checkout (`--base`, e.g. a git worktree of an older commit) measured in the same process, rounds
// interleaved; `--cold` clears the models' word memos before each round (the bench corpus repeats
// its articles, so warm memos flatter the tagger). `--md5` prints the md5 of doc.entities over the first 400 bench articles and the
// examples instead. Prints; writes nothing.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { emptyDocument, makeArticle } from "../src/model/document.js";
import type { Document } from "../src/model/schema.js";
import type { Stage } from "../src/pipeline/stage.js";
import { createEntitiesStage, loadNerModel, type NerModel } from "../src/stages/entities/index.js";
import { createNormaliseStage } from "../src/stages/normalise/normalise.js";
import { createTokensStage, loadWink } from "../src/stages/tokens/wink.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { benchCorpus, type BenchArticle } from "./corpus.js";
import { bestTimes, cpuMs } from "./cpu.js";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const megabytes = Number(option("--mb")) || 1;
const rounds = Number(option("--rounds")) || 5;
const base = option("--base");
const cold = args.includes("--cold");
const models: NerModel[] = [];
/** Forget what the model memoised about words, as if it had never seen them. */
function clearMemos(model: NerModel): void {
  model.memo.clear();
  model.words.clear();
}

const prepare = [createNormaliseStage(), createTokensStage()];
/** Documents as the entities stage receives them. */
function prepared(articles: readonly BenchArticle[]): Document[] {
  return articles.map((a) => prepare.reduce((doc, stage) => stage.run(doc), emptyDocument(makeArticle(a))));
}

const stage = createEntitiesStage();
models.push(loadNerModel());

if (args.includes("--md5")) {
  const examples = readdirSync(join(PACKAGE_ROOT, "examples"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ id: f, title: f, published: null, text: readFileSync(join(PACKAGE_ROOT, "examples", f), "utf8") }));
  const jsonl = readFileSync(join(PACKAGE_ROOT, "examples", "wikinews-2019-2020.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as BenchArticle);
  const docs = prepared([...benchCorpus(4 * 1024 * 1024).slice(0, 400), ...jsonl, ...examples]);
  const hash = createHash("md5");
  let count = 0;
  for (const doc of docs) {
    const entities = stage.run(doc).entities ?? [];
    count += entities.length;
    hash.update(JSON.stringify(entities));
  }
  console.log(`${docs.length} documents, ${count} entities, md5 ${hash.digest("hex")}`);
} else {
  const corpus = benchCorpus(megabytes * 1024 * 1024);
  const docs = prepared(corpus);
  const nlp = loadWink();
  const others: [string, Stage][] = [["this checkout", stage]];
  if (base) {
    const mod = (await import(resolve(base, "src/stages/entities/index.ts"))) as { createEntitiesStage: typeof createEntitiesStage; loadNerModel: typeof loadNerModel };
    others.push([`base ${base}`, mod.createEntitiesStage()]);
    models.push(mod.loadNerModel());
  }
  const { best, keep } = bestTimes();
  for (const [, s] of others) docs.forEach((doc) => s.run(doc)); // warm-up: memos and JIT
  for (let r = 0; r < rounds; r++) {
    if (!args.includes("--no-wink")) keep("bare wink-nlp", cpuMs(() => corpus.forEach((a) => nlp.readDoc(a.text).tokens().out(nlp.its.pos))));
    const order = r % 2 === 0 ? others : [...others].reverse();
    for (const [id, s] of order) {
      if (cold) for (const m of models) clearMemos(m);
      keep(id, cpuMs(() => docs.forEach((doc) => s.run(doc))));
    }
  }
  const wink = best.get("bare wink-nlp") ?? NaN;
  console.log(`${corpus.length} articles, best of ${rounds} rounds`);
  for (const [id, ms] of best) console.log(`${id.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / wink).toFixed(3)} × bare wink`);
}

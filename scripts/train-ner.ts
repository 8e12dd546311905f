// Trains the NER model from ../shared (CoNLL-2003 eng.train, tuned on eng.testa; gazetteers from
// CountryInfo, PETRARCH2 and the Census name lists) and writes resources/ner/{model.json.gz,manifest.json}.
// Reproducible: fixed seeds, no clock or randomness in the model. Usage: npx tsx scripts/train-ner.ts [--quick]
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildGazetteerData, GAZETTEER_SOURCES } from "../src/stages/entities/build/gazetteer-sources.js";
import {
  extractFeatures,
  jackknifePredictions,
  toLayer,
  trainLayer,
  type TrainDoc,
} from "../src/stages/entities/build/perceptron-trainer.js";
import { readConll, scoreSpans, type ConllDocument } from "../src/stages/entities/ner/conll.js";
import { buildGazetteer } from "../src/stages/entities/ner/gazetteer.js";
import { NER_FORMAT, parseModel, serialiseModel } from "../src/stages/entities/ner/model-file.js";
import { mergeLayers, tagWords, type NerModel } from "../src/stages/entities/ner/model.js";
import { bilouConstraints, bilouFromSpans, bilouLabels, CONLL_TYPES, spansFromIob } from "../src/stages/entities/ner/tags.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    shared: { type: "string", default: resolve(root, "../shared") },
    out: { type: "string", default: join(root, "resources/ner") },
    epochs: { type: "string", default: "15" },
    epochs2: { type: "string", default: "15" },
    folds: { type: "string", default: "5" },
    "fold-epochs": { type: "string", default: "8" },
    "min-count": { type: "string", default: "2" },
    prune: { type: "string", default: "0.05" },
    seed: { type: "string", default: "20031" },
    "no-stage2": { type: "boolean", default: false },
    "no-gazetteer": { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
  },
});
const P = {
  epochs: Number(args.epochs),
  epochs2: Number(args.epochs2),
  folds: Number(args.folds),
  foldEpochs: Number(args["fold-epochs"]),
  minCount: Number(args["min-count"]),
  prune: Number(args.prune),
  seed: Number(args.seed),
  stage2: !args["no-stage2"],
  gazetteer: !args["no-gazetteer"],
};
const shared = resolve(args.shared as string);
const log = (msg: string) => process.stderr.write(`[train-ner] ${msg}\n`);
const t0 = Date.now();

const labels = bilouLabels(CONLL_TYPES);
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const constraints = bilouConstraints(labels);

function toTrainDocs(docs: ConllDocument[]): TrainDoc[] {
  return docs.map((d) => ({
    sentences: d.sentences.map((s) => {
      const words = s.rows.map((r) => r[0]);
      const tags = s.rows.map((r) => r[r.length - 1]);
      const bilou = bilouFromSpans(spansFromIob(tags), words.length);
      return { words, labels: Int32Array.from(bilou, (t) => labelIndex.get(t) ?? 0) };
    }),
  }));
}

function evaluate(model: NerModel, docs: ConllDocument[]) {
  const gold: string[][] = [];
  const pred: string[][] = [];
  let tokens = 0;
  const start = process.hrtime.bigint();
  for (const d of docs) {
    const sentences = d.sentences.map((s) => s.rows.map((r) => r[0]));
    const tags = tagWords(model, sentences);
    d.sentences.forEach((s, i) => {
      gold.push(s.rows.map((r) => r[r.length - 1]));
      pred.push(tags[i]);
      tokens += s.rows.length;
    });
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { ...scoreSpans(gold, pred), tokens, tokensPerSecond: Math.round(tokens / seconds) };
}

function fmt(s: ReturnType<typeof scoreSpans>): string {
  const types = Object.entries(s.byType).map(([t, p]) => `${t} ${p.f1.toFixed(2)}`);
  return `micro P ${s.micro.precision.toFixed(2)} R ${s.micro.recall.toFixed(2)} F1 ${s.micro.f1.toFixed(2)} | ${types.join(" | ")}`;
}

const readText = (p: string) => readFileSync(join(shared, p), "utf8");
const trainConll = readConll(readText("gold/ner/eng.train"));
const devConll = readConll(readText("gold/ner/eng.testa"));
const wikiConll = readConll(readText("gold/ner/wikigold.conll.txt"));
const train = toTrainDocs(trainConll);
log(`read ${train.length} training documents; params ${JSON.stringify(P)}`);

// The project's own reviewed actor supplement (committed, MIT) adds groups and office holders newer
// than the 2015-era dictionaries; everything else comes from ../shared.
const supplement = join(root, "resources/dictionaries/supplement.json");
const gazetteerData = P.gazetteer ? buildGazetteerData(shared, existsSync(supplement) ? supplement : undefined) : {};
const gaz = P.gazetteer ? buildGazetteer(gazetteerData) : null;
log(`gazetteers: ${Object.entries(gazetteerData).map(([k, v]) => `${k} ${v.length}`).join(", ")}`);

const gold = Int32Array.from(train.flatMap((d) => d.sentences.flatMap((s) => Array.from(s.labels))));
const m1 = extractFeatures(train, gaz, P.minCount);
log(`stage 1: ${m1.names.length} features, ${m1.ids.length} feature occurrences (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const w1 = trainLayer(m1, gold, labels.length, constraints, {
  epochs: P.epochs,
  seed: P.seed,
  onEpoch: (e, mistakes) => log(`  stage 1 epoch ${e + 1}: ${mistakes} sentences wrong`),
});
const stage1 = toLayer(m1, w1, labels.length, P.prune);
log(`stage 1 trained: ${stage1.features.size} features kept (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

let stage2 = null;
if (P.stage2) {
  const predicted = jackknifePredictions(train, m1, gold, labels, constraints, { folds: P.folds, epochs: P.foldEpochs, seed: P.seed + 1 });
  log(`jackknifed first-pass labels over ${P.folds} folds (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const m2 = extractFeatures(train, gaz, P.minCount, predicted, labels);
  const w2 = trainLayer(m2, gold, labels.length, constraints, {
    epochs: P.epochs2,
    seed: P.seed + 100,
    onEpoch: (e, mistakes) => log(`  stage 2 epoch ${e + 1}: ${mistakes} sentences wrong`),
  });
  stage2 = toLayer(m2, w2, labels.length, P.prune);
  log(`stage 2 trained: ${stage2.features.size} features kept (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
const trainingSeconds = (Date.now() - t0) / 1000;

const bytes = serialiseModel({ labels, gazetteerData, ...mergeLayers(stage1, stage2, labels.length) });
const loadStart = process.hrtime.bigint();
const model = parseModel(bytes, "trained model");
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
const dev = evaluate(model, devConll);
log(`eng.testa: ${fmt(dev)}`);
const wiki = evaluate(model, wikiConll);
log(`wikigold:  ${fmt(wiki)}`);
// Speed on one core, JIT warm (after the runs above): best of three passes over eng.testa with the
// model's word memos emptied first (every word form new to the model), and with them full.
const speed = (fresh: boolean) => {
  let best = 0;
  for (let r = 0; r < 3; r++) {
    if (fresh) {
      model.memo.clear();
      model.words.clear();
    }
    best = Math.max(best, evaluate(model, devConll).tokensPerSecond);
  }
  return best;
};
const freshSpeed = speed(true);
const warmSpeed = speed(false);
log(`model ${(bytes.length / 1e6).toFixed(2)} MB, parsed in ${loadMs.toFixed(0)} ms; tagging ${freshSpeed} tokens/s (empty word memo), ${warmSpeed} tokens/s (warm memo)`);

if (!args["dry-run"]) {
  const out = resolve(args.out as string);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "model.json.gz"), bytes);
  const sha = (p: string) => createHash("sha256").update(readFileSync(join(shared, p))).digest("hex");
  const round = (s: ReturnType<typeof scoreSpans>) => ({
    micro: { precision: +s.micro.precision.toFixed(2), recall: +s.micro.recall.toFixed(2), f1: +s.micro.f1.toFixed(2) },
    byType: Object.fromEntries(
      Object.entries(s.byType).map(([t, p]) => [t, { precision: +p.precision.toFixed(2), recall: +p.recall.toFixed(2), f1: +p.f1.toFixed(2) }]),
    ),
  });
  const manifest = {
    name: "sitrep NER model",
    file: "model.json.gz",
    format: NER_FORMAT,
    sha256: model.sha256,
    bytes: bytes.length,
    method:
      "two stacked averaged structured perceptrons (stage 2 reads jackknifed stage-1 labels of the same word elsewhere in the document), first-order Viterbi over BILOU labels with hard transition constraints",
    labels,
    parameters: P,
    training: {
      data: { source: "CoNLL-2003 English eng.train (IOB1), tuned on eng.testa", licence: "research use only; not redistributed — the model stores only weights and hashed feature keys", sha256: { "eng.train": sha("gold/ner/eng.train"), "eng.testa": sha("gold/ner/eng.testa") } },
      seconds: Math.round(trainingSeconds),
    },
    gazetteers: GAZETTEER_SOURCES,
    supplementSha256: existsSync(supplement) ? createHash("sha256").update(readFileSync(supplement)).digest("hex") : null,
    features: { stage1: stage1.features.size, stage2: stage2?.features.size ?? 0, shared: model.features.size },
    scores: {
      "eng.testa": round(dev),
      wikigold: round(wiki),
      note: "exact-span (conlleval) scoring on CoNLL types PER/ORG/LOC/MISC; wikigold is out of domain",
    },
    speed: {
      note: "one core, eng.testa, best of 3 after JIT warm-up; measured on a shared 2-core machine, so a lower bound",
      tokensPerSecondEmptyMemo: freshSpeed,
      tokensPerSecondWarmMemo: warmSpeed,
      parseMs: Math.round(loadMs),
    },
  };
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  log(`wrote ${join(out, "model.json.gz")} and manifest.json`);
}

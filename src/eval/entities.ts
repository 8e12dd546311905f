// Entities on CoNLL-2003 eng.testa and wikigold: the words are given, so they go through the same NER
// tagger the entities stage uses (word-level entry point), and are scored with conlleval's rules.
import { join } from "node:path";
import type { Annotator } from "../annotator.js";
import { EntityType } from "../model/schema.js";
import { loadNerModel, tagWords, toConllType, type NerModel } from "../stages/entities/index.js";
import { BASELINES } from "./baselines.js";
import { readConll, type ConllSentence } from "./gold/conll.js";
import { measured } from "./rows.js";
import { scoreConll, type ConllScore } from "./scorers/conll.js";
import { percent } from "./scorers/prf.js";
import type { EvalOptions, Evaluator, RowSpec, ScoreRow } from "./types.js";

const CONLL_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
/** The resource key under which the entities stage records its model's hash. */
const MODEL_RESOURCE = "ner-model";

interface GoldSet {
  name: string;
  file: string;
  baseline: string;
}

const GOLD_SETS: readonly GoldSet[] = [
  {
    name: "CoNLL-2003 eng.testa",
    file: "gold/ner/eng.testa",
    baseline: BASELINES.conll,
  },
  { name: "wikigold", file: "gold/ner/wikigold.conll.txt", baseline: BASELINES.wikigold },
];

function specs(set: GoldSet): RowSpec[] {
  const row = (metric: string, baseline?: string): RowSpec => ({
    capability: "entities",
    goldSet: set.name,
    metric,
    unit: "%",
    ...(baseline ? { baseline } : {}),
  });
  return [
    row("micro F1 (exact span)", set.baseline),
    row("micro precision"),
    row("micro recall"),
    ...CONLL_TYPES.map((type) => row(`${type} F1`)),
  ];
}

/** Re-type a BIO tag to CoNLL's four types (sitrep types via the stage's own toConllType); anything else becomes O. */
export function toConll(tag: string, toConll: (type: EntityType) => string = toConllType): string {
  if (tag === "O" || tag.length < 3 || tag[1] !== "-") return "O";
  const type = tag.slice(2);
  if ((CONLL_TYPES as readonly string[]).includes(type)) return tag;
  const sitrep = EntityType.safeParse(type);
  return sitrep.success ? `${tag[0]}-${toConll(sitrep.data)}` : "O";
}

/**
 * The model the pipeline's entities stage was built with: the default model file, checked against the
 * hash the stage reports, so the scores are the pipeline's own tagger and not some other file.
 */
function pipelineModel(annotator: Annotator): NerModel {
  const model = loadNerModel();
  const hashes = annotator.pipeline.stages.map((stage) => stage.resources?.[MODEL_RESOURCE]).filter((h): h is string => h !== undefined);
  if (hashes.length > 0 && !hashes.includes(model.sha256)) {
    throw new Error(`the entities stage uses NER model ${hashes[0]}, but the default model file is ${model.sha256}`);
  }
  return model;
}

/** Tag sentences document by document (the tagger uses document-level consistency), in their order. */
function tagByDocument(model: NerModel, sentences: readonly ConllSentence[]): string[][] {
  const tags: string[][] = [];
  let i = 0;
  while (i < sentences.length) {
    let j = i;
    while (j < sentences.length && sentences[j].document === sentences[i].document) j++;
    const words = sentences.slice(i, j).map((s) => s.words);
    tags.push(...tagWords(model, words).map((sentenceTags) => sentenceTags.map((t) => toConll(t))));
    i = j;
  }
  return tags;
}

function rowsFor(set: GoldSet, score: ConllScore, note: string): ScoreRow[] {
  const [f1, p, r, ...perType] = specs(set);
  return [
    measured(f1, percent(score.micro.f1), note),
    measured(p, percent(score.micro.precision)),
    measured(r, percent(score.micro.recall)),
    ...perType.map((spec, i) => measured(spec, percent(score.byType[CONLL_TYPES[i]]?.f1 ?? 0))),
  ];
}

/** sitrep's entity types and the CoNLL type each is scored as, from the stage's own toConllType. */
export function typeMapping(): string {
  return EntityType.options.map((type) => `${type} → ${toConllType(type)}`).join(", ");
}

export const evaluator: Evaluator = {
  capability: "entities",
  goldSets: GOLD_SETS.map((s) => s.name),
  plan: () => GOLD_SETS.flatMap(specs),
  method: [
    "**Entities** (CoNLL-2003 `eng.testa`, wikigold). The words are given, so the pipeline's tokeniser cannot be used: they go, document by document, through the entities stage's own NER model (`tagWords`, the model whose hash the stage reports). Scoring follows conlleval: a chunk starts at `B-`, at `I-` after `O`, or where the type changes (so IOB1 gold reads correctly); a predicted entity counts only if a gold entity has the same type and the same first and last token. Per-type and micro-averaged P/R/F1.",
    `sitrep's types are scored as CoNLL types by the stage's \`toConllType\`: ${typeMapping()}.`,
  ],
  async run(annotator: Annotator, options: EvalOptions): Promise<ScoreRow[]> {
    const model = pipelineModel(annotator);
    const rows: ScoreRow[] = [];
    for (const set of GOLD_SETS) {
      let sentences: ConllSentence[] = readConll(join(options.sharedDir, set.file));
      const total = sentences.length;
      if (options.limit !== undefined) sentences = sentences.slice(0, options.limit);
      const started = performance.now();
      const predicted = tagByDocument(model, sentences);
      const seconds = (performance.now() - started) / 1000;
      const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
      const score = scoreConll(
        sentences.map((s) => s.tags),
        predicted,
      );
      const subset = sentences.length < total ? `first ${sentences.length} of ${total} sentences; ` : "";
      const note = `${subset}${tokens} tokens tagged at ${Math.round(tokens / Math.max(seconds, 1e-9))} tokens/s`;
      rows.push(...rowsFor(set, score, note));
    }
    return rows;
  },
};

// MEANTIME evaluator for times: rebuilds each article's text from its CAT XML tokens, runs the public
// annotator on it with the document creation time as publication date, and scores TIMEX3 detection
// (relaxed and strict spans) and value normalisation (accuracy and TempEval-3 value F1).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DOMParser } from "linkedom";
import type { Annotator } from "../annotator.js";
import { normaliseText } from "../model/normalise.js";
import type { TimeExpression } from "../model/schema.js";
import { matchSpans, percent, prf, ratio, scoreSpans, type Prf } from "./scorers/index.js";
import type { EvalOptions, Evaluator, ScoreRow } from "./types.js";

const GOLD_SET = "MEANTIME en";
const MEANTIME_DIR = join("gold", "time", "meantime_en", "intra_cross-doc_annotation");

/**
 * MEANTIME annotates times only in the title, the dateline and the first sentences of each article
 * (sentence numbers 0–5; no TIMEX3 anchor in the corpus lies later). Predictions after that are not
 * scored, otherwise every correct time in the unannotated rest would count as a false positive.
 */
export const ANNOTATED_SENTENCES = 6;

/** One gold TIMEX3 with its character span in the rebuilt text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  creationTime: boolean;
}

/** A MEANTIME document rebuilt as plain text, with its gold times. */
export interface MeantimeDocument {
  id: string;
  name: string;
  text: string;
  /** The document creation time as YYYY-MM-DD, or null. */
  published: string | null;
  /** End offset of the annotated part of the text (sentences 0–5). */
  scoredEnd: number;
  /** The dateline (sentence 1), whose TIMEX3 is the creation time: scored, but also reported apart. */
  dateline: { start: number; end: number } | null;
  gold: GoldTimex[];
}

interface XmlToken {
  id: string;
  sentence: number;
  text: string;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|’s|n't|n’t|'re|'ve|'ll|'d|'m|''|”|’)$/;
const NO_SPACE_AFTER = /^(?:[([{$#“‘`]|``|US\$|£|€)$/;

/**
 * Rebuild running text from tokens: no space before closing punctuation and clitics, none after
 * opening brackets; straight double quotes alternate between opening and closing. The title and the
 * dateline (sentences 0 and 1) are lines of their own, the body is one paragraph.
 */
export function rebuildText(tokens: readonly XmlToken[]): { text: string; offsets: Map<string, { start: number; end: number }>; sentenceEnds: number[] } {
  let text = "";
  const offsets = new Map<string, { start: number; end: number }>();
  const sentenceEnds: number[] = [];
  let quoteOpen = false;
  let prev: XmlToken | null = null;
  for (const token of tokens) {
    const word = token.text.replace(/\s+/g, " ").trim();
    if (!word) continue;
    if (prev) {
      if (token.sentence !== prev.sentence) {
        sentenceEnds[prev.sentence] = text.length;
        text += prev.sentence <= 1 ? "\n" : " ";
      } else {
        const isQuote = word === '"';
        const closing = isQuote && quoteOpen;
        const glue = NO_SPACE_BEFORE.test(word) || closing || NO_SPACE_AFTER.test(prev.text) || (prev.text === '"' && quoteOpen && !isQuote);
        if (!glue) text += " ";
      }
    }
    if (word === '"') quoteOpen = !quoteOpen;
    const start = text.length;
    text += word;
    offsets.set(token.id, { start, end: text.length });
    prev = token;
  }
  if (prev) sentenceEnds[prev.sentence] = text.length;
  return { text, offsets, sentenceEnds };
}

/** Read one MEANTIME CAT XML file into text and gold times. */
export function readMeantimeDocument(xml: string, name: string): MeantimeDocument {
  const dom = new DOMParser().parseFromString(xml, "text/xml");
  const root = dom.documentElement;
  const tokens: XmlToken[] = [...dom.querySelectorAll("token")].map((t) => ({
    id: t.getAttribute("t_id") ?? "",
    sentence: Number(t.getAttribute("sentence") ?? 0),
    text: t.textContent ?? "",
  }));
  const { text, offsets, sentenceEnds } = rebuildText(tokens);
  const datelineTokens = tokens.filter((t) => t.sentence === 1).map((t) => offsets.get(t.id)).filter((o) => o !== undefined);
  const dateline = datelineTokens.length > 0 ? { start: datelineTokens[0].start, end: datelineTokens[datelineTokens.length - 1].end } : null;
  const sentenceOf = new Map(tokens.map((t) => [t.id, t.sentence]));
  let published: string | null = null;
  let datelineValue: string | null = null;
  const gold: GoldTimex[] = [];
  for (const timex of [...dom.querySelectorAll("TIMEX3")]) {
    const creationTime = timex.getAttribute("functionInDocument") === "CREATION_TIME";
    const value = (timex.getAttribute("value") ?? "").trim();
    const anchors = [...timex.querySelectorAll("token_anchor")].map((a) => a.getAttribute("t_id") ?? "");
    if (creationTime) published = isoDay(value);
    if (anchors.length > 0 && anchors.every((id) => sentenceOf.get(id) === 1)) datelineValue ??= isoDay(value);
    const spans = anchors
      .map((id) => offsets.get(id))
      .filter((s): s is { start: number; end: number } => s !== undefined);
    // A TIMEX3 without tokens (an anchor-only time, or a DCT not in the text) is not text to find.
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    gold.push({ start, end, text: text.slice(start, end), type: timex.getAttribute("type") ?? "", value, creationTime });
  }
  gold.sort((a, b) => a.start - b.start);
  // Two documents do not flag their creation time; sentence 1 of every MEANTIME article is its dateline.
  published ??= datelineValue;
  const lastScored = Math.min(ANNOTATED_SENTENCES, sentenceEnds.length) - 1;
  const scoredEnd = sentenceEnds.slice(0, lastScored + 1).reduce((m, e) => Math.max(m, e ?? 0), 0);
  return { id: root?.getAttribute("doc_id") ?? name, name, text, published, scoredEnd, dateline, gold };
}

/** A TimeML day value as YYYY-MM-DD; one MEANTIME creation time is written DD-MM-YYYY. */
function isoDay(value: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1];
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : null;
}

/** Every MEANTIME English document under the shared folder, in a stable order. */
export function readMeantime(sharedDir: string, limit?: number): MeantimeDocument[] {
  const base = join(sharedDir, MEANTIME_DIR);
  const files: string[] = [];
  for (const corpus of readdirSync(base).sort()) {
    for (const file of readdirSync(join(base, corpus)).sort()) if (file.endsWith(".xml")) files.push(join(base, corpus, file));
  }
  return files.slice(0, limit ?? files.length).map((f) => readMeantimeDocument(readFileSync(f, "utf8"), relative(base, f)));
}

/**
 * Compare a sitrep value with a TimeML value: sitrep writes decades "199X" and centuries "19XX"
 * where TimeML writes "199" and "19"; everything else must be equal.
 */
export function normaliseTimeValue(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim().toUpperCase();
  return v.replace(/^(\d{3})X$/, "$1").replace(/^(\d{2})XX$/, "$1");
}

/** Counts from scoring one or many documents. */
export interface TimeScores {
  relaxed: Prf;
  strict: Prf;
  /** Relaxed matches whose normalised values agree. */
  valueCorrect: number;
  matched: number;
  predicted: number;
  gold: number;
  /** Value correct / matched, per gold TIMEX3 type. */
  byType: Record<string, { matched: number; correct: number; gold: number }>;
  errors: { doc: string; kind: "missed" | "spurious" | "value" | "span"; text: string; gold?: string; predicted?: string | null }[];
}

/**
 * Score the predicted times of one document against its gold TIMEX3s (predictions outside the
 * annotated part are ignored). `bodyOnly` leaves the dateline out on both sides.
 */
export function scoreDocument(docAll: MeantimeDocument, predictedAll: readonly TimeExpression[], options: { bodyOnly?: boolean } = {}): TimeScores {
  const line = docAll.dateline;
  const outside = (s: { start: number; end: number }) => !(options.bodyOnly && line && s.start < line.end && s.end > line.start);
  const doc = { ...docAll, gold: docAll.gold.filter(outside) };
  const predicted = predictedAll.filter((t) => t.start < doc.scoredEnd && outside(t));
  const relaxed = scoreSpans(doc.gold, predicted, { mode: "overlap" });
  const strict = scoreSpans(doc.gold, predicted, { mode: "exact" });
  const matches = matchSpans(doc.gold, predicted, { mode: "overlap" });
  const byType: TimeScores["byType"] = {};
  const errors: TimeScores["errors"] = [];
  for (const g of doc.gold) (byType[g.type] ??= { matched: 0, correct: 0, gold: 0 }).gold++;
  let valueCorrect = 0;
  const matchedGold = new Set<number>();
  const matchedPred = new Set<number>();
  for (const m of matches) {
    const g = doc.gold[m.gold];
    const p = predicted[m.predicted];
    matchedGold.add(m.gold);
    matchedPred.add(m.predicted);
    const ok = normaliseTimeValue(p.value) === normaliseTimeValue(g.value);
    if (g.start !== p.start || g.end !== p.end) errors.push({ doc: doc.name, kind: "span", text: `${g.text} | ${p.text}` });
    byType[g.type].matched++;
    if (ok) {
      valueCorrect++;
      byType[g.type].correct++;
    } else {
      errors.push({ doc: doc.name, kind: "value", text: `${g.text} | ${p.text}`, gold: g.value, predicted: p.value });
    }
  }
  doc.gold.forEach((g, i) => {
    if (!matchedGold.has(i)) errors.push({ doc: doc.name, kind: "missed", text: g.text, gold: g.value });
  });
  predicted.forEach((p, i) => {
    if (!matchedPred.has(i)) errors.push({ doc: doc.name, kind: "spurious", text: p.text, predicted: p.value });
  });
  return { relaxed, strict, valueCorrect, matched: matches.length, predicted: predicted.length, gold: doc.gold.length, byType, errors };
}

/** Add up document scores. */
export function sumScores(parts: readonly TimeScores[]): TimeScores {
  const add = (a: Prf, b: Prf) => prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
  const zero = prf(0, 0, 0);
  const total: TimeScores = { relaxed: zero, strict: zero, valueCorrect: 0, matched: 0, predicted: 0, gold: 0, byType: {}, errors: [] };
  for (const p of parts) {
    total.relaxed = add(total.relaxed, p.relaxed);
    total.strict = add(total.strict, p.strict);
    total.valueCorrect += p.valueCorrect;
    total.matched += p.matched;
    total.predicted += p.predicted;
    total.gold += p.gold;
    for (const [type, c] of Object.entries(p.byType)) {
      const t = (total.byType[type] ??= { matched: 0, correct: 0, gold: 0 });
      t.matched += c.matched;
      t.correct += c.correct;
      t.gold += c.gold;
    }
    total.errors.push(...p.errors);
  }
  return total;
}

/** Annotate every document with the given annotator and score it. */
export function evaluateMeantime(
  annotator: Annotator,
  documents: readonly MeantimeDocument[],
): TimeScores & { body: TimeScores; sentences: number; ms: number } {
  const parts: TimeScores[] = [];
  const bodies: TimeScores[] = [];
  let sentences = 0;
  let ms = 0;
  for (const doc of documents) {
    if (normaliseText(doc.text) !== doc.text) throw new Error(`MEANTIME ${doc.name}: rebuilt text is not in normal form`);
    const annotated = annotator.annotate({ text: doc.text, published: doc.published, id: doc.id }, (stage, t) => {
      if (stage === "times") ms += t;
    });
    sentences += annotated.sentences.length;
    parts.push(scoreDocument(doc, annotated.times));
    bodies.push(scoreDocument(doc, annotated.times, { bodyOnly: true }));
  }
  return { ...sumScores(parts), body: sumScores(bodies), sentences, ms };
}

function rows(scores: ReturnType<typeof evaluateMeantime>, documents: number): ScoreRow[] {
  const base = { capability: "times", goldSet: GOLD_SET, unit: "%", status: "ok" } as const;
  const valueP = ratio(scores.valueCorrect, scores.predicted);
  const valueR = ratio(scores.valueCorrect, scores.gold);
  const valueF1 = valueP + valueR === 0 ? 0 : (2 * valueP * valueR) / (valueP + valueR);
  const counts = `${documents} docs, ${scores.gold} gold TIMEX3, ${scores.predicted} predicted`;
  const body = scores.body;
  const bodyNote = `without datelines: F1 ${percent(body.relaxed.f1)} relaxed, ${percent(body.strict.f1)} strict, value accuracy ${percent(ratio(body.valueCorrect, body.matched))}`;
  const perThousand = scores.sentences ? (scores.ms / scores.sentences) * 1000 : 0;
  return [
    {
      ...base,
      metric: "detection F1 (relaxed, overlapping spans)",
      value: percent(scores.relaxed.f1),
      baseline: "target ≥ 85",
      note: `P ${percent(scores.relaxed.precision)} R ${percent(scores.relaxed.recall)}; ${counts}; ${bodyNote}`,
    },
    {
      ...base,
      metric: "detection F1 (strict, exact spans)",
      value: percent(scores.strict.f1),
      note: `P ${percent(scores.strict.precision)} R ${percent(scores.strict.recall)}`,
    },
    {
      ...base,
      metric: "value accuracy (of matched expressions)",
      value: percent(ratio(scores.valueCorrect, scores.matched)),
      baseline: "target ≥ 85",
      note: `${scores.valueCorrect}/${scores.matched} matched; ` +
        Object.entries(scores.byType)
          .sort()
          .map(([t, c]) => `${t} ${c.correct}/${c.matched} (gold ${c.gold})`)
          .join(", "),
    },
    {
      ...base,
      metric: "value F1 (TempEval-3 style)",
      value: percent(valueF1),
      baseline: "HeidelTime 77.6 value F1 on TempEval-3",
      note: `P ${percent(valueP)} R ${percent(valueR)}; times stage ${perThousand.toFixed(0)} ms per 1,000 sentences`,
    },
  ];
}

const METRICS = ["detection F1 (relaxed, overlapping spans)", "detection F1 (strict, exact spans)", "value accuracy (of matched expressions)", "value F1 (TempEval-3 style)"];

/** The times evaluator for the scoreboard. */
export const evaluator: Evaluator = {
  capability: "times",
  goldSets: [GOLD_SET],
  async run(annotator: Annotator, options: EvalOptions): Promise<ScoreRow[]> {
    if (!annotator.pipeline.stages.some((s) => s.assigns.includes("times"))) {
      return METRICS.map((metric) => ({
        capability: "times",
        goldSet: GOLD_SET,
        metric,
        value: null,
        unit: "%",
        status: "not implemented",
        note: "no stage in the pipeline assigns times",
      }));
    }
    const documents = readMeantime(options.sharedDir, options.limit);
    return rows(evaluateMeantime(annotator, documents), documents.length);
  },
};

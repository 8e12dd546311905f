// CoNLL-format NER text: reading documents and sentences, appending a predicted tag column, and
// exact-span scoring (the conlleval metric: an entity counts only if its boundaries and type match).
import type { NerModel } from "./model.js";
import { tagWords } from "./model.js";
import { spansFromIob } from "./tags.js";

/** One sentence: its token lines' columns, with the line number of each token. */
export interface ConllSentence {
  rows: string[][];
  lines: number[];
}

/** A document: the sentences between two -DOCSTART- lines. */
export interface ConllDocument {
  sentences: ConllSentence[];
}

const DOCSTART = "-DOCSTART-";

/** Split CoNLL text into documents and sentences (columns split on whitespace). */
export function readConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllSentence | null = null;
  text.split(/\r?\n/).forEach((line, n) => {
    const cols = line.trim().split(/\s+/).filter(Boolean);
    if (cols.length === 0) {
      sentence = null;
      return;
    }
    if (cols[0] === DOCSTART) {
      doc = { sentences: [] };
      docs.push(doc);
      sentence = null;
      return;
    }
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    if (!sentence) {
      sentence = { rows: [], lines: [] };
      doc.sentences.push(sentence);
    }
    sentence.rows.push(cols);
    sentence.lines.push(n);
  });
  return docs.filter((d) => d.sentences.length > 0);
}

/**
 * Tag CoNLL text: every token line gets the predicted BIO tag appended as a new last column;
 * -DOCSTART- lines, blank lines and line order are kept, and each document is tagged as one.
 */
export function tagConll(model: NerModel, conllText: string): string {
  const eol = conllText.includes("\r\n") ? "\r\n" : "\n";
  const lines = conllText.split(/\r?\n/);
  for (const doc of readConll(conllText)) {
    const tags = tagWords(
      model,
      doc.sentences.map((s) => s.rows.map((r) => r[0])),
    );
    doc.sentences.forEach((s, i) => {
      s.lines.forEach((line, j) => {
        lines[line] = `${lines[line].replace(/\s+$/, "")} ${tags[i][j]}`;
      });
    });
  }
  return lines.join(eol);
}

/** Precision, recall and F1 (percent) with the counts behind them. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? (100 * tp) / (tp + fp) : 0;
  const recall = tp + fn ? (100 * tp) / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Exact-span scores per type and micro-averaged, from gold and predicted IOB (IOB1 or BIO) tag sequences. */
export function scoreSpans(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): { micro: Prf; byType: Record<string, Prf> } {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: "tp" | "fp" | "fn") => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(type, c);
  };
  gold.forEach((g, s) => {
    const gs = spansFromIob(g);
    const ps = spansFromIob(predicted[s]);
    const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
    const goldKeys = new Set(gs.map(key));
    const predKeys = new Set(ps.map(key));
    for (const p of ps) bump(p.type, goldKeys.has(key(p)) ? "tp" : "fp");
    for (const x of gs) if (!predKeys.has(key(x))) bump(x.type, "fn");
  });
  const byType: Record<string, Prf> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { micro: prf(tp, fp, fn), byType };
}

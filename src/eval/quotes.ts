// PolNeAR evaluator for the quotes layer: reads the brat attribution files (source, cue, content),
// runs the public annotator on each text and scores speaker, cue and content at word-token level.
//
// Counting: a token is a maximal run of letters and digits (punctuation and quotation marks never
// count, so “…,” with or without its marks scores the same). A token belongs to a span if it overlaps
// it. Predicted quotes are matched to gold attributions by content: each quote goes to the gold
// attribution its content shares most tokens with (a gold attribution whose content is split, like
// “…,” he said, “…”, may collect several quotes). For each role, the predicted tokens of a gold
// attribution's quotes are united and compared with its gold tokens; unmatched quotes count all their
// tokens as false positives, unmatched gold attributions all theirs as false negatives.
// Exact-span F1 per role: a matched gold attribution counts when the united predicted tokens of that
// role equal its gold tokens. Texts annotated by several annotators are scored on the first annotation
// (alphabetical annotator id), so no text weighs more than once.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Annotator } from "../annotator.js";
import { InputError } from "../model/errors.js";
import type { Quote, Span } from "../model/schema.js";
import { percent, prf, ratio, type Prf } from "./scorers/index.js";
import type { EvalOptions, Evaluator, RowSpec, ScoreRow } from "./types.js";

export const ROLES = ["source", "cue", "content"] as const;
export type Role = (typeof ROLES)[number];

/** One attribution as token-index sets per role; `core` marks gold with a plain reporting cue. */
export type RoleTokens = Record<Role, ReadonlySet<number>> & { core?: boolean };

/**
 * Gold cues of plain reported speech ("said", "told", "according to", "wrote", "added"): PolNeAR
 * also annotates stances, plans and evidence ("attacked", "planned", "polls show"), so recall on
 * this subset tells how well speech itself is found.
 */
const CORE_CUE = /\b(?:said|say|says|saying|told|tell|tells|telling|according to|wrote|write|writes|added|adding|adds)\b/i;

/** A gold attribution as character spans (brat fragments) per role. */
export type GoldAttribution = Record<Role, Span[]>;

const GOLD_SET = "PolNeAR";
const BASELINE: Record<Role, string> = {
  source: "target ≥ 80; PARC 3.0 anchor 82",
  cue: "PARC 3.0 anchor 82",
  content: "target ≥ 70; PARC 3.0 anchor 59",
};

const ROLE_LABEL: Record<string, Role> = { Source: "source", Cue: "cue", Content: "content" };

/** Parse a brat .ann file of PolNeAR: E lines tie Source, Cue and Content text-bound annotations. */
export function parsePolnearAnn(ann: string, file = "ann"): GoldAttribution[] {
  const spans = new Map<string, { label: string; spans: Span[] }>();
  const events: string[][] = [];
  ann.split("\n").forEach((line, n) => {
    if (!line.trim()) return;
    const cols = line.split("\t");
    if (cols[0].startsWith("T")) {
      const m = /^(\S+) (.+)$/.exec(cols[1] ?? "");
      if (!m) throw new InputError("eval.polnear-ann", `${file}:${n + 1}`, "text-bound annotation without label and offsets");
      const fragments = m[2].split(";").map((part) => {
        const [start, end] = part.trim().split(/\s+/).map(Number);
        if (!Number.isInteger(start) || !Number.isInteger(end) || end < start) {
          throw new InputError("eval.polnear-ann", `${file}:${n + 1}`, `bad offsets "${part}"`);
        }
        return { start, end };
      });
      spans.set(cols[0], { label: m[1], spans: fragments });
    } else if (cols[0].startsWith("E")) {
      events.push((cols[1] ?? "").split(/\s+/).filter(Boolean));
    }
  });
  return events.map((args) => {
    const gold: GoldAttribution = { source: [], cue: [], content: [] };
    for (const arg of args) {
      const [label, id] = arg.split(":");
      const role = ROLE_LABEL[label];
      const target = spans.get(id);
      if (role && target) gold[role].push(...target.spans);
    }
    return gold;
  });
}

/** Word tokens of a text (letters and digits only), as spans. */
export function wordTokens(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Indices of the tokens that overlap any of the spans. */
export function tokensIn(tokens: readonly Span[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const span of spans) {
    if (span.end <= span.start) continue;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let t = lo; t < tokens.length && tokens[t].start < span.end; t++) out.add(t);
  }
  return out;
}

/** Role token sets of a predicted quote: speaker, cue, content. */
export function quoteTokens(tokens: readonly Span[], quote: Quote): RoleTokens {
  const speaker = quote.speaker && quote.speaker.start != null && quote.speaker.end != null ? [{ start: quote.speaker.start, end: quote.speaker.end }] : [];
  return {
    source: tokensIn(tokens, speaker),
    cue: tokensIn(tokens, quote.cue ? [quote.cue] : []),
    content: tokensIn(tokens, [quote]),
  };
}

/** Counts for one role over a set of documents. */
export interface RoleCounts {
  tokens: { tp: number; fp: number; fn: number };
  exact: { tp: number; fp: number; fn: number };
}

export type Counts = Record<Role, RoleCounts> & {
  attributions: { tp: number; fp: number; fn: number };
  /** Recall on gold attributions with a plain reporting cue: found of total, source tokens found of total. */
  core: { found: number; total: number; sourceFound: number; sourceTotal: number };
};

export function emptyCounts(): Counts {
  const role = (): RoleCounts => ({ tokens: { tp: 0, fp: 0, fn: 0 }, exact: { tp: 0, fp: 0, fn: 0 } });
  return {
    source: role(), cue: role(), content: role(),
    attributions: { tp: 0, fp: 0, fn: 0 },
    core: { found: 0, total: 0, sourceFound: 0, sourceTotal: 0 },
  };
}

function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function equalSets(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && overlap(a, b) === a.size;
}

/** Score one document's predicted quotes against its gold attributions; adds into `counts`. */
export function scoreDocument(gold: readonly RoleTokens[], predicted: readonly RoleTokens[], counts: Counts): void {
  const groups = gold.map(() => [] as RoleTokens[]);
  const unmatched: RoleTokens[] = [];
  for (const p of predicted) {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, i) => {
      const o = overlap(p.content, g.content);
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best >= 0) groups[best].push(p);
    else unmatched.push(p);
  }
  gold.forEach((g, i) => {
    if (!g.core) return;
    counts.core.total++;
    counts.core.sourceTotal += g.source.size;
    if (groups[i].length === 0) return;
    counts.core.found++;
    const union = new Set<number>();
    for (const p of groups[i]) for (const t of p.source) union.add(t);
    counts.core.sourceFound += overlap(union, g.source);
  });
  counts.attributions.tp += groups.filter((g) => g.length > 0).length;
  counts.attributions.fn += groups.filter((g) => g.length === 0).length;
  counts.attributions.fp += unmatched.length;
  for (const role of ROLES) {
    const c = counts[role];
    gold.forEach((g, i) => {
      const union = new Set<number>();
      for (const p of groups[i]) for (const t of p[role]) union.add(t);
      const tp = overlap(union, g[role]);
      c.tokens.tp += tp;
      c.tokens.fp += union.size - tp;
      c.tokens.fn += g[role].size - tp;
      if (union.size > 0 && g[role].size > 0 && equalSets(union, g[role])) c.exact.tp++;
      else {
        if (union.size > 0) c.exact.fp++;
        if (g[role].size > 0) c.exact.fn++;
      }
    });
    for (const p of unmatched) {
      c.tokens.fp += p[role].size;
      if (p[role].size > 0) c.exact.fp++;
    }
  }
}

/** The texts and their chosen annotation file, sorted by name. */
function polnearFiles(dir: string): { name: string; text: string; ann: string }[] {
  const annDir = join(dir, "attributions");
  const textDir = join(dir, "text");
  if (!existsSync(annDir) || !existsSync(textDir)) throw new InputError("eval.polnear-missing", dir, "no attributions/ or text/ folder");
  const chosen = new Map<string, string>();
  for (const file of readdirSync(annDir).filter((f) => f.endsWith(".ann")).sort()) {
    const name = file.replace(/_[0-9a-f]+\.ann$/, "");
    if (!chosen.has(name)) chosen.set(name, file);
  }
  return [...chosen.entries()]
    .filter(([name]) => existsSync(join(textDir, `${name}.txt`)))
    .map(([name, file]) => ({ name, text: join(textDir, `${name}.txt`), ann: join(annDir, file) }));
}

/** Map raw-text token indices to annotated-text token indices (normalisation folds only spaces). */
function alignTokens(raw: string, rawTokens: readonly Span[], norm: string, normTokens: readonly Span[]): Int32Array {
  const map = new Int32Array(rawTokens.length).fill(-1);
  let j = 0;
  for (let i = 0; i < rawTokens.length; i++) {
    const word = raw.slice(rawTokens[i].start, rawTokens[i].end).normalize("NFC");
    for (let k = j; k < Math.min(normTokens.length, j + 5); k++) {
      if (norm.slice(normTokens[k].start, normTokens[k].end) === word) {
        map[i] = k;
        j = k + 1;
        break;
      }
    }
  }
  return map;
}

function remap(set: ReadonlySet<number>, map: Int32Array): Set<number> {
  const out = new Set<number>();
  for (const t of set) if (map[t] >= 0) out.add(map[t]);
  return out;
}

function rowSpecs(): RowSpec[] {
  const specs: RowSpec[] = [];
  for (const role of ROLES) {
    specs.push({ capability: "quotes", goldSet: GOLD_SET, metric: `${role} token F1`, unit: "%", baseline: BASELINE[role] });
    specs.push({ capability: "quotes", goldSet: GOLD_SET, metric: `${role} exact-span F1`, unit: "%" });
  }
  specs.push({ capability: "quotes", goldSet: GOLD_SET, metric: "attribution F1 (content overlap)", unit: "%" });
  specs.push({ capability: "quotes", goldSet: GOLD_SET, metric: "attribution recall, said/told/according-to cues", unit: "%" });
  specs.push({ capability: "quotes", goldSet: GOLD_SET, metric: "source token recall, said/told/according-to cues", unit: "%" });
  return specs;
}

function describe(score: Prf): string {
  return `P ${percent(score.precision)} R ${percent(score.recall)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`;
}

/** Evaluate an annotator on PolNeAR texts under `dir`; returns the counts and the time spent annotating. */
export function evaluatePolnear(
  annotator: Annotator,
  dir: string,
  limit?: number,
): { counts: Counts; documents: number; characters: number; ms: number; quotesMs: number; sentences: number } {
  const counts = emptyCounts();
  const files = polnearFiles(dir).slice(0, limit ?? undefined);
  let ms = 0;
  let quotesMs = 0;
  let sentences = 0;
  let characters = 0;
  for (const file of files) {
    const raw = readFileSync(file.text, "utf8");
    const gold = parsePolnearAnn(readFileSync(file.ann, "utf8"), file.ann);
    const started = performance.now();
    const doc = annotator.annotate({ text: raw, id: file.name }, (stage, t) => {
      if (stage === "quotes") quotesMs += t;
    });
    ms += performance.now() - started;
    sentences += doc.sentences.length;
    characters += raw.length;
    const rawTokens = wordTokens(raw);
    const normTokens = wordTokens(doc.text);
    const map = alignTokens(raw, rawTokens, doc.text, normTokens);
    const goldTokens: RoleTokens[] = gold
      .map((g) => ({
        source: remap(tokensIn(rawTokens, g.source), map),
        cue: remap(tokensIn(rawTokens, g.cue), map),
        content: remap(tokensIn(rawTokens, g.content), map),
        core: CORE_CUE.test(g.cue.map((c) => raw.slice(c.start, c.end)).join(" ")),
      }))
      .filter((g) => g.content.size > 0 || g.cue.size > 0);
    const predicted = doc.quotes.map((q) => quoteTokens(normTokens, q));
    scoreDocument(goldTokens, predicted, counts);
  }
  return { counts, documents: files.length, characters, ms, quotesMs, sentences };
}

export const evaluator: Evaluator = {
  capability: "quotes",
  goldSets: [GOLD_SET],
  plan: () => rowSpecs(),
  async run(annotator: Annotator, options: EvalOptions): Promise<ScoreRow[]> {
    const specs = rowSpecs();
    if (!annotator.pipeline.stages.some((stage) => stage.assigns.includes("quotes"))) {
      return specs.map((spec) => ({ ...spec, value: null, status: "not implemented", note: 'no stage assigns "quotes"' }));
    }
    const dir = join(options.sharedDir, "gold", "quotes", "polnear");
    const { counts, documents, characters, ms, quotesMs, sentences } = evaluatePolnear(annotator, dir, options.limit);
    const perThousand = sentences ? (quotesMs / sentences) * 1000 : 0;
    const speed = `${documents} texts, ${Math.round(characters / 1000)}k chars, ${(ms / 1000).toFixed(1)} s annotating; quotes stage ${perThousand.toFixed(0)} ms per 1,000 sentences`;
    const rows: ScoreRow[] = [];
    for (const role of ROLES) {
      const tokens = prf(counts[role].tokens.tp, counts[role].tokens.fp, counts[role].tokens.fn);
      const exact = prf(counts[role].exact.tp, counts[role].exact.fp, counts[role].exact.fn);
      rows.push({ ...specs[rows.length], value: percent(tokens.f1), status: "ok", note: describe(tokens) });
      rows.push({ ...specs[rows.length], value: percent(exact.f1), status: "ok", note: describe(exact) });
    }
    const a = prf(counts.attributions.tp, counts.attributions.fp, counts.attributions.fn);
    rows.push({ ...specs[rows.length], value: percent(a.f1), status: "ok", note: `${describe(a)}; ${speed}` });
    const core = counts.core;
    rows.push({ ...specs[rows.length], value: percent(ratio(core.found, core.total)), status: "ok", note: `${core.found} of ${core.total} gold attributions whose cue is said/say/told/tell/according to/wrote/added` });
    rows.push({ ...specs[rows.length], value: percent(ratio(core.sourceFound, core.sourceTotal)), status: "ok", note: `${core.sourceFound} of ${core.sourceTotal} source tokens` });
    return rows;
  },
};

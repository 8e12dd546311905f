// Events: PETRARCH's unit tests (run with their own fictional PETR.Validate.* dictionaries, injected
// through createAnnotator) and the PLOVER gold-standard records (event type and actor codes).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAnnotator, defaultStages, type Annotator, type AnnotatorOptions } from "../annotator.js";
import { loadDictionaries, type Dictionaries } from "../resources/index.js";
import { createEventsStage } from "../stages/events/events-stage.js";
import type { Document, Event } from "../model/schema.js";
import { BASELINES } from "./baselines.js";
import { codesMatch, readGoldActor, readPredictedCode } from "./actor-codes.js";
import { readPetrarchRecords, type PetrarchCoding, type PetrarchRecord } from "./gold/petrarch.js";
import type { PloverGoldActor, PloverGoldRecord } from "./gold/plover.js";
import { findExports, foundFunction } from "./optional.js";
import { PLOVER_GOLD_SET, runPlover, subsetNote } from "./plover-run.js";
import { currentPloverType, PLOVER_05_TO_CURRENT } from "./plover-versions.js";
import { measured, placeholders } from "./rows.js";
import { runStoryFilter, STORY_SET, storyFilterSpecs } from "./story-filter.js";
import { AccuracyTally } from "./scorers/accuracy.js";
import { percent, ratio } from "./scorers/prf.js";
import type { EvalOptions, Evaluator, RowSpec, ScoreRow } from "./types.js";

const PETRARCH_DIR = "gold/petrarch-unittests";
const PETRARCH_FILE = `${PETRARCH_DIR}/PETR.UnitTest.records.xml`;
const PETRARCH_SET = "PETRARCH unit tests";
const DICTIONARY_BUILD_FOLDER = join(dirname(fileURLToPath(import.meta.url)), "../resources/build");
const PARSERS = ["parseVerbDictionary", "parseActorDictionary", "parseAgentDictionary", "parseDiscards"] as const;

/** "No actor" in PETRARCH's codings. */
const NO_ACTOR = "---";

// ---------------------------------------------------------------------------------------------
// PETRARCH unit tests

/** A coding as PETRARCH writes it: source, target ("---" when absent) and CAMEO event code. */
export type Coding = PetrarchCoding;

/** The codings sitrep produced for one document: every event that is not negated. */
export function codingsOf(doc: Document): Coding[] {
  const actorCode = (id: string | null) => (id ? (doc.actors.find((a) => a.id === id)?.code ?? null) : null);
  const code = (p: Event["source"]) => (p ? (p.code ?? actorCode(p.actorId) ?? NO_ACTOR) : NO_ACTOR);
  return doc.events.filter((e) => !e.negated).map((e) => ({ source: code(e.source), target: code(e.target), event: e.cameo.code }));
}

/** Outcome of one record: expected codings found, extra codings produced. */
export interface PetrarchOutcome {
  expected: number;
  passed: number;
  extra: number;
  /** Every expected coding found and nothing else produced (for no-event records: nothing produced). */
  exact: boolean;
}

/** Compare produced codings with a record's expectations; each produced coding can satisfy one expectation. */
export function scorePetrarchRecord(record: Pick<PetrarchRecord, "expected">, produced: readonly Coding[]): PetrarchOutcome {
  const key = (c: Coding) => `${c.source}|${c.target}|${c.event}`;
  const available = new Map<string, number>();
  for (const c of produced) available.set(key(c), (available.get(key(c)) ?? 0) + 1);
  let passed = 0;
  for (const c of record.expected) {
    const left = available.get(key(c)) ?? 0;
    if (left > 0) {
      passed++;
      available.set(key(c), left - 1);
    }
  }
  const extra = produced.length - passed;
  return { expected: record.expected.length, passed, extra, exact: passed === record.expected.length && extra === 0 };
}

/** Totals over the suite, per category of the records. */
export interface PetrarchSummary {
  expected: number;
  passed: number;
  extra: number;
  records: number;
  exactRecords: number;
  /** Records that expect nothing (noevents or an error flag) and got nothing. */
  silent: { correct: number; total: number };
  byCategory: Record<string, { expected: number; passed: number }>;
}

/** Sum record outcomes into the suite's summary. */
export function summarisePetrarch(records: readonly PetrarchRecord[], outcomes: readonly PetrarchOutcome[]): PetrarchSummary {
  const summary: PetrarchSummary = { expected: 0, passed: 0, extra: 0, records: records.length, exactRecords: 0, silent: { correct: 0, total: 0 }, byCategory: {} };
  records.forEach((record, i) => {
    const o = outcomes[i];
    summary.expected += o.expected;
    summary.passed += o.passed;
    summary.extra += o.extra;
    if (o.exact) summary.exactRecords++;
    if (record.expected.length === 0) {
      summary.silent.total++;
      if (o.extra === 0) summary.silent.correct++;
    } else {
      const cat = (summary.byCategory[record.category] ??= { expected: 0, passed: 0 });
      cat.expected += o.expected;
      cat.passed += o.passed;
    }
  });
  return summary;
}

function petrarchSpecs(categories: readonly string[]): RowSpec[] {
  const row = (metric: string, unit: RowSpec["unit"], baseline?: string): RowSpec => ({
    capability: "events",
    goldSet: PETRARCH_SET,
    metric,
    unit,
    ...(baseline ? { baseline } : {}),
  });
  return [
    row("expected codings passed", "%", BASELINES.petrarch),
    ...categories.map((c) => row(`codings passed: ${c}`, "%")),
    row("records coded exactly", "%"),
    row("no-event records left silent", "%"),
    row("extra codings", "count", BASELINES.petrarchExtra),
    row("extra codings per sentence", "ratio"),
  ];
}

/** Categories of the records that expect codings, in sorted order. */
function codedCategories(records: readonly PetrarchRecord[]): string[] {
  return [...new Set(records.filter((r) => r.expected.length > 0).map((r) => r.category))].sort();
}

/** The build parsers' shape: text plus options (a source name for ids) → value with diagnostics. */
type DictionaryParser = (text: string, options: { source: string }) => unknown;
const SOURCE_NAME = "petr-validate";

/** A parser's value: `Parsed<T>.value` when it returns `{ value, diagnostics }`, else what it returned. */
function parsedValue(result: unknown): { value: unknown; diagnostics: number } {
  if (typeof result === "object" && result !== null && "value" in result && "diagnostics" in result) {
    const { value, diagnostics } = result as { value: unknown; diagnostics: unknown };
    return { value, diagnostics: Array.isArray(diagnostics) ? diagnostics.length : 0 };
  }
  return { value: result, diagnostics: 0 };
}
type DictionaryOptions = AnnotatorOptions;

/** Build an annotator that codes with the suite's own dictionaries, or say why that is not possible yet. */
async function petrarchAnnotator(
  options: EvalOptions,
  files: ReturnType<typeof readPetrarchRecords>["files"],
): Promise<{ annotatorFor: (config: Readonly<Record<string, string>>) => Annotator; diagnostics: number } | { missing: string }> {
  const found = await findExports(DICTIONARY_BUILD_FOLDER, PARSERS);
  const absent = PARSERS.filter((name) => !foundFunction(found, name));
  if (absent.length > 0) return { missing: `src/resources/build/ does not export ${absent.join(", ")}` };
  const read = (name: string | null, what: string) => {
    if (!name) throw new Error(`${PETRARCH_FILE}: <Environment> names no ${what} file`);
    const path = join(options.sharedDir, PETRARCH_DIR, name);
    return { text: readFileSync(path, "utf8"), path };
  };
  let diagnostics = 0;
  const parse = (parser: (typeof PARSERS)[number], file: { text: string; path: string }) => {
    const parsed = parsedValue(foundFunction<DictionaryParser>(found, parser)!(file.text, { source: SOURCE_NAME }));
    diagnostics += parsed.diagnostics;
    return parsed.value;
  };
  const dictionaries = {
    verbs: parse("parseVerbDictionary", read(files.verbs, "verb")),
    actors: parse("parseActorDictionary", read(files.actors, "actor")),
    agents: parse("parseAgentDictionary", read(files.agents, "agent")),
    discards: parse("parseDiscards", read(files.discards, "discard")),
  };
  const create: (o: DictionaryOptions) => Annotator = createAnnotator;
  const injected = create({ dictionaries: dictionaries as NonNullable<AnnotatorOptions["dictionaries"]> });
  // createAnnotator must build its stages from the injected dictionaries; if every stage reports the
  // same resources as a default annotator, the option was ignored and the score would be meaningless.
  const fingerprint = (a: Annotator) => JSON.stringify(a.pipeline.stages.map((s) => [s.id, s.resources ?? {}]));
  if (fingerprint(injected) === fingerprint(create({}))) {
    return { missing: "createAnnotator({ dictionaries }) does not change any stage's resources (option not supported yet)" };
  }
  // PETRARCH's require_dyad, as each record's <Config> sets it: the same pipeline, with an events stage
  // that codes no event without a target (true, PETRARCH's default) or keeps every one (false).
  const base = loadDictionaries();
  const eventDictionaries = { ...base, verbs: dictionaries.verbs as Dictionaries["verbs"], discards: dictionaries.discards as Dictionaries["discards"] };
  // PETRARCH codes a town or city an event is done to as its country ("fired shells at Seoul" → KOR),
  // where PLOVER's coders, and sitrep by default, write the country's civilians.
  // PETRARCH's new_actor_length likewise: uncoded phrases of at most that many words coded as their text.
  const built = new Map<string, Annotator>();
  const annotatorFor = (config: Readonly<Record<string, string>>) => {
    const requireDyad = requiresDyad(config);
    const newActorLength = newActorLengthOf(config);
    const key = `${requireDyad}|${newActorLength}`;
    let annotator = built.get(key);
    if (!annotator) {
      const events = createEventsStage({ dictionaries: eventDictionaries, requireDyad, placesAsCivilians: false, newActorLength });
      const stages = defaultStages({ dictionaries: dictionaries as NonNullable<AnnotatorOptions["dictionaries"]> }).map((stage) => (stage.id === events.id ? events : stage));
      built.set(key, (annotator = createAnnotator({ stages })));
    }
    return annotator;
  };
  return { annotatorFor, diagnostics };
}

/** PETRARCH's new_actor_length as a record's <Config> sets it (default 0: no new actors, as in PETRARCH). */
export function newActorLengthOf(config: Readonly<Record<string, string>>): number {
  const value = Number.parseInt(config.new_actor_length ?? "0", 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** PETRARCH's require_dyad switch as a record's <Config> sets it (default true, as in PETRARCH). */
export function requiresDyad(config: Readonly<Record<string, string>>): boolean {
  const value = config.require_dyad;
  return value === undefined || !value.toLowerCase().includes("false");
}

async function runPetrarch(options: EvalOptions): Promise<ScoreRow[]> {
  const suite = readPetrarchRecords(join(options.sharedDir, PETRARCH_FILE));
  const records = options.limit !== undefined ? suite.records.slice(0, options.limit) : suite.records;
  const specs = petrarchSpecs(codedCategories(records));
  const coder = await petrarchAnnotator(options, suite.files);
  if ("missing" in coder) return placeholders(specs, "not implemented", coder.missing);

  const outcomes = records.map((record) => {
    const annotator = coder.annotatorFor(record.config);
    const doc = annotator.annotate({ id: record.id, text: record.text, published: record.date, source: "PETRARCH unit tests" });
    return scorePetrarchRecord(record, codingsOf(doc));
  });
  const s = summarisePetrarch(records, outcomes);
  const categories = codedCategories(records);
  const [overall, ...rest] = specs;
  const perCategory = rest.slice(0, categories.length);
  const [exact, silent, extra, extraPerSentence] = rest.slice(categories.length);
  const subset = subsetNote(records.length, suite.records.length, "records");
  const notFalse = records.filter((r) => !r.sentence).length;
  const configNote = "<Config> require_dyad and new_actor_length are applied; places coded as their country (PETRARCH's convention); comma_* are not (sitrep has no such switch)";
  const dictionaryNote = coder.diagnostics > 0 ? `${coder.diagnostics} dictionary diagnostics while parsing PETR.Validate.*` : "";
  return [
    measured(overall, percent(ratio(s.passed, s.expected)), [subset, `${s.passed}/${s.expected} codings`, configNote, dictionaryNote].filter(Boolean).join("; ")),
    ...perCategory.map((spec, i) => {
      const c = s.byCategory[categories[i]];
      return measured(spec, percent(ratio(c.passed, c.expected)), `${c.passed}/${c.expected}`);
    }),
    measured(exact, percent(ratio(s.exactRecords, s.records)), `${s.exactRecords}/${s.records} records (${notFalse} marked sentence="false" by PETRARCH)`),
    measured(silent, percent(ratio(s.silent.correct, s.silent.total)), `${s.silent.correct}/${s.silent.total} noevents/error records`),
    measured(extra, s.extra),
    measured(extraPerSentence, Math.round(ratio(s.extra, s.records) * 1000) / 1000),
  ];
}

// ---------------------------------------------------------------------------------------------
// PLOVER gold records

/** What is compared of a predicted event: current PLOVER type and the two participants' codes. */
export interface PredictedEvent {
  type: string;
  source: string | null;
  target: string | null;
}

/** sitrep's PLOVER-typed, non-negated events of a document (CAMEO 01 statements have no PLOVER type and are left out). */
export function ploverEventsOf(doc: Document): PredictedEvent[] {
  const actorCode = (id: string | null) => (id ? (doc.actors.find((a) => a.id === id)?.code ?? null) : null);
  const code = (p: Event["source"]) => (p ? (p.code ?? actorCode(p.actorId)) : null);
  return doc.events
    .filter((e) => e.plover !== null && !e.negated)
    .map((e) => ({ type: e.plover!.type.toUpperCase(), source: code(e.source), target: code(e.target) }));
}

/** Outcome of one gold record. */
export interface PloverOutcome {
  typeCorrect: boolean;
  /** null when the gold record has no such actor. */
  sourceCorrect: boolean | null;
  targetCorrect: boolean | null;
  missed: boolean;
  /** Predicted events whose type is not the gold type. */
  spurious: number;
}

function actorMatches(gold: readonly PloverGoldActor[], code: string | null): boolean {
  if (!code) return false;
  const predicted = readPredictedCode(code);
  return gold.some((g) => codesMatch(readGoldActor(g.code, g.sector), predicted));
}

/**
 * Score one gold record. The type is right if any predicted event has the gold type (0.5 names mapped
 * to current PLOVER). Actors are judged on one event: among events of the gold type (or all events if
 * none has it) the one whose source and target match best; a missing event gets both actors wrong.
 */
export function scorePloverRecord(gold: Pick<PloverGoldRecord, "event" | "mode" | "source" | "target">, predicted: readonly PredictedEvent[]): PloverOutcome {
  const goldType = currentPloverType(gold.event, gold.mode).type;
  const sameType = predicted.filter((e) => e.type === goldType);
  const candidates = sameType.length > 0 ? sameType : predicted;
  let best: { source: boolean; target: boolean } | null = null;
  for (const e of candidates) {
    const judged = { source: actorMatches(gold.source, e.source), target: actorMatches(gold.target, e.target) };
    if (!best || Number(judged.source) + Number(judged.target) > Number(best.source) + Number(best.target)) best = judged;
  }
  return {
    typeCorrect: sameType.length > 0,
    sourceCorrect: gold.source.length > 0 ? (best?.source ?? false) : null,
    targetCorrect: gold.target.length > 0 ? (best?.target ?? false) : null,
    missed: predicted.length === 0,
    spurious: predicted.length - sameType.length,
  };
}

const ploverSpecs: RowSpec[] = [
  { capability: "events", goldSet: PLOVER_GOLD_SET, metric: "event-type accuracy (current PLOVER)", unit: "%", baseline: BASELINES.ploverType },
  { capability: "events", goldSet: PLOVER_GOLD_SET, metric: "source actor-code accuracy", unit: "%", baseline: BASELINES.actorCode },
  { capability: "events", goldSet: PLOVER_GOLD_SET, metric: "target actor-code accuracy", unit: "%", baseline: BASELINES.actorCode },
  { capability: "events", goldSet: PLOVER_GOLD_SET, metric: "events missed (records with no event)", unit: "count" },
  { capability: "events", goldSet: PLOVER_GOLD_SET, metric: "spurious events (type ≠ gold)", unit: "count" },
];

function runPloverEvents(annotator: Annotator, options: EvalOptions): ScoreRow[] {
  const run = runPlover(annotator, options);
  const type = new AccuracyTally();
  const source = new AccuracyTally();
  const target = new AccuracyTally();
  let missed = 0;
  let spurious = 0;
  run.records.forEach((record, i) => {
    const o = scorePloverRecord(record, ploverEventsOf(run.documents[i]));
    type.add(o.typeCorrect);
    if (o.sourceCorrect !== null) source.add(o.sourceCorrect);
    if (o.targetCorrect !== null) target.add(o.targetCorrect);
    if (o.missed) missed++;
    spurious += o.spurious;
  });
  const subset = subsetNote(run.records.length, run.total, "records");
  const frac = (a: ReturnType<AccuracyTally["overall"]>) => [subset, `${a.correct}/${a.total}`].filter(Boolean).join("; ");
  const [typeRow, sourceRow, targetRow, missedRow, spuriousRow] = ploverSpecs;
  return [
    measured(typeRow, percent(type.overall().value), frac(type.overall())),
    measured(sourceRow, percent(source.overall().value), frac(source.overall())),
    measured(targetRow, percent(target.overall().value), frac(target.overall())),
    measured(missedRow, missed, `of ${run.records.length} records`),
    measured(spuriousRow, spurious, "upper bound: the gold codes one event per sentence"),
  ];
}

export const evaluator: Evaluator = {
  capability: "events",
  goldSets: [PETRARCH_SET, PLOVER_GOLD_SET, STORY_SET],
  method: [
    "**PETRARCH unit tests.** Each `<Sentence>` is annotated as its own article, dated by the record, by an annotator built with the suite's fictional `PETR.Validate.*` dictionaries (`createAnnotator({ dictionaries })`). An expected coding passes if sitrep has a non-negated event with the same source code, target code (`---` = none) and CAMEO code; each event satisfies at most one expected coding. Events that satisfy none are *extra*; in `noevents` and `error` records every event is extra. The pass rate per category counts the expected codings of that category's records. The suite's `<Config>` switches require_dyad (the events stage's `requireDyad` option: under true, PETRARCH's default, no event without a coded target; under false, every such event is kept) and new_actor_length (the `newActorLength` option: a noun phrase in an actor's place that names no coded actor and has at most that many words is coded as its upper-cased text in quotes, as PETRARCH writes it) are applied; the comma limits are not. PETRARCH's convention for places is kept: a town or city an event is done to is coded as its country (the events stage's `placesAsCivilians: false`), where sitrep by default follows PLOVER's coders and writes the country's civilians.",
    "**PLOVER gold records.** Each gold sentence is annotated alone, dated by the record. *Event type*: right if sitrep has a non-negated event on the sentence whose PLOVER type equals the gold type mapped to current PLOVER (mapping below); events with no PLOVER type (CAMEO 01 statements) do not count; sitrep reads CAMEO 02 appeals as REQUEST (the manual: 'all requests, demands, and orders'), though PLOVER's CAMEO table drops them. *Missed*: sentences with no PLOVER event. *Spurious*: events whose type is not the gold type (an upper bound: the gold codes one event per sentence). *Source/target*: judged on one event — among events of the gold type (else all events) the one whose actors match best — by the actor rule under Actors; a missed event makes both wrong; targets only where the gold has one.",
    "**Story filter (CoNLL-2003 eng.testa stories).** Reuters stories of August 1996; each headline's desk slug (`SOCCER - …`, `TENNIS - …`) says whether the story is sports. Headline and dateline are dropped and the body, detokenized, is annotated as one article. *Sports stories with no event*: the share of sports stories on which sitrep codes nothing (Phoenix's discard phrases and sitrep's sports-report test). *Other stories discarded whole*: stories of other desks that either discards drops.",
    `PLOVER 0.5 → current: ${PLOVER_05_TO_CURRENT.map((r) => `${r.from}${r.fromMode ? ` (mode ${r.fromMode})` : ""} → ${r.to}${r.toMode ? ` (${r.toMode})` : ""}`).join("; ")}; every other type keeps its name.`,
  ],
  plan(options) {
    const records = readPetrarchRecords(join(options.sharedDir, PETRARCH_FILE)).records;
    const used = options.limit !== undefined ? records.slice(0, options.limit) : records;
    return [...petrarchSpecs(codedCategories(used)), ...ploverSpecs, ...storyFilterSpecs];
  },
  async run(annotator, options) {
    // The two gold sets fail independently: an error in one still reports the other.
    const failed = (specs: RowSpec[], error: unknown) => placeholders(specs, "error", (error as Error).message);
    const petrarch = await runPetrarch(options).catch((error: unknown) => failed(petrarchSpecs([]), error));
    let plover: ScoreRow[];
    try {
      plover = runPloverEvents(annotator, options);
    } catch (error) {
      plover = failed(ploverSpecs, error);
    }
    let stories: ScoreRow[];
    try {
      stories = runStoryFilter(annotator, options);
    } catch (error) {
      stories = failed(storyFilterSpecs, error);
    }
    return [...petrarch, ...plover, ...stories];
  },
};

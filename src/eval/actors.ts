// Actors on the PLOVER gold records: each gold source/target actor's text is found in the sentence,
// the sitrep actor whose mentions cover it is taken, and its code is compared (country, first sector).
import type { Actor, Document } from "../model/schema.js";
import { CAMEO_SECTORS, codesMatch, countryOf, readGoldActor, readPredictedCode, type ComparableCode } from "./actor-codes.js";
import { BASELINES } from "./baselines.js";
import { PLOVER_GOLD_SET, runPlover, subsetNote } from "./plover-run.js";
import { measured } from "./rows.js";
import { AccuracyTally } from "./scorers/accuracy.js";
import { percent } from "./scorers/prf.js";
import type { Evaluator, RowSpec } from "./types.js";

/**
 * Where a gold actor's text is in the sentence: exact, then case-insensitive, then the first part of
 * an elided text ("Sierra Leonean ... refugees"), then the longest leading run of its words
 * ("United Nations military personnel" → "United Nations"). null when none of these occur.
 */
export function locateActorText(sentence: string, actorText: string): { start: number; end: number } | null {
  // Whole words only, so "Red" is not found inside "tortured"; case-sensitive first.
  const find = (needle: string) => {
    const trimmed = needle.trim();
    if (!trimmed) return null;
    const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const flags of ["u", "iu"]) {
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags).exec(sentence);
      if (match) return { start: match.index, end: match.index + trimmed.length };
    }
    return null;
  };
  const direct = find(actorText.replace(/\s+/g, " "));
  if (direct) return direct;
  const firstPart = actorText.split(/\.\.\.|…/)[0];
  const elided = firstPart !== actorText ? find(firstPart) : null;
  if (elided) return elided;
  const words = actorText.trim().split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const prefix = words.slice(0, n).join(" ");
    if (prefix.replace(/\W/g, "").length < 3) break;
    const hit = find(prefix);
    if (hit) return hit;
  }
  return null;
}

/**
 * The actor whose mentions (names, pronouns, descriptions, group phrases), entity links or role spans
 * overlap the span most, if any. On equal overlap the longer span wins: a gold text that is the name
 * inside an actor phrase ("British" in "The British government", "Israeli" in "Israeli tanks") marks
 * that phrase, which is what the coder coded (GBR/GOV, ISR/MIL); then the earliest.
 */
export function actorAt(doc: Pick<Document, "entities" | "actors"> & Partial<Pick<Document, "mentions">>, span: { start: number; end: number }): Actor | null {
  const overlap = (s: { start: number; end: number }) => Math.max(0, Math.min(s.end, span.end) - Math.max(s.start, span.start));
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  let best: { actor: Actor; overlap: number; length: number; start: number } | null = null;
  const consider = (actor: Actor | undefined, s: { start: number; end: number }) => {
    const o = overlap(s);
    if (!actor || o === 0) return;
    const length = s.end - s.start;
    const better = !best || o > best.overlap || (o === best.overlap && (length > best.length || (length === best.length && s.start < best.start)));
    if (better) best = { actor, overlap: o, length, start: s.start };
  };
  for (const entity of doc.entities) if (entity.actorId) consider(byId.get(entity.actorId), entity);
  for (const mention of doc.mentions ?? []) consider(byId.get(mention.actorId), mention);
  for (const actor of doc.actors) for (const role of actor.roles) consider(actor, role);
  return (best as { actor: Actor } | null)?.actor ?? null;
}

/** An actor's code reduced for comparison: its CAMEO code, or its country and sectors when it has none. */
export function comparableActor(actor: Actor): ComparableCode | null {
  if (actor.code) return readPredictedCode(actor.code);
  if (!actor.country) return null;
  return { country: countryOf(actor.country), sector: actor.sectors.map((s) => s.toUpperCase()).find((s) => CAMEO_SECTORS.has(s)) ?? null };
}

const specs: RowSpec[] = [
  { capability: "actors", goldSet: PLOVER_GOLD_SET, metric: "actor-code accuracy (country + sector)", unit: "%", baseline: BASELINES.actorCode },
  { capability: "actors", goldSet: PLOVER_GOLD_SET, metric: "actor country accuracy", unit: "%" },
];

export const evaluator: Evaluator = {
  capability: "actors",
  goldSets: [PLOVER_GOLD_SET],
  method: [
    "**Actors** (PLOVER gold records). Each gold source/target actor text is found in its sentence (exactly, ignoring case, the first part of an elided text, or the longest leading run of its words; texts not found are left out and counted in the note). The sitrep actor is the one whose mentions (names, pronouns, descriptions, group phrases) or role spans overlap that text most; on equal overlap the longer span, so a name marked inside an actor phrase (\"British\" in \"The British government\") is judged by that phrase, as the gold coder coded it. *Actor rule*: the same country — the first three letters of the code, legacy JAP/ITL/VTN/TMP read as JPN/ITA/VNM/TLS, a federation's member republic (YUGBIH, SCGSRB) read as the member, IGO and NGO compared as they are — and, when the gold gives a sector (not `***`), the same first sector: the gold's first three letters (CVLalb → CVL; MOS → MUS, JRN → MED, CIV → CVL), sitrep's first CAMEO sector group after the country (IGOUNOMIL → MIL, IGOUNO → none). The country row drops the sector test. The gold file dates every record 2000-01-01 (a placeholder; the sentences are from the 1990s and 2000s); sitrep annotates with that date, so date-bounded codes (office holders, groups) are read as of 2000.",
  ],
  plan: () => specs,
  async run(annotator, options) {
    const run = runPlover(annotator, options);
    const full = new AccuracyTally();
    const country = new AccuracyTally();
    let unlocated = 0;
    run.records.forEach((record, i) => {
      const doc = run.documents[i];
      for (const gold of [...record.source, ...record.target]) {
        const span = locateActorText(doc.text, gold.text);
        if (!span) {
          unlocated++;
          continue;
        }
        const actor = actorAt(doc, span);
        const predicted = actor ? comparableActor(actor) : null;
        const expected = readGoldActor(gold.code, gold.sector);
        full.add(predicted !== null && codesMatch(expected, predicted));
        country.add(predicted !== null && codesMatch(expected, predicted, false));
      }
    });
    const note = (t: AccuracyTally) =>
      [subsetNote(run.records.length, run.total, "records"), `${t.overall().correct}/${t.overall().total} gold actors`, unlocated ? `${unlocated} actor texts not found in their sentence, left out` : ""]
        .filter(Boolean)
        .join("; ");
    return [measured(specs[0], percent(full.overall().value), note(full)), measured(specs[1], percent(country.overall().value), note(country))];
  },
};

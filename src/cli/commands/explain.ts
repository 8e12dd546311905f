// `sitrep explain`: why each event was coded (chunks, predications, the pattern that fired, how each
// actor was chosen) and why a sentence gave no event.
import type { Annotator } from "../../annotator.js";
import { readInputs, type ReadOptions } from "../../ingest/index.js";
import type { Document } from "../../model/schema.js";
import { createVerbIndex, loadDictionaries, type VerbDictionary } from "../../resources/index.js";
import { mergeVerbDictionaries } from "../../resources/merge-verbs.js";
import { createEventCoder } from "../../stages/events/events-stage.js";
import { chunkDocument, type ChunkedSentence } from "../../stages/syntax/chunk.js";
import { predications } from "../../stages/syntax/clauses.js";
import { EXIT, line, type CliIo } from "../io.js";

const bracket = (s: ChunkedSentence) =>
  s.chunks
    .map((c) => {
      const words = s.words.slice(c.first, c.last + 1).map((w) => w.text).join(" ");
      return c.kind === "O" ? words : `[${c.kind} ${words}]`;
    })
    .join(" ");

/** A plain-text explanation of every sentence (or one) of an annotated document. */
export function explainDocument(doc: Document, sentence?: number, patterns?: VerbDictionary): string {
  const base = loadDictionaries();
  const dictionaries = patterns ? { ...base, verbs: mergeVerbDictionaries(base.verbs, patterns) } : base;
  const verbs = createVerbIndex(dictionaries.verbs);
  const { trace } = createEventCoder(dictionaries).code(doc);
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const out: string[] = [];
  for (const s of chunkDocument(doc)) {
    if (sentence != null && s.index !== sentence) continue;
    out.push(`Sentence ${s.index}: ${doc.text.slice(s.start, s.end)}`);
    out.push(`  chunks: ${bracket(s)}`);
    for (const p of predications(s)) {
      const np = (n: typeof p.subject) => (n ? s.words.slice(n.first, n.last + 1).map((w) => w.text).join(" ") : "—");
      const flags = [p.verb.passive && "passive", p.negated && "negated", p.modality !== "asserted" && p.modality].filter(Boolean).join(", ");
      out.push(
        `  verb "${s.words[p.verb.head].text}" (${p.verb.lemma}${flags ? `; ${flags}` : ""}): subject ${np(p.subject)} [${p.subjectSource}]` +
          `, object ${np(p.object)}${p.preps.length ? `, ${p.preps.map((x) => `${x.prep.text} ${np(x.np)}`).join(", ")}` : ""}` +
          `${p.agent ? `, by-agent ${np(p.agent)}` : ""}${p.reportedBy ? `, reported by ${np(p.reportedBy)}` : ""}`,
      );
    }
    for (const t of trace.filter((x) => x.sentence === s.index)) out.push(`  ${t.verb ? `"${t.verb}": ` : ""}${t.message}`);
    const events = doc.events.filter((e) => e.sentence === s.index);
    for (const e of events) {
      const pattern = verbs.pattern(e.rule.replace(/:reciprocal$/, ""))?.pattern;
      const who = (p: typeof e.source) => (p ? `${p.code} “${p.text}”${p.actorId ? ` = ${actors.get(p.actorId)?.name} (${actors.get(p.actorId)?.basis ?? "no code basis"})` : ""}` : "—");
      out.push(`  EVENT ${e.cameo.code} ${e.cameo.label}${e.plover ? ` / PLOVER ${e.plover.type}` : ""}: ${who(e.source)} → ${who(e.target)}`);
      out.push(`        trigger “${e.trigger.text}” [${e.trigger.start}, ${e.trigger.end}); rule ${e.rule}${pattern ? ` "${pattern.text}" (line ${pattern.line})` : ""}; ${e.modality}${e.negated ? ", negated" : ""}; confidence ${e.confidence}`);
      if (e.date) out.push(`        date ${e.date.value ?? "unknown"} (${e.date.precision}${e.date.inherited ? ", inherited from publication" : `, from “${e.date.text}”`})`);
      if (e.location) out.push(`        place ${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}${e.location.inherited ? " (inherited: the article's main place)" : ` (from “${e.location.text}”)`}${pointNote(e.location.point)}`);
    }
    if (events.length === 0 && !trace.some((x) => x.sentence === s.index)) out.push("  no event: no verb with coded actors");
    out.push("");
  }
  return out.join("\n");
}

export async function explainCommand(
  path: string,
  options: ReadOptions & { sentence?: number; patterns?: VerbDictionary },
  io: CliIo,
  annotator: Annotator,
): Promise<number> {
  let failed = 0;
  for await (const result of readInputs([path], { ...options, readStdin: io.readStdin, cwd: io.cwd })) {
    if (!result.ok) {
      failed++;
      line(io.stderr, `sitrep: ${result.error.message}`);
      continue;
    }
    const doc = annotator.annotate(result.article);
    line(io.stdout, `${doc.title ?? doc.id} (published ${doc.published ?? "unknown"})\n`);
    line(io.stdout, explainDocument(doc, options.sentence, options.patterns));
  }
  return failed ? EXIT.partial : EXIT.ok;
}

/** Says whose point an event's place carries when it is not the place's own (see Place.point). */
export function pointNote(point: string | null | undefined): string {
  if (point === "container") return "; point: the place it lies in";
  if (point === "beside") return "; point: a place it is near";
  if (point === "country") return "; point: its country's";
  if (point === null) return "; no coordinates";
  return "";
}

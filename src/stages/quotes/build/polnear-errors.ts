// Developer experiment (not part of the product): lists PolNeAR attributions the quotes stage misses
// or gets partly wrong, grouped by cue word, to find general error classes (not to fit documents).
// Usage: npx tsx src/stages/quotes/build/polnear-errors.ts [--entities] [--missed|--spurious|--source|--cue|--content]
import { createAnnotator } from "../../../annotator.js";
import type { Stage } from "../../../pipeline/stage.js";
import { createEntitiesStage } from "../../entities/index.js";
import { createNormaliseStage } from "../../normalise/normalise.js";
import { createTokensStage } from "../../tokens/wink.js";
import { createQuotesStage, explainQuotes } from "../quotes.js";
import { polnearDocs } from "./polnear-docs.js";

const args = process.argv.slice(2);
const stages: Stage[] = [createNormaliseStage(), createTokensStage()];
if (args.includes("--entities")) stages.push(createEntitiesStage());
stages.push(createQuotesStage());
const annotator = createAnnotator({ stages });
const cues = new Map<string, number>();
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const show = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end)).join(" | ").replace(/\s+/g, " ");

for (const { name, raw, gold, doc, back } of polnearDocs(annotator)) {
  const quotes = explainQuotes(doc).map((e) => ({
    ...e,
    q: {
      ...e.quote,
      start: back[e.quote.start],
      end: back[e.quote.end - 1] + 1,
      speaker: e.quote.speaker && e.quote.speaker.start != null && e.quote.speaker.end != null ? { ...e.quote.speaker, start: back[e.quote.speaker.start], end: back[e.quote.speaker.end - 1] + 1 } : null,
    },
  }));
  if (args.includes("--spurious")) {
    for (const { q, rule } of quotes) {
      if (gold.some((g) => g.content.some((c) => overlaps(c, q)))) continue;
      console.log(`SPURIOUS ${rule} [${q.speaker ? raw.slice(q.speaker.start ?? 0, q.speaker.end ?? 0) : "-"}] <${q.cue?.text ?? "-"}> ${q.text.slice(0, 140).replace(/\s+/g, " ")}`);
    }
    continue;
  }
  for (const g of gold) {
    const match = quotes.filter(({ q }) => g.content.some((c) => overlaps(c, q)));
    const cue = show(raw, g.cue).toLowerCase();
    if (match.length === 0) {
      cues.set(cue, (cues.get(cue) ?? 0) + 1);
      if (args.includes("--missed")) console.log(`MISSED [${show(raw, g.source)}] <${show(raw, g.cue)}> ${show(raw, g.content).slice(0, 140)}`);
      continue;
    }
    const m = match[0];
    const source = m.q.speaker ? raw.slice(m.q.speaker.start ?? 0, m.q.speaker.end ?? 0) : "-";
    if (args.includes("--source") && source.replace(/[\s,]+$/, "") !== show(raw, g.source).replace(/[\s,]+$/, "")) {
      console.log(`SOURCE ${m.rule} gold [${show(raw, g.source)}] got [${source}] <${show(raw, g.cue)}>`);
    }
    if (args.includes("--content")) {
      const got = raw.slice(m.q.start, m.q.end).replace(/\s+/g, " ");
      const want = show(raw, g.content).replace(/^["“”'‘’\s]+|["“”'‘’,.\s]+$/g, "");
      if (got.replace(/^["“”'‘’\s]+|["“”'‘’,.\s]+$/g, "") !== want) console.log(`CONTENT ${m.rule}\n  gold ${want.slice(0, 200)}\n  got  ${got.slice(0, 200)}`);
    }
    if (args.includes("--cue") && (m.q.cue?.text ?? "-") !== show(raw, g.cue)) {
      console.log(`CUE ${m.rule} gold <${show(raw, g.cue)}> got <${m.q.cue?.text ?? "-"}>`);
    }
  }
}
if (!args.some((a) => ["--missed", "--spurious", "--source", "--cue", "--content"].includes(a))) {
  for (const [cue, n] of [...cues.entries()].sort((a, b) => b[1] - a[1]).slice(0, 80)) console.log(n, cue);
}

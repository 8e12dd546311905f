// Developer experiment (not part of the product): runs the default stages up to quotes on PolNeAR and
// writes one JSON record per gold attribution and per unmatched prediction, for error-class analysis.
// Usage: npx tsx src/stages/quotes/build/polnear-dump.ts [out.jsonl]   (default /tmp/polnear-dump.jsonl)
import { writeFileSync } from "node:fs";
import { createAnnotator, defaultStages } from "../../../annotator.js";
import { tokensIn, wordTokens } from "../../../eval/quotes.js";
import type { Span } from "../../../model/schema.js";
import { CUE_FORMS, CUE_VERBS } from "../cues.js";
import { explainQuotes } from "../quotes.js";
import { polnearDocs } from "./polnear-docs.js";

const out = process.argv[2] ?? "/tmp/polnear-dump.jsonl";
const stages = defaultStages();
const upTo = stages.findIndex((s) => s.id === "quotes");
const annotator = createAnnotator({ stages: stages.slice(0, upTo) });
const lines: string[] = [];
const show = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end)).join(" | ").replace(/\s+/g, " ");

for (const { name, raw, gold, doc, back } of polnearDocs(annotator)) {
  const map = (s: Span | null | undefined): Span | null => (s && s.end > s.start ? { start: back[s.start], end: back[s.end - 1] + 1 } : null);
  const words = wordTokens(raw);
  const predicted = explainQuotes(doc).map(({ quote, rule }) => {
    const content = map(quote)!;
    const speaker = quote.speaker?.start != null && quote.speaker.end != null ? map({ start: quote.speaker.start, end: quote.speaker.end }) : null;
    const cue = map(quote.cue);
    return { rule, content, speaker, cue, words: tokensIn(words, [content]), speakerName: quote.speaker?.name ?? null };
  });
  const goldWords = gold.map((g) => tokensIn(words, g.content));
  const groups = gold.map(() => [] as number[]);
  predicted.forEach((p, pi) => {
    let best = -1;
    let bestOverlap = 0;
    goldWords.forEach((g, gi) => {
      let o = 0;
      for (const w of p.words) if (g.has(w)) o++;
      if (o > bestOverlap) {
        best = gi;
        bestOverlap = o;
      }
    });
    if (best >= 0) groups[best].push(pi);
    else lines.push(JSON.stringify({ doc: name, type: "spurious", rule: p.rule, stats: { source: { tp: 0, fp: p.speaker ? tokensIn(words, [p.speaker]).size : 0, fn: 0 }, cue: { tp: 0, fp: p.cue ? tokensIn(words, [p.cue]).size : 0, fn: 0 }, content: { tp: 0, fp: p.words.size, fn: 0 } }, source: p.speaker ? show(raw, [p.speaker]) : null, cue: p.cue ? show(raw, [p.cue]) : null, content: show(raw, [p.content]) }));
  });
  // Raw offset → annotated-text offset, to read the tagger's view of the gold cue.
  const forward = new Int32Array(raw.length + 1).fill(-1);
  for (let j = 0; j < doc.text.length; j++) forward[back[j]] = j;
  const cueTags = (spans: readonly Span[]) =>
    (doc.tokens ?? [])
      .filter((t) => spans.some((s) => forward[s.start] >= 0 && t.start < forward[Math.max(s.start, s.end - 1)] + 1 && t.end > forward[s.start]))
      .map((t) => {
        const form = doc.text.slice(t.start, t.end).toLowerCase();
        const known = CUE_VERBS.has(t.lemma.toLowerCase()) || CUE_FORMS.has(form);
        return `${form}/${t.pos}/${t.lemma}${known ? "*" : ""}`;
      });
  gold.forEach((g, gi) => {
    const sentenceStart = Math.max(0, raw.lastIndexOf("\n", Math.min(...[...g.content, ...g.cue].map((s) => s.start))));
    const sentenceEnd = raw.indexOf("\n", Math.max(...[...g.content, ...g.cue].map((s) => s.end)));
    const ps = groups[gi].map((pi) => predicted[pi]);
    // Token counts per role exactly as the evaluator counts them (union of the group's predictions).
    const stats: Record<string, { tp: number; fp: number; fn: number }> = {};
    for (const role of ["source", "cue", "content"] as const) {
      const want = tokensIn(words, g[role]);
      const got = tokensIn(words, ps.flatMap((p) => { const s = role === "source" ? p.speaker : role === "cue" ? p.cue : p.content; return s ? [s] : []; }));
      let tp = 0;
      for (const w of got) if (want.has(w)) tp++;
      stats[role] = { tp, fp: got.size - tp, fn: want.size - tp };
    }
    lines.push(
      JSON.stringify({
        doc: name,
        type: ps.length ? "matched" : "missed",
        cueTags: cueTags(g.cue),
        stats,
        gold: { source: show(raw, g.source), cue: show(raw, g.cue), content: show(raw, g.content), sourceSpans: g.source, cueSpans: g.cue, contentSpans: g.content },
        predicted: ps.map((p) => ({ rule: p.rule, source: p.speaker ? show(raw, [p.speaker]) : null, cue: p.cue ? show(raw, [p.cue]) : null, content: show(raw, [p.content]), speakerName: p.speakerName, sourceSpan: p.speaker, cueSpan: p.cue, contentSpan: p.content })),
        paragraph: raw.slice(sentenceStart, sentenceEnd < 0 ? raw.length : sentenceEnd).trim().replace(/\s+/g, " "),
      }),
    );
  });
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} records → ${out}`);

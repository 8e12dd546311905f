// Dev tool: code the Wikinews example articles (examples/wikinews-2019-2020.jsonl) and print each event
// with its sentence, to eyeball extra or wrong events. Usage: npx tsx src/stages/events/build/wikinews-events.ts [index ...]
import { readFileSync } from "node:fs";
import { createAnnotator } from "../../../annotator.js";
const lines = readFileSync("examples/wikinews-2019-2020.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const a = createAnnotator();
const pick = process.argv.slice(2).map(Number);
for (const [i, art] of lines.entries()) {
  if (pick.length && !pick.includes(i)) continue;
  const doc = a.annotate({ text: art.text, title: art.title, published: art.published, source: "wikinews" });
  console.log(`\n## ${i} ${art.title} (${doc.events.length} events)`);
  for (const e of doc.events) {
    const sent = doc.sentences[e.sentence];
    console.log(`  ${e.source?.code} ${e.cameo.code} ${e.target?.code} [${e.modality}] "${e.source?.text}" → "${e.target?.text}" | ${doc.text.slice(sent.start, sent.end).replace(/\s+/g, " ").slice(0, 150)}`);
  }
}

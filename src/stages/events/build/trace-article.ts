// Dev tool: annotate one text (a file or a literal sentence) and print the event coder's trace, and
// with --actors the actors and mentions. Usage:
//   npx tsx src/stages/events/build/trace-article.ts <file.txt | "sentence"> [sentence-index] [YYYY-MM-DD] [--actors]
import { existsSync, readFileSync } from "node:fs";
import { createAnnotator } from "../../../annotator.js";
import { loadDictionaries } from "../../../resources/index.js";
import { createEventCoder } from "../events-stage.js";

const [input, ...rest] = process.argv.slice(2);
const sentence = Number(rest.find((x) => /^\d+$/.test(x)) ?? -1);
const published = rest.find((x) => /^\d{4}-\d\d-\d\d$/.test(x)) ?? "2020-11-15";
const text = existsSync(input) ? readFileSync(input, "utf8") : input;
const doc = createAnnotator().annotate({ text, published, source: "trace" });
const d = loadDictionaries();
const coder = createEventCoder(d);
for (const t of coder.code(doc).trace) if (sentence < 0 || t.sentence === sentence) console.log(t.sentence, t.verb, t.message);
for (const e of doc.events) console.log(`event ${e.source?.code} ${e.cameo.code} ${e.target?.code} "${e.trigger.text}" ${e.rule} ${e.modality}`);
if (rest.includes("--actors")) {
  for (const a of doc.actors) console.log(a.id, a.name, a.code, a.basis, a.members.join(","), a.roles.map((r) => r.text).join("|"));
  for (const m of doc.mentions) console.log("  mention", m.text, m.actorId, m.kind);
}

import { readFileSync } from "node:fs";
import { createAnnotator } from "../../../annotator.js";
import { createVerbIndex, loadDictionaries } from "../../../resources/index.js";
import { EventCoder } from "../../../stages/events/coder.js";
const file = process.argv[2];
const sent = Number(process.argv[3] ?? -1);
const text = file.endsWith(".txt") ? readFileSync(file, "utf8") : file;
const a = createAnnotator();
const doc = a.annotate({ text, published: process.argv.find((x) => /^\d{4}-\d\d-\d\d$/.test(x)) ?? "2020-11-15", source: "x" });
const d = loadDictionaries();
const coder = new EventCoder({ verbs: createVerbIndex(d.verbs), cameoInfo: d.cameoInfo, discards: d.discards });
for (const t of coder.code(doc).trace) if (sent < 0 || t.sentence === sent) console.log(t.sentence, t.verb, t.message);
if (process.argv.includes("--actors")) { for (const ac of doc.actors) console.log(ac.id, ac.name, ac.code, ac.basis, ac.members.join(","), ac.roles.map(r=>r.text).join("|")); for (const m of doc.mentions) console.log("  m", m.text, m.actorId, m.kind); }

// Error analysis for the PETRARCH unit tests (dev use only, reads ../shared): codes every record with
// the suite's own dictionaries and prints expected vs produced codings, with the coder's trace.
// Usage: npx tsx src/stages/events/build/petrarch-errors.ts [--shared DIR] [--category C] [--id ID] [--fail] [--trace]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createAnnotator, defaultStages } from "../../../annotator.js";
import { readPetrarchRecords } from "../../../eval/gold/petrarch.js";
import { codingsOf, requiresDyad, scorePetrarchRecord } from "../../../eval/events.js";
import { parseActorDictionary } from "../../../resources/build/actor-dictionary.js";
import { parseAgentDictionary } from "../../../resources/build/agent-dictionary.js";
import { parseDiscards } from "../../../resources/build/discards-issues.js";
import { parseVerbDictionary } from "../../../resources/build/verb-dictionary.js";
import { loadDictionaries } from "../../../resources/index.js";
import { createEventCoder, createEventsStage } from "../events-stage.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = opt("--shared") ?? "/work/shared";
const dir = join(shared, "gold/petrarch-unittests");
const suite = readPetrarchRecords(join(dir, "PETR.UnitTest.records.xml"));
const read = (f: string | null) => readFileSync(join(dir, f!), "utf8");
const verbs = parseVerbDictionary(read(suite.files.verbs), { source: "petr-validate" }).value;
const dictionaries = {
  verbs,
  actors: parseActorDictionary(read(suite.files.actors), { source: "petr-validate" }).value,
  agents: parseAgentDictionary(read(suite.files.agents)).value,
  discards: parseDiscards(read(suite.files.discards)).value,
};
const base = loadDictionaries();
const withDyads = (requireDyad: boolean) => {
  const stage = createEventsStage({ dictionaries: { ...base, verbs, discards: dictionaries.discards }, requireDyad, placesAsCivilians: false });
  return createAnnotator({ stages: defaultStages({ dictionaries }).map((s) => (s.id === stage.id ? stage : s)) });
};
const annotator = withDyads(true);
const monadic = withDyads(false);
const coder = createEventCoder({ verbs, cameoInfo: base.cameoInfo, discards: dictionaries.discards }, { requireDyad: true });
const monadicCoder = createEventCoder({ verbs, cameoInfo: base.cameoInfo, discards: dictionaries.discards }, { requireDyad: false });
const category = opt("--category");
const id = opt("--id");
let shown = 0;
for (const r of suite.records) {
  if (category && r.category !== category) continue;
  if (id && !r.id.startsWith(id)) continue;
  const dyadic = requiresDyad(r.config);
  const doc = (dyadic ? annotator : monadic).annotate({ id: r.id, text: r.text, published: r.date, source: "PETRARCH unit tests" });
  const produced = codingsOf(doc);
  const o = scorePetrarchRecord(r, produced);
  if (args.includes("--fail") && o.exact) continue;
  shown++;
  const f = (c: { source: string; target: string; event: string }) => `${c.source} ${c.target} ${c.event}`;
  console.log(`\n== ${r.id} [${r.category}] ${o.exact ? "OK" : "FAIL"} ${o.passed}/${o.expected} extra ${o.extra}  date ${r.date}`);
  console.log(`   ${r.text}`);
  console.log(`   expected: ${r.expected.map(f).join("; ") || "(none)"}`);
  console.log(`   produced: ${produced.map(f).join("; ") || "(none)"}`);
  if (args.includes("--actors")) {
    console.log(`   entities: ${doc.entities.map((e) => `${e.text}/${e.type}`).join(", ")}`);
    console.log(`   actors: ${doc.actors.map((a) => `${a.name}=${a.code}`).join(", ")}`);
    console.log(`   mentions: ${doc.mentions.map((m) => `${m.text}→${m.actorId}`).join(", ")}`);
  }
  if (args.includes("--trace")) for (const t of (dyadic ? coder : monadicCoder).code(doc).trace) console.log(`     · [${t.verb ?? "-"}] ${t.message}`);
}
console.log(`\n${shown} records shown`);

// Error analysis for the PLOVER gold records (dev use only, reads ../shared): annotates every record
// with the default pipeline and prints gold vs predicted event type and actors, with the coder's trace.
// Usage: npx tsx src/stages/events/build/plover-errors.ts [--shared DIR] [--type T] [--id ID] [--fail] [--trace]
import { join } from "node:path";
import { createAnnotator } from "../../../annotator.js";
import { actorAt, comparableActor, locateActorText } from "../../../eval/actors.js";
import { codesMatch, readGoldActor } from "../../../eval/actor-codes.js";
import { ploverEventsOf, scorePloverRecord } from "../../../eval/events.js";
import { readPloverRecords } from "../../../eval/gold/plover.js";
import { currentPloverType } from "../../../eval/plover-versions.js";
import { loadDictionaries } from "../../../resources/index.js";
import { createEventCoder } from "../events-stage.js";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shared = opt("--shared") ?? "/work/shared";
const records = readPloverRecords(join(shared, "gold/plover-gsr-dev.json"));
const annotator = createAnnotator();
const d = loadDictionaries();
const coder = createEventCoder(d);
const type = opt("--type");
const id = opt("--id");
let shown = 0;
const tally = { type: 0, source: 0, target: 0, actor: 0, actorTotal: 0 };
for (const r of records) {
  const gold = currentPloverType(r.event, r.mode).type;
  if (type && gold !== type.toUpperCase()) continue;
  if (id && !r.id.includes(id)) continue;
  const doc = annotator.annotate({ id: r.id, text: r.text, published: r.date, source: "PLOVER GSR" });
  const o = scorePloverRecord(r, ploverEventsOf(doc));
  if (o.typeCorrect) tally.type++;
  if (o.sourceCorrect) tally.source++;
  if (o.targetCorrect) tally.target++;
  const actorLines: string[] = [];
  let actorsOk = true;
  for (const g of [...r.source, ...r.target]) {
    const span = locateActorText(doc.text, g.text);
    if (!span) continue;
    const a = actorAt(doc, span);
    const p = a ? comparableActor(a) : null;
    const ok = p !== null && codesMatch(readGoldActor(g.code, g.sector), p);
    tally.actorTotal++;
    if (ok) tally.actor++;
    else actorsOk = false;
    actorLines.push(`${ok ? "ok " : "BAD"} "${g.text}" gold ${g.code}${g.sector ? "/" + g.sector : ""} → ${a ? `${a.name}=${a.code}` : "(no actor)"}`);
  }
  const good = o.typeCorrect && o.sourceCorrect !== false && o.targetCorrect !== false;
  if (args.includes("--fail") && good) continue;
  if (args.includes("--actorfail") && actorsOk) continue;
  shown++;
  const f = (g: { text: string; code: string; sector: string | null }[]) => g.map((x) => `${x.code}${x.sector ? "/" + x.sector : ""} "${x.text}"`).join(" + ") || "-";
  console.log(`\n== ${r.id} gold ${gold}${r.mode ? ` (${r.mode})` : ""}: ${f(r.source)} → ${f(r.target)}  [${o.typeCorrect ? "type ok" : "TYPE"} ${o.sourceCorrect === false ? "SRC" : "src ok"} ${o.targetCorrect === false ? "TGT" : "tgt ok"}]`);
  console.log(`   ${r.text}`);
  console.log(`   evt text: ${r.eventText}`);
  for (const e of doc.events) console.log(`   → ${e.source?.code ?? "-"} ${e.cameo.code} ${e.plover?.type ?? "-"} ${e.target?.code ?? "-"}  "${e.trigger.text}" [${e.rule}] ${e.modality}${e.negated ? " NEG" : ""}`);
  if (args.includes("--actors")) for (const l of actorLines) console.log(`   ${l}`);
  if (args.includes("--trace")) for (const t of coder.code(doc).trace) console.log(`     · [${t.verb ?? "-"}] ${t.message}`);
}
console.log(`\n${shown} records shown; type ${tally.type}, source ${tally.source}, target ${tally.target}, actors ${tally.actor}/${tally.actorTotal}`);

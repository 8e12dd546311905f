// Dev tool: print the chunks and predications (subject, object, clause opener, governor, modality) of
// a sentence as the coder sees them. Usage: npx tsx src/stages/events/build/chunks.ts "sentence"
import { createAnnotator } from "../../../annotator.js";
import { chunkDocument } from "../../syntax/chunk.js";
import { predications } from "../../syntax/clauses.js";

const doc = createAnnotator().annotate({ text: process.argv[2], published: "2020-01-01", source: "chunks" });
for (const s of chunkDocument(doc)) {
  console.log(s.chunks.map((c) => `[${c.kind} ${s.words.slice(c.first, c.last + 1).map((w) => `${w.text}/${w.pos}`).join(" ")}]`).join(" "));
  const text = (first: number, last: number) => s.words.slice(first, last + 1).map((w) => w.text).join(" ");
  for (const p of predications(s)) {
    console.log(`  ${s.words[p.verb.head].text}: subject ${p.subject ? text(p.subject.first, p.subject.last) : "-"} (${p.subjectSource}), object ${p.object ? text(p.object.first, p.object.last) : "-"}, ${p.clauseOpener}, governor ${p.governor}, ${p.modality}`);
  }
}

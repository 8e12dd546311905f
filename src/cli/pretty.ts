// Human-readable rendering of an annotated document for the terminal.
import type { Document } from "../model/schema.js";

const shorten = (s: string, n = 80) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

/** A short text report: title, tags, counts, then events, quotes and places. */
export function formatPretty(doc: Document): string {
  const out: string[] = [];
  out.push(`${doc.title ?? "(untitled)"}  [${doc.id}]`);
  out.push(`published ${doc.published ?? "unknown"}${doc.source ? ` · ${doc.source}` : ""}${doc.tags.length ? ` · tags: ${doc.tags.join(", ")}` : ""}`);
  out.push(
    `${doc.sentences.length} sentences · ${doc.entities.length} entities · ${doc.actors.length} actors · ${doc.events.length} events · ${doc.quotes.length} quotes · ${doc.times.length} times · ${doc.places.length} places`,
  );
  if (doc.events.length) out.push("", "Events:");
  for (const e of doc.events) {
    const when = e.date?.value ? ` ${e.date.value}` : "";
    const where = e.location ? ` @ ${e.location.name}` : "";
    out.push(
      `  ${e.source?.code ?? "—"} ${e.cameo.code} ${e.target?.code ?? "—"}  ${e.cameo.label}${when}${where}${e.negated ? " (negated)" : ""}${e.modality !== "asserted" ? ` (${e.modality})` : ""}`,
      `      “${shorten(e.trigger.text)}” — ${e.rule}`,
    );
  }
  if (doc.quotes.length) out.push("", "Quotes:");
  for (const q of doc.quotes) out.push(`  ${q.speaker?.name ?? "?"}: “${shorten(q.text)}”`);
  if (doc.diagnostics.length) out.push("", "Diagnostics:");
  for (const d of doc.diagnostics) out.push(`  ${d.severity} ${d.code}: ${d.message}`);
  return out.join("\n");
}

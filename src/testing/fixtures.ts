// Hand-made annotated documents for logic tests (stores, exports, server): small, complete, checked.
import { emptyDocument, makeArticle } from "../model/document.js";
import type { Document, Event } from "../model/schema.js";

function at(text: string, needle: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { start, end: start + needle.length, text: needle };
}

/** A two-sentence article with every layer filled, including one event of each kind of side. */
export function sampleDocument(overrides: { id?: string; text?: string; published?: string } = {}): Document {
  const text =
    overrides.text ??
    "Iran’s army chief Mohammad Baqeri met Iraq’s defence minister in Tehran on Sunday. “We will cooperate,” he said.";
  const doc = emptyDocument(
    makeArticle({ text, id: overrides.id, title: "Iran and Iraq meet", published: overrides.published ?? "2020-11-15", source: "example", tags: ["Iran", "Iraq"] }),
  );
  const s1 = text.indexOf(". ") + 1;
  doc.sentences = [
    { start: 0, end: s1 },
    { start: s1 + 1, end: text.length },
  ];
  const baqeri = at(text, "Mohammad Baqeri");
  const iraq = at(text, "Iraq");
  const tehran = at(text, "Tehran");
  doc.entities = [
    { id: "e1", ...at(text, "Iran"), type: "GPE", actorId: "a3" },
    { id: "e2", ...baqeri, type: "PERSON", actorId: "a1" },
    { id: "e3", ...iraq, type: "GPE", actorId: "a2" },
    { id: "e4", ...tehran, type: "GPE", actorId: null },
  ];
  doc.actors = [
    {
      id: "a1",
      name: "Mohammad Baqeri",
      code: "IRNMIL",
      country: "IRN",
      sectors: ["MIL"],
      aliases: ["Baqeri"],
      roles: [{ ...at(text, "army chief"), title: "army chief", country: "IRN", sectors: ["MIL"] }],
      mentions: ["e2"],
      basis: "role",
      members: [],
    },
    { id: "a2", name: "Iraq", code: "IRQ", country: "IRQ", sectors: [], aliases: [], roles: [], mentions: ["e3"], basis: "dictionary", members: [] },
    { id: "a3", name: "Iran", code: "IRN", country: "IRN", sectors: [], aliases: [], roles: [], mentions: ["e1"], basis: "dictionary", members: [] },
  ];
  doc.mentions = [
    { id: "e1", ...at(text, "Iran"), kind: "name", actorId: "a3", entityId: "e1" },
    { id: "e2", ...baqeri, kind: "name", actorId: "a1", entityId: "e2" },
    { id: "e3", ...iraq, kind: "name", actorId: "a2", entityId: "e3" },
    { id: "m1", ...at(text, "he", s1), kind: "pronoun", actorId: "a1", entityId: null },
  ];
  doc.actors[0].mentions = ["e2", "m1"];
  const event: Event = {
    id: "ev1",
    sentence: 0,
    trigger: at(text, "met"),
    source: { ...baqeri, actorId: "a1", code: "IRNMIL" },
    target: { ...at(text, "Iraq’s defence minister"), actorId: "a2", code: "IRQGOV" },
    cameo: { code: "040", label: "Consult, not specified", goldstein: 1, quadClass: 1 },
    plover: { type: "CONSULT", mode: null, context: null },
    modality: "asserted",
    negated: false,
    date: { value: "2020-11-15", precision: "day", text: "on Sunday", inherited: false },
    location: { name: "Tehran", country: "IRN", lat: 35.69, lon: 51.42, ...tehran, inherited: false, point: "own", featureType: "city" },
    rule: "test:meet",
    confidence: 0.9,
  };
  doc.events = [event];
  const content = at(text, "We will cooperate,");
  doc.quotes = [
    {
      id: "q1",
      ...content,
      kind: "direct",
      speaker: { actorId: "a1", name: "he", ...(({ start, end }) => ({ start, end }))(at(text, "he", s1)) },
      cue: at(text, "said"),
    },
  ];
  doc.times = [{ ...at(text, "on Sunday"), value: "2020-11-15", precision: "day" }];
  doc.places = [{ ...tehran, name: "Tehran", country: "IRN", lat: 35.69, lon: 51.42, featureType: "city", point: "own" }];
  doc.diagnostics = [{ code: "test.note", message: "a note", severity: "info", stage: "test", start: null, end: null }];
  doc.provenance = { sitrep: "test", stages: [{ id: "test", version: 1 }], resources: {} };
  delete doc.tokens;
  return doc;
}

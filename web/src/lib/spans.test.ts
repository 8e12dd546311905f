import { describe, expect, it } from "vitest";
import { sampleDocument } from "../../../src/testing/fixtures.js";
import { documentMarks, evidenceOf, evidenceRoles, segment, type Mark } from "./spans.js";

const mark = (id: string, start: number, end: number): Mark => ({ id, kind: "entity", start, end, label: null, title: id, type: "GPE" });

describe("segment", () => {
  it("cuts the text at every boundary and keeps the text whole", () => {
    const text = "abcdefghij";
    const segs = segment(text, [mark("outer", 1, 8), mark("inner", 3, 5), mark("tail", 7, 10)]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
    expect(segs.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ["a", []],
      ["bc", ["outer"]],
      ["de", ["outer", "inner"]],
      ["fg", ["outer"]],
      ["h", ["outer", "tail"]],
      ["ij", ["tail"]],
    ]);
  });

  it("also cuts at extra positions, so evidence that matches no layer gets its own segments", () => {
    const segs = segment("abcdef", [mark("m", 0, 2)], [3, 5]);
    expect(segs.map((s) => s.text)).toEqual(["ab", "c", "de", "f"]);
  });

  it("handles no marks and marks covering the whole text", () => {
    expect(segment("abc", [])).toEqual([{ start: 0, end: 3, text: "abc", marks: [] }]);
    expect(segment("abc", [mark("all", 0, 3)])[0].marks).toHaveLength(1);
    expect(segment("", [])).toEqual([]);
  });
});

describe("documentMarks", () => {
  it("marks entities with type and actor code, times, places, quotes, cues, roles and triggers", () => {
    const doc = sampleDocument();
    const marks = documentMarks(doc);
    const byKind = (k: string) => marks.filter((m) => m.kind === k).map((m) => doc.text.slice(m.start, m.end));
    expect(byKind("entity")).toEqual(["Iran", "Mohammad Baqeri", "Iraq", "Tehran"]);
    expect(marks.find((m) => m.id === "entity:e2")!.label).toBe("PERSON IRNMIL");
    expect(byKind("time")).toEqual(["on Sunday"]);
    expect(byKind("place")).toEqual(["Tehran"]);
    expect(byKind("quote")).toEqual(["We will cooperate,"]);
    expect(byKind("cue")).toEqual(["said"]);
    expect(byKind("role")).toEqual(["army chief"]);
    expect(byKind("trigger")).toEqual(["met"]);
    // The pronoun "he" is a mention of Baqeri; named mentions are shown by their entities.
    expect(byKind("mention")).toEqual(["he"]);
    expect(marks.find((m) => m.kind === "mention")!).toMatchObject({ label: "IRNMIL", title: "pronoun → Mohammad Baqeri (IRNMIL)" });
  });

  it("says in a place's title when its point is not its own", () => {
    const doc = sampleDocument();
    doc.places = [{ ...doc.places[0], point: "container" }, { ...doc.places[0], point: "own" }, { ...doc.places[0], lat: null, lon: null, point: null }];
    const titles = documentMarks(doc).filter((m) => m.kind === "place").map((m) => m.title);
    expect(titles).toEqual(["place: Tehran, IRN at 35.69, 51.42 (the point of the place it lies in)", "place: Tehran, IRN at 35.69, 51.42", "place: Tehran, IRN"]);
  });

  it("drops spans that fall outside the text instead of breaking the rendering", () => {
    const doc = sampleDocument();
    doc.times.push({ start: 5, end: 999, text: "x", value: null, precision: "vague" });
    expect(documentMarks(doc).filter((m) => m.kind === "time")).toHaveLength(1);
  });
});

describe("evidenceOf", () => {
  it("finds trigger, source, target, location and the date's time expression", () => {
    const doc = sampleDocument();
    const ev = evidenceOf(doc, doc.events[0]);
    expect(ev.map((e) => [e.role, doc.text.slice(e.start, e.end)])).toEqual([
      ["trigger", "met"],
      ["source", "Mohammad Baqeri"],
      ["target", "Iraq’s defence minister"],
      ["location", "Tehran"],
      ["date", "on Sunday"],
    ]);
    const segs = segment(doc.text, documentMarks(doc));
    const met = segs.find((s) => s.text === "met")!;
    expect(evidenceRoles(met, ev)).toEqual(["trigger"]);
  });
});

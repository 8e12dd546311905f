import { describe, expect, it } from "vitest";
import { emptyDocument, makeArticle } from "./document.js";
import { OffsetError } from "./errors.js";
import { checkDocumentOffsets, checkSpan, firstStartingAt } from "./offsets.js";

describe("offset invariant", () => {
  const text = "Iran’s minister met Iraq’s minister in Tehran.";

  it("accepts a span whose text equals the slice", () => {
    expect(() => checkSpan(text, { start: 0, end: 6, text: "Iran’s" }, "x")).not.toThrow();
  });

  it("rejects a span whose text differs from the slice", () => {
    expect(() => checkSpan(text, { start: 0, end: 5, text: "Iran’s" }, "entities[0]")).toThrow(/entities\[0\]/);
  });

  it("rejects spans outside the text or reversed", () => {
    expect(() => checkSpan(text, { start: 40, end: 400 }, "x")).toThrow(OffsetError);
    expect(() => checkSpan(text, { start: 5, end: 4 }, "x")).toThrow(OffsetError);
  });

  it("rejects overlapping entities", () => {
    const doc = emptyDocument(makeArticle({ text }));
    doc.entities = [
      { id: "e1", start: 0, end: 4, text: "Iran", type: "GPE", actorId: null },
      { id: "e2", start: 2, end: 6, text: "an’s", type: "GPE", actorId: null },
    ];
    expect(() => checkDocumentOffsets(doc)).toThrow(/overlaps/);
  });
});

describe("makeArticle", () => {
  it("normalises NBSP, CRLF and blank-line runs and hashes the result", () => {
    const a = makeArticle({ text: "A\u00a0b\r\n\r\n\r\n\r\nc  d\u200b " });
    expect(a.text).toBe("A b\n\nc d");
    const b = makeArticle({ text: "A b\n\nc d" });
    expect(a.hash).toBe(b.hash);
    expect(a.id).toBe(a.hash);
  });

  it("keeps a caller's id but still hashes the text", () => {
    const a = makeArticle({ text: "x", id: "wn-1" });
    expect(a.id).toBe("wn-1");
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("firstStartingAt", () => {
  it("finds the first span starting at or after an offset in spans sorted by start", () => {
    const spans = [{ start: 0 }, { start: 4 }, { start: 4 }, { start: 9 }];
    expect([-1, 0, 1, 4, 5, 9, 10].map((o) => firstStartingAt(spans, o))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstStartingAt([], 3)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { classifySingle, findQuotedSpans, paragraphsOf } from "./marks.js";

const contents = (text: string) => findQuotedSpans(text).map((q) => text.slice(q.start, q.end));

describe("findQuotedSpans", () => {
  it("pairs curly and straight double quotes and drops the comma before the closing mark", () => {
    const text = "“We will cooperate,” he said. \"It is over,\" she said.";
    expect(contents(text)).toEqual(["We will cooperate", "It is over"]);
  });

  it("reads doubled apostrophes as double quotes", () => {
    const text = "''It would benefit low earners,'' Ms. Batchelder said.";
    expect(contents(text)).toEqual(["It would benefit low earners"]);
  });

  it("keeps a single-quoted phrase inside a double quote as part of its content", () => {
    const text = "“People are saying, ‘Enough is enough,’” he said.";
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].start, spans[0].end)).toBe("People are saying, ‘Enough is enough,’");
  });

  it("does not take apostrophes for quotation marks", () => {
    const text = "Iran’s music of the ’90s was rock ’n’ roll, the voters’ choice, and they loved 'em.";
    expect(findQuotedSpans(text)).toEqual([]);
  });

  it("finds single-quoted phrases next to apostrophes", () => {
    const text = "Iran’s leaders called it ‘maximum pressure’ in the ’90s.";
    expect(contents(text)).toEqual(["maximum pressure"]);
  });

  it("joins a quotation that runs over paragraphs when the next paragraph reopens it", () => {
    const text = "“The first part goes on\n\n“and the second part ends here.” He left.";
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0].pieces).toHaveLength(2);
    expect(text.slice(spans[0].pieces[1].start, spans[0].pieces[1].end)).toBe("and the second part ends here.");
    expect(spans[0].closed).toBe(true);
  });

  it("ends an unclosed quotation with its paragraph when the next one does not reopen it", () => {
    const text = "“Never closed\n\nA plain paragraph.";
    const [span] = findQuotedSpans(text);
    expect(text.slice(span.start, span.end)).toBe("Never closed");
    expect(span.closed).toBe(false);
  });
});

describe("classifySingle", () => {
  it.each([
    ["Iran’s", 4, "apostrophe"],
    ["the ’90s", 4, "apostrophe"],
    ["rock ’n’ roll", 5, "apostrophe"],
    ["rock ’n’ roll", 7, "apostrophe"],
    ["say ‘no’ now", 4, "open"],
    ["say ‘no’ now", 7, "close-if-open"],
  ] as const)("%s at %i is %s", (text, at, kind) => {
    expect(classifySingle(text, at)).toBe(kind);
  });
});

describe("paragraphsOf", () => {
  it("splits at line breaks and drops blank lines", () => {
    const spans = (text: string) => paragraphsOf(text).map((p) => text.slice(p.start, p.end));
    expect(spans("")).toEqual([]);
    expect(spans("one")).toEqual(["one"]);
    expect(spans("\none\n\n  \ntwo\n")).toEqual(["one", "two"]);
    expect(spans("a\r\n b")).toEqual(["a\r", " b"]);
    expect(paragraphsOf("x\n\ny")).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
    ]);
  });
});

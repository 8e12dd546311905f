import { describe, expect, it } from "vitest";
import type { Annotator } from "../annotator.js";
import { evaluator, normaliseTimeValue, readMeantimeDocument, scoreDocument } from "./times.js";

const tok = (id: number, sentence: number, text: string) => `<token number="${id - 1}" sentence="${sentence}" t_id="${id}">${text}</token>`;
const timex = (m: number, value: string, ids: number[], extra = "") =>
  `<TIMEX3 m_id="${m}" type="DATE" value="${value}" functionInDocument="${extra ? "CREATION_TIME" : "NONE"}">${ids.map((i) => `<token_anchor t_id="${i}"/>`).join("")}</TIMEX3>`;

// A made-up article in MEANTIME's CAT format: title, dateline, body, and a time-only TIMEX3.
const XML = `<?xml version="1.0" ?><Document doc_id="1" doc_name="test" lang="en">
${tok(1, 0, "Talks")}${tok(2, 0, "end")}
${tok(3, 1, "March")}${tok(4, 1, "01")}${tok(5, 1, ",")}${tok(6, 1, "2008")}
${tok(7, 2, "The")}${tok(8, 2, "talks")}${tok(9, 2, "(")}${tok(10, 2, "in")}${tok(11, 2, "Paris")}${tok(12, 2, ")")}${tok(13, 2, "ended")}${tok(14, 2, "on")}${tok(15, 2, "Friday")}${tok(16, 2, ".")}
<Markables>${timex(20, "2008-03-01", [3, 4, 5, 6], "dct")}${timex(21, "2008-02-29", [15])}<TIMEX3 m_id="22" type="DATE" value="2058"/></Markables>
</Document>`;

describe("readMeantimeDocument", () => {
  const doc = readMeantimeDocument(XML, "test.xml");

  it("rebuilds the text with natural spacing and lines for title and dateline", () => {
    expect(doc.text).toBe("Talks end\nMarch 01, 2008\nThe talks (in Paris) ended on Friday.");
    expect(doc.published).toBe("2008-03-01");
  });

  it("maps TIMEX3 token anchors to character spans and skips tokenless ones", () => {
    expect(doc.gold.map((g) => [g.text, g.value, g.creationTime])).toEqual([
      ["March 01, 2008", "2008-03-01", true],
      ["Friday", "2008-02-29", false],
    ]);
  });
});

describe("scoring", () => {
  const doc = readMeantimeDocument(XML, "test.xml");
  const at = (text: string, value: string | null) => {
    const start = doc.text.indexOf(text);
    return { start, end: start + text.length, text, value, precision: "day" as const };
  };

  it("counts relaxed and strict matches and value agreement", () => {
    const s = scoreDocument(doc, [at("March 01, 2008", "2008-03-01"), at("on Friday", "2008-02-22"), at("Paris", "2008")]);
    expect(s.relaxed).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(s.strict).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.valueCorrect).toBe(1);
    expect(s.errors.map((e) => e.kind).sort()).toEqual(["span", "spurious", "value"]);
  });

  it("compares sitrep decades and centuries with TimeML's truncated forms", () => {
    expect(normaliseTimeValue("199X")).toBe("199");
    expect(normaliseTimeValue("19XX")).toBe("19");
    expect(normaliseTimeValue("2020-W46")).toBe("2020-W46");
  });
});

describe("evaluator", () => {
  it("reports not implemented when no stage assigns times", async () => {
    const annotator = { pipeline: { stages: [], version: "test", run: (d: never) => d }, annotate: () => { throw new Error("unused"); } } as unknown as Annotator;
    const rows = await evaluator.run(annotator, { sharedDir: "/nonexistent" });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === "not implemented" && r.capability === "times" && r.value === null)).toBe(true);
  });
});

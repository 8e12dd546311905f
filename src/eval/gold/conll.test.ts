import { describe, expect, it } from "vitest";
import { parseConll } from "./conll.js";

describe("parseConll", () => {
  it("reads 4-column CoNLL-2003 with documents and sentences", () => {
    const text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n";
    const sentences = parseConll(text, "t.conll");
    expect(sentences.map((s) => s.words)).toEqual([["EU", "rejects"], ["Peter"], ["Bonn"]]);
    expect(sentences[0].tags).toEqual(["I-ORG", "O"]);
    expect(sentences[0].columns[0]).toEqual(["NNP", "I-NP"]);
    expect(sentences.map((s) => s.document)).toEqual([0, 0, 1]);
    expect(sentences[1].line).toBe(6);
  });

  it("reads 2-column files", () => {
    expect(parseConll("010 I-MISC\nis O\n", "w.txt")[0]).toMatchObject({ words: ["010", "is"], tags: ["I-MISC", "O"] });
  });

  it("names the file and line of a malformed row", () => {
    expect(() => parseConll("a B NNP O\nb O\n", "bad.conll")).toThrow(/bad\.conll:2: expected 4 columns, found 2/);
    expect(() => parseConll("a PER\n", "bad.conll")).toThrow(/bad\.conll:1: "PER" is not an IOB tag/);
  });
});

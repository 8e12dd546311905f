import { describe, expect, it } from "vitest";
import { createAnnotator } from "../annotator.js";
import { createNormaliseStage } from "../stages/normalise/normalise.js";
import { createTokensStage } from "../stages/tokens/wink.js";
import { emptyCounts, evaluator, parsePolnearAnn, scoreDocument, tokensIn, wordTokens, type RoleTokens } from "./quotes.js";

const set = (...xs: number[]) => new Set(xs);
const att = (source: number[], cue: number[], content: number[]): RoleTokens => ({ source: set(...source), cue: set(...cue), content: set(...content) });

describe("parsePolnearAnn", () => {
  it("ties source, cue and content of each E line, keeping discontinuous fragments", () => {
    const ann = [
      "T1\tSource 0 5\tSmith",
      "T2\tCue 6 10\tsaid",
      "T3\tContent 11 20;25 30\tthe talks are",
      "T4\tAttribution 6 10\tsaid",
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
      "T5\tCue 40 44\tsaid",
      "T6\tContent 45 50\tstuff",
      "T7\tAttribution-no-source 40 44\tsaid",
      "E2\tAttribution-no-source:T7 Content:T6 Cue:T5",
    ].join("\n");
    const gold = parsePolnearAnn(ann);
    expect(gold).toHaveLength(2);
    expect(gold[0]).toEqual({ source: [{ start: 0, end: 5 }], cue: [{ start: 6, end: 10 }], content: [{ start: 11, end: 20 }, { start: 25, end: 30 }] });
    expect(gold[1].source).toEqual([]);
  });
});

describe("word tokens", () => {
  it("count letters and digits only, so quotation marks and commas never score", () => {
    const text = "“It is over,” he said.";
    const tokens = wordTokens(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["It", "is", "over", "he", "said"]);
    expect(tokensIn(tokens, [{ start: 0, end: 13 }])).toEqual(set(0, 1, 2));
    expect(tokensIn(tokens, [{ start: 1, end: 11 }])).toEqual(set(0, 1, 2));
  });
});

describe("scoreDocument", () => {
  it("unites the quotes matched to one gold attribution (a split quotation) before counting", () => {
    const counts = emptyCounts();
    const gold = [att([0], [1], [2, 3, 4, 5])];
    scoreDocument(gold, [att([0], [1], [2, 3]), att([0], [1], [4, 5])], counts);
    expect(counts.source.tokens).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.content.exact).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.attributions).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts recall on gold attributions with a plain reporting cue separately", () => {
    const counts = emptyCounts();
    const core = { ...att([0, 1], [2], [3, 4]), core: true };
    scoreDocument([core, { ...att([5], [6], [7]), core: true }], [att([1], [2], [3])], counts);
    expect(counts.core).toEqual({ found: 1, total: 2, sourceFound: 1, sourceTotal: 3 });
  });

  it("counts an unmatched quote as false positives and a missed attribution as false negatives", () => {
    const counts = emptyCounts();
    scoreDocument([att([0], [1], [2, 3])], [att([9], [10], [11, 12])], counts);
    expect(counts.content.tokens).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(counts.source.exact).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts.attributions).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("scores a wrong speaker on a matched quote as source error only", () => {
    const counts = emptyCounts();
    scoreDocument([att([0, 1], [2], [3, 4])], [att([1], [2], [3, 4])], counts);
    expect(counts.source.tokens).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts.source.exact).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts.cue.exact).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe("evaluator", () => {
  it("reports not implemented rows when no stage assigns quotes", async () => {
    const annotator = createAnnotator({ stages: [createNormaliseStage(), createTokensStage()] });
    const rows = await evaluator.run(annotator, { sharedDir: "/nonexistent" });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === "not implemented" && r.value === null)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { SportsReportDetector } from "./sports-report.js";

const keysOf = (text: string) => text.toLowerCase().match(/[\w'-]+|[^\s\w]/g) ?? [];
const detector = new SportsReportDetector(["halftime", "first division", "match", "stadium"]);
const reason = (text: string) => detector.reason(text, keysOf(text));

describe("SportsReportDetector", () => {
  it("needs two sports words, or one with a score", () => {
    expect(reason("Ajax beat PSV 2-1 in a first division match.")).toBe('reads as a sports report ("first division", "match", 1 score)');
    expect(reason("Ajax led 2-1 at halftime.")).toBe('reads as a sports report ("halftime", 1 score)');
    expect(reason("The president watched the match at the stadium.")).toBe('reads as a sports report ("match", "stadium")');
    // One sports word, or scores alone, is not enough: a vote is "52-48", a protest fills a stadium.
    expect(reason("Protesters filled the stadium.")).toBeNull();
    expect(reason("The Senate voted 52-48 and the House 230-190; the court split 5-4.")).toBeNull();
  });

  it("reads multi-word terms and counts each term once", () => {
    expect(detector.evidence("first division match, another match", keysOf("first division match, another match"))).toEqual({ terms: ["first division", "match"], scores: 0 });
  });

  it("does not read dates, year ranges or decimals as scores", () => {
    const text = "On 1996-08-22, in the 1992-96 term, growth was 2.5-3.1 percent.";
    expect(detector.evidence(text, keysOf(text)).scores).toBe(0);
  });
});

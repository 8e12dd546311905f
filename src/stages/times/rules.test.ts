import { describe, expect, it } from "vitest";
import { applyRules, RULES } from "./rules.js";

// The examples the rules' reasons quote, plus the shapes those leave out: every rule matches some.
const EXAMPLES = [
  ...RULES.flatMap((r) => [...r.reason.matchAll(/"([^"]+)"/g)].map((m) => m[1])),
  "They met this weekend.",
  "by the end of the year",
  "Talks resumed on Monday, two weeks after the fortnight-long pause of the 1990s.",
  "Over the past three centuries, FY 2020 and Q4 were cited at 1430 GMT.",
];

describe("time rule cues", () => {
  it("every rule matches one of the examples, so the checks below see it", () => {
    for (const rule of RULES) {
      const matched = EXAMPLES.some((text) => applyRules(text, [rule]).length > 0 || new RegExp(rule.pattern.source, rule.pattern.flags).test(text));
      expect(matched, rule.id).toBe(true);
    }
  });

  it("a rule's cue occurs in every text its pattern matches", () => {
    for (const rule of RULES) {
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
      for (const text of EXAMPLES) {
        pattern.lastIndex = 0;
        if (rule.cue && pattern.test(text)) expect(rule.cue.test(text), `${rule.id}: ${text}`).toBe(true);
      }
    }
  });

  it("the cues change no result", () => {
    const uncued = RULES.map(({ cue: _cue, ...rule }) => rule);
    for (const text of EXAMPLES) expect(applyRules(text, RULES), text).toEqual(applyRules(text, uncued));
  });
});

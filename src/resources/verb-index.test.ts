import { describe, expect, it } from "vitest";
import { parseVerbDictionary } from "./build/verb-dictionary.js";
import { tokenKey } from "./names.js";
import { createVerbIndex } from "./verb-index.js";

const { value } = parseVerbDictionary(`&TALKS
+TALK
+NEGOTIATION

--- MEET [040] ---
MEET {MEETS MET MEETING}
+MEET_WITH {+MEETS_WITH +MET_WITH +MEETING_WITH}
- * (FOR &TALKS) [046]

--- ACCUSE [112] ---
ACCUSE
`);
const index = createVerbIndex(value);

describe("createVerbIndex", () => {
  it("finds verbs by an inflected surface form, longest forms first", () => {
    expect(index.byForm("met").map((r) => r.form.join(" "))).toEqual(["met with", "met"]);
    expect(index.byForm("accused").map((r) => r.block.id)).toEqual(["cameo2:ACCUSE"]);
    expect(index.byForm("unknown")).toEqual([]);
  });

  it("finds verbs by lemma", () => {
    expect(index.byLemma("meet").map((r) => r.verb.lemma)).toEqual(["meet with", "meet"]);
  });

  it("looks up blocks, patterns and synsets", () => {
    expect(index.block("cameo2:MEET")?.code).toEqual({ code: "040", reciprocal: null });
    expect(index.pattern("cameo2:MEET:1")?.pattern.code.code).toBe("046");
    expect(index.synset("&TALKS")?.members).toEqual(["talk", "talks", "negotiation", "negotiations"]);
  });

  it("matches synset members over tokens", () => {
    const tokens = ["fresh", "negotiations"];
    expect(index.synsetMatcher("&TALKS")?.matchAt(tokens.map(tokenKey), 1)?.values).toEqual(["negotiations"]);
    expect(index.synsetMatcher("&NONE")).toBeNull();
  });
});

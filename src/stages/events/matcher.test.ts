import { describe, expect, it } from "vitest";
import { parseVerbDictionary } from "../../resources/build/verb-dictionary.js";
import { createVerbIndex } from "../../resources/index.js";
import { matchPatterns, plainRegion } from "./matcher.js";

const verbs = parseVerbDictionary(["--- ALLOW [080] ---", "ALLOW", "- RECENTLY_* [025]", "- RECENTLY * [026]"].join("\n"), { source: "fixture" }).value;
const index = createVerbIndex(verbs);
const patterns = verbs.blocks[0].patterns;

describe("matchPatterns", () => {
  it("honours a verb joined to the word before it ('RECENTLY_*'), and lets an unjoined pattern skip words", () => {
    expect(matchPatterns(patterns, plainRegion(["Gollum", "recently"]), [], index)?.pattern.code.code).toBe("025");
    expect(matchPatterns(patterns, plainRegion(["Gollum", "recently", "did"]), [], index)?.pattern.code.code).toBe("026");
  });
});

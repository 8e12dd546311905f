import { describe, expect, it } from "vitest";
import { parseVerbDictionary } from "../../resources/build/verb-dictionary.js";
import { createVerbIndex } from "../../resources/index.js";
import { matchPatterns, plainRegion, type RegionWord } from "./matcher.js";

const verbs = parseVerbDictionary(["--- ALLOW [080] ---", "ALLOW", "- RECENTLY_* [025]", "- RECENTLY * [026]"].join("\n"), { source: "fixture" }).value;
const index = createVerbIndex(verbs);
const patterns = verbs.blocks[0].patterns;

describe("matchPatterns", () => {
  it("honours a verb joined to the word before it ('RECENTLY_*'), and lets an unjoined pattern skip words", () => {
    expect(matchPatterns(patterns, plainRegion(["Gollum", "recently"]), [], index)?.pattern.code.code).toBe("025");
    expect(matchPatterns(patterns, plainRegion(["Gollum", "recently", "did"]), [], index)?.pattern.code.code).toBe("026");
  });

  it("does not read a time adverbial's preposition as a pattern word ('demanded on Saturday' is no '* ON')", () => {
    const press = parseVerbDictionary(["--- DEMAND [100] ---", "DEMAND", "- * ON [190]"].join("\n"), { source: "fixture" }).value;
    const pressIndex = createVerbIndex(press);
    const on = (notPreposition: boolean): RegionWord[] => [{ key: "on", lemma: "on", np: -1, actor: false, notPreposition }, { key: "saturday", lemma: "saturday", np: 0, actor: false }];
    expect(matchPatterns(press.blocks[0].patterns, [], on(true), pressIndex)).toBeNull();
    expect(matchPatterns(press.blocks[0].patterns, [], on(false), pressIndex)?.pattern.code.code).toBe("190");
  });

  it("does not match a synset of places in a phrase after a preposition of place ('arrested in the town' is no '* &TOWN')", () => {
    const seize = parseVerbDictionary(["&TOWN", "+TOWN", "", "--- APPREHEND [173] ---", "ARREST", "- * &TOWN [192]"].join("\n"), { source: "fixture" }).value;
    const seizeIndex = createVerbIndex(seize);
    const town = (inPlacePhrase: boolean): RegionWord[] => [{ key: "the", lemma: "the", np: 0, actor: false, inPlacePhrase }, { key: "town", lemma: "town", np: 0, actor: false, inPlacePhrase }];
    expect(matchPatterns(seize.blocks[0].patterns, [], town(true), seizeIndex)).toBeNull();
    expect(matchPatterns(seize.blocks[0].patterns, [], town(false), seizeIndex)?.pattern.code.code).toBe("192");
  });

  it("binds a phrase naming no one after a bare '(FOR)' as the target, unless it is a purpose after a destination ('to Moscow for talks')", () => {
    const go = parseVerbDictionary(["--- GO [040] ---", "TRAVEL", "- * (FOR) [042]"].join("\n"), { source: "fixture" }).value;
    const goIndex = createVerbIndex(go);
    const word = (key: string, np: number, actor = false): RegionWord => ({ key, lemma: key, np, actor });
    const forTalks = [word("for", -1), word("talks", 1)];
    expect(matchPatterns(go.blocks[0].patterns, [], forTalks, goIndex)?.binding.target).toBe(1);
    const toMoscow = [word("to", -1), word("moscow", 0, true), ...forTalks];
    const match = matchPatterns(go.blocks[0].patterns, [], toMoscow, goIndex);
    expect(match?.pattern.code.code).toBe("042");
    expect(match?.binding.target).toBeNull();
  });

  it("matches no pattern word in a phrase that only says amid what the act happened, unless the pattern's own preposition opens it", () => {
    const hold = parseVerbDictionary(["--- CONFINE [173] ---", "DETAIN", "- * PROTEST [141]", "- * (DURING PROTEST) [175]"].join("\n"), { source: "fixture" }).value;
    const holdIndex = createVerbIndex(hold);
    const during = (inCircumstance: boolean): RegionWord[] => [{ key: "during", lemma: "during", np: -1, actor: false }, { key: "protest", lemma: "protest", np: 0, actor: false, inCircumstance }];
    expect(matchPatterns(hold.blocks[0].patterns, [], during(true), holdIndex)?.pattern.code.code).toBe("175");
    const bare = (inCircumstance: boolean): RegionWord[] => [{ key: "amid", lemma: "amid", np: -1, actor: false }, { key: "protest", lemma: "protest", np: 0, actor: false, inCircumstance }];
    expect(matchPatterns(hold.blocks[0].patterns, [], bare(true), holdIndex)).toBeNull();
    expect(matchPatterns(hold.blocks[0].patterns, [], bare(false), holdIndex)?.pattern.code.code).toBe("141");
  });

  it("lets ^ skip the rest of a noun phrase the previous element ended in, as PETRARCH's ^ does", () => {
    const warn = parseVerbDictionary(["--- WARN [160] ---", "WARN", "- * THEIR ^ ABOUT + [162]"].join("\n"), { source: "fixture" }).value;
    const warnIndex = createVerbIndex(warn);
    // "warned | their populations | about | the Prince": noun phrases 0 (their populations) and 1 (the Prince, an actor).
    const word = (key: string, np: number, actor = false): RegionWord => ({ key, lemma: key, np, actor });
    const after = [word("their", 0), word("populations", 0), word("about", -1), word("the", 1, true), word("prince", 1, true)];
    const match = matchPatterns(warn.blocks[0].patterns, [], after, warnIndex);
    expect(match?.pattern.code.code).toBe("162");
    expect(match?.binding.target).toBe(1);
  });

  it("lets a synset member heading the verb's object outweigh a literal word elsewhere ('militants captured villages': '* &TOWN' over 'MILITANTS *')", () => {
    const capture = parseVerbDictionary(["&TOWN", "+VILLAGE", "+TOWN", "", "--- CAPTURE [171] ---", "CAPTURE", "- MILITANTS * [181]", "- * &TOWN [192]"].join("\n"), { source: "fixture" }).value;
    const captureIndex = createVerbIndex(capture);
    const word = (key: string, np: number): RegionWord => ({ key, lemma: key, np, actor: false });
    const before = [word("militants", 0)];
    const villages = word("villages", 1);
    const after = [villages];
    expect(matchPatterns(capture.blocks[0].patterns, before, after, captureIndex, villages)?.pattern.code.code).toBe("192");
    // Not heading the object ("captured soldiers in a village"), the member counts as any synset word.
    expect(matchPatterns(capture.blocks[0].patterns, before, [word("soldiers", 1), word("in", -1), word("village", 2)], captureIndex, null)?.pattern.code.code).toBe("181");
  });
});

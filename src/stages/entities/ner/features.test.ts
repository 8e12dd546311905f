import { describe, expect, it } from "vitest";
import { capitalisedRuns, docContext, gazetteerFeatures, isCapsSentence, normaliseWord, secondPassFeatures, shortShape, tokenFeatures, wordFeatures, wordShape } from "./features.js";
import { buildGazetteer, matchGazetteer } from "./gazetteer.js";

describe("word features", () => {
  it("computes long and short shapes", () => {
    expect(wordShape("Baghdad")).toBe("Xxxxx");
    expect(shortShape("Baghdad")).toBe("Xx");
    expect(shortShape("U.S.")).toBe("X.X.");
    expect(wordShape("1996-08-22")).toBe("dddd-dd-dd");
  });
  it("straightens curly apostrophes so wink's possessive matches CoNLL's", () => {
    expect(normaliseWord("\u2019s")).toBe("'s");
    expect(wordFeatures("\u2019s")).toContain("w='s");
  });
  it("emits identity, lower case, affixes and capitalisation flags", () => {
    const f = wordFeatures("Tehran");
    expect(f).toEqual(expect.arrayContaining(["w=Tehran", "l=tehran", "p2=te", "x3=ran", "cap", "ss=Xx"]));
    expect(f).not.toContain("caps");
    expect(wordFeatures("NATO")).toContain("caps");
  });
});

describe("sentence and document features", () => {
  it("recognises capitalised headlines", () => {
    expect(isCapsSentence(["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"])).toBe(true);
    expect(isCapsSentence(["Japan", "won", "."])).toBe(false);
  });
  it("records a word seen in lower case elsewhere in the document", () => {
    const ctx = docContext([["Rice", "was", "served", "."], ["They", "ate", "rice", "."]]);
    const f = tokenFeatures(["Rice", "was", "served", "."], null, ctx);
    expect(f[0]).toContain("dc=L-|first");
  });
  it("adds the first pass's labels of the token, its neighbours and the same word elsewhere", () => {
    const predicted = new Map([["smith", new Map([["PER", 2]])]]);
    const f = secondPassFeatures(["Smith", "said"], ["U-PER", "O"], predicted);
    expect(f[0]).toEqual(expect.arrayContaining(["s1=U-PER", "s1+=O", "pa=PER", "pm=PER|all"]));
    expect(f[1]).not.toContain("pa=PER");
  });
  it("aggregates the contexts of a word's other occurrences", () => {
    const ctx = docContext([["Mr", "Jasper", "said"], ["Jasper", "Inc", "rose"]]);
    expect(tokenFeatures(["Jasper", "Inc", "rose"], null, ctx)[0]).toEqual(expect.arrayContaining(["ac-=mr", "ac+=said"]));
  });
  it("marks gazetteer matches with their position", () => {
    const gaz = buildGazetteer({ city: ["new york", "york"], first1: ["john"] });
    const f = gazetteerFeatures(gaz, ["John", "flew", "to", "New", "York"]);
    expect(f[0]).toContain("gfirst1UC");
    expect(f[3]).toContain("gcityB");
    expect(f[4]).toContain("gcityL");
    expect(f[4]).not.toContain("gcityU");
    expect(f[1]).toEqual([]);
  });
});

describe("capitalised runs", () => {
  it("joins capitalised words across connectors", () => {
    expect(capitalisedRuns(["the", "Bank", "of", "England", "said", "Iraq"])).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 6 },
    ]);
  });
});

describe("gazetteer matching", () => {
  it("keeps the longest match per category and ignores case", () => {
    const gaz = buildGazetteer({ org: ["united nations", "united nations security council"] });
    expect(matchGazetteer(gaz, ["the", "united", "nations", "security", "council"])).toEqual([{ start: 1, end: 5, category: "org" }]);
    expect(gaz.lookup("united nations")).toEqual(["org"]);
  });
});

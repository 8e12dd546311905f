import { describe, expect, it } from "vitest";
import {
  capitalisedRuns,
  docContext,
  gazetteerFeatures,
  isCapsSentence,
  neighbourKeys,
  normaliseWord,
  secondPassFeatures,
  shortShape,
  tokenFeatures,
  typeKeys,
  WINDOW,
  wordFeatures,
  wordKeys,
  wordShape,
} from "./features.js";
import { featureKey, hashString, KeyTable, mix } from "./feature-keys.js";
import { buildGazetteer, gazKey, matchGazetteer } from "./gazetteer.js";

describe("word features", () => {
  it("hashes type features from a word's parts exactly as from the readable feature strings", () => {
    const words = ["Baghdad", "U.S.", "US", "1996-08-22", "al-Kadhimi", "’s", "“", "—", "I.", "a", "", "McDONALD", "Ñandú", "İstanbul", "Σοφία", "x1y2z3w4", "Pre-2020s", "<s>", "</s>", "...", "NATO", "e.g.", "𝐀𝐁𝐂"];
    for (const w of words) {
      const keys = typeKeys(w);
      expect(keys[0]).toEqual(wordKeys(w));
      WINDOW.forEach(({ prefix, far }, k) => expect(keys[k + 1]).toEqual(neighbourKeys(w, prefix, far)));
    }
  });
  it("computes long and short shapes", () => {
    expect(wordShape("Baghdad")).toBe("Xxxxx");
    expect(shortShape("Baghdad")).toBe("Xx");
    expect(shortShape("U.S.")).toBe("X.X.");
    expect(wordShape("1996-08-22")).toBe("dddd-dd-dd");
  });
  it("straightens curly apostrophes so wink's possessive matches CoNLL's", () => {
    expect(normaliseWord("\u2019s")).toBe("'s");
    expect(normaliseWord("\u201cWar\u2014peace\u201d \u02bcAli\u2018")).toBe('"War-peace" \'Ali\'');
    expect(normaliseWord("Baghdad")).toBe("Baghdad");
    expect(gazKey("O`Neil\u2019s")).toBe("o'neil's");
    expect(gazKey("ÑANDÚ")).toBe("ñandú");
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
    expect(f[0]).toContain(featureKey("dc|", "L-", "first"));
    expect(f[0]).toContain(featureKey("b+", "rice", "was"));
  });
  it("collects each document's lower-case words afresh when documents share word infos", () => {
    const cache = new Map();
    expect([...docContext([["They", "ate", "rice", "and", "rice", "."]], cache).lowerSeen]).toEqual(["ate", "rice", "and"]);
    expect([...docContext([["Rice", "and", "rice", "."]], cache).lowerSeen]).toEqual(["and", "rice"]);
    expect(docContext([["Rice", "."]], cache).lowerSeen.size).toBe(0);
  });
  it("adds the first pass's labels of the token, its neighbours and the same word elsewhere", () => {
    const predicted = new Map([["smith", new Map([["PER", 2]])]]);
    const f = secondPassFeatures(["Smith", "said"], ["U-PER", "O"], predicted);
    expect(f[0]).toEqual(expect.arrayContaining([featureKey("s1", "U-PER"), featureKey("s1+", "O"), featureKey("pa", "PER"), featureKey("pm|", "PER", "all")]));
    expect(f[1]).not.toContain(featureKey("pa", "PER"));
  });
  it("aggregates the contexts of a word's other occurrences", () => {
    const ctx = docContext([["Mr", "Jasper", "said"], ["Jasper", "Inc", "rose"]]);
    expect(tokenFeatures(["Jasper", "Inc", "rose"], null, ctx)[0]).toEqual(expect.arrayContaining([featureKey("ac-", "mr"), featureKey("ac+", "said")]));
  });
  it("marks gazetteer matches with their position", () => {
    const gaz = buildGazetteer({ city: ["new york", "york"], first1: ["john"] });
    const f = gazetteerFeatures(gaz, ["John", "flew", "to", "New", "York"]).own;
    expect(f[0]).toContain(featureKey("gc", "first1", "U", "C"));
    expect(f[3]).toContain(featureKey("g", "city", "B"));
    expect(f[4]).toContain(featureKey("g", "city", "L"));
    expect(f[4]).not.toContain(featureKey("g", "city", "U"));
    expect(f[1]).toEqual([]);
  });
  it("gives every token the gazetteer keys of the matches covering it and its neighbours, in match order", () => {
    const gaz = buildGazetteer({ org: ["united nations security council", "security council"], city: ["new york", "york"], country: ["nations"] });
    const words = ["The", "United", "Nations", "Security", "Council", "met", "in", "New", "York", "and", "York", "."];
    const { own, near } = gazetteerFeatures(gaz, words);
    const tf = tokenFeatures(words, gaz, docContext([words]));
    const nearKeys = (j: number, side: string) => (j < 0 || j >= words.length ? [] : near[j].map((m) => featureKey(side, m.category, m.pos)));
    words.forEach((_, i) => {
      const expected = [...own[i], ...nearKeys(i - 1, "g-1"), ...nearKeys(i + 1, "g+1")];
      const at = expected.length ? tf[i].indexOf(expected[0]) : 0;
      expect(tf[i].slice(at, at + expected.length)).toEqual(expected);
    });
    expect(own[4]).toContain(featureKey("g", "org", "L"));
  });
});

describe("feature keys", () => {
  it("builds the same key from parts and from their hashes", () => {
    expect(featureKey("b-", "the", "iraq")).toBe(mix(mix(hashString("b-"), hashString("the")), hashString("iraq")));
    expect(featureKey("b-", "the", "iraq")).not.toBe(featureKey("b-", "iraq", "the"));
    expect(hashString("")).not.toBe(0);
  });
  it("finds keys in a frozen table and misses absent ones", () => {
    const keys = [featureKey("a"), featureKey("b"), -5, 123456789];
    const table = new KeyTable(keys);
    keys.forEach((k, i) => expect(table.get(k)).toBe(i));
    expect(table.get(featureKey("c"))).toBe(-1);
    expect(() => new KeyTable([7, 7])).toThrow(/duplicate/);
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
  it("extends a phrase only through words that continue some entry", () => {
    const gaz = buildGazetteer({ city: ["new york", "new"], org: ["new york times"] });
    expect(gaz.continuations.has("york")).toBe(true);
    expect(gaz.continuations.has("new")).toBe(false);
    expect(matchGazetteer(gaz, ["new", "new", "york", "times"])).toEqual([
      { start: 0, end: 1, category: "city" },
      { start: 1, end: 3, category: "city" },
      { start: 1, end: 4, category: "org" },
    ]);
  });
  it("matches the same phrases again once it has memoised their extensions", () => {
    const gaz = buildGazetteer({ city: ["new york"], org: ["new york times", "new york city ballet"] });
    const sentence = ["the", "new", "york", "times", "and", "new", "york", "city", "ballet", "in", "new", "york"];
    const cold = matchGazetteer(gaz, sentence);
    expect(cold).toEqual([
      { start: 1, end: 3, category: "city" },
      { start: 1, end: 4, category: "org" },
      { start: 5, end: 7, category: "city" },
      { start: 5, end: 9, category: "org" },
      { start: 10, end: 12, category: "city" },
    ]);
    expect(matchGazetteer(gaz, sentence)).toEqual(cold);
    expect(matchGazetteer(gaz, ["new", "york", "city"])).toEqual([{ start: 0, end: 2, category: "city" }]);
  });
  it("orders matches that start together by category name, as localeCompare sorts them", () => {
    const gaz = buildGazetteer({ Zone: ["gaza"], area: ["gaza"] });
    expect(gaz.categories).toEqual(["Zone", "area"]);
    expect(matchGazetteer(gaz, ["gaza"]).map((m) => m.category)).toEqual(["area", "Zone"]);
  });
});

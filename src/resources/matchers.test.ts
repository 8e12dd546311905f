import { describe, expect, it } from "vitest";
import { codeAt, codesAt, createActorMatcher, createAgentMatcher, createPhraseMatcher, formerCodeAt } from "./matchers.js";
import { tokenKey } from "./names.js";
import type { ActorEntry, AgentEntry, DatedCode } from "./types.js";

const actor = (id: string, names: string[], codes: DatedCode[] = [{ code: "XXX", from: null, to: null }]): ActorEntry => ({
  id,
  source: "test",
  name: id,
  names,
  codes,
  line: 0,
});

const ENTRIES = [
  actor("supplement:isis", ["islamic state", "isis"]),
  actor("iraq", ["iraq"]),
  actor("isi", ["islamic state of iraq"]),
  actor("islamic-state-dict", ["islamic state"]),
  actor("usa", ["US", "united states", "u.s."]),
  actor("ban", ["ban ki moon"]),
];
const matcher = createActorMatcher(ENTRIES);
const words = (s: string) => s.split(" ");

describe("phrase matcher", () => {
  it("finds the longest phrase and its token range", () => {
    const tokens = words("the Islamic State of Iraq attacked");
    const m = matcher.matchAt(tokens.map(tokenKey), 1, tokens);
    expect(m).toMatchObject({ start: 1, end: 5 });
    expect(m?.values.map((e) => e.id)).toEqual(["isi"]);
  });

  it("returns every entry sharing a name, in the order given", () => {
    const tokens = words("Islamic State fighters");
    expect(matcher.matchAt(tokens.map(tokenKey), 0, tokens)?.values.map((e) => e.id)).toEqual([
      "supplement:isis",
      "islamic-state-dict",
    ]);
  });

  it("finds all matches left to right without overlap", () => {
    const found = matcher.findAll(words("Islamic State of Iraq and Iraq met the United States"));
    expect(found.map((m) => [m.start, m.end, m.values[0].id])).toEqual([
      [0, 4, "isi"],
      [5, 6, "iraq"],
      [8, 10, "usa"],
    ]);
  });

  it("skips hyphen tokens inside a name but never starts on one", () => {
    expect(matcher.findAll(words("Ban Ki - moon said")).map((m) => [m.start, m.end])).toEqual([[0, 4]]);
    expect(matcher.findAll(words("Ban Ki moon")).map((m) => [m.start, m.end])).toEqual([[0, 3]]);
    expect(matcher.matchAt(["", "iraq"], 0)).toBeNull();
  });

  it("matches an upper-case name only against the same upper-case token", () => {
    expect(matcher.findAll(words("the US army")).map((m) => m.values[0].id)).toEqual(["usa"]);
    expect(matcher.findAll(words("they attacked us"))).toEqual([]);
    const tokens = words("US troops");
    expect(matcher.matchAt(tokens.map(tokenKey), 0)).toBeNull();
  });

  it("matches a longer ambiguous name written as a name (capital initial), not as a word", () => {
    const m = createPhraseMatcher<string>([["TURKEY", "tur"]]);
    expect(m.findAll(words("Turkey objected")).map((x) => x.values[0])).toEqual(["tur"]);
    expect(m.findAll(words("TURKEY objected")).map((x) => x.values[0])).toEqual(["tur"]);
    expect(m.findAll(words("roast turkey dinner"))).toEqual([]);
    const short = createPhraseMatcher<string>([["US", "usa"]]);
    expect(short.findAll(words("Us and them"))).toEqual([]);
  });

  it("follows a lower-case phrase and a case-sensitive one under the same key, keeping the longest", () => {
    const m = createPhraseMatcher<string>([["us army", "army"], ["US", "usa"], ["the US", "the-usa"]]);
    expect(m.findAll(words("the US army")).map((x) => [x.start, x.end, x.values[0]])).toEqual([[0, 2, "the-usa"]]);
    expect(m.findAll(words("US army")).map((x) => x.values[0])).toEqual(["army"]);
    expect(m.findAll(words("US troops")).map((x) => x.values[0])).toEqual(["usa"]);
    expect(m.findAll(words("us army")).map((x) => x.values[0])).toEqual(["army"]);
    expect(m.findAll(words("told us")).map((x) => x.values[0])).toEqual([]);
    expect(m.findAll(words("the us")).map((x) => x.values[0])).toEqual([]);
  });

  it("counts distinct phrases and ignores empty names", () => {
    const m = createPhraseMatcher<number>([["a b", 1], ["a b", 2], ["", 3], ["c", 4]]);
    expect(m.size).toBe(2);
    expect(m.findAll(["A", "b"])[0].values).toEqual([1, 2]);
  });
});

describe("agent matcher", () => {
  it("finds role phrases by singular and plural", () => {
    const agent: AgentEntry = {
      id: "agents:foreign-minister",
      name: "foreign minister",
      names: ["foreign minister", "foreign ministers"],
      code: "GOV",
      sectors: ["GOV"],
      position: "suffix",
      line: 1,
    };
    const m = createAgentMatcher([agent]).findAll(words("two Foreign Ministers met"));
    expect(m.map((x) => [x.start, x.end, x.values[0].code])).toEqual([[1, 3, "GOV"]]);
  });
});

describe("codeAt", () => {
  const gollum = {
    codes: [
      { code: "HOB", from: null, to: "1995-06-01" },
      { code: "HOBGOV", from: "1995-06-01", to: "1999-08-15" },
      { code: "HOBREB", from: "1999-08-16", to: null },
    ],
  };
  const ruler = {
    codes: [
      { code: "AFGELI", from: null, to: null },
      { code: "AFGGOV", from: "1978-04-27", to: "1978-04-30" },
    ],
  };

  it("applies a range on its first and last day, inclusive", () => {
    expect(codeAt(gollum, "1995-05-31")?.code).toBe("HOB");
    expect(codeAt(gollum, "1999-08-15")?.code).toBe("HOBGOV");
    expect(codeAt(gollum, "1999-08-16")?.code).toBe("HOBREB");
    expect(codeAt(ruler, "1978-04-27")?.code).toBe("AFGGOV");
    expect(codeAt(ruler, "1978-04-30")?.code).toBe("AFGGOV");
  });

  it("prefers the code that started last on a hand-over day", () => {
    expect(codeAt(gollum, "1995-06-01")?.code).toBe("HOBGOV");
    expect(codesAt(gollum, "1995-06-01").map((c) => c.code)).toEqual(["HOBGOV", "HOB"]);
  });

  it("falls back to the undated code outside every range, else null", () => {
    expect(codeAt(ruler, "1978-05-01")?.code).toBe("AFGELI");
    expect(codeAt({ codes: [{ code: "IRNMIL", from: null, to: "2020-01-03" }] }, "2020-11-15")).toBeNull();
  });

  it("with no date gives the current open-ended code, else the undated one", () => {
    expect(codeAt(gollum, null)?.code).toBe("HOBREB");
    expect(codeAt(ruler, null)?.code).toBe("AFGELI");
    expect(codeAt({ codes: [{ code: "IRNMIL", from: null, to: "2020-01-03" }] }, null)).toBeNull();
  });

  it("accepts a full ISO timestamp and keeps the null code of ---", () => {
    expect(codeAt(gollum, "1997-01-01T12:00:00Z")?.code).toBe("HOBGOV");
    expect(codeAt({ codes: [{ code: null, from: null, to: null }] }, "2000-01-01")).toEqual({ code: null, from: null, to: null });
  });

  it("finds the last code that ended before a date, for former office holders", () => {
    expect(formerCodeAt({ codes: [{ code: "IRNMIL", from: null, to: "2020-01-03" }] }, "2020-11-15")?.code).toBe("IRNMIL");
    expect(formerCodeAt(ruler, "1979-01-01")?.code).toBe("AFGGOV");
    expect(formerCodeAt(gollum, "1990-01-01")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { BuildDiagnostic } from "../types.js";
import { parseActorDictionary, parseDatedCode, parseDictionaryDate } from "./actor-dictionary.js";

const FIXTURE = `<!-- TEST ACTORS
     spread over two lines -->
# a comment line
ARNOR_  [ARN]
+ARNORIAN_ +ARTHEDAIN
GOLLUM  # pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
SECRETARY-GENERAL_BAN_KI-MOON
	[IGOUNO >20070101]
	[KORGOVBUS 2004017-20061201]
IVO_JOSIPOVIC_
PRESIDENT_JOSIPOVIC_
	[HRVGOV 100218-150219]
ISILDUR [---]
AL-QAEDA_IN_IRAQ_(AQI)_ [IMGMUSALQ] [IRQREB 030101-101231]
US_ [USA]
SYRIA'S_GOVERNMENT [SYRGOV]
NOBODY_WITHOUT_CODE
ELROND [ELF]
LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_ [LKAREB]
+PEOPLES_LIBERATION_ARMY_(PLAR)_
DIRECT_ACTION_(GREECE)_ [GRCREB]
IRISH_REPUBLICAN_ARMY_(IRA)_ [WEUREB]
`;

const { value: entries, diagnostics } = parseActorDictionary(FIXTURE, { source: "test" });
const byName = (name: string) => entries.find((e) => e.name === name);

describe("parseActorDictionary", () => {
  it("reads names, synonyms (several on one line) and undated codes", () => {
    expect(byName("Arnor")).toMatchObject({
      id: "test:arnor",
      source: "test",
      names: ["arnor", "arnorian", "arthedain"],
      codes: [{ code: "ARN", from: null, to: null }],
      line: 4,
    });
  });

  it("names an entry by its primary name's acronym of four letters or more made of its initials, not a synonym's", () => {
    expect(byName("Liberation Tigers of Tamil Eelam")?.names).toEqual(["liberation tigers of tamil eelam", "peoples liberation army", "ltte"]);
    // Three letters stand for too many bodies; a parenthesised word that is no acronym of the name is none.
    expect(byName("Irish Republican Army")?.names).toEqual(["irish republican army"]);
    expect(byName("Direct Action")?.names).toEqual(["direct action"]);
  });

  it("keeps every dated code, with < > and ranges, two- and four-digit years", () => {
    expect(byName("Gollum")?.codes).toEqual([
      { code: "HOB", from: null, to: "1995-06-01" },
      { code: "HOBGOV", from: "1995-06-01", to: "1999-08-15" },
      { code: "HOBREB", from: "1999-08-16", to: null },
    ]);
    expect(byName("Gollum")?.names).toEqual(["gollum", "smeagol"]);
  });

  it("skips an unreadable date range rather than widening the code, and says so", () => {
    expect(byName("Secretary-General Ban Ki-Moon")?.codes).toEqual([{ code: "IGOUNO", from: "2007-01-01", to: null }]);
    expect(diagnostics.some((d) => d.code === "codes.bad-date" && d.line === 13)).toBe(true);
  });

  it("gives consecutive uncoded primary names the codes that follow", () => {
    expect(byName("Ivo Josipovic")?.codes).toEqual([{ code: "HRVGOV", from: "2010-02-18", to: "2015-02-19" }]);
    expect(byName("President Josipovic")?.codes).toEqual(byName("Ivo Josipovic")?.codes);
  });

  it("keeps the null code --- as a null code", () => {
    expect(byName("Isildur")?.codes).toEqual([{ code: null, from: null, to: null }]);
  });

  it("reads several codes on the name line and drops a parenthesised acronym from the name", () => {
    const aqi = entries.find((e) => e.id.startsWith("test:al-qaeda"));
    expect(aqi?.names).toEqual(["al qaeda in iraq"]);
    expect(aqi?.codes).toHaveLength(2);
  });

  it("stores an ambiguous one-word name upper-case and splits a possessive", () => {
    expect(entries.find((e) => e.codes[0]?.code === "USA")?.names).toEqual(["US"]);
    expect(entries.find((e) => e.codes[0]?.code === "SYRGOV")?.names).toEqual(["syria 's government"]);
  });

  it("drops an entry that never gets a code, with a diagnostic", () => {
    expect(entries.some((e) => e.name === "Nobody Without Code")).toBe(false);
    expect(diagnostics.find((d) => d.code === "actors.no-code")?.line).toBe(21);
    expect(byName("Elrond")?.codes).toEqual([{ code: "ELF", from: null, to: null }]);
  });
});

describe("dictionary dates", () => {
  it("reads YYMMDD with the 00-30 → 20YY rule, and YYYYMMDD", () => {
    expect(parseDictionaryDate("811013")).toEqual({ date: "1981-10-13", clamped: false });
    expect(parseDictionaryDate("300101")?.date).toBe("2030-01-01");
    expect(parseDictionaryDate("310101")?.date).toBe("1931-01-01");
    expect(parseDictionaryDate("20200103")?.date).toBe("2020-01-03");
  });

  it("clamps a day past the end of its month and rejects impossible dates", () => {
    expect(parseDictionaryDate("20050231")).toEqual({ date: "2005-02-28", clamped: true });
    expect(parseDictionaryDate("20040231")?.date).toBe("2004-02-29");
    expect(parseDictionaryDate("20051301")).toBeNull();
    expect(parseDictionaryDate("2004017")).toBeNull();
  });

  it("reads one code bracket", () => {
    const seen: BuildDiagnostic[] = [];
    const report = (code: string, line: number | null, message: string) => seen.push({ code, line, message });
    expect(parseDatedCode("IRNGOV 811013-890803", 1, report)).toEqual({ code: "IRNGOV", from: "1981-10-13", to: "1989-08-03" });
    expect(parseDatedCode("IRNGOV >811013", 1, report)).toEqual({ code: "IRNGOV", from: "1981-10-13", to: null });
    expect(parseDatedCode("irngov <811013", 1, report)).toEqual({ code: "IRNGOV", from: null, to: "1981-10-13" });
    expect(parseDatedCode("EGYGOV 20121207-20120802", 1, report)).toBeNull();
    expect(seen.map((d) => d.code)).toEqual(["codes.reversed-range"]);
  });
});

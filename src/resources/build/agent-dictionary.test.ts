import { describe, expect, it } from "vitest";
import { parseAgentDictionary } from "./agent-dictionary.js";

const FIXTURE = `<!-- TEST AGENTS -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINIST! = MINISTER, MINISTERS, MINISTRY
FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
POLICE {} [~COP]
MILITIA [~UAF]
HUMAN_RIGHTS_BODY  [NGO~]
CONGRESS!PERSON! [~LEG]
DEFENSE_MINIST [~GOVMIL]
ISLAMIC_EXTREMIST
`;

const { value: agents, diagnostics } = parseAgentDictionary(FIXTURE);
const byName = (name: string) => agents.find((a) => a.name === name);

describe("parseAgentDictionary", () => {
  it("reads suffix codes and splits them into sectors", () => {
    expect(byName("foreign minister")).toMatchObject({
      id: "agents:foreign-minister",
      code: "GOVFRM",
      sectors: ["GOV", "FRM"],
      position: "suffix",
      names: ["foreign minister", "foreign ministers"],
      line: 4,
    });
  });

  it("uses the plural given in braces, and none for {}", () => {
    expect(byName("attorney general")?.names).toEqual(["attorney general", "attorneys general"]);
    expect(byName("police")?.names).toEqual(["police"]);
    expect(byName("militia")?.names).toEqual(["militia", "militias"]);
  });

  it("names the dictionary in its entries' ids, so a supplement's ids do not clash with Phoenix's", () => {
    expect(byName("foreign minister")?.id).toBe("agents:foreign-minister");
    expect(parseAgentDictionary("COMMISSIONER [~GOV]", "agents-sitrep").value.map((a) => a.id)).toEqual(["agents-sitrep:commissioner"]);
  });

  it("reads prefix codes (CODE~)", () => {
    expect(byName("human rights body")).toMatchObject({ code: "NGO", position: "prefix", names: ["human rights body", "human rights bodies"] });
  });

  it("substitutes !MARKER! sets without adding plurals", () => {
    expect(byName("congressman")?.names).toEqual(["congressman", "congressmen", "congresswoman", "congresswomen"]);
  });

  it("reads a bare word naming a marker as that marker (TABARI stem form)", () => {
    expect(byName("defense minister")?.names).toEqual(["defense minister", "defense ministers", "defense ministry"]);
  });

  it("skips a record without a code, with a diagnostic on its line", () => {
    expect(agents).toHaveLength(7);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "agents.no-code", line: 11 })]);
  });
});

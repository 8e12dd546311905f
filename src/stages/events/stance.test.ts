import { describe, expect, it } from "vitest";
import { tinyCameoInfo, tinyVerbs } from "../../testing/tiny-dictionaries.js";
import { usesCameoCodes } from "./events-stage.js";
import { appealCode, isStanceCode, stanceCode } from "./stance.js";

describe("stance codes", () => {
  it("makes the appeal for an event from its demand code (CAMEO 02x mirrors 10x)", () => {
    expect(appealCode("0874")).toBe("0256");
    expect(appealCode("043")).toBe("026");
    expect(appealCode(null)).toBe("020");
    expect(appealCode("190")).toBeNull();
  });

  it("picks the sub-code that matches the embedded event", () => {
    expect(stanceCode("intend", "072")).toBe("0332");
    expect(stanceCode("demand", "0841")).toBe("1053");
    expect(stanceCode("reject", "074")).toBe("1224");
    expect(stanceCode("reject", "0831")).toBe("1231");
    expect(stanceCode("threaten", "163")).toBe("1312");
    expect(stanceCode("threaten", "192")).toBe("1382");
    // A threatened lawsuit or strike is a threat, unspecified.
    expect(stanceCode("threaten", "115")).toBe("130");
    expect(stanceCode("threaten", "143")).toBe("130");
  });

  it("has no intent to attack and no threat to cooperate; unnamed demands and refusals are generic", () => {
    expect(stanceCode("intend", "190")).toBeNull();
    expect(stanceCode("threaten", "040")).toBeNull();
    expect(stanceCode("demand", null)).toBe("100");
    expect(stanceCode("reject", null)).toBe("120");
    expect(isStanceCode("1053")).toBe(true);
    expect(isStanceCode("072")).toBe(false);
  });

  it("applies CAMEO rules only to dictionaries coded in CAMEO", () => {
    const verbs = tinyVerbs();
    expect(usesCameoCodes(verbs, tinyCameoInfo)).toBe(true);
    const weis = { ...verbs, blocks: verbs.blocks.map((b) => ({ ...b, code: { code: "223", reciprocal: null }, patterns: [], verbs: b.verbs.map((v) => ({ ...v, code: null })) })) };
    expect(usesCameoCodes(weis, tinyCameoInfo)).toBe(false);
  });
});
